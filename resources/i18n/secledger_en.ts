<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About SecLedger</source>
            <extracomment>(distribution, licence when the metadata does not say it plainly)</extracomment>
            <translation>About SecLedger</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Libraries</translation>
        </message>
        <message>
            <source>Qt / PySide6</source>
            <translation>Qt / PySide6</translation>
        </message>
        <message>
            <source>Font (AR PL UMing)</source>
            <translation>Font (AR PL UMing)</translation>
        </message>
        <message>
            <source>&lt;h2&gt;SecLedger {version}&lt;/h2&gt;&lt;p&gt;Ledger of classified carriers for a standalone computer. It never uses the network.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;SecLedger {version}&lt;/h2&gt;&lt;p&gt;Ledger of classified carriers for a standalone computer. It never uses the network.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Unit: {unit}&lt;/p&gt;</source>
            <translation>&lt;p&gt;Unit: {unit}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;tr&gt;&lt;th&gt;Library&lt;/th&gt;&lt;th&gt;Version&lt;/th&gt;&lt;th&gt;Licence&lt;/th&gt;&lt;/tr&gt;</source>
            <translation>&lt;tr&gt;&lt;th&gt;Library&lt;/th&gt;&lt;th&gt;Version&lt;/th&gt;&lt;th&gt;Licence&lt;/th&gt;&lt;/tr&gt;</translation>
        </message>
        <message>
            <source>This program uses Qt {qt} through PySide6 {pyside} (Qt for Python), used under the GNU Lesser General Public License version 3. The Qt libraries are shipped as separate shared libraries that you may replace with your own build. The source code of Qt and PySide6 is available from the Qt Project (qt.io) and on request.</source>
            <translation>This program uses Qt {qt} through PySide6 {pyside} (Qt for Python), used under the GNU Lesser General Public License version 3. The Qt libraries are shipped as separate shared libraries that you may replace with your own build. The source code of Qt and PySide6 is available from the Qt Project (qt.io) and on request.</translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <source>New account</source>
            <translation>New account</translation>
        </message>
        <message>
            <source>Must change the password at first login</source>
            <translation>Must change the password at first login</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>User name:</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <source>Initial password:</source>
            <translation>Initial password:</translation>
        </message>
        <message>
            <source>Repeat password:</source>
            <translation>Repeat password:</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Roles:</translation>
        </message>
        <message>
            <source>choose the person who uses the account</source>
            <translation>choose the person who uses the account</translation>
        </message>
    </context>
    <context>
        <name>AccountPage</name>
        <message>
            <source>The security officer's account</source>
            <translation>The security officer's account</translation>
        </message>
        <message>
            <source>The first account manages people, accounts and policy. The ledger is created when you press Next.</source>
            <translation>The first account manages people, accounts and policy. The ledger is created when you press Next.</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>User name:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Repeat password:</source>
            <translation>Repeat password:</translation>
        </message>
        <message>
            <source>At least 8 characters, with letters and digits.</source>
            <translation>At least 8 characters, with letters and digits.</translation>
        </message>
        <message>
            <source>Create ledger</source>
            <translation>Create ledger</translation>
        </message>
    </context>
    <context>
        <name>AcknowledgeTab</name>
        <message>
            <source>Record signatures…</source>
            <translation>Record signatures…</translation>
        </message>
        <message>
            <source>Print notice…</source>
            <translation>Print notice…</translation>
        </message>
        <message>
            <source>Everyone within the need-to-know scope and every holder of a copy is notified in writing. Print the notice, have each person sign and date it, then select them and record the signatures.</source>
            <translation>Everyone within the need-to-know scope and every holder of a copy is notified in writing. Print the notice, have each person sign and date it, then select them and record the signatures.</translation>
        </message>
        <message>
            <source>Save the notice</source>
            <translation>Save the notice</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDetailView</name>
        <message>
            <source>Loan request</source>
            <translation>Loan request</translation>
        </message>
        <message>
            <source>Copy request</source>
            <translation>Copy request</translation>
        </message>
        <message>
            <source>Destruction manifest</source>
            <translation>Destruction manifest</translation>
        </message>
        <message>
            <source>Personal retention</source>
            <translation>Personal retention</translation>
        </message>
        <message>
            <source>Carry-out request</source>
            <translation>Carry-out request</translation>
        </message>
        <message>
            <source>Media loan request</source>
            <translation>Media loan request</translation>
        </message>
        <message>
            <source>Repair request</source>
            <translation>Repair request</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>Pages each</source>
            <translation>Pages each</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>Needed by</translation>
        </message>
        <message>
            <source>Approval of the original classifying body</source>
            <translation>Approval of the original classifying body</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Clearance</source>
            <translation>Clearance</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>Due back</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Prepared by</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Checked by</translation>
        </message>
        <message>
            <source>Form no.</source>
            <translation>Form no.</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Mark now</source>
            <translation>Mark now</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposed</translation>
        </message>
        <message>
            <source>Need-to-know</source>
            <translation>Need-to-know</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Days left (ten-day limit)</source>
            <translation>Days left (ten-day limit)</translation>
        </message>
        <message>
            <source>The deciding classifier must cover</source>
            <translation>The deciding classifier must cover</translation>
        </message>
        <message>
            <source>Carried by</source>
            <translation>Carried by</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Period out</source>
            <translation>Period out</translation>
        </message>
        <message>
            <source>Foreign-affairs activity</source>
            <translation>Foreign-affairs activity</translation>
        </message>
        <message>
            <source>Goes abroad</source>
            <translation>Goes abroad</translation>
        </message>
        <message>
            <source>Protective measures</source>
            <translation>Protective measures</translation>
        </message>
        <message>
            <source>Device or medium</source>
            <translation>Device or medium</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Serial no.</source>
            <translation>Serial no.</translation>
        </message>
        <message>
            <source>Brand and model</source>
            <translation>Brand and model</translation>
        </message>
        <message>
            <source>Accountable holder</source>
            <translation>Accountable holder</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>Repair mode</source>
            <translation>Repair mode</translation>
        </message>
        <message>
            <source>Repairer's unit</source>
            <translation>Repairer's unit</translation>
        </message>
        <message>
            <source>Repairer's qualification</source>
            <translation>Repairer's qualification</translation>
        </message>
        <message>
            <source>Confidentiality agreement</source>
            <translation>Confidentiality agreement</translation>
        </message>
        <message>
            <source>Storage removed</source>
            <translation>Storage removed</translation>
        </message>
        <message>
            <source>On-site escort</source>
            <translation>On-site escort</translation>
        </message>
        <message>
            <source>Devices and storage media</source>
            <translation>Devices and storage media</translation>
        </message>
        <message>
            <source>By medium</source>
            <translation>By medium</translation>
        </message>
        <message>
            <source>Opinion (optional to approve, required to reject)</source>
            <translation>Opinion (optional to approve, required to reject)</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Print the approval form…</source>
            <translation>Print the approval form…</translation>
        </message>
        <message>
            <source>Opinion:</source>
            <translation>Opinion:</translation>
        </message>
        <message>
            <source>Choose a request above to see everything it asks for.</source>
            <translation>Choose a request above to see everything it asks for.</translation>
        </message>
        <message>
            <source>Rule: {rule}</source>
            <translation>Rule: {rule}</translation>
        </message>
        <message numerus="yes">
            <source>%n carrier(s); by level: {levels}</source>
            <translation>
                <numerusform>%n carrier(s); by level: {levels}</numerusform>
                <numerusform>%n carrier(s); by level: {levels}</numerusform>
            </translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Asked by</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsPane</name>
        <message>
            <source>Waiting for my decision</source>
            <translation>Waiting for my decision</translation>
        </message>
        <message>
            <source>My requests</source>
            <translation>My requests</translation>
        </message>
        <message>
            <source>Your own request: another approver decides</source>
            <translation>Your own request: another approver decides</translation>
        </message>
        <message>
            <source>For you: another approver decides</source>
            <translation>For you: another approver decides</translation>
        </message>
        <message>
            <source>Only approvers decide; your requests are listed under “My requests”.</source>
            <translation>Only approvers decide; your requests are listed under “My requests”.</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) wait for your decision.</source>
            <translation>
                <numerusform>%n request(s) wait for your decision.</numerusform>
                <numerusform>%n request(s) wait for your decision.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more are your own requests or for you: by the rule that nobody approves his own request, another approver decides them.</source>
            <translation>
                <numerusform>%n more are your own requests or for you: by the rule that nobody approves his own request, another approver decides them.</numerusform>
                <numerusform>%n more are your own requests or for you: by the rule that nobody approves his own request, another approver decides them.</numerusform>
            </translation>
        </message>
        <message>
            <source>Print the approval form</source>
            <translation>Print the approval form</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Saved {path}</translation>
        </message>
    </context>
    <context>
        <name>AttendeesDialog</name>
        <message>
            <source>Add attendees</source>
            <translation>Add attendees</translation>
        </message>
        <message>
            <source>Attendees:</source>
            <translation>Attendees:</translation>
        </message>
    </context>
    <context>
        <name>AuditPane</name>
        <message>
            <source>Choose an event to see everything it recorded.</source>
            <translation>Choose an event to see everything it recorded.</translation>
        </message>
        <message>
            <source>All events</source>
            <translation>All events</translation>
        </message>
        <message>
            <source>Carrier movements</source>
            <translation>Carrier movements</translation>
        </message>
        <message>
            <source>Registration and corrections</source>
            <translation>Registration and corrections</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>Approvals</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <source>Accounts and sign-in</source>
            <translation>Accounts and sign-in</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>All users</source>
            <translation>All users</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Label, reg. no. or text in the event</source>
            <translation>Label, reg. no. or text in the event</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>User:</translation>
        </message>
        <message>
            <source>Verify ledger</source>
            <translation>Verify ledger</translation>
        </message>
        <message>
            <source>Recompute the whole hash chain and replay the log against every carrier</source>
            <translation>Recompute the whole hash chain and replay the log against every carrier</translation>
        </message>
        <message>
            <source>The ledger has not been verified in this session.</source>
            <translation>The ledger has not been verified in this session.</translation>
        </message>
        <message>
            <source>Print verification report</source>
            <translation>Print verification report</translation>
        </message>
        <message>
            <source>Verify the ledger first</source>
            <translation>Verify the ledger first</translation>
        </message>
        <message>
            <source>Export XLSX</source>
            <translation>Export XLSX</translation>
        </message>
        <message>
            <source>The events the filters show, newest first</source>
            <translation>The events the filters show, newest first</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n event(s)</numerusform>
                <numerusform>%n event(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Verifying…</source>
            <translation>Verifying…</translation>
        </message>
        <message>
            <source>Verifying the ledger…</source>
            <translation>Verifying the ledger…</translation>
        </message>
        <message>
            <source>Passed ({when}): {events} events and {carriers} carriers checked; chain head #{head} {hash}</source>
            <translation>Passed ({when}): {events} events and {carriers} carriers checked; chain head #{head} {hash}</translation>
        </message>
        <message>
            <source>FAILED ({when}): {problem}</source>
            <translation>FAILED ({when}): {problem}</translation>
        </message>
        <message>
            <source>Show event #{id}</source>
            <translation>Show event #{id}</translation>
        </message>
        <message>
            <source>Event #{id} is not in the log.</source>
            <translation>Event #{id} is not in the log.</translation>
        </message>
        <message>
            <source>Save the verification report</source>
            <translation>Save the verification report</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <source>Export the audit log</source>
            <translation>Export the audit log</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Saved {path}</translation>
        </message>
    </context>
    <context>
        <name>BackupColumns</name>
        <message>
            <source>Made at</source>
            <translation>Made at</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Chain head</source>
            <translation>Chain head</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verified</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>BackupsPane</name>
        <message>
            <source>Not yet (checked when made)</source>
            <translation>Not yet (checked when made)</translation>
        </message>
        <message>
            <source>Yes, {when}</source>
            <translation>Yes, {when}</translation>
        </message>
        <message>
            <source>FAILED, {when}</source>
            <translation>FAILED, {when}</translation>
        </message>
        <message>
            <source>Database file missing</source>
            <translation>Database file missing</translation>
        </message>
        <message>
            <source>Key-slot file missing: cannot be opened</source>
            <translation>Key-slot file missing: cannot be opened</translation>
        </message>
        <message>
            <source>Made before the key change of {date}: opens only with the passwords or recovery code valid then</source>
            <translation>Made before the key change of {date}: opens only with the passwords or recovery code valid then</translation>
        </message>
        <message>
            <source>“Back up now” writes a pair of files into {folder}: ledger-&lt;time&gt;-backup.db and keyslots-&lt;time&gt;-backup.json. Keep both together on approved media; a backup opens with the passwords (or recovery code) valid when it was made.</source>
            <translation>“Back up now” writes a pair of files into {folder}: ledger-&lt;time&gt;-backup.db and keyslots-&lt;time&gt;-backup.json. Keep both together on approved media; a backup opens with the passwords (or recovery code) valid when it was made.</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Back up to folder…</source>
            <translation>Back up to folder…</translation>
        </message>
        <message>
            <source>Verify selected…</source>
            <translation>Verify selected…</translation>
        </message>
        <message>
            <source>Restore selected into a new folder…</source>
            <translation>Restore selected into a new folder…</translation>
        </message>
        <message>
            <source>Remind me when no backup was made for</source>
            <translation>Remind me when no backup was made for</translation>
        </message>
        <message>
            <source>days (0: never)</source>
            <translation>days (0: never)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Reading the list of backups…</source>
            <translation>Reading the list of backups…</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Back up into folder</source>
            <translation>Back up into folder</translation>
        </message>
        <message>
            <source>Backed up and checked: {db} and {slots} (events up to #{head}). Keep both files together.</source>
            <translation>Backed up and checked: {db} and {slots} (events up to #{head}). Keep both files together.</translation>
        </message>
        <message>
            <source>Verify backup</source>
            <translation>Verify backup</translation>
        </message>
        <message>
            <source>Verifying the backup…</source>
            <translation>Verifying the backup…</translation>
        </message>
        <message>
            <source>The backup is sound: {events} events, {carriers} carriers, chain head #{head}.</source>
            <translation>The backup is sound: {events} events, {carriers} carriers, chain head #{head}.</translation>
        </message>
        <message>
            <source>The backup is NOT sound: {problem}</source>
            <translation>The backup is NOT sound: {problem}</translation>
        </message>
        <message>
            <source>Restore into a new, empty folder</source>
            <translation>Restore into a new, empty folder</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <source>Restoring and verifying…</source>
            <translation>Restoring and verifying…</translation>
        </message>
        <message>
            <source>Restored and verified into {folder} (events up to #{head}). The live ledger was not changed; open the restored folder from the login dialog.</source>
            <translation>Restored and verified into {folder} (events up to #{head}). The live ledger was not changed; open the restored folder from the login dialog.</translation>
        </message>
        <message>
            <source>No backup has been made yet ({days} days since the ledger was created). Back up now: keep the copy on an approved medium in the safe.</source>
            <translation>No backup has been made yet ({days} days since the ledger was created). Back up now: keep the copy on an approved medium in the safe.</translation>
        </message>
        <message>
            <source>The last backup is {days} days old (reminder after {limit} days). Back up now.</source>
            <translation>The last backup is {days} days old (reminder after {limit} days). Back up now.</translation>
        </message>
    </context>
    <context>
        <name>BrowserPane</name>
        <message>
            <source>Search title, document number or unit; or type a reg. no. (with copy) or a label</source>
            <translation>Search title, document number or unit; or type a reg. no. (with copy) or a label</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>All levels</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>All states</translation>
        </message>
        <message>
            <source>All holders</source>
            <translation>All holders</translation>
        </message>
        <message>
            <source>All registers</source>
            <translation>All registers</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message numerus="yes">
            <source>Counting… (at least %n carrier(s))</source>
            <translation>
                <numerusform>Counting… (at least %n carrier(s))</numerusform>
                <numerusform>Counting… (at least %n carrier(s))</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n carrier(s)</source>
            <translation>
                <numerusform>%n carrier(s)</numerusform>
                <numerusform>%n carrier(s)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied the first %n row(s) only.</source>
            <translation>
                <numerusform>Copied the first %n row(s) only.</numerusform>
                <numerusform>Copied the first %n row(s) only.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %n row(s).</source>
            <translation>
                <numerusform>Copied %n row(s).</numerusform>
                <numerusform>Copied %n row(s).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CarrierColumns</name>
        <message>
            <source>Reg. no.</source>
            <translation>Reg. no.</translation>
        </message>
        <message>
            <source>Doc. no.</source>
            <translation>Doc. no.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <source>Copy no.</source>
            <translation>Copy no.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Holder</translation>
        </message>
        <message>
            <source>From/to unit</source>
            <translation>From/to unit</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
    </context>
    <context>
        <name>CarrierPicker</name>
        <message>
            <source>Scan the label, or type a reg. no. (with copy no.) or words of the title, then Enter</source>
            <extracomment>False: one carrier named alone is picked even if *use* cannot take it, since the pane's own service call refuses it in its rule's words (destruction, dispatch …) given: a label id typed here goes to it as it is, unknown labels included (a stocktake records every label it sees) given: a device's or medium's label (``M…``) typed here goes to it (a destruction manifest takes devices and media beside carriers); else it is looked up as typed</extracomment>
            <translation>Scan the label, or type a reg. no. (with copy no.) or words of the title, then Enter</translation>
        </message>
        <message>
            <source>… more: type more of the number or title</source>
            <extracomment>the registration the last list came from: a 份号 typed next is looked up there</extracomment>
            <translation>… more: type more of the number or title</translation>
        </message>
    </context>
    <context>
        <name>CarryOutDialog</name>
        <message>
            <source>New carry-out request</source>
            <translation>New carry-out request</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Scan the labels, one per line</source>
            <translation>Scan the labels, one per line</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Foreign-affairs activity</source>
            <translation>Foreign-affairs activity</translation>
        </message>
        <message>
            <source>Goes abroad</source>
            <translation>Goes abroad</translation>
        </message>
        <message>
            <source>e.g. locked secure bag, never out of the bearer's hands, not left in hotels</source>
            <translation>e.g. locked secure bag, never out of the bearer's hands, not left in hotels</translation>
        </message>
        <message>
            <source>Top secret: two or more Core-cleared people carry it together, approved by the post the policy names; never to a foreign-affairs activity or abroad.</source>
            <translation>Top secret: two or more Core-cleared people carry it together, approved by the post the policy names; never to a foreign-affairs activity or abroad.</translation>
        </message>
        <message>
            <source>Carried by:</source>
            <translation>Carried by:</translation>
        </message>
        <message>
            <source>Going with them:</source>
            <translation>Going with them:</translation>
        </message>
        <message>
            <source>Carriers:</source>
            <translation>Carriers:</translation>
        </message>
        <message>
            <source>Destination:</source>
            <translation>Destination:</translation>
        </message>
        <message>
            <source>Purpose:</source>
            <translation>Purpose:</translation>
        </message>
        <message>
            <source>Period out:</source>
            <translation>Period out:</translation>
        </message>
        <message>
            <source>Protective measures:</source>
            <translation>Protective measures:</translation>
        </message>
    </context>
    <context>
        <name>CarryOutPane</name>
        <message>
            <source>Scan a carried-out label to confirm it is back</source>
            <translation>Scan a carried-out label to confirm it is back</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Confirm back:</source>
            <translation>Confirm back:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>New request…</source>
            <translation>New request…</translation>
        </message>
        <message>
            <source>Record paper approval…</source>
            <translation>Record paper approval…</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Cancel request…</source>
            <translation>Cancel request…</translation>
        </message>
        <message>
            <source>Print approval form…</source>
            <translation>Print approval form…</translation>
        </message>
        <message>
            <source>Print register…</source>
            <translation>Print register…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>{reg_no} copy {copy} is {state}, not carried out.</source>
            <translation>{reg_no} copy {copy} is {state}, not carried out.</translation>
        </message>
        <message>
            <source>Back: {reg_no} copy {copy} ({no}); all back.</source>
            <translation>Back: {reg_no} copy {copy} ({no}); all back.</translation>
        </message>
        <message>
            <source>Back: {reg_no} copy {copy} ({no}); {left} still out.</source>
            <translation>Back: {reg_no} copy {copy} ({no}); {left} still out.</translation>
        </message>
        <message>
            <source>Carry-out {no} requested; it waits for approval.</source>
            <translation>Carry-out {no} requested; it waits for approval.</translation>
        </message>
        <message>
            <source>Choose a carry-out that waits for approval.</source>
            <translation>Choose a carry-out that waits for approval.</translation>
        </message>
        <message>
            <source>Decision recorded from the paper form.</source>
            <translation>Decision recorded from the paper form.</translation>
        </message>
        <message>
            <source>{no} is out with {who}; due back {due}.</source>
            <translation>{no} is out with {who}; due back {due}.</translation>
        </message>
        <message>
            <source>Cancel request</source>
            <translation>Cancel request</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>{no} cancelled.</source>
            <translation>{no} cancelled.</translation>
        </message>
        <message>
            <source>Print carry-out approval form</source>
            <translation>Print carry-out approval form</translation>
        </message>
        <message>
            <source>Print carry-out register</source>
            <translation>Print carry-out register</translation>
        </message>
        <message>
            <source>Export carry-out register</source>
            <translation>Export carry-out register</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Saved {path}</translation>
        </message>
    </context>
    <context>
        <name>ChangeGroup</name>
        <message>
            <source>Change the need-to-know scope</source>
            <translation>Change the need-to-know scope</translation>
        </message>
        <message>
            <source>Must not be copied</source>
            <translation>Must not be copied</translation>
        </message>
        <message>
            <source>Must be returned to the issuer</source>
            <translation>Must be returned to the issuer</translation>
        </message>
        <message>
            <source>New mark:</source>
            <translation>New mark:</translation>
        </message>
        <message>
            <source>Need to know:</source>
            <translation>Need to know:</translation>
        </message>
        <message>
            <source>Instructions:</source>
            <translation>Instructions:</translation>
        </message>
        <message>
            <source>New period (same level):</source>
            <translation>New period (same level):</translation>
        </message>
        <message>
            <source>Level and period:</source>
            <translation>Level and period:</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>Your password was set by the security officer. Choose your own password before you continue.</source>
            <translation>Your password was set by the security officer. Choose your own password before you continue.</translation>
        </message>
        <message>
            <source>Choose a new password.</source>
            <translation>Choose a new password.</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>Current password:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <source>Repeat new password:</source>
            <translation>Repeat new password:</translation>
        </message>
        <message>
            <source>At least 8 characters, with letters and digits.</source>
            <translation>At least 8 characters, with letters and digits.</translation>
        </message>
    </context>
    <context>
        <name>ChecklistTab</name>
        <message>
            <source>New version</source>
            <translation>New version</translation>
        </message>
        <message>
            <source>Gather the ledger's evidence</source>
            <translation>Gather the ledger's evidence</translation>
        </message>
        <message>
            <source>Finalise…</source>
            <translation>Finalise…</translation>
        </message>
        <message>
            <source>Print report…</source>
            <translation>Print report…</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Ledger proposes</source>
            <translation>Ledger proposes</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Overall situation, in the officer's words</source>
            <translation>Overall situation, in the officer's words</translation>
        </message>
        <message>
            <source>Save the summary</source>
            <translation>Save the summary</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <source>Overall situation:</source>
            <translation>Overall situation:</translation>
        </message>
        <message>
            <source>No self-inspection of this year yet.</source>
            <translation>No self-inspection of this year yet.</translation>
        </message>
        <message>
            <source>{year}, version {version}: {status}; {done} of {total} items assessed.</source>
            <translation>{year}, version {version}: {status}; {done} of {total} items assessed.</translation>
        </message>
        <message>
            <source>Evidence gathered {time}.</source>
            <translation>Evidence gathered {time}.</translation>
        </message>
        <message>
            <source>Digest {digest}.</source>
            <translation>Digest {digest}.</translation>
        </message>
        <message>
            <source>Gathering the ledger's evidence…</source>
            <translation>Gathering the ledger's evidence…</translation>
        </message>
        <message>
            <source>Finalise</source>
            <translation>Finalise</translation>
        </message>
        <message>
            <source>Once finalised this version can no longer change; a later version can replace it. Finalise it now?</source>
            <translation>Once finalised this version can no longer change; a later version can replace it. Finalise it now?</translation>
        </message>
        <message>
            <source>Finalising…</source>
            <translation>Finalising…</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>Print report</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
    </context>
    <context>
        <name>CirculationPane</name>
        <message>
            <source>No carrier chosen.</source>
            <translation>No carrier chosen.</translation>
        </message>
        <message>
            <source>Proposed handling, optional</source>
            <translation>Proposed handling, optional</translation>
        </message>
        <message>
            <source>Reader confirmed in the app (else: signed slip)</source>
            <translation>Reader confirmed in the app (else: signed slip)</translation>
        </message>
        <message>
            <source>Carrier:</source>
            <translation>Carrier:</translation>
        </message>
        <message>
            <source>Reader:</source>
            <translation>Reader:</translation>
        </message>
        <message>
            <source>Send to this reader</source>
            <translation>Send to this reader</translation>
        </message>
        <message>
            <source>Add to reading order</source>
            <translation>Add to reading order</translation>
        </message>
        <message>
            <source>Reading order:</source>
            <translation>Reading order:</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Save reading order</source>
            <translation>Save reading order</translation>
        </message>
        <message>
            <source>Send to next reader</source>
            <translation>Send to next reader</translation>
        </message>
        <message>
            <source>Record return</source>
            <translation>Record return</translation>
        </message>
        <message>
            <source>Print circulation slip…</source>
            <translation>Print circulation slip…</translation>
        </message>
        <message>
            <source>Out for reading now:</source>
            <translation>Out for reading now:</translation>
        </message>
        <message>
            <source>: with {reader}, due back {due}</source>
            <translation>: with {reader}, due back {due}</translation>
        </message>
        <message>
            <source>Reading order saved: {n} reader(s).</source>
            <translation>Reading order saved: {n} reader(s).</translation>
        </message>
        <message>
            <source>Sent to {reader}; due back {due}.</source>
            <translation>Sent to {reader}; due back {due}.</translation>
        </message>
        <message>
            <source>Returned by {reader}.</source>
            <translation>Returned by {reader}.</translation>
        </message>
        <message>
            <source>Next reader: {name} — press Enter to send.</source>
            <translation>Next reader: {name} — press Enter to send.</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Saved {path}</translation>
        </message>
        <message>
            <source>Save circulation slip</source>
            <translation>Save circulation slip</translation>
        </message>
    </context>
    <context>
        <name>ClassificationColumns</name>
        <message>
            <source>%n day(s) left</source>
            <translation>%n day(s) left</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>due today</translation>
        </message>
        <message>
            <source>%n day(s) overdue</source>
            <translation>%n day(s) overdue</translation>
        </message>
        <message>
            <source>this unit</source>
            <translation>this unit</translation>
        </message>
        <message>
            <source>originator</source>
            <translation>originator</translation>
        </message>
        <message>
            <source>period ended</source>
            <translation>period ended</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>decision</translation>
        </message>
        <message>
            <source>can be marked now</source>
            <translation>can be marked now</translation>
        </message>
        <message>
            <source>wait until it is back</source>
            <translation>wait until it is back</translation>
        </message>
        <message>
            <source>never</source>
            <extracomment>an acknowledgement row names its decision by its Chinese label only</extracomment>
            <translation>never</translation>
        </message>
        <message>
            <source>Reg. no.</source>
            <translation>Reg. no.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Doc. no.</source>
            <translation>Doc. no.</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Mark</translation>
        </message>
        <message>
            <source>Period ends</source>
            <translation>Period ends</translation>
        </message>
        <message>
            <source>Copy no.</source>
            <translation>Copy no.</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Holder</translation>
        </message>
        <message>
            <source>Pending proposal</source>
            <translation>Pending proposal</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Decided by</translation>
        </message>
        <message>
            <source>Declassified on</source>
            <translation>Declassified on</translation>
        </message>
        <message>
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <source>Marking</source>
            <translation>Marking</translation>
        </message>
        <message>
            <source>Old mark</source>
            <translation>Old mark</translation>
        </message>
        <message>
            <source>New mark</source>
            <translation>New mark</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Notice no.</source>
            <translation>Notice no.</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Copies held</source>
            <translation>Copies held</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Last reviewed</source>
            <translation>Last reviewed</translation>
        </message>
        <message>
            <source>Proposal no.</source>
            <translation>Proposal no.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Decide by</source>
            <translation>Decide by</translation>
        </message>
        <message>
            <source>Mark now</source>
            <translation>Mark now</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposed</translation>
        </message>
        <message>
            <source>Proposed by</source>
            <translation>Proposed by</translation>
        </message>
        <message>
            <source>Proposed on</source>
            <translation>Proposed on</translation>
        </message>
    </context>
    <context>
        <name>ClassificationDialogs</name>
        <message>
            <source>Document:</source>
            <translation>Document:</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>Decision:</translation>
        </message>
    </context>
    <context>
        <name>ClassificationPane</name>
        <message>
            <source>Periods ending</source>
            <translation>Periods ending</translation>
        </message>
        <message>
            <source>Declassified: to mark</source>
            <translation>Declassified: to mark</translation>
        </message>
        <message>
            <source>Yearly review</source>
            <translation>Yearly review</translation>
        </message>
        <message>
            <source>New labels</source>
            <translation>New labels</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Proposals</translation>
        </message>
        <message>
            <source>Print register…</source>
            <translation>Print register…</translation>
        </message>
        <message>
            <source>Export register to Excel…</source>
            <translation>Export register to Excel…</translation>
        </message>
        <message>
            <source>Register of classification decisions, year:</source>
            <translation>Register of classification decisions, year:</translation>
        </message>
        <message>
            <source>Save the register</source>
            <translation>Save the register</translation>
        </message>
        <message>
            <source>Export the register</source>
            <translation>Export the register</translation>
        </message>
        <message>
            <source>{title} ({n})</source>
            <translation>{title} ({n})</translation>
        </message>
    </context>
    <context>
        <name>ClassificationStatus</name>
        <message>
            <source>ending {n} ({m} soon)</source>
            <extracomment>who sees the 定密管理 pane (and its counts) changes after which the counts are read again</extracomment>
            <translation>ending {n} ({m} soon)</translation>
        </message>
        <message>
            <source>to mark {n}</source>
            <translation>to mark {n}</translation>
        </message>
        <message>
            <source>labels {n}</source>
            <translation>labels {n}</translation>
        </message>
        <message>
            <source>to sign {n}</source>
            <translation>to sign {n}</translation>
        </message>
        <message>
            <source>review {n}</source>
            <translation>review {n}</translation>
        </message>
        <message>
            <source>late proposals {n}</source>
            <translation>late proposals {n}</translation>
        </message>
        <message>
            <source>Classification: nothing to do</source>
            <translation>Classification: nothing to do</translation>
        </message>
        <message>
            <source>Classification: {items}</source>
            <translation>Classification: {items}</translation>
        </message>
        <message>
            <source>Secrecy periods ending soon: {e90} (urgent: {e30})
Declassified carriers to mark: {mark}
New labels to print: {labels}
Notice signatures to record: {sign}
Yearly review: {own} own, {rec} received
Proposals pending: {pending} (overdue: {overdue})
Click to open Classification.</source>
            <translation>Secrecy periods ending soon: {e90} (urgent: {e30})
Declassified carriers to mark: {mark}
New labels to print: {labels}
Notice signatures to record: {sign}
Yearly review: {own} own, {rec} received
Proposals pending: {pending} (overdue: {overdue})
Click to open Classification.</translation>
        </message>
        <message>
            <source>Periods ended: {n} document(s) declassified by themselves; {c} carrier(s) wait for their declassification marking.</source>
            <translation>Periods ended: {n} document(s) declassified by themselves; {c} carrier(s) wait for their declassification marking.</translation>
        </message>
        <message>
            <source>Recording secrecy periods that have ended…</source>
            <translation>Recording secrecy periods that have ended…</translation>
        </message>
    </context>
    <context>
        <name>ClassifiersTab</name>
        <message>
            <source>Show revoked</source>
            <translation>Show revoked</translation>
        </message>
        <message>
            <source>Designate…</source>
            <translation>Designate…</translation>
        </message>
        <message>
            <source>Revoke…</source>
            <translation>Revoke…</translation>
        </message>
        <message>
            <source>Revoke the designation of {name}</source>
            <translation>Revoke the designation of {name}</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <source>Close rectification {no}</source>
            <translation>Close rectification {no}</translation>
        </message>
        <message>
            <source>What was done:</source>
            <translation>What was done:</translation>
        </message>
        <message>
            <source>Closed on:</source>
            <translation>Closed on:</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Say what each column is</source>
            <translation>Say what each column is</translation>
        </message>
        <message>
            <source>Columns were recognised by their names. Change any that is wrong; a column set to “not imported” is left out. Your choices are remembered for the next file with the same column names.</source>
            <translation>Columns were recognised by their names. Change any that is wrong; a column set to “not imported” is left out. Your choices are remembered for the next file with the same column names.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Name in the file</source>
            <translation>Name in the file</translation>
        </message>
        <message>
            <source>First entries</source>
            <translation>First entries</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>Imported as</translation>
        </message>
        <message>
            <source>These are the choices you confirmed last time for a file with the same column names.</source>
            <translation>These are the choices you confirmed last time for a file with the same column names.</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— not imported —</translation>
        </message>
        <message>
            <source>Still needed: {fields}. Choose the column that holds each.</source>
            <translation>Still needed: {fields}. Choose the column that holds each.</translation>
        </message>
    </context>
    <context>
        <name>CopyExecuteDialog</name>
        <message>
            <source>Register the copies</source>
            <translation>Register the copies</translation>
        </message>
        <message>
            <source>Blank: continue after the highest copy</source>
            <translation>Blank: continue after the highest copy</translation>
        </message>
        <message>
            <source>Electronic media: one serial number per line</source>
            <translation>Electronic media: one serial number per line</translation>
        </message>
        <message>
            <source>Copied by:</source>
            <translation>Copied by:</translation>
        </message>
        <message>
            <source>Copy numbers (unit scheme):</source>
            <translation>Copy numbers (unit scheme):</translation>
        </message>
        <message>
            <source>Note on the numbering:</source>
            <translation>Note on the numbering:</translation>
        </message>
        <message>
            <source>Serial numbers:</source>
            <translation>Serial numbers:</translation>
        </message>
    </context>
    <context>
        <name>CopyingPane</name>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Original:</source>
            <translation>Original:</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Further sources:</source>
            <translation>Further sources:</translation>
        </message>
        <message>
            <source>Requester:</source>
            <translation>Requester:</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Copies:</translation>
        </message>
        <message>
            <source>Pages each:</source>
            <translation>Pages each:</translation>
        </message>
        <message>
            <source>Medium:</source>
            <translation>Medium:</translation>
        </message>
        <message>
            <source>Needed by:</source>
            <translation>Needed by:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Original classifying body</source>
            <translation>Original classifying body</translation>
        </message>
        <message>
            <source>Its approval reference</source>
            <translation>Its approval reference</translation>
        </message>
        <message>
            <source>Top secret — approval of the original classifying body:</source>
            <translation>Top secret — approval of the original classifying body:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Print copy register…</source>
            <translation>Print copy register…</translation>
        </message>
        <message>
            <source>Export copy register (XLSX)…</source>
            <translation>Export copy register (XLSX)…</translation>
        </message>
        <message>
            <source>Submit request</source>
            <translation>Submit request</translation>
        </message>
        <message>
            <source>Print approval form…</source>
            <translation>Print approval form…</translation>
        </message>
        <message>
            <source>Register copies…</source>
            <translation>Register copies…</translation>
        </message>
        <message>
            <source>Print labels of the copies…</source>
            <translation>Print labels of the copies…</translation>
        </message>
        <message>
            <source>Cancel request…</source>
            <translation>Cancel request…</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>{reg}  “{title}”  {mark}  copy {copy}  {ctype}</source>
            <translation>{reg}  “{title}”  {mark}  copy {copy}  {ctype}</translation>
        </message>
        <message>
            <source>Top secret: needs the original classifying body's consent (reference and date) and the unit leader's.</source>
            <translation>Top secret: needs the original classifying body's consent (reference and date) and the unit leader's.</translation>
        </message>
        <message>
            <source>Top secret: needs the original classifying body's approval (reference and date) and the unit leader's.</source>
            <translation>Top secret: needs the original classifying body's approval (reference and date) and the unit leader's.</translation>
        </message>
        <message>
            <source>Approved like a copy, by the unit's responsible leader; a classified result is registered as a new document marked at least at its sources' level.</source>
            <translation>Approved like a copy, by the unit's responsible leader; a classified result is registered as a new document marked at least at its sources' level.</translation>
        </message>
        <message>
            <source>Approved by the unit's responsible leader.</source>
            <translation>Approved by the unit's responsible leader.</translation>
        </message>
        <message>
            <source>Register the excerpt…</source>
            <translation>Register the excerpt…</translation>
        </message>
        <message>
            <source>Register the compilation…</source>
            <translation>Register the compilation…</translation>
        </message>
        <message>
            <source>Cancel request</source>
            <translation>Cancel request</translation>
        </message>
        <message>
            <source>Print approval form</source>
            <translation>Print approval form</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <source>Print copy register</source>
            <translation>Print copy register</translation>
        </message>
        <message>
            <source>Export copy register</source>
            <translation>Export copy register</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Correct {reg_no}</source>
            <extracomment>the date edit's minimum, shown as "not marked": no date of issue</extracomment>
            <translation>Correct {reg_no}</translation>
        </message>
        <message>
            <source>Why: e.g. a character left out when typing</source>
            <translation>Why: e.g. a character left out when typing</translation>
        </message>
        <message>
            <source>Reason for the correction:</source>
            <translation>Reason for the correction:</translation>
        </message>
        <message>
            <source>not marked</source>
            <translation>not marked</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Doc. no.</source>
            <translation>Doc. no.</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Date of issue</source>
            <translation>Date of issue</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>Classification (decided by the classifying authority)</source>
            <translation>Classification (decided by the classifying authority)</translation>
        </message>
        <message>
            <source>Do not copy</source>
            <translation>Do not copy</translation>
        </message>
        <message>
            <source>Must be returned to the issuer</source>
            <translation>Must be returned to the issuer</translation>
        </message>
        <message>
            <source>Nothing has happened to this document since its registration, so a typing error in its mark can still be corrected here. Once it is handed out, circulated, copied or labelled, the level, period, need-to-know scope and these marks change only by a decision of the originating authority or the unit's designated classifier.</source>
            <translation>Nothing has happened to this document since its registration, so a typing error in its mark can still be corrected here. Once it is handed out, circulated, copied or labelled, the level, period, need-to-know scope and these marks change only by a decision of the originating authority or the unit's designated classifier.</translation>
        </message>
        <message>
            <source>The level, secrecy period, need-to-know scope and the do-not-copy / must-be-returned marks cannot be changed by a correction: they change only by a decision of the originating authority or the unit's designated classifier, notified in writing.</source>
            <translation>The level, secrecy period, need-to-know scope and the do-not-copy / must-be-returned marks cannot be changed by a correction: they change only by a decision of the originating authority or the unit's designated classifier, notified in writing.</translation>
        </message>
    </context>
    <context>
        <name>CustodyColumns</name>
        <message>
            <source>Reg. no.</source>
            <translation>Reg. no.</translation>
        </message>
        <message>
            <source>Doc. no.</source>
            <translation>Doc. no.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Holder</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Handover no.</source>
            <translation>Handover no.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Handed over by</source>
            <translation>Handed over by</translation>
        </message>
        <message>
            <source>Receiver</source>
            <translation>Receiver</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>Witness</translation>
        </message>
        <message>
            <source>Carriers</source>
            <translation>Carriers</translation>
        </message>
        <message>
            <source>Devices and media</source>
            <translation>Devices and media</translation>
        </message>
        <message>
            <source>Report no.</source>
            <translation>Report no.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Discovered</source>
            <translation>Discovered</translation>
        </message>
        <message>
            <source>Report due by</source>
            <translation>Report due by</translation>
        </message>
        <message>
            <source>Reported upstream</source>
            <translation>Reported upstream</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Return no.</source>
            <translation>Return no.</translation>
        </message>
        <message>
            <source>Returned to</source>
            <translation>Returned to</translation>
        </message>
        <message>
            <source>Receipt no.</source>
            <translation>Receipt no.</translation>
        </message>
    </context>
    <context>
        <name>DepartureColumns</name>
        <message>
            <source>In cooling-off</source>
            <translation>In cooling-off</translation>
        </message>
        <message>
            <source>Cooling-off over</source>
            <translation>Cooling-off over</translation>
        </message>
        <message>
            <source>Record no.</source>
            <translation>Record no.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Left the post</source>
            <translation>Left the post</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Cooling-off from</source>
            <translation>Cooling-off from</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Days left</translation>
        </message>
    </context>
    <context>
        <name>DepartureDialog</name>
        <message>
            <source>Departure from a classified post</source>
            <extracomment>the 移交事由 a departure's handover is recorded under</extracomment>
            <translation>Departure from a classified post</translation>
        </message>
        <message>
            <source>Open the departure</source>
            <translation>Open the departure</translation>
        </message>
        <message>
            <source>— choose a person —</source>
            <translation>— choose a person —</translation>
        </message>
        <message>
            <source>e.g. transferred to the municipal office</source>
            <translation>e.g. transferred to the municipal office</translation>
        </message>
        <message>
            <source> months</source>
            <translation> months</translation>
        </message>
        <message>
            <source>Hand over to the receiver now</source>
            <translation>Hand over to the receiver now</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Day of leaving the post:</source>
            <translation>Day of leaving the post:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Going to (unit or post):</source>
            <translation>Going to (unit or post):</translation>
        </message>
        <message>
            <source>Receives the carriers:</source>
            <translation>Receives the carriers:</translation>
        </message>
        <message>
            <source>Witness:</source>
            <translation>Witness:</translation>
        </message>
        <message>
            <source>Cooling-off period:</source>
            <translation>Cooling-off period:</translation>
        </message>
        <message>
            <source>Still holds:</source>
            <translation>Still holds:</translation>
        </message>
        <message>
            <source>{clearance}: {low} to {high} (Law art. 46, Regulations art. 53)</source>
            <translation>{clearance}: {low} to {high} (Law art. 46, Regulations art. 53)</translation>
        </message>
        <message>
            <source>Holds nothing: the departure can be completed as soon as it is opened.</source>
            <translation>Holds nothing: the departure can be completed as soon as it is opened.</translation>
        </message>
        <message>
            <source>{count} item(s) to return or hand over before the departure can be completed.</source>
            <translation>{count} item(s) to return or hand over before the departure can be completed.</translation>
        </message>
        <message>
            <source>{count} item(s) to return or hand over before the departure can be completed: the clerk hands the carriers over in the Handover pane (reason: leaving the post or transfer) and the devices in the Devices and media pane.</source>
            <translation>{count} item(s) to return or hand over before the departure can be completed: the clerk hands the carriers over in the Handover pane (reason: leaving the post or transfer) and the devices in the Devices and media pane.</translation>
        </message>
    </context>
    <context>
        <name>DeparturesTab</name>
        <message>
            <source>Only those in a cooling-off period</source>
            <translation>Only those in a cooling-off period</translation>
        </message>
        <message>
            <source>Departure…</source>
            <translation>Departure…</translation>
        </message>
        <message>
            <source>Complete…</source>
            <translation>Complete…</translation>
        </message>
        <message>
            <source>Print confirmation…</source>
            <translation>Print confirmation…</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>Void…</translation>
        </message>
        <message>
            <source>Cooling-off over</source>
            <translation>Cooling-off over</translation>
        </message>
        <message>
            <source>Complete the departure</source>
            <translation>Complete the departure</translation>
        </message>
        <message>
            <source>Complete the departure of {name}? Their accounts are disabled and the cooling-off period starts on {day}.</source>
            <translation>Complete the departure of {name}? Their accounts are disabled and the cooling-off period starts on {day}.</translation>
        </message>
        <message>
            <source>The accounts of {name} ({accounts}) are disabled and their key slots are gone from the ledger folder and its backups.</source>
            <translation>The accounts of {name} ({accounts}) are disabled and their key slots are gone from the ledger folder and its backups.</translation>
        </message>
        <message>
            <source>Print the confirmation</source>
            <translation>Print the confirmation</translation>
        </message>
        <message>
            <source>Print the departure undertaking and return confirmation for signing now?</source>
            <translation>Print the departure undertaking and return confirmation for signing now?</translation>
        </message>
        <message>
            <source>Print departure confirmation</source>
            <translation>Print departure confirmation</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Saved {path}</translation>
        </message>
        <message>
            <source>Void {reg_no}</source>
            <translation>Void {reg_no}</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
    </context>
    <context>
        <name>DerivedExecuteDialog</name>
        <message>
            <source>Register the excerpt</source>
            <translation>Register the excerpt</translation>
        </message>
        <message>
            <source>Register the compilation</source>
            <translation>Register the compilation</translation>
        </message>
        <message>
            <source>Holds no state secret (not registered)</source>
            <translation>Holds no state secret (not registered)</translation>
        </message>
        <message>
            <source>Why it holds no state secret, or a remark</source>
            <translation>Why it holds no state secret, or a remark</translation>
        </message>
        <message>
            <source>Electronic media: one serial number per line</source>
            <translation>Electronic media: one serial number per line</translation>
        </message>
        <message>
            <source>Made by:</source>
            <translation>Made by:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <source>Mark (not lower than the sources'):</source>
            <translation>Mark (not lower than the sources'):</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Copies:</translation>
        </message>
        <message>
            <source>Doc. no.:</source>
            <translation>Doc. no.:</translation>
        </message>
        <message>
            <source>Serial numbers:</source>
            <translation>Serial numbers:</translation>
        </message>
    </context>
    <context>
        <name>DesignateDialog</name>
        <message>
            <source>Designate a classifier</source>
            <translation>Designate a classifier</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>No. of the designating document</source>
            <translation>No. of the designating document</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <source>May decide up to:</source>
            <translation>May decide up to:</translation>
        </message>
        <message>
            <source>Designated by (document no.):</source>
            <translation>Designated by (document no.):</translation>
        </message>
        <message>
            <source>Scope of authority:</source>
            <translation>Scope of authority:</translation>
        </message>
        <message>
            <source>Designated on:</source>
            <translation>Designated on:</translation>
        </message>
    </context>
    <context>
        <name>DestructionPane</name>
        <message>
            <source>All</source>
            <extracomment>what the pane shows as it happens, without a reload: a scan appends its row</extracomment>
            <translation>All</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>New manifest</source>
            <translation>New manifest</translation>
        </message>
        <message>
            <source>Print destruction register…</source>
            <translation>Print destruction register…</translation>
        </message>
        <message>
            <source>Add:</source>
            <translation>Add:</translation>
        </message>
        <message>
            <source>Choose carriers…</source>
            <translation>Choose carriers…</translation>
        </message>
        <message>
            <source>Choose devices and media…</source>
            <translation>Choose devices and media…</translation>
        </message>
        <message>
            <source>Remove selected</source>
            <translation>Remove selected</translation>
        </message>
        <message>
            <source>Checked by:</source>
            <translation>Checked by:</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Set</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>Submit for approval</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <source>Cancel manifest…</source>
            <translation>Cancel manifest…</translation>
        </message>
        <message>
            <source>Print manifest…</source>
            <translation>Print manifest…</translation>
        </message>
        <message>
            <source>Export (XLSX)…</source>
            <translation>Export (XLSX)…</translation>
        </message>
        <message>
            <source>Record destruction…</source>
            <translation>Record destruction…</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>No manifest selected: choose one or open a new one.</source>
            <translation>No manifest selected: choose one or open a new one.</translation>
        </message>
        <message>
            <source>Manifest {no} — {status}</source>
            <translation>Manifest {no} — {status}</translation>
        </message>
        <message>
            <source>Total {n}</source>
            <translation>Total {n}</translation>
        </message>
        <message>
            <source>Total {n}: {parts}</source>
            <translation>Total {n}: {parts}</translation>
        </message>
        <message>
            <source>{device} is already on the list.</source>
            <translation>{device} is already on the list.</translation>
        </message>
        <message>
            <source>{reg} copy {copy} is already on the list.</source>
            <translation>{reg} copy {copy} is already on the list.</translation>
        </message>
        <message>
            <source>Cancel manifest</source>
            <translation>Cancel manifest</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Print manifest</source>
            <translation>Print manifest</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <source>Export manifest</source>
            <translation>Export manifest</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Print destruction register</source>
            <translation>Print destruction register</translation>
        </message>
    </context>
    <context>
        <name>DetailColumns</name>
        <message>
            <source>Copy no.</source>
            <translation>Copy no.</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Holder</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <source>Reg. no.</source>
            <translation>Reg. no.</translation>
        </message>
        <message>
            <source>Doc. no.</source>
            <translation>Doc. no.</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <source>From/to unit</source>
            <translation>From/to unit</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <source>Declassify on</source>
            <translation>Declassify on</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>This carrier</source>
            <translation>This carrier</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>Select a carrier to see its document and history.</source>
            <translation>Select a carrier to see its document and history.</translation>
        </message>
        <message>
            <source> (voided: {reason})</source>
            <translation> (voided: {reason})</translation>
        </message>
    </context>
    <context>
        <name>DispatchColumns</name>
        <message>
            <source>Dispatch no.</source>
            <translation>Dispatch no.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Reg. no.</source>
            <translation>Reg. no.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Receipt due</source>
            <translation>Receipt due</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
    </context>
    <context>
        <name>DispatchPane</name>
        <message>
            <source>Print labels of the last entry…</source>
            <translation>Print labels of the last entry…</translation>
        </message>
        <message>
            <source>Produce</source>
            <translation>Produce</translation>
        </message>
        <message>
            <source>Dispatch</source>
            <translation>Dispatch</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>Receipts</translation>
        </message>
        <message>
            <source>Scan a label or type a registration number</source>
            <translation>Scan a label or type a registration number</translation>
        </message>
        <message>
            <source>blank: {days} days</source>
            <translation>blank: {days} days</translation>
        </message>
        <message>
            <source>By hand: who carries it (top secret: two or more Core-cleared people)</source>
            <translation>By hand: who carries it (top secret: two or more Core-cleared people)</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>Carrier</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <source>To unit</source>
            <translation>To unit</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Couriers (by hand)</source>
            <translation>Couriers (by hand)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Dispatch no.</source>
            <translation>Dispatch no.</translation>
        </message>
        <message>
            <source>Receipt due</source>
            <translation>Receipt due</translation>
        </message>
        <message>
            <source>“{text}” names several registrations: type the full registration number.</source>
            <translation>“{text}” names several registrations: type the full registration number.</translation>
        </message>
        <message>
            <source>Dispatched as {reg_no}: copies {copies} to {unit}.</source>
            <translation>Dispatched as {reg_no}: copies {copies} to {unit}.</translation>
        </message>
        <message>
            <source>All dispatches</source>
            <translation>All dispatches</translation>
        </message>
        <message>
            <source>Receipt overdue</source>
            <translation>Receipt overdue</translation>
        </message>
        <message>
            <source>Record receipt…</source>
            <translation>Record receipt…</translation>
        </message>
        <message>
            <source>Record receipt</source>
            <translation>Record receipt</translation>
        </message>
        <message>
            <source>Receipt no. (blank if none):</source>
            <translation>Receipt no. (blank if none):</translation>
        </message>
    </context>
    <context>
        <name>DisposalColumns</name>
        <message>
            <source>Request no.</source>
            <translation>Request no.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>Requester</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>Copy no.</source>
            <translation>Copy no.</translation>
        </message>
        <message>
            <source>Copy numbers</source>
            <translation>Copy numbers</translation>
        </message>
        <message>
            <source>Derived document</source>
            <translation>Derived document</translation>
        </message>
        <message>
            <source>Manifest no.</source>
            <translation>Manifest no.</translation>
        </message>
        <message>
            <source>Carriers</source>
            <translation>Carriers</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Prepared by</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Checked by</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>Destroyed on</source>
            <translation>Destroyed on</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Reg. no. / device no.</source>
            <translation>Reg. no. / device no.</translation>
        </message>
        <message>
            <source>Doc. no. / serial no.</source>
            <translation>Doc. no. / serial no.</translation>
        </message>
        <message>
            <source>Title / model</source>
            <translation>Title / model</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Pages/size</source>
            <translation>Pages/size</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarks</translation>
        </message>
    </context>
    <context>
        <name>DocumentForm</name>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save and new (Enter)</source>
            <translation>Save and new (Enter)</translation>
        </message>
        <message>
            <source>Drafting department</source>
            <translation>Drafting department</translation>
        </message>
        <message>
            <source>Sender unit</source>
            <translation>Sender unit</translation>
        </message>
        <message>
            <source>Document no.</source>
            <translation>Document no.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Classification mark</source>
            <translation>Classification mark</translation>
        </message>
        <message>
            <source>Issued / classified on</source>
            <translation>Issued / classified on</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Approved for issue by</source>
            <translation>Approved for issue by</translation>
        </message>
        <message>
            <source>Unrestricted</source>
            <translation>Unrestricted</translation>
        </message>
        <message>
            <source>Need to know</source>
            <translation>Need to know</translation>
        </message>
        <message>
            <source>Copying</source>
            <translation>Copying</translation>
        </message>
        <message>
            <source>Must not be copied</source>
            <translation>Must not be copied</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <source>Sender's copy numbers</source>
            <translation>Sender's copy numbers</translation>
        </message>
        <message>
            <source>e.g. 3-7,9; blank: 1, 2, 3 …</source>
            <translation>e.g. 3-7,9; blank: 1, 2, 3 …</translation>
        </message>
        <message>
            <source>Carrier type</source>
            <translation>Carrier type</translation>
        </message>
        <message>
            <source>Serial numbers (one per copy)</source>
            <translation>Serial numbers (one per copy)</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Received at</source>
            <translation>Received at</translation>
        </message>
        <message>
            <source>Signed for by</source>
            <translation>Signed for by</translation>
        </message>
        <message>
            <source>Seal</source>
            <translation>Seal</translation>
        </message>
        <message>
            <source>Seal intact</source>
            <translation>Seal intact</translation>
        </message>
        <message>
            <source>Seal note</source>
            <translation>Seal note</translation>
        </message>
        <message>
            <source>Must be returned to the issuer</source>
            <translation>Must be returned to the issuer</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>Recall</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>department</source>
            <translation>department</translation>
        </message>
        <message>
            <source>Next number: {reg_no}</source>
            <translation>Next number: {reg_no}</translation>
        </message>
        <message>
            <source>Registered {reg_no}: {n} copies ({copies})</source>
            <translation>Registered {reg_no}: {n} copies ({copies})</translation>
        </message>
        <message>
            <source>Not saved: correct the fields marked in red.</source>
            <translation>Not saved: correct the fields marked in red.</translation>
        </message>
    </context>
    <context>
        <name>DocumentPicker</name>
        <message>
            <source>Reg. no. (发2026-00001) or scan a carrier label</source>
            <translation>Reg. no. (发2026-00001) or scan a carrier label</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>decided by this unit</source>
            <translation>decided by this unit</translation>
        </message>
        <message>
            <source>decided by the originator: {unit}</source>
            <translation>decided by the originator: {unit}</translation>
        </message>
        <message>
            <source>no end date</source>
            <translation>no end date</translation>
        </message>
        <message>
            <source>“{title}”  {doc_no}  {mark}  (period ends: {end}; {whose})</source>
            <translation>“{title}”  {doc_no}  {mark}  (period ends: {end}; {whose})</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Why it was left out</source>
            <translation>Why it was left out</translation>
        </message>
        <message>
            <source>Past imports…</source>
            <translation>Past imports…</translation>
        </message>
        <message>
            <source>{documents} documents with {carriers} carriers were imported into the {register}, as {first} to {last}. Each keeps its original number (原登记号), and every event names the file and its row.</source>
            <translation>{documents} documents with {carriers} carriers were imported into the {register}, as {first} to {last}. Each keeps its original number (原登记号), and every event names the file and its row.</translation>
        </message>
        <message numerus="yes">
            <source>%n blank or totals row(s) were skipped.</source>
            <translation>
                <numerusform>%n blank or totals row(s) were skipped.</numerusform>
                <numerusform>%n blank or totals row(s) were skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) were left out and kept in the import record with the reason:</source>
            <translation>
                <numerusform>%n row(s) were left out and kept in the import record with the reason:</numerusform>
                <numerusform>%n row(s) were left out and kept in the import record with the reason:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>An unexpected error occurred. The ledger was not changed by the failed step. Please report the details below to the security officer.</source>
            <translation>An unexpected error occurred. The ledger was not changed by the failed step. Please report the details below to the security officer.</translation>
        </message>
        <message>
            <source>SecLedger</source>
            <translation>SecLedger</translation>
        </message>
    </context>
    <context>
        <name>EventColumns</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Reg. no.</source>
            <translation>Reg. no.</translation>
        </message>
        <message>
            <source>Copy no.</source>
            <translation>Copy no.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>Hash</translation>
        </message>
    </context>
    <context>
        <name>ExecuteDialog</name>
        <message>
            <source>Record the destruction</source>
            <translation>Record the destruction</translation>
        </message>
        <message>
            <source>Same as above</source>
            <extracomment>one method per medium on the list where it differs from the one above</extracomment>
            <translation>Same as above</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Method:</translation>
        </message>
        <message>
            <source>Method for {medium}:</source>
            <translation>Method for {medium}:</translation>
        </message>
        <message>
            <source>Site:</source>
            <translation>Site:</translation>
        </message>
        <message>
            <source>Approved equipment (in-house):</source>
            <translation>Approved equipment (in-house):</translation>
        </message>
        <message>
            <source>Certificate / receipt no.:</source>
            <translation>Certificate / receipt no.:</translation>
        </message>
        <message>
            <source>Escorts (two or more):</source>
            <translation>Escorts (two or more):</translation>
        </message>
        <message>
            <source>Witnesses (two or more for top secret):</source>
            <translation>Witnesses (two or more for top secret):</translation>
        </message>
        <message>
            <source>Destroyed by:</source>
            <translation>Destroyed by:</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
    </context>
    <context>
        <name>ExpiringTab</name>
        <message>
            <source>Within {n} days</source>
            <extracomment>which selections a button needs button key -&gt; (roles that may press it, the selection it needs) button key -&gt; (roles that may press it, the selection it needs)</extracomment>
            <translation>Within {n} days</translation>
        </message>
        <message>
            <source>Propose extension…</source>
            <translation>Propose extension…</translation>
        </message>
        <message>
            <source>Propose declassification…</source>
            <translation>Propose declassification…</translation>
        </message>
        <message>
            <source>Record originator's notice…</source>
            <translation>Record originator's notice…</translation>
        </message>
        <message>
            <source>Record proposal sent to originator…</source>
            <translation>Record proposal sent to originator…</translation>
        </message>
        <message>
            <source>Secrets whose period ends soon. The unit's own documents: a designated classifier must decide an extension before the end — after it the secret is declassified by itself and an extension is refused. Received documents: only the originator decides; record its notice, or the proposal the unit sent it.</source>
            <translation>Secrets whose period ends soon. The unit's own documents: a designated classifier must decide an extension before the end — after it the secret is declassified by itself and an extension is refused. Received documents: only the originator decides; record its notice, or the proposal the unit sent it.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>Choose the file</translation>
        </message>
        <message>
            <source>An existing 收文 or 发文 register saved as Excel (.xlsx, .xls) or CSV. A WPS file (.et) must first be saved as .xlsx in WPS. Nothing is written to the ledger until the last step.</source>
            <translation>An existing 收文 or 发文 register saved as Excel (.xlsx, .xls) or CSV. A WPS file (.et) must first be saved as .xlsx in WPS. Nothing is written to the ledger until the last step.</translation>
        </message>
        <message>
            <source>Choose a file, or type its full path and press Enter</source>
            <translation>Choose a file, or type its full path and press Enter</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>收文登记簿 — documents received</source>
            <translation>收文登记簿 — documents received</translation>
        </message>
        <message>
            <source>发文登记簿 — documents sent out or made here</source>
            <translation>发文登记簿 — documents sent out or made here</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Register:</source>
            <translation>Register:</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>Sheet:</translation>
        </message>
        <message>
            <source>Choose the register to import</source>
            <translation>Choose the register to import</translation>
        </message>
        <message>
            <source>Registers (*.xlsx *.xls *.csv *.et);;All files (*)</source>
            <translation>Registers (*.xlsx *.xls *.csv *.et);;All files (*)</translation>
        </message>
        <message>
            <source>“{file}”: sheet “{sheet}” has {rows} rows; the column names were found on row {row}.</source>
            <translation>“{file}”: sheet “{sheet}” has {rows} rows; the column names were found on row {row}.</translation>
        </message>
        <message>
            <source>No row with the usual column names (收文号, 标题, 密级 …) was found. On the next page, pick the row that holds the column names, then say which column is which.</source>
            <translation>No row with the usual column names (收文号, 标题, 密级 …) was found. On the next page, pick the row that holds the column names, then say which column is which.</translation>
        </message>
        <message>
            <source>The column names do not include every column the import needs (title, classification, date). On the next pages, check the heading row and say which column is which.</source>
            <translation>The column names do not include every column the import needs (title, classification, date). On the next pages, check the heading row and say which column is which.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Create a ledger</source>
            <translation>Create a ledger</translation>
        </message>
        <message>
            <source>Save the recovery sheet</source>
            <translation>Save the recovery sheet</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF sheet is not available in this build; copy the code by hand onto paper.</source>
            <translation>The PDF sheet is not available in this build; copy the code by hand onto paper.</translation>
        </message>
        <message>
            <source>Saved to {path}. Print it, then delete the file: it must not stay on the computer.</source>
            <translation>Saved to {path}. Print it, then delete the file: it must not stay on the computer.</translation>
        </message>
    </context>
    <context>
        <name>HandoverPane</name>
        <message>
            <source>Or scan / type a carrier: its holder hands over</source>
            <translation>Or scan / type a carrier: its holder hands over</translation>
        </message>
        <message>
            <source>Handing over:</source>
            <translation>Handing over:</translation>
        </message>
        <message>
            <source>Receiver:</source>
            <translation>Receiver:</translation>
        </message>
        <message>
            <source>Witness:</source>
            <translation>Witness:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Confirm handover</source>
            <translation>Confirm handover</translation>
        </message>
        <message>
            <source>Print handover list…</source>
            <translation>Print handover list…</translation>
        </message>
        <message>
            <source>Export list (XLSX)…</source>
            <translation>Export list (XLSX)…</translation>
        </message>
        <message>
            <source>Print handover register…</source>
            <translation>Print handover register…</translation>
        </message>
        <message>
            <source>Handover register</source>
            <translation>Handover register</translation>
        </message>
        <message>
            <source>— choose a person —</source>
            <translation>— choose a person —</translation>
        </message>
        <message>
            <source>Choose the person who hands over.</source>
            <translation>Choose the person who hands over.</translation>
        </message>
        <message>
            <source>{name} is accountable for {n} carrier(s): {groups}. By level: {levels}.</source>
            <translation>{name} is accountable for {n} carrier(s): {groups}. By level: {levels}.</translation>
        </message>
        <message>
            <source>{name} is leaving the post ({reg_no}): hand everything over to {receiver} in front of {witness}; the security officer then completes the departure.</source>
            <translation>{name} is leaving the post ({reg_no}): hand everything over to {receiver} in front of {witness}; the security officer then completes the departure.</translation>
        </message>
        <message>
            <source>No classified devices or storage media.</source>
            <translation>No classified devices or storage media.</translation>
        </message>
        <message numerus="yes">
            <source>Accountable for %n classified device(s) or medium/media: {types}.</source>
            <translation>
                <numerusform>Accountable for %n classified device(s) or medium/media: {types}.</numerusform>
                <numerusform>Accountable for %n classified device(s) or medium/media: {types}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Borrowed, to be returned before the handover: {items}.</source>
            <translation>Borrowed, to be returned before the handover: {items}.</translation>
        </message>
        <message>
            <source>{device} is held by {holder}, who is not an active person here.</source>
            <translation>{device} is held by {holder}, who is not an active person here.</translation>
        </message>
        <message>
            <source>{reg} copy {copy} is held by {holder}, who is not an active person here.</source>
            <translation>{reg} copy {copy} is held by {holder}, who is not an active person here.</translation>
        </message>
        <message>
            <source>Handover {no} recorded: {n} carrier(s) and {m} device(s) or medium/media now with {receiver}. Print the list for signature.</source>
            <translation>Handover {no} recorded: {n} carrier(s) and {m} device(s) or medium/media now with {receiver}. Print the list for signature.</translation>
        </message>
        <message>
            <source>Print handover list</source>
            <translation>Print handover list</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <source>Export handover list</source>
            <translation>Export handover list</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Print handover register</source>
            <translation>Print handover register</translation>
        </message>
    </context>
    <context>
        <name>HeadingPage</name>
        <message>
            <source>Find the row with the column names</source>
            <translation>Find the row with the column names</translation>
        </message>
        <message>
            <source>The first rows of the sheet. The highlighted row holds the column names; rows above it (the register's title) are not imported. If another row holds the column names, click it.</source>
            <translation>The first rows of the sheet. The highlighted row holds the column names; rows above it (the register's title) are not imported. If another row holds the column names, click it.</translation>
        </message>
        <message>
            <source>The column names are on row:</source>
            <translation>The column names are on row:</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Help — {pane}</source>
            <translation>Help — {pane}</translation>
        </message>
        <message>
            <source>There is no help page for this pane yet.</source>
            <translation>There is no help page for this pane yet.</translation>
        </message>
    </context>
    <context>
        <name>HolderDialog</name>
        <message>
            <source>New accountable holder of {device_no}</source>
            <translation>New accountable holder of {device_no}</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Now held by:</source>
            <translation>Now held by:</translation>
        </message>
        <message>
            <source>New holder:</source>
            <translation>New holder:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
    </context>
    <context>
        <name>ImportColumns</name>
        <message>
            <source>All rows</source>
            <extracomment>what the "Show" filter offers: (label, statuses shown)</extracomment>
            <translation>All rows</translation>
        </message>
        <message>
            <source>Rows with problems</source>
            <translation>Rows with problems</translation>
        </message>
        <message>
            <source>Rows to import</source>
            <translation>Rows to import</translation>
        </message>
        <message>
            <source>Rows left out</source>
            <translation>Rows left out</translation>
        </message>
        <message>
            <source>Blank and totals rows</source>
            <translation>Blank and totals rows</translation>
        </message>
        <message>
            <source>{column} ({header}): {what}</source>
            <translation>{column} ({header}): {what}</translation>
        </message>
        <message>
            <source>Original no.</source>
            <extracomment>the facts shown after the problems: (header, value)</extracomment>
            <translation>Original no.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Doc. no.</source>
            <translation>Doc. no.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <source>Copy nos.</source>
            <translation>Copy nos.</translation>
        </message>
        <message>
            <source>Exclude</source>
            <translation>Exclude</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Problem, reason or note</source>
            <translation>Problem, reason or note</translation>
        </message>
        <message>
            <source>How to fix it</source>
            <translation>How to fix it</translation>
        </message>
    </context>
    <context>
        <name>ImportMenu</name>
        <message>
            <source>Export the register for re-import</source>
            <translation>Export the register for re-import</translation>
        </message>
        <message>
            <source>Exporting the register…</source>
            <translation>Exporting the register…</translation>
        </message>
        <message>
            <source>Import / export</source>
            <translation>Import / export</translation>
        </message>
        <message>
            <source>Import a register from Excel, WPS or CSV…</source>
            <translation>Import a register from Excel, WPS or CSV…</translation>
        </message>
        <message>
            <source>Export (re-importable layout)…</source>
            <translation>Export (re-importable layout)…</translation>
        </message>
        <message>
            <source>Past imports…</source>
            <translation>Past imports…</translation>
        </message>
        <message>
            <source>Export the {year} {register} register (re-importable layout)…</source>
            <translation>Export the {year} {register} register (re-importable layout)…</translation>
        </message>
    </context>
    <context>
        <name>ImportRecordColumns</name>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Sheet</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Carriers</source>
            <translation>Carriers</translation>
        </message>
        <message>
            <source>Numbers given</source>
            <translation>Numbers given</translation>
        </message>
        <message>
            <source>Rows left out</source>
            <translation>Rows left out</translation>
        </message>
    </context>
    <context>
        <name>ImportRecordsDialog</name>
        <message>
            <source>Past imports</source>
            <translation>Past imports</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Why it was left out</source>
            <translation>Why it was left out</translation>
        </message>
        <message>
            <source>Cells as written</source>
            <translation>Cells as written</translation>
        </message>
        <message>
            <source>Nothing has been imported into this ledger yet.</source>
            <translation>Nothing has been imported into this ledger yet.</translation>
        </message>
        <message>
            <source>{file}, sheet “{sheet}”, column names on row {row}; SHA-256 {sha}. Columns: {mapping}. Skipped as blank or totals: {skipped}.</source>
            <translation>{file}, sheet “{sheet}”, column names on row {row}; SHA-256 {sha}. Columns: {mapping}. Skipped as blank or totals: {skipped}.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a register from Excel, WPS or CSV</source>
            <translation>Import a register from Excel, WPS or CSV</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>Reading every row…</source>
            <translation>Reading every row…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>收文 register (received)</source>
            <translation>收文 register (received)</translation>
        </message>
        <message>
            <source>发文 register (outgoing)</source>
            <translation>发文 register (outgoing)</translation>
        </message>
    </context>
    <context>
        <name>ItemDetail</name>
        <message>
            <source>Item:</source>
            <translation>Item:</translation>
        </message>
        <message>
            <source>Accountable holder:</source>
            <translation>Accountable holder:</translation>
        </message>
        <message>
            <source>Brand, model, serial:</source>
            <translation>Brand, model, serial:</translation>
        </message>
        <message>
            <source>Purpose and location:</source>
            <translation>Purpose and location:</translation>
        </message>
        <message>
            <source>Label, in use since:</source>
            <translation>Label, in use since:</translation>
        </message>
        <message>
            <source>Remarks:</source>
            <translation>Remarks:</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>Register a device or medium</source>
            <translation>Register a device or medium</translation>
        </message>
        <message>
            <source>Correct {device_no}</source>
            <translation>Correct {device_no}</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <source>Device no.:</source>
            <translation>Device no.:</translation>
        </message>
        <message>
            <source>Level (the highest it ever held):</source>
            <translation>Level (the highest it ever held):</translation>
        </message>
        <message>
            <source>Accountable holder:</source>
            <translation>Accountable holder:</translation>
        </message>
        <message>
            <source>Brand and model:</source>
            <translation>Brand and model:</translation>
        </message>
        <message>
            <source>Serial no.:</source>
            <translation>Serial no.:</translation>
        </message>
        <message>
            <source>Purpose:</source>
            <translation>Purpose:</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Location:</translation>
        </message>
        <message>
            <source>In use since:</source>
            <translation>In use since:</translation>
        </message>
        <message>
            <source>Remarks:</source>
            <translation>Remarks:</translation>
        </message>
        <message>
            <source>Reason for the correction:</source>
            <translation>Reason for the correction:</translation>
        </message>
        <message>
            <source>In use since</source>
            <translation>In use since</translation>
        </message>
    </context>
    <context>
        <name>ItemPanel</name>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Needed when the result differs from the ledger's proposal</source>
            <translation>Needed when the result differs from the ledger's proposal</translation>
        </message>
        <message>
            <source>Accept the proposal</source>
            <translation>Accept the proposal</translation>
        </message>
        <message>
            <source>Save the result</source>
            <translation>Save the result</translation>
        </message>
        <message>
            <source>Result:</source>
            <translation>Result:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Choose an item of the checklist.</source>
            <translation>Choose an item of the checklist.</translation>
        </message>
        <message>
            <source>The security officer assesses this item.</source>
            <translation>The security officer assesses this item.</translation>
        </message>
        <message>
            <source>The ledger judges this item from its records: gather the evidence first.</source>
            <translation>The ledger judges this item from its records: gather the evidence first.</translation>
        </message>
        <message>
            <source>The ledger proposes: {result}. {evidence}</source>
            <translation>The ledger proposes: {result}. {evidence}</translation>
        </message>
        <message>
            <source>Choose a result.</source>
            <translation>Choose a result.</translation>
        </message>
    </context>
    <context>
        <name>KeepDialog</name>
        <message>
            <source>Keep after the meeting</source>
            <translation>Keep after the meeting</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Attendee:</source>
            <translation>Attendee:</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Copies:</translation>
        </message>
        <message>
            <source>Approved by:</source>
            <translation>Approved by:</translation>
        </message>
        <message>
            <source>Due back:</source>
            <translation>Due back:</translation>
        </message>
        <message>
            <source>Paper form no.:</source>
            <translation>Paper form no.:</translation>
        </message>
    </context>
    <context>
        <name>LabelOptions</name>
        <message>
            <source>Print labels</source>
            <translation>Print labels</translation>
        </message>
        <message>
            <source>A4 sheet of labels (3 × 8)</source>
            <translation>A4 sheet of labels (3 × 8)</translation>
        </message>
        <message>
            <source>Label printer (one 60 × 40 mm label per page)</source>
            <translation>Label printer (one 60 × 40 mm label per page)</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>Layout:</translation>
        </message>
        <message>
            <source>First free label on the sheet:</source>
            <translation>First free label on the sheet:</translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) to print.</source>
            <translation>
                <numerusform>%n label(s) to print.</numerusform>
                <numerusform>%n label(s) to print.</numerusform>
            </translation>
        </message>
        <message>
            <source>Row {row}, column {col}; the labels above it are skipped.</source>
            <translation>Row {row}, column {col}; the labels above it are skipped.</translation>
        </message>
        <message>
            <source>Save labels as PDF</source>
            <translation>Save labels as PDF</translation>
        </message>
        <message>
            <source>Printing labels…</source>
            <translation>Printing labels…</translation>
        </message>
    </context>
    <context>
        <name>Lengths</name>
        <message>
            <source>{n} characters: at most {limit} are kept in the ledger. Shorten it before saving.</source>
            <extracomment>QLineEdit's own limit, far above any field's: nothing a clerk types or pastes reaches it</extracomment>
            <translation>{n} characters: at most {limit} are kept in the ledger. Shorten it before saving.</translation>
        </message>
    </context>
    <context>
        <name>LevelDialog</name>
        <message>
            <source>Raise the level of {device_no}</source>
            <translation>Raise the level of {device_no}</translation>
        </message>
        <message>
            <source>Level now:</source>
            <translation>Level now:</translation>
        </message>
        <message>
            <source>Raise to:</source>
            <translation>Raise to:</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
    </context>
    <context>
        <name>LoanDialog</name>
        <message>
            <source>Lend {device_no}</source>
            <translation>Lend {device_no}</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Borrower:</source>
            <translation>Borrower:</translation>
        </message>
        <message>
            <source>Due back on:</source>
            <translation>Due back on:</translation>
        </message>
        <message>
            <source>Purpose:</source>
            <translation>Purpose:</translation>
        </message>
        <message>
            <source>Remarks:</source>
            <translation>Remarks:</translation>
        </message>
    </context>
    <context>
        <name>LoanRequestDialog</name>
        <message>
            <source>New loan request</source>
            <translation>New loan request</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Scan the labels or type reg. nos. with copy nos., one per line</source>
            <translation>Scan the labels or type reg. nos. with copy nos., one per line</translation>
        </message>
        <message>
            <source>Take out of the reading room (needs approval)</source>
            <translation>Take out of the reading room (needs approval)</translation>
        </message>
        <message>
            <source>Fix the due date now</source>
            <translation>Fix the due date now</translation>
        </message>
        <message>
            <source>Borrower:</source>
            <translation>Borrower:</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>Find:</translation>
        </message>
        <message>
            <source>Carriers:</source>
            <translation>Carriers:</translation>
        </message>
        <message>
            <source>Purpose:</source>
            <translation>Purpose:</translation>
        </message>
    </context>
    <context>
        <name>LoansModel</name>
        <message>
            <source>{n} ({late} when overdue)</source>
            <translation>{n} ({late} when overdue)</translation>
        </message>
    </context>
    <context>
        <name>LoansPane</name>
        <message>
            <source>Scan a label or type a reg. no. with copy: file it, or take back a loan</source>
            <translation>Scan a label or type a reg. no. with copy: file it, or take back a loan</translation>
        </message>
        <message>
            <source>Cabinet</source>
            <translation>Cabinet</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>Box</translation>
        </message>
        <message>
            <source>Cabinet:</source>
            <translation>Cabinet:</translation>
        </message>
        <message>
            <source>Box:</source>
            <translation>Box:</translation>
        </message>
        <message>
            <source>File into archive</source>
            <translation>File into archive</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
        <message>
            <source>New loan request…</source>
            <translation>New loan request…</translation>
        </message>
        <message>
            <source>Record paper approval…</source>
            <translation>Record paper approval…</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Renew</source>
            <translation>Renew</translation>
        </message>
        <message>
            <source>Print approval form…</source>
            <translation>Print approval form…</translation>
        </message>
        <message>
            <source>Print loan register…</source>
            <translation>Print loan register…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Returned: {label} ({loan}).</source>
            <translation>Returned: {label} ({loan}).</translation>
        </message>
        <message>
            <source>Filed {reg_no} copy {copy} at {location}.</source>
            <translation>Filed {reg_no} copy {copy} at {location}.</translation>
        </message>
        <message>
            <source>Loan {no} requested; it waits for approval.</source>
            <translation>Loan {no} requested; it waits for approval.</translation>
        </message>
        <message>
            <source>Choose a loan that waits for approval.</source>
            <translation>Choose a loan that waits for approval.</translation>
        </message>
        <message>
            <source>Decision recorded from the paper form.</source>
            <translation>Decision recorded from the paper form.</translation>
        </message>
        <message>
            <source>Issued {no}; due back {due}.</source>
            <translation>Issued {no}; due back {due}.</translation>
        </message>
        <message>
            <source>Renewed although overdue (flagged); due back {due}.</source>
            <translation>Renewed although overdue (flagged); due back {due}.</translation>
        </message>
        <message>
            <source>Renewed; due back {due}.</source>
            <translation>Renewed; due back {due}.</translation>
        </message>
        <message>
            <source>Save loan approval form</source>
            <translation>Save loan approval form</translation>
        </message>
        <message>
            <source>Save loan register</source>
            <translation>Save loan register</translation>
        </message>
        <message>
            <source>Export loan register</source>
            <translation>Export loan register</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Saved {path}</translation>
        </message>
    </context>
    <context>
        <name>LoansTab</name>
        <message>
            <source>Record paper approval…</source>
            <translation>Record paper approval…</translation>
        </message>
        <message>
            <source>Lend</source>
            <translation>Lend</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Cancel request…</source>
            <translation>Cancel request…</translation>
        </message>
        <message>
            <source>{no}: {status}.</source>
            <translation>{no}: {status}.</translation>
        </message>
        <message>
            <source>Cancel the loan request</source>
            <translation>Cancel the loan request</translation>
        </message>
    </context>
    <context>
        <name>LocationPage</name>
        <message>
            <source>Where to keep the ledger</source>
            <translation>Where to keep the ledger</translation>
        </message>
        <message>
            <source>The ledger is one folder: the encrypted database, the key file and the backups. Keep it on this standalone computer.</source>
            <translation>The ledger is one folder: the encrypted database, the key file and the backups. Keep it on this standalone computer.</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>postgresql://administrator@host:5432/database (empty: the ledger stays on this computer)</source>
            <translation>postgresql://administrator@host:5432/database (empty: the ledger stays on this computer)</translation>
        </message>
        <message>
            <source>Database server (optional):</source>
            <translation>Database server (optional):</translation>
        </message>
        <message>
            <source>Administrator's password:</source>
            <translation>Administrator's password:</translation>
        </message>
        <message>
            <source>Only for a ledger shared by several clerks on a classified LAN; the administrator's password is used once and not stored.</source>
            <translation>Only for a ledger shared by several clerks on a classified LAN; the administrator's password is used once and not stored.</translation>
        </message>
        <message>
            <source>Choose a folder</source>
            <translation>Choose a folder</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>The ledger is locked</source>
            <translation>The ledger is locked</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>User name:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Log in as another user</source>
            <translation>Log in as another user</translation>
        </message>
        <message>
            <source>{name}, enter your password to continue. Nothing of the ledger is shown while it is locked.</source>
            <translation>{name}, enter your password to continue. Nothing of the ledger is shown while it is locked.</translation>
        </message>
        <message>
            <source>Log in as another user. The window shows what that user's roles allow.</source>
            <translation>Log in as another user. The window shows what that user's roles allow.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>SecLedger — Log in</source>
            <translation>SecLedger — Log in</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Ledger folder:</source>
            <translation>Ledger folder:</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>User name:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Log in</translation>
        </message>
        <message>
            <source>Open with recovery code…</source>
            <translation>Open with recovery code…</translation>
        </message>
        <message>
            <source>Ledger of classified carriers</source>
            <translation>Ledger of classified carriers</translation>
        </message>
        <message>
            <source>Choose the ledger folder</source>
            <translation>Choose the ledger folder</translation>
        </message>
        <message>
            <source>Choose the ledger folder.</source>
            <translation>Choose the ledger folder.</translation>
        </message>
        <message>
            <source>You must change your password before the ledger opens. Log in again to change it.</source>
            <translation>You must change your password before the ledger opens. Log in again to change it.</translation>
        </message>
        <message>
            <source>You may try again now.</source>
            <translation>You may try again now.</translation>
        </message>
        <message>
            <source>Wait {seconds} s</source>
            <translation>Wait {seconds} s</translation>
        </message>
    </context>
    <context>
        <name>LossDialog</name>
        <message>
            <source>Report lost carriers</source>
            <translation>Report lost carriers</translation>
        </message>
        <message>
            <source>Report lost carriers, devices and media</source>
            <translation>Report lost carriers, devices and media</translation>
        </message>
        <message>
            <source>Carriers:</source>
            <translation>Carriers:</translation>
        </message>
        <message numerus="yes">
            <source>%n carrier(s)</source>
            <translation>
                <numerusform>%n carrier(s)</numerusform>
                <numerusform>%n carrier(s)</numerusform>
            </translation>
        </message>
        <message>
            <source>Devices and media:</source>
            <translation>Devices and media:</translation>
        </message>
        <message>
            <source>Discovered at:</source>
            <translation>Discovered at:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Reported by:</source>
            <translation>Reported by:</translation>
        </message>
        <message>
            <source>Circumstances:</source>
            <translation>Circumstances:</translation>
        </message>
        <message>
            <source>Measures taken:</source>
            <translation>Measures taken:</translation>
        </message>
        <message>
            <source>A loss must be reported upstream within 24 hours of discovery.</source>
            <translation>A loss must be reported upstream within 24 hours of discovery.</translation>
        </message>
    </context>
    <context>
        <name>LossPane</name>
        <message>
            <source>New loss report…</source>
            <translation>New loss report…</translation>
        </message>
        <message>
            <source>Devices and media lost…</source>
            <translation>Devices and media lost…</translation>
        </message>
        <message>
            <source>Record found…</source>
            <translation>Record found…</translation>
        </message>
        <message>
            <source>Record upstream report…</source>
            <translation>Record upstream report…</translation>
        </message>
        <message>
            <source>Print report…</source>
            <translation>Print report…</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Report a loss</source>
            <translation>Report a loss</translation>
        </message>
        <message>
            <source>Choose the lost devices and media</source>
            <translation>Choose the lost devices and media</translation>
        </message>
        <message>
            <source>Record found</source>
            <translation>Record found</translation>
        </message>
        <message>
            <source>Carrier, device or medium:</source>
            <translation>Carrier, device or medium:</translation>
        </message>
        <message>
            <source>Reported upstream</source>
            <translation>Reported upstream</translation>
        </message>
        <message>
            <source>Reference of the report:</source>
            <translation>Reference of the report:</translation>
        </message>
        <message>
            <source>Print loss report</source>
            <translation>Print loss report</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>SecLedger — Ledger of classified carriers</source>
            <translation>SecLedger — Ledger of classified carriers</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>Switch user…</source>
            <translation>Switch user…</translation>
        </message>
        <message>
            <source>Change my password…</source>
            <translation>Change my password…</translation>
        </message>
        <message>
            <source>Auto-lock time…</source>
            <translation>Auto-lock time…</translation>
        </message>
        <message>
            <source>Exit</source>
            <translation>Exit</translation>
        </message>
        <message>
            <source>Find by label…</source>
            <translation>Find by label…</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Import registers from Excel, WPS or CSV…</source>
            <translation>Import registers from Excel, WPS or CSV…</translation>
        </message>
        <message>
            <source>Help for this pane</source>
            <translation>Help for this pane</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>The language changes when SecLedger starts next time.</source>
            <translation>The language changes when SecLedger starts next time.</translation>
        </message>
        <message>
            <source>Ledger: {path}</source>
            <translation>Ledger: {path}</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>User: {name} ({username}; {roles})</source>
            <translation>User: {name} ({username}; {roles})</translation>
        </message>
        <message>
            <source>Unit: {unit}</source>
            <translation>Unit: {unit}</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>Unlocked</translation>
        </message>
        <message>
            <source>Wait until the running task ends.</source>
            <translation>Wait until the running task ends.</translation>
        </message>
        <message>
            <source>Auto-lock time</source>
            <translation>Auto-lock time</translation>
        </message>
        <message>
            <source>Lock the ledger after this many idle minutes:</source>
            <translation>Lock the ledger after this many idle minutes:</translation>
        </message>
        <message>
            <source>Find by label</source>
            <translation>Find by label</translation>
        </message>
        <message>
            <source>Carrier label (e.g. C0123456789A):</source>
            <translation>Carrier label (e.g. C0123456789A):</translation>
        </message>
        <message>
            <source>“{text}” is not a carrier label: a label is C followed by 11 letters or digits.</source>
            <translation>“{text}” is not a carrier label: a label is C followed by 11 letters or digits.</translation>
        </message>
        <message>
            <source>No carrier with label {label}.</source>
            <translation>No carrier with label {label}.</translation>
        </message>
        <message>
            <source>No device or medium with label {label}.</source>
            <translation>No device or medium with label {label}.</translation>
        </message>
    </context>
    <context>
        <name>MarkEdit</name>
        <message>
            <source>e.g. 机密★10年 (type or paste)</source>
            <translation>e.g. 机密★10年 (type or paste)</translation>
        </message>
        <message>
            <source>Level…</source>
            <translation>Level…</translation>
        </message>
        <message>
            <source>period: 10年 / 6个月 / 长期</source>
            <translation>period: 10年 / 6个月 / 长期</translation>
        </message>
    </context>
    <context>
        <name>MarkingTab</name>
        <message>
            <source>Confirm declassification marking</source>
            <translation>Confirm declassification marking</translation>
        </message>
        <message>
            <source>Carriers of declassified documents. Mark each one as declassified on the date in the list, then scan its label — or select it and confirm: it leaves classified custody but stays findable in the ledger. Copies still out are listed until they come back.</source>
            <translation>Carriers of declassified documents. Mark each one as declassified on the date in the list, then scan its label — or select it and confirm: it leaves classified custody but stays findable in the ledger. Copies still out are listed until they come back.</translation>
        </message>
        <message numerus="yes">
            <source>%n carrier(s) confirmed as declassified.</source>
            <translation>
                <numerusform>%n carrier(s) confirmed as declassified.</numerusform>
                <numerusform>%n carrier(s) confirmed as declassified.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MediaColumns</name>
        <message>
            <source>Stocktake status</source>
            <translation>Stocktake status</translation>
        </message>
        <message>
            <source>Device no.</source>
            <translation>Device no.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Holder</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Brand and model</source>
            <translation>Brand and model</translation>
        </message>
        <message>
            <source>Serial no.</source>
            <translation>Serial no.</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source> (overdue)</source>
            <translation> (overdue)</translation>
        </message>
        <message>
            <source>Loan no.</source>
            <translation>Loan no.</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>Borrower</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>Due back</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>Lent</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Approval</translation>
        </message>
        <message>
            <source>Repair no.</source>
            <translation>Repair no.</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Repairer</source>
            <translation>Repairer</translation>
        </message>
        <message>
            <source>Escort</source>
            <translation>Escort</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>Fault</translation>
        </message>
    </context>
    <context>
        <name>MediaPane</name>
        <message>
            <source>All devices and media</source>
            <extracomment>which register the filter shows (``read.COMPUTERS`` / ``read.STORAGE``)</extracomment>
            <translation>All devices and media</translation>
        </message>
        <message>
            <source>Computers and equipment</source>
            <translation>Computers and equipment</translation>
        </message>
        <message>
            <source>Storage media</source>
            <translation>Storage media</translation>
        </message>
        <message>
            <source>Every type</source>
            <translation>Every type</translation>
        </message>
        <message>
            <source>Every state</source>
            <translation>Every state</translation>
        </message>
        <message>
            <source>Every level</source>
            <translation>Every level</translation>
        </message>
        <message>
            <source>Device no., serial no., model, place or holder</source>
            <translation>Device no., serial no., model, place or holder</translation>
        </message>
        <message>
            <source>Hide destroyed and voided</source>
            <translation>Hide destroyed and voided</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Loans</source>
            <translation>Loans</translation>
        </message>
        <message>
            <source>Repairs</source>
            <translation>Repairs</translation>
        </message>
        <message>
            <source>Register…</source>
            <translation>Register…</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Correct…</translation>
        </message>
        <message>
            <source>Lend…</source>
            <translation>Lend…</translation>
        </message>
        <message>
            <source>Repair…</source>
            <translation>Repair…</translation>
        </message>
        <message>
            <source>More</source>
            <translation>More</translation>
        </message>
        <message>
            <source>New accountable holder…</source>
            <translation>New accountable holder…</translation>
        </message>
        <message>
            <source>Raise the level…</source>
            <translation>Raise the level…</translation>
        </message>
        <message>
            <source>Take out of service…</source>
            <translation>Take out of service…</translation>
        </message>
        <message>
            <source>Put back into service</source>
            <translation>Put back into service</translation>
        </message>
        <message>
            <source>Scrap: mark for destruction…</source>
            <translation>Scrap: mark for destruction…</translation>
        </message>
        <message>
            <source>Take off the destruction list…</source>
            <translation>Take off the destruction list…</translation>
        </message>
        <message>
            <source>Void the registration…</source>
            <translation>Void the registration…</translation>
        </message>
        <message>
            <source>Report lost…</source>
            <translation>Report lost…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Labels of the selected items…</source>
            <translation>Labels of the selected items…</translation>
        </message>
        <message>
            <source>涉密计算机台账 (PDF)…</source>
            <translation>涉密计算机台账 (PDF)…</translation>
        </message>
        <message>
            <source>涉密计算机台账 (Excel)…</source>
            <translation>涉密计算机台账 (Excel)…</translation>
        </message>
        <message>
            <source>涉密存储介质台账 (PDF)…</source>
            <translation>涉密存储介质台账 (PDF)…</translation>
        </message>
        <message>
            <source>涉密存储介质台账 (Excel)…</source>
            <translation>涉密存储介质台账 (Excel)…</translation>
        </message>
        <message>
            <source>{n} items shown, {live} of them not destroyed or voided.</source>
            <translation>{n} items shown, {live} of them not destroyed or voided.</translation>
        </message>
        <message>
            <source>Scanned {label}: {device_no}.</source>
            <translation>Scanned {label}: {device_no}.</translation>
        </message>
        <message>
            <source>Choose an item first.</source>
            <translation>Choose an item first.</translation>
        </message>
        <message>
            <source>Registered {no}; print its label next.</source>
            <translation>Registered {no}; print its label next.</translation>
        </message>
        <message>
            <source>Corrected {no}.</source>
            <translation>Corrected {no}.</translation>
        </message>
        <message>
            <source>{no} has a new accountable holder.</source>
            <translation>{no} has a new accountable holder.</translation>
        </message>
        <message>
            <source>The level of {no} was raised.</source>
            <translation>The level of {no} was raised.</translation>
        </message>
        <message>
            <source>Loan {no} requested; it waits for approval.</source>
            <translation>Loan {no} requested; it waits for approval.</translation>
        </message>
        <message>
            <source>Repair {no} requested; it waits for approval.</source>
            <translation>Repair {no} requested; it waits for approval.</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>{no}: {state}.</source>
            <translation>{no}: {state}.</translation>
        </message>
        <message>
            <source>Take out of service</source>
            <translation>Take out of service</translation>
        </message>
        <message>
            <source>Scrap</source>
            <translation>Scrap</translation>
        </message>
        <message>
            <source>Take off the destruction list</source>
            <translation>Take off the destruction list</translation>
        </message>
        <message>
            <source>Void the registration</source>
            <translation>Void the registration</translation>
        </message>
        <message>
            <source>Choose the items whose labels to print.</source>
            <translation>Choose the items whose labels to print.</translation>
        </message>
        <message>
            <source>Save labels as PDF</source>
            <translation>Save labels as PDF</translation>
        </message>
        <message>
            <source>Save the register</source>
            <translation>Save the register</translation>
        </message>
        <message>
            <source>Export the register</source>
            <translation>Export the register</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Saved {path}</translation>
        </message>
    </context>
    <context>
        <name>MediaTabs</name>
        <message>
            <source>Choose a request that waits for approval.</source>
            <translation>Choose a request that waits for approval.</translation>
        </message>
        <message>
            <source>Decision recorded from the paper form.</source>
            <translation>Decision recorded from the paper form.</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
    </context>
    <context>
        <name>MeetingColumns</name>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>Meeting no.</source>
            <translation>Meeting no.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>Highest level</source>
            <translation>Highest level</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>Collected</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Kept</translation>
        </message>
        <message>
            <source>Not back</source>
            <translation>Not back</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Clearance</source>
            <translation>Clearance</translation>
        </message>
        <message>
            <source>Holding</source>
            <translation>Holding</translation>
        </message>
        <message>
            <source>Meeting doc. no.</source>
            <translation>Meeting doc. no.</translation>
        </message>
        <message>
            <source>Reg. no.</source>
            <translation>Reg. no.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Mark</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Attendee</source>
            <translation>Attendee</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>Due back</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>New classified meeting</source>
            <translation>New classified meeting</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Starts:</source>
            <translation>Starts:</translation>
        </message>
        <message>
            <source>Ends:</source>
            <translation>Ends:</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>Place:</translation>
        </message>
        <message>
            <source>Host department:</source>
            <translation>Host department:</translation>
        </message>
        <message>
            <source>Highest level:</source>
            <translation>Highest level:</translation>
        </message>
        <message>
            <source>Attendees:</source>
            <translation>Attendees:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
    </context>
    <context>
        <name>MeetingDocumentDialog</name>
        <message>
            <source>Register a meeting document</source>
            <translation>Register a meeting document</translation>
        </message>
        <message>
            <source>Blank: the meeting document number</source>
            <translation>Blank: the meeting document number</translation>
        </message>
        <message>
            <source>Electronic media: one serial number per line</source>
            <translation>Electronic media: one serial number per line</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <source>Mark:</source>
            <translation>Mark:</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Copies:</translation>
        </message>
        <message>
            <source>Pages each:</source>
            <translation>Pages each:</translation>
        </message>
        <message>
            <source>Carrier type:</source>
            <translation>Carrier type:</translation>
        </message>
        <message>
            <source>Doc. no.:</source>
            <translation>Doc. no.:</translation>
        </message>
        <message>
            <source>Serial numbers:</source>
            <translation>Serial numbers:</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPane</name>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Collect</source>
            <translation>Collect</translation>
        </message>
        <message>
            <source>Scan or type a copy's label</source>
            <translation>Scan or type a copy's label</translation>
        </message>
        <message>
            <source>Only what is not back</source>
            <translation>Only what is not back</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>New meeting…</translation>
        </message>
        <message>
            <source>Print issue and collection register…</source>
            <translation>Print issue and collection register…</translation>
        </message>
        <message>
            <source>Close the meeting</source>
            <translation>Close the meeting</translation>
        </message>
        <message>
            <source>Add attendees…</source>
            <translation>Add attendees…</translation>
        </message>
        <message>
            <source>Remove attendee</source>
            <translation>Remove attendee</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <source>Register a meeting document…</source>
            <translation>Register a meeting document…</translation>
        </message>
        <message>
            <source>Add a registered document…</source>
            <translation>Add a registered document…</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Issue and collect</source>
            <translation>Issue and collect</translation>
        </message>
        <message>
            <source>Attendee:</source>
            <translation>Attendee:</translation>
        </message>
        <message>
            <source>Signed: issue</source>
            <translation>Signed: issue</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Keep as issued for work…</source>
            <translation>Keep as issued for work…</translation>
        </message>
        <message>
            <source>Why not back…</source>
            <translation>Why not back…</translation>
        </message>
        <message>
            <source>Print document list for the attendee…</source>
            <translation>Print document list for the attendee…</translation>
        </message>
        <message>
            <source>{no} “{name}”: {issued} issued, {collected} collected, {kept} kept, {out} not back</source>
            <translation>{no} “{name}”: {issued} issued, {collected} collected, {kept} kept, {out} not back</translation>
        </message>
        <message>
            <source>No meeting chosen.</source>
            <translation>No meeting chosen.</translation>
        </message>
        <message>
            <source>No carrier has the label {label}.</source>
            <translation>No carrier has the label {label}.</translation>
        </message>
        <message>
            <source>Add a registered document</source>
            <translation>Add a registered document</translation>
        </message>
        <message>
            <source>Registration no. (e.g. 收2026-00012):</source>
            <translation>Registration no. (e.g. 收2026-00012):</translation>
        </message>
        <message>
            <source>No document is registered as {reg_no}.</source>
            <translation>No document is registered as {reg_no}.</translation>
        </message>
        <message>
            <source>Why not back</source>
            <translation>Why not back</translation>
        </message>
        <message>
            <source>Why it is not back and how it will be recovered:</source>
            <translation>Why it is not back and how it will be recovered:</translation>
        </message>
        <message>
            <source>Print issue and collection register</source>
            <translation>Print issue and collection register</translation>
        </message>
        <message>
            <source>Print document list</source>
            <translation>Print document list</translation>
        </message>
    </context>
    <context>
        <name>NewRecoveryCodeDialog</name>
        <message>
            <source>New emergency recovery code</source>
            <translation>New emergency recovery code</translation>
        </message>
        <message>
            <source>The master key was changed. This is the new recovery code; it is shown only now. The old code and sheet no longer open the ledger.</source>
            <translation>The master key was changed. This is the new recovery code; it is shown only now. The old code and sheet no longer open the ledger.</translation>
        </message>
        <message>
            <source>Save the new recovery sheet (PDF)…</source>
            <translation>Save the new recovery sheet (PDF)…</translation>
        </message>
        <message>
            <source>I have printed the new recovery code and stored it in the safe</source>
            <translation>I have printed the new recovery code and stored it in the safe</translation>
        </message>
        <message>
            <source>These accounts could not keep their password and must log in with this one-time password, then change it:</source>
            <translation>These accounts could not keep their password and must log in with this one-time password, then change it:</translation>
        </message>
        <message>
            <source>Save the new recovery sheet</source>
            <translation>Save the new recovery sheet</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to {path}. Print it, then delete the file: it must not stay on the computer.</source>
            <translation>Saved to {path}. Print it, then delete the file: it must not stay on the computer.</translation>
        </message>
    </context>
    <context>
        <name>Op</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>OpenDialog</name>
        <message>
            <source>New rectification</source>
            <translation>New rectification</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— none —</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Checklist item:</source>
            <translation>Checklist item:</translation>
        </message>
        <message>
            <source>Problem:</source>
            <translation>Problem:</translation>
        </message>
        <message>
            <source>Measure:</source>
            <translation>Measure:</translation>
        </message>
        <message>
            <source>Owner:</source>
            <translation>Owner:</translation>
        </message>
        <message>
            <source>Due by:</source>
            <translation>Due by:</translation>
        </message>
    </context>
    <context>
        <name>OriginatorDialog</name>
        <message>
            <source>Record the originator's notice</source>
            <translation>Record the originator's notice</translation>
        </message>
        <message>
            <source>The originating body (or its superior)</source>
            <translation>The originating body (or its superior)</translation>
        </message>
        <message>
            <source>Notice no.</source>
            <translation>Notice no.</translation>
        </message>
        <message>
            <source>Notice (body, no., date):</source>
            <translation>Notice (body, no., date):</translation>
        </message>
        <message>
            <source>Answers our proposal:</source>
            <translation>Answers our proposal:</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Note:</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— none —</translation>
        </message>
    </context>
    <context>
        <name>OverduePane</name>
        <message>
            <source>End of day: only what is due back by tonight</source>
            <translation>End of day: only what is due back by tonight</translation>
        </message>
        <message>
            <source>Register of people who know…</source>
            <translation>Register of people who know…</translation>
        </message>
        <message>
            <source>Personal retention register…</source>
            <translation>Personal retention register…</translation>
        </message>
        <message>
            <source>{n} still out, {late} overdue.</source>
            <translation>{n} still out, {late} overdue.</translation>
        </message>
        <message>
            <source>Save the register of people who know</source>
            <translation>Save the register of people who know</translation>
        </message>
        <message>
            <source>Export the register of people who know</source>
            <translation>Export the register of people who know</translation>
        </message>
        <message>
            <source>Save personal retention register</source>
            <translation>Save personal retention register</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Saved {path}</translation>
        </message>
    </context>
    <context>
        <name>Panes</name>
        <message>
            <source>Approvals</source>
            <translation>Approvals</translation>
        </message>
        <message>
            <source>Audit log</source>
            <extracomment>the detail area's words (the log is data: it is worded in the UI's language here)</extracomment>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Ledger</source>
            <translation>Ledger</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <source>Carry-out</source>
            <translation>Carry-out</translation>
        </message>
        <message>
            <source>Circulation</source>
            <translation>Circulation</translation>
        </message>
        <message>
            <source>Handover</source>
            <translation>Handover</translation>
        </message>
        <message>
            <source>Archive and loans</source>
            <translation>Archive and loans</translation>
        </message>
        <message>
            <source>Loss reports</source>
            <translation>Loss reports</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Still out</source>
            <translation>Still out</translation>
        </message>
        <message>
            <source>Recall to issuer</source>
            <translation>Recall to issuer</translation>
        </message>
        <message>
            <source>Personal retention</source>
            <translation>Personal retention</translation>
        </message>
        <message>
            <source>Stocktake</source>
            <translation>Stocktake</translation>
        </message>
        <message>
            <source>Copying</source>
            <translation>Copying</translation>
        </message>
        <message>
            <source>Destruction</source>
            <translation>Destruction</translation>
        </message>
        <message>
            <source>Backup and restore</source>
            <translation>Backup and restore</translation>
        </message>
        <message>
            <source>Devices and media</source>
            <translation>Devices and media</translation>
        </message>
        <message>
            <source>People and accounts</source>
            <translation>People and accounts</translation>
        </message>
        <message>
            <source>Production and dispatch</source>
            <translation>Production and dispatch</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>Registers</translation>
        </message>
        <message>
            <source>Year-end</source>
            <translation>Year-end</translation>
        </message>
    </context>
    <context>
        <name>PaperDecisionDialog</name>
        <message>
            <source>Record a signed approval form</source>
            <translation>Record a signed approval form</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Approver:</source>
            <translation>Approver:</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>Decision:</translation>
        </message>
        <message>
            <source>Signed on:</source>
            <translation>Signed on:</translation>
        </message>
        <message>
            <source>Form number:</source>
            <translation>Form number:</translation>
        </message>
        <message>
            <source>Opinion / reason:</source>
            <translation>Opinion / reason:</translation>
        </message>
    </context>
    <context>
        <name>PeopleColumns</name>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>on paper</source>
            <translation>on paper</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>revoked</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Highest level</source>
            <translation>Highest level</translation>
        </message>
        <message>
            <source>Designated on</source>
            <translation>Designated on</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Decides in the app</source>
            <translation>Decides in the app</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>inactive</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Clearance</source>
            <translation>Clearance</translation>
        </message>
        <message>
            <source>Holds: carriers / devices and media</source>
            <translation>Holds: carriers / devices and media</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <source>Must change password</source>
            <translation>Must change password</translation>
        </message>
    </context>
    <context>
        <name>PeopleFilterBar</name>
        <message>
            <source>Document: reg. no., doc. no. or title</source>
            <translation>Document: reg. no., doc. no. or title</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Anyone</translation>
        </message>
        <message>
            <source>Every department</source>
            <translation>Every department</translation>
        </message>
    </context>
    <context>
        <name>PeoplePane</name>
        <message>
            <source>New person…</source>
            <translation>New person…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Deactivate…</source>
            <translation>Deactivate…</translation>
        </message>
        <message>
            <source>Departure…</source>
            <translation>Departure…</translation>
        </message>
        <message>
            <source>Top-secret receipt and dispatch…</source>
            <translation>Top-secret receipt and dispatch…</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>New account…</source>
            <translation>New account…</translation>
        </message>
        <message>
            <source>Roles…</source>
            <translation>Roles…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <source>Disable…</source>
            <translation>Disable…</translation>
        </message>
        <message>
            <source>Password disclosed…</source>
            <translation>Password disclosed…</translation>
        </message>
        <message>
            <source>Change master key…</source>
            <translation>Change master key…</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Re-encrypt the ledger under a new master key and issue a new recovery code: after an account is disabled, or when a password or the recovery code may be known to someone else.</source>
            <translation>Re-encrypt the ledger under a new master key and issue a new recovery code: after an account is disabled, or when a password or the recovery code may be known to someone else.</translation>
        </message>
        <message>
            <source>New department…</source>
            <translation>New department…</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>Departments</translation>
        </message>
        <message>
            <source>Designated classifiers</source>
            <translation>Designated classifiers</translation>
        </message>
        <message>
            <source>Departures and cooling-off</source>
            <translation>Departures and cooling-off</translation>
        </message>
        <message>
            <source>{reg_no}: {kind} on {day}, {status}</source>
            <translation>{reg_no}: {kind} on {day}, {status}</translation>
        </message>
        <message>
            <source>; cooling-off period {start} to {end}</source>
            <translation>; cooling-off period {start} to {end}</translation>
        </message>
        <message>
            <source>, {days} days left</source>
            <translation>, {days} days left</translation>
        </message>
        <message>
            <source>Deactivate {name}</source>
            <translation>Deactivate {name}</translation>
        </message>
        <message>
            <source>Reason (e.g. retired, transferred):</source>
            <translation>Reason (e.g. retired, transferred):</translation>
        </message>
        <message>
            <source>Disable {username}</source>
            <translation>Disable {username}</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>The account {username} is disabled and its key slot is gone from the ledger folder and its backups.</source>
            <translation>The account {username} is disabled and its key slot is gone from the ledger folder and its backups.</translation>
        </message>
        <message>
            <source>Change the master key?</source>
            <translation>Change the master key?</translation>
        </message>
        <message>
            <source>Whoever used that account or password may have copied the master key. Change the master key now?</source>
            <translation>Whoever used that account or password may have copied the master key. Change the master key now?</translation>
        </message>
        <message>
            <source>If it is your own password that was disclosed, cancel, change your password first, then change the master key.</source>
            <translation>If it is your own password that was disclosed, cancel, change your password first, then change the master key.</translation>
        </message>
        <message>
            <source>The password of {username} was replaced by a temporary one.</source>
            <translation>The password of {username} was replaced by a temporary one.</translation>
        </message>
        <message>
            <source>Changing the master key…</source>
            <translation>Changing the master key…</translation>
        </message>
        <message>
            <source>New department</source>
            <translation>New department</translation>
        </message>
        <message>
            <source>Department name:</source>
            <translation>Department name:</translation>
        </message>
    </context>
    <context>
        <name>PeopleRegisterDialog</name>
        <message>
            <source>Register of people who know classified documents</source>
            <translation>Register of people who know classified documents</translation>
        </message>
        <message>
            <source>Personal retention register</source>
            <translation>Personal retention register</translation>
        </message>
        <message>
            <source>Print (PDF)…</source>
            <translation>Print (PDF)…</translation>
        </message>
        <message>
            <source>Export (XLSX)…</source>
            <translation>Export (XLSX)…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s), </source>
            <translation>
                <numerusform>%n document(s), </numerusform>
                <numerusform>%n document(s), </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) seen</source>
            <translation>
                <numerusform>%n time(s) seen</numerusform>
                <numerusform>%n time(s) seen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n carrier(s) issued, </source>
            <translation>
                <numerusform>%n carrier(s) issued, </numerusform>
                <numerusform>%n carrier(s) issued, </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not back</source>
            <translation>
                <numerusform>%n not back</numerusform>
                <numerusform>%n not back</numerusform>
            </translation>
        </message>
        <message>
            <source>Save {title}</source>
            <translation>Save {title}</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Saved {path}</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Edit person</source>
            <translation>Edit person</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>Department:</translation>
        </message>
        <message>
            <source>Post:</source>
            <translation>Post:</translation>
        </message>
        <message>
            <source>Clearance:</source>
            <translation>Clearance:</translation>
        </message>
    </context>
    <context>
        <name>PickCarrierDialog</name>
        <message>
            <source>Carrier:</source>
            <translation>Carrier:</translation>
        </message>
    </context>
    <context>
        <name>PickCarriersDialog</name>
        <message>
            <source>Choose carriers in custody</source>
            <translation>Choose carriers in custody</translation>
        </message>
        <message>
            <source>Title, document no., unit, or a reg. no. with copy</source>
            <translation>Title, document no., unit, or a reg. no. with copy</translation>
        </message>
        <message>
            <source>Search:</source>
            <translation>Search:</translation>
        </message>
    </context>
    <context>
        <name>PickMediaDialog</name>
        <message>
            <source>Choose devices and media awaiting destruction</source>
            <translation>Choose devices and media awaiting destruction</translation>
        </message>
        <message>
            <source>Device no., serial no., model or holder</source>
            <translation>Device no., serial no., model or holder</translation>
        </message>
        <message>
            <source>Search:</source>
            <translation>Search:</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Excluded by you</source>
            <extracomment>the set of source rows the clerk excluded changed</extracomment>
            <translation>Excluded by you</translation>
        </message>
        <message>
            <source>Will be imported</source>
            <translation>Will be imported</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Left out</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Skipped</translation>
        </message>
        <message>
            <source>Row {row}: {status}</source>
            <translation>Row {row}: {status}</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check every row, then import</source>
            <translation>Check every row, then import</translation>
        </message>
        <message>
            <source>Nothing is written until you press Import, and nothing at all while a row has a problem: correct it in the file and read the file again, or tick “Exclude” for that row. Excluded rows are kept in the import record with the reason.</source>
            <translation>Nothing is written until you press Import, and nothing at all while a row has a problem: correct it in the file and read the file again, or tick “Exclude” for that row. Excluded rows are kept in the import record with the reason.</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Choose a row to see all its problems and how to fix them.</source>
            <translation>Choose a row to see all its problems and how to fix them.</translation>
        </message>
        <message>
            <source>Exclude every row with a problem</source>
            <translation>Exclude every row with a problem</translation>
        </message>
        <message>
            <source>Also import rows marked 内部 or 工作秘密 (not state secrets)</source>
            <translation>Also import rows marked 内部 or 工作秘密 (not state secrets)</translation>
        </message>
        <message>
            <source>Read the file again</source>
            <translation>Read the file again</translation>
        </message>
        <message>
            <source>After correcting the file in Excel or WPS and saving it</source>
            <translation>After correcting the file in Excel or WPS and saving it</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message numerus="yes">
            <source>%n with problems</source>
            <translation>
                <numerusform>%n with problems</numerusform>
                <numerusform>%n with problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n excluded by you</source>
            <translation>
                <numerusform>%n excluded by you</numerusform>
                <numerusform>%n excluded by you</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n left out (not state secrets or voided)</source>
            <translation>
                <numerusform>%n left out (not state secrets or voided)</numerusform>
                <numerusform>%n left out (not state secrets or voided)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n blank or totals row(s) skipped</source>
            <translation>
                <numerusform>%n blank or totals row(s) skipped</numerusform>
                <numerusform>%n blank or totals row(s) skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) will be imported</source>
            <translation>
                <numerusform>%n row(s) will be imported</numerusform>
                <numerusform>%n row(s) will be imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n carrier(s))</source>
            <translation>
                <numerusform> (%n carrier(s))</numerusform>
                <numerusform> (%n carrier(s))</numerusform>
            </translation>
        </message>
        <message>
            <source>“{file}”, sheet “{sheet}” into the {register}: </source>
            <translation>“{file}”, sheet “{sheet}” into the {register}: </translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>.</source>
            <translation>.</translation>
        </message>
        <message numerus="yes">
            <source>Import is not possible yet: %n row(s) have problems. Correct them in the file and read it again, or tick “Exclude” for each of them.</source>
            <translation>
                <numerusform>Import is not possible yet: %n row(s) have problems. Correct them in the file and read it again, or tick “Exclude” for each of them.</numerusform>
                <numerusform>Import is not possible yet: %n row(s) have problems. Correct them in the file and read it again, or tick “Exclude” for each of them.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to import: no row is left to import.</source>
            <translation>Nothing to import: no row is left to import.</translation>
        </message>
    </context>
    <context>
        <name>ProposalDialog</name>
        <message>
            <source>Proposal to the designated classifier</source>
            <translation>Proposal to the designated classifier</translation>
        </message>
        <message>
            <source>— choose the officer —</source>
            <translation>— choose the officer —</translation>
        </message>
        <message>
            <source>Officer in charge:</source>
            <translation>Officer in charge:</translation>
        </message>
        <message>
            <source>Item of the scope of secret matters:</source>
            <translation>Item of the scope of secret matters:</translation>
        </message>
        <message>
            <source>Derived from the classified source:</source>
            <translation>Derived from the classified source:</translation>
        </message>
        <message>
            <source>The item relied on, e.g. article 3 (2) of the unit's list</source>
            <translation>The item relied on, e.g. article 3 (2) of the unit's list</translation>
        </message>
        <message>
            <source>Its document no., title and mark</source>
            <translation>Its document no., title and mark</translation>
        </message>
        <message>
            <source>Basis:</source>
            <translation>Basis:</translation>
        </message>
        <message>
            <source>The officer's opinion; for a change, extension or declassification, the reason</source>
            <translation>The officer's opinion; for a change, extension or declassification, the reason</translation>
        </message>
        <message>
            <source>Opinion:</source>
            <translation>Opinion:</translation>
        </message>
        <message>
            <source>A designated classifier must decide by {date} (within {days} days of the proposal); it then waits in the approvals queue.</source>
            <translation>A designated classifier must decide by {date} (within {days} days of the proposal); it then waits in the approvals queue.</translation>
        </message>
    </context>
    <context>
        <name>ProposalsTab</name>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Sent to an originator</source>
            <translation>Sent to an originator</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>New proposal…</source>
            <translation>New proposal…</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation>Withdraw…</translation>
        </message>
        <message>
            <source>Print approval form…</source>
            <translation>Print approval form…</translation>
        </message>
        <message>
            <source>Record proposal sent to originator…</source>
            <translation>Record proposal sent to originator…</translation>
        </message>
        <message>
            <source>Record originator's answer…</source>
            <translation>Record originator's answer…</translation>
        </message>
        <message>
            <source>The officer in charge proposes; a designated classifier decides within {days} days in the Approvals pane, or on the printed form the clerk records there. Overdue now: {late}.</source>
            <translation>The officer in charge proposes; a designated classifier decides within {days} days in the Approvals pane, or on the printed form the clerk records there. Overdue now: {late}.</translation>
        </message>
        <message>
            <source>Withdraw proposal</source>
            <translation>Withdraw proposal</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Save the approval form</source>
            <translation>Save the approval form</translation>
        </message>
    </context>
    <context>
        <name>RecallPane</name>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>Only documents issued for personal reading (year-end recall)</source>
            <translation>Only documents issued for personal reading (year-end recall)</translation>
        </message>
        <message>
            <source>Scan or type a carrier to select it for the return</source>
            <translation>Scan or type a carrier to select it for the return</translation>
        </message>
        <message>
            <source>Issuer:</source>
            <translation>Issuer:</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <source>Returned to (unit):</source>
            <translation>Returned to (unit):</translation>
        </message>
        <message>
            <source>Receipt no.:</source>
            <translation>Receipt no.:</translation>
        </message>
        <message>
            <source>Received by (at the receiving unit):</source>
            <translation>Received by (at the receiving unit):</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>Print recall list…</source>
            <translation>Print recall list…</translation>
        </message>
        <message>
            <source>Export (XLSX)…</source>
            <translation>Export (XLSX)…</translation>
        </message>
        <message>
            <source>Record return of selected</source>
            <translation>Record return of selected</translation>
        </message>
        <message>
            <source>Print return…</source>
            <translation>Print return…</translation>
        </message>
        <message>
            <source>Returns recorded</source>
            <translation>Returns recorded</translation>
        </message>
        <message>
            <source>All issuers</source>
            <translation>All issuers</translation>
        </message>
        <message numerus="yes">
            <source>%n carrier(s) to return</source>
            <translation>
                <numerusform>%n carrier(s) to return</numerusform>
                <numerusform>%n carrier(s) to return</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n of them are out with a holder and stay until taken back</source>
            <translation>
                <numerusform>; %n of them are out with a holder and stay until taken back</numerusform>
                <numerusform>; %n of them are out with a holder and stay until taken back</numerusform>
            </translation>
        </message>
        <message>
            <source>{reg} copy {copy} is not on the recall list: its document is not marked to be returned to the issuer.</source>
            <translation>{reg} copy {copy} is not on the recall list: its document is not marked to be returned to the issuer.</translation>
        </message>
        <message>
            <source>Print recall list</source>
            <translation>Print recall list</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <source>Export recall list</source>
            <translation>Export recall list</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message numerus="yes">
            <source>{reg_no}: %n carrier(s) returned.</source>
            <translation>
                <numerusform>{reg_no}: %n carrier(s) returned.</numerusform>
                <numerusform>{reg_no}: %n carrier(s) returned.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n carrier(s) could not go back now:</source>
            <translation>
                <numerusform>%n carrier(s) could not go back now:</numerusform>
                <numerusform>%n carrier(s) could not go back now:</numerusform>
            </translation>
        </message>
        <message>
            <source>Print return</source>
            <translation>Print return</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPane</name>
        <message>
            <source>Print labels of the last entry…</source>
            <translation>Print labels of the last entry…</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Open with the recovery code</source>
            <translation>Open with the recovery code</translation>
        </message>
        <message>
            <source>Type the recovery code printed on the sheet kept in the safe. The account below gets the new password.</source>
            <translation>Type the recovery code printed on the sheet kept in the safe. The account below gets the new password.</translation>
        </message>
        <message>
            <source>Ledger folder:</source>
            <translation>Ledger folder:</translation>
        </message>
        <message>
            <source>Recovery code:</source>
            <translation>Recovery code:</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>User name:</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>New password:</translation>
        </message>
        <message>
            <source>Repeat new password:</source>
            <translation>Repeat new password:</translation>
        </message>
        <message>
            <source>You may try again now.</source>
            <translation>You may try again now.</translation>
        </message>
        <message>
            <source>Wait {seconds} s</source>
            <translation>Wait {seconds} s</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>Emergency recovery code</source>
            <translation>Emergency recovery code</translation>
        </message>
        <message>
            <source>If every password is lost, only this code opens the ledger. It is shown once: print it and keep it in the safe.</source>
            <translation>If every password is lost, only this code opens the ledger. It is shown once: print it and keep it in the safe.</translation>
        </message>
        <message>
            <source>Save the recovery sheet (PDF)…</source>
            <translation>Save the recovery sheet (PDF)…</translation>
        </message>
        <message>
            <source>I have printed the recovery code and stored it in the safe</source>
            <translation>I have printed the recovery code and stored it in the safe</translation>
        </message>
    </context>
    <context>
        <name>RectificationTab</name>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>New…</translation>
        </message>
        <message>
            <source>Close…</source>
            <translation>Close…</translation>
        </message>
    </context>
    <context>
        <name>RegisterColumns</name>
        <message>
            <source>Voided: {reason}</source>
            <translation>Voided: {reason}</translation>
        </message>
        <message>
            <source>Reg. no.</source>
            <translation>Reg. no.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Doc. no.</source>
            <translation>Doc. no.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <source>Copy nos.</source>
            <translation>Copy nos.</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Handling</translation>
        </message>
        <message>
            <source>Gone</source>
            <translation>Gone</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Remarks</translation>
        </message>
        <message>
            <source>Copy no.</source>
            <translation>Copy no.</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Holder</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
    </context>
    <context>
        <name>RegistersPane</name>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Out for action</source>
            <translation>Out for action</translation>
        </message>
        <message>
            <source>Receipt register</source>
            <translation>Receipt register</translation>
        </message>
        <message>
            <source>Outgoing register</source>
            <translation>Outgoing register</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>Whole year</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>All levels</translation>
        </message>
        <message>
            <source>Unit contains…</source>
            <translation>Unit contains…</translation>
        </message>
        <message>
            <source>Print PDF…</source>
            <translation>Print PDF…</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <source>Print labels…</source>
            <translation>Print labels…</translation>
        </message>
        <message>
            <source>Hand out for action…</source>
            <translation>Hand out for action…</translation>
        </message>
        <message>
            <source>Take back…</source>
            <translation>Take back…</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Correct…</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>Void…</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <translation>Year {year}</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entries</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message>
            <source>Print register to PDF</source>
            <translation>Print register to PDF</translation>
        </message>
        <message>
            <source>Printing the register…</source>
            <translation>Printing the register…</translation>
        </message>
        <message>
            <source>Export register to Excel</source>
            <translation>Export register to Excel</translation>
        </message>
        <message>
            <source>Exporting the register…</source>
            <translation>Exporting the register…</translation>
        </message>
        <message>
            <source>No copy of {reg_no} is {state}.</source>
            <translation>No copy of {reg_no} is {state}.</translation>
        </message>
        <message>
            <source>Copy:</source>
            <translation>Copy:</translation>
        </message>
        <message>
            <source>Hand out for action</source>
            <translation>Hand out for action</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>To:</translation>
        </message>
        <message>
            <source>Take back</source>
            <translation>Take back</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Void</translation>
        </message>
        <message>
            <source>Void {reg_no}? Reason:</source>
            <translation>Void {reg_no}? Reason:</translation>
        </message>
    </context>
    <context>
        <name>RegistrarsDialog</name>
        <message>
            <source>People designated for top-secret receipt and dispatch</source>
            <translation>People designated for top-secret receipt and dispatch</translation>
        </message>
        <message>
            <source>Designated:</source>
            <translation>Designated:</translation>
        </message>
        <message>
            <source>Only the people ticked may register, sign for and dispatch top-secret carriers. Only Core-cleared people can be designated.</source>
            <translation>Only the people ticked may register, sign for and dispatch top-secret carriers. Only Core-cleared people can be designated.</translation>
        </message>
        <message>
            <source>Nobody is designated yet: the registry clerks ({names}) receive and dispatch top-secret carriers. Tick the people the unit designated to limit it to them.</source>
            <translation>Nobody is designated yet: the registry clerks ({names}) receive and dispatch top-secret carriers. Tick the people the unit designated to limit it to them.</translation>
        </message>
    </context>
    <context>
        <name>RekeyDialog</name>
        <message>
            <source>Change the master key</source>
            <translation>Change the master key</translation>
        </message>
        <message>
            <source>The ledger is re-encrypted under a new master key and a new recovery code replaces the old one. Disabled accounts and old passwords can no longer open it, even by someone who copied the old key. Every active account keeps its password; an account that has not logged in since key pairs were introduced gets a one-time password. Afterwards print the new recovery sheet and destroy the old one.</source>
            <translation>The ledger is re-encrypted under a new master key and a new recovery code replaces the old one. Disabled accounts and old passwords can no longer open it, even by someone who copied the old key. Every active account keeps its password; an account that has not logged in since key pairs were introduced gets a one-time password. Afterwards print the new recovery sheet and destroy the old one.</translation>
        </message>
        <message>
            <source>Your password:</source>
            <translation>Your password:</translation>
        </message>
    </context>
    <context>
        <name>RelabelTab</name>
        <message>
            <source>Print new labels…</source>
            <translation>Print new labels…</translation>
        </message>
        <message>
            <source>Carriers whose mark a decision changed. Print their new labels (same label number, the new mark) and stick each over the old one: the old label still scans to the same carrier. Select rows (Ctrl+A for all shown), or scan a label to find its row.</source>
            <translation>Carriers whose mark a decision changed. Print their new labels (same label number, the new mark) and stick each over the old one: the old label still scans to the same carrier. Select rows (Ctrl+A for all shown), or scan a label to find its row.</translation>
        </message>
        <message>
            <source>Save the new labels as PDF</source>
            <translation>Save the new labels as PDF</translation>
        </message>
        <message>
            <source>New labels saved: {path}</source>
            <translation>New labels saved: {path}</translation>
        </message>
        <message>
            <source>A4 sheet of labels</source>
            <translation>A4 sheet of labels</translation>
        </message>
        <message>
            <source>Label printer, one label per page</source>
            <translation>Label printer, one label per page</translation>
        </message>
        <message>
            <source>New labels</source>
            <translation>New labels</translation>
        </message>
        <message>
            <source>Print on:</source>
            <translation>Print on:</translation>
        </message>
        <message>
            <source>{label} is not waiting for a new label.</source>
            <translation>{label} is not waiting for a new label.</translation>
        </message>
    </context>
    <context>
        <name>RepairDialog</name>
        <message>
            <source>Repair of {device_no}</source>
            <translation>Repair of {device_no}</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>What is wrong</translation>
        </message>
        <message>
            <source>Confidentiality agreement signed</source>
            <translation>Confidentiality agreement signed</translation>
        </message>
        <message>
            <source>Agreement number</source>
            <translation>Agreement number</translation>
        </message>
        <message>
            <source>Storage removed before the repair</source>
            <translation>Storage removed before the repair</translation>
        </message>
        <message>
            <source>Where the removed storage is kept</source>
            <translation>Where the removed storage is kept</translation>
        </message>
        <message>
            <source>— no escort —</source>
            <translation>— no escort —</translation>
        </message>
        <message>
            <source>Requested by:</source>
            <translation>Requested by:</translation>
        </message>
        <message>
            <source>Fault:</source>
            <translation>Fault:</translation>
        </message>
        <message>
            <source>Repaired:</source>
            <translation>Repaired:</translation>
        </message>
        <message>
            <source>Repairer's unit:</source>
            <translation>Repairer's unit:</translation>
        </message>
        <message>
            <source>Its qualification:</source>
            <translation>Its qualification:</translation>
        </message>
        <message>
            <source>On-site escort:</source>
            <translation>On-site escort:</translation>
        </message>
    </context>
    <context>
        <name>RepairReturnDialog</name>
        <message>
            <source>Repair {no} returned</source>
            <translation>Repair {no} returned</translation>
        </message>
        <message>
            <source>Blank: now</source>
            <translation>Blank: now</translation>
        </message>
        <message>
            <source>The work done</source>
            <translation>The work done</translation>
        </message>
        <message>
            <source>Storage taken out for good: one serial number a line</source>
            <translation>Storage taken out for good: one serial number a line</translation>
        </message>
        <message>
            <source>Returned at:</source>
            <translation>Returned at:</translation>
        </message>
        <message>
            <source>Repaired by:</source>
            <translation>Repaired by:</translation>
        </message>
        <message>
            <source>Work done:</source>
            <translation>Work done:</translation>
        </message>
        <message>
            <source>Parts replaced:</source>
            <translation>Parts replaced:</translation>
        </message>
        <message>
            <source>Replaced storage:</source>
            <translation>Replaced storage:</translation>
        </message>
        <message>
            <source>Its type:</source>
            <translation>Its type:</translation>
        </message>
        <message>
            <source>Returned at</source>
            <translation>Returned at</translation>
        </message>
    </context>
    <context>
        <name>RepairsTab</name>
        <message>
            <source>Record paper approval…</source>
            <translation>Record paper approval…</translation>
        </message>
        <message>
            <source>Sent for repair</source>
            <translation>Sent for repair</translation>
        </message>
        <message>
            <source>Returned…</source>
            <translation>Returned…</translation>
        </message>
        <message>
            <source>Cancel request…</source>
            <translation>Cancel request…</translation>
        </message>
        <message>
            <source>Print approval form…</source>
            <translation>Print approval form…</translation>
        </message>
        <message>
            <source>Print repair register…</source>
            <translation>Print repair register…</translation>
        </message>
        <message>
            <source>Export repair register…</source>
            <translation>Export repair register…</translation>
        </message>
        <message>
            <source>{no}: {status}.</source>
            <translation>{no}: {status}.</translation>
        </message>
        <message>
            <source>Cancel the repair request</source>
            <translation>Cancel the repair request</translation>
        </message>
        <message>
            <source>Save the repair approval form</source>
            <translation>Save the repair approval form</translation>
        </message>
        <message>
            <source>Save the repair register</source>
            <translation>Save the repair register</translation>
        </message>
        <message>
            <source>Export the repair register</source>
            <translation>Export the repair register</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Saved {path}</translation>
        </message>
    </context>
    <context>
        <name>RepeatBox</name>
        <message>
            <source>Record as a separate receipt (another delivery)</source>
            <translation>Record as a separate receipt (another delivery)</translation>
        </message>
        <message>
            <source>Reason, e.g. sent again by the unit</source>
            <translation>Reason, e.g. sent again by the unit</translation>
        </message>
        <message>
            <source>{reg_no} (copies {copies})</source>
            <translation>{reg_no} (copies {copies})</translation>
        </message>
        <message>
            <source>Received before from this unit with this document no.: {links}</source>
            <translation>Received before from this unit with this document no.: {links}</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Reset password of {username}</source>
            <translation>Reset password of {username}</translation>
        </message>
        <message>
            <source>Temporary password:</source>
            <translation>Temporary password:</translation>
        </message>
        <message>
            <source>Repeat password:</source>
            <translation>Repeat password:</translation>
        </message>
    </context>
    <context>
        <name>RetentionPane</name>
        <message>
            <source>No carrier chosen.</source>
            <translation>No carrier chosen.</translation>
        </message>
        <message>
            <source>Number of the signed paper approval, if any</source>
            <translation>Number of the signed paper approval, if any</translation>
        </message>
        <message>
            <source>What the person needs it for; remarks</source>
            <translation>What the person needs it for; remarks</translation>
        </message>
        <message>
            <source>Scan to issue</source>
            <translation>Scan to issue</translation>
        </message>
        <message>
            <source>Scan to take back</source>
            <translation>Scan to take back</translation>
        </message>
        <message>
            <source>Include returned</source>
            <translation>Include returned</translation>
        </message>
        <message>
            <source>Carrier:</source>
            <translation>Carrier:</translation>
        </message>
        <message>
            <source>Issued to:</source>
            <translation>Issued to:</translation>
        </message>
        <message>
            <source>Approved by:</source>
            <translation>Approved by:</translation>
        </message>
        <message>
            <source>Due back on:</source>
            <translation>Due back on:</translation>
        </message>
        <message>
            <source>Approval form no.:</source>
            <translation>Approval form no.:</translation>
        </message>
        <message>
            <source>Purpose:</source>
            <translation>Purpose:</translation>
        </message>
        <message>
            <source>Issue to this person</source>
            <translation>Issue to this person</translation>
        </message>
        <message>
            <source>Issue for personal retention</source>
            <translation>Issue for personal retention</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>Take back selected</source>
            <translation>Take back selected</translation>
        </message>
        <message>
            <source>Retention register…</source>
            <translation>Retention register…</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>{n} out on personal retention, {late} overdue.</source>
            <translation>{n} out on personal retention, {late} overdue.</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>{reg_no} copy {copy} is out with {person}; press Enter to take it back.</source>
            <translation>{reg_no} copy {copy} is out with {person}; press Enter to take it back.</translation>
        </message>
        <message>
            <source>Issued {reg_no} copy {copy} to {person}; due back {due}.</source>
            <translation>Issued {reg_no} copy {copy} to {person}; due back {due}.</translation>
        </message>
        <message>
            <source>Choose a carrier that is out in the list, or scan it.</source>
            <translation>Choose a carrier that is out in the list, or scan it.</translation>
        </message>
        <message>
            <source>Taken back from {person}: {reg_no} copy {copy}.</source>
            <translation>Taken back from {person}: {reg_no} copy {copy}.</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Saved {path}</translation>
        </message>
        <message>
            <source>Save personal retention register</source>
            <translation>Save personal retention register</translation>
        </message>
    </context>
    <context>
        <name>ReviewRecordDialog</name>
        <message>
            <source>Record the yearly review</source>
            <translation>Record the yearly review</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) kept as classified</source>
            <translation>
                <numerusform>%n document(s) kept as classified</numerusform>
                <numerusform>%n document(s) kept as classified</numerusform>
            </translation>
        </message>
        <message>
            <source>Documents:</source>
            <translation>Documents:</translation>
        </message>
        <message>
            <source>— choose the classifier who signed —</source>
            <translation>— choose the classifier who signed —</translation>
        </message>
        <message>
            <source>Decided by:</source>
            <translation>Decided by:</translation>
        </message>
        <message>
            <source>Review list no.:</source>
            <translation>Review list no.:</translation>
        </message>
        <message>
            <source>Signed on:</source>
            <translation>Signed on:</translation>
        </message>
        <message>
            <source>e.g. still needs to be kept secret</source>
            <translation>e.g. still needs to be kept secret</translation>
        </message>
        <message>
            <source>Opinion:</source>
            <translation>Opinion:</translation>
        </message>
    </context>
    <context>
        <name>ReviewTab</name>
        <message>
            <source>The unit's own</source>
            <translation>The unit's own</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Keep classified (my decision)</source>
            <translation>Keep classified (my decision)</translation>
        </message>
        <message>
            <source>Record signed review list…</source>
            <translation>Record signed review list…</translation>
        </message>
        <message>
            <source>Propose a change…</source>
            <translation>Propose a change…</translation>
        </message>
        <message>
            <source>No notice from the originator this year</source>
            <translation>No notice from the originator this year</translation>
        </message>
        <message>
            <source>Record originator's notice…</source>
            <translation>Record originator's notice…</translation>
        </message>
        <message>
            <source>Every secret is reviewed every year. The unit's own documents: a designated classifier keeps each one (in the app, or on a signed review list the clerk records) or a change is proposed.</source>
            <translation>Every secret is reviewed every year. The unit's own documents: a designated classifier keeps each one (in the app, or on a signed review list the clerk records) or a change is proposed.</translation>
        </message>
        <message>
            <source>Every secret is reviewed every year. Received documents: the originator decides; confirm that no notice came from it this year, or record the notice.</source>
            <translation>Every secret is reviewed every year. Received documents: the originator decides; confirm that no notice came from it this year, or record the notice.</translation>
        </message>
        <message>
            <source>Yearly review</source>
            <translation>Yearly review</translation>
        </message>
        <message numerus="yes">
            <source>Keep %n document(s) classified as marked? This is your decision as designated classifier and is recorded in your name.</source>
            <translation>
                <numerusform>Keep %n document(s) classified as marked? This is your decision as designated classifier and is recorded in your name.</numerusform>
                <numerusform>Keep %n document(s) classified as marked? This is your decision as designated classifier and is recorded in your name.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) kept classified.</source>
            <translation>
                <numerusform>%n document(s) kept classified.</numerusform>
                <numerusform>%n document(s) kept classified.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) reviewed: no notice from the originator.</source>
            <translation>
                <numerusform>%n document(s) reviewed: no notice from the originator.</numerusform>
                <numerusform>%n document(s) reviewed: no notice from the originator.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoleBoxes</name>
        <message>
            <source>Separation of duties: the security officer cannot also be clerk, archivist, approver or auditor.</source>
            <translation>Separation of duties: the security officer cannot also be clerk, archivist, approver or auditor.</translation>
        </message>
    </context>
    <context>
        <name>RolesDialog</name>
        <message>
            <source>Roles of {username}</source>
            <translation>Roles of {username}</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Roles:</translation>
        </message>
    </context>
    <context>
        <name>SaveNotice</name>
        <message>
            <source>This file contains {level} content and must be managed as a {level} classified carrier</source>
            <translation>This file contains {level} content and must be managed as a {level} classified carrier</translation>
        </message>
    </context>
    <context>
        <name>ScopeEdit</name>
        <message>
            <source>Unrestricted</source>
            <translation>Unrestricted</translation>
        </message>
        <message>
            <source>Note (e.g. leaders of the unit) — grants nobody access by itself</source>
            <translation>Note (e.g. leaders of the unit) — grants nobody access by itself</translation>
        </message>
        <message>
            <source>department</source>
            <translation>department</translation>
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <source>Password of {user} (as it was when the backup was made)</source>
            <translation>Password of {user} (as it was when the backup was made)</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <source>Password or code:</source>
            <translation>Password or code:</translation>
        </message>
        <message>
            <source>The backup is opened with its own key slots; the live ledger is not changed.</source>
            <translation>The backup is opened with its own key slots; the live ledger is not changed.</translation>
        </message>
    </context>
    <context>
        <name>SentProposalDialog</name>
        <message>
            <source>Record a proposal sent to the originator</source>
            <translation>Record a proposal sent to the originator</translation>
        </message>
        <message>
            <source>Sent to:</source>
            <translation>Sent to:</translation>
        </message>
        <message>
            <source>Letter no. and date:</source>
            <translation>Letter no. and date:</translation>
        </message>
        <message>
            <source>What the unit proposes, and why</source>
            <translation>What the unit proposes, and why</translation>
        </message>
        <message>
            <source>Proposal:</source>
            <translation>Proposal:</translation>
        </message>
        <message>
            <source>— not named —</source>
            <translation>— not named —</translation>
        </message>
        <message>
            <source>Officer in charge:</source>
            <translation>Officer in charge:</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Record signatures</source>
            <translation>Record signatures</translation>
        </message>
        <message>
            <source>Signed by:</source>
            <translation>Signed by:</translation>
        </message>
        <message>
            <source>Date on the notice:</source>
            <translation>Date on the notice:</translation>
        </message>
    </context>
    <context>
        <name>StatsTab</name>
        <message>
            <source>Other period</source>
            <translation>Other period</translation>
        </message>
        <message>
            <source>Compute</source>
            <translation>Compute</translation>
        </message>
        <message>
            <source>Print statistics…</source>
            <translation>Print statistics…</translation>
        </message>
        <message>
            <source>Export (XLSX)…</source>
            <translation>Export (XLSX)…</translation>
        </message>
        <message>
            <source>Choose a year and press Compute.</source>
            <translation>Choose a year and press Compute.</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <source>Counting the year…</source>
            <translation>Counting the year…</translation>
        </message>
        <message>
            <source>{period}: counted in {seconds:.1f} s at {time}.</source>
            <translation>{period}: counted in {seconds:.1f} s at {time}.</translation>
        </message>
        <message>
            <source>The ledger has changed since these figures were counted: press Compute to count again.</source>
            <translation>The ledger has changed since these figures were counted: press Compute to count again.</translation>
        </message>
        <message>
            <source>Print statistics</source>
            <translation>Print statistics</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>Export statistics</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
    </context>
    <context>
        <name>Statuses</name>
        <message>
            <source>Pending approval</source>
            <translation>Pending approval</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>On loan</source>
            <translation>On loan</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>Circulation</source>
            <translation>Circulation</translation>
        </message>
        <message>
            <source>Personal retention</source>
            <translation>Personal retention</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>Loan</translation>
        </message>
        <message>
            <source>May be taken out</source>
            <translation>May be taken out</translation>
        </message>
        <message>
            <source>Reading room</source>
            <translation>Reading room</translation>
        </message>
        <message>
            <source>%n d</source>
            <translation>%n d</translation>
        </message>
        <message>
            <source>%n h</source>
            <translation>%n h</translation>
        </message>
        <message>
            <source>%n min</source>
            <translation>%n min</translation>
        </message>
        <message>
            <source>{a} {b}</source>
            <translation>{a} {b}</translation>
        </message>
        <message>
            <source>{span} overdue</source>
            <translation>{span} overdue</translation>
        </message>
        <message>
            <source>{span} left</source>
            <translation>{span} left</translation>
        </message>
    </context>
    <context>
        <name>StocktakePane</name>
        <message>
            <source>e.g. Archive cabinet C (includes every shelf and box in it)</source>
            <translation>e.g. Archive cabinet C (includes every shelf and box in it)</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>All levels</translation>
        </message>
        <message>
            <source>Names, separated by commas (at least two)</source>
            <translation>Names, separated by commas (at least two)</translation>
        </message>
        <message>
            <source>Scan or type a label, or a reg. no. with copy, then Enter</source>
            <translation>Scan or type a label, or a reg. no. with copy, then Enter</translation>
        </message>
        <message>
            <source>Where it was found (if not the scope)</source>
            <translation>Where it was found (if not the scope)</translation>
        </message>
        <message>
            <source>Count:</source>
            <translation>Count:</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Location:</translation>
        </message>
        <message>
            <source>Holder:</source>
            <translation>Holder:</translation>
        </message>
        <message>
            <source>Level:</source>
            <translation>Level:</translation>
        </message>
        <message>
            <source>Checkers:</source>
            <translation>Checkers:</translation>
        </message>
        <message>
            <source>Person in charge:</source>
            <translation>Person in charge:</translation>
        </message>
        <message>
            <source>Start stocktake</source>
            <translation>Start stocktake</translation>
        </message>
        <message>
            <source>New stocktake</source>
            <translation>New stocktake</translation>
        </message>
        <message>
            <source>Stocktake:</source>
            <translation>Stocktake:</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>Cancel stocktake…</source>
            <translation>Cancel stocktake…</translation>
        </message>
        <message>
            <source>Print report…</source>
            <translation>Print report…</translation>
        </message>
        <message>
            <source>Export missing (XLSX)…</source>
            <translation>Export missing (XLSX)…</translation>
        </message>
        <message>
            <source>Report selected missing items as lost…</source>
            <translation>Report selected missing items as lost…</translation>
        </message>
        <message>
            <source>Expected (frozen at the start)</source>
            <translation>Expected (frozen at the start)</translation>
        </message>
        <message>
            <source>Scanned but not expected (not on the list)</source>
            <translation>Scanned but not expected (not on the list)</translation>
        </message>
        <message>
            <source>Devices and storage media (expected, then not expected)</source>
            <translation>Devices and storage media (expected, then not expected)</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Anyone</translation>
        </message>
        <message>
            <source>No stocktake yet: choose a scope and start one.</source>
            <translation>No stocktake yet: choose a scope and start one.</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Checked</translation>
        </message>
        <message>
            <source>Mismatch</source>
            <translation>Mismatch</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Not yet seen</source>
            <translation>Not yet seen</translation>
        </message>
        <message>
            <source>Found {found} of {expected} · still expected {remaining} · not expected {unexpected}</source>
            <translation>Found {found} of {expected} · still expected {remaining} · not expected {unexpected}</translation>
        </message>
        <message numerus="yes">
            <source>This scope holds %n item(s): carriers, devices and media.</source>
            <translation>
                <numerusform>This scope holds %n item(s): carriers, devices and media.</numerusform>
                <numerusform>This scope holds %n item(s): carriers, devices and media.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This scope holds %n carrier(s).</source>
            <translation>
                <numerusform>This scope holds %n carrier(s).</numerusform>
                <numerusform>This scope holds %n carrier(s).</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing held is in this scope: check the location (a cabinet includes every shelf and box in it).</source>
            <translation>Nothing held is in this scope: check the location (a cabinet includes every shelf and box in it).</translation>
        </message>
        <message>
            <source>✔ {what}: checked.</source>
            <translation>✔ {what}: checked.</translation>
        </message>
        <message>
            <source>{what}: already scanned (nothing changes).</source>
            <translation>{what}: already scanned (nothing changes).</translation>
        </message>
        <message>
            <source>⚠ {what}: found, but not where or with whom the ledger says.</source>
            <translation>⚠ {what}: found, but not where or with whom the ledger says.</translation>
        </message>
        <message>
            <source>⚠ {what}: not on the expected list (ledger: {state}).</source>
            <translation>⚠ {what}: not on the expected list (ledger: {state}).</translation>
        </message>
        <message>
            <source>⚠ {what}: this label is not in the ledger.</source>
            <translation>⚠ {what}: this label is not in the ledger.</translation>
        </message>
        <message>
            <source>Cancel stocktake</source>
            <translation>Cancel stocktake</translation>
        </message>
        <message>
            <source>Why is this stocktake cancelled?</source>
            <translation>Why is this stocktake cancelled?</translation>
        </message>
        <message>
            <source>Print stocktake report</source>
            <translation>Print stocktake report</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <source>Export missing items</source>
            <translation>Export missing items</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Select missing items on the list first.</source>
            <translation>Select missing items on the list first.</translation>
        </message>
        <message>
            <source>Carriers</source>
            <extracomment>what a session counts: (carriers, media)</extracomment>
            <translation>Carriers</translation>
        </message>
        <message>
            <source>Carriers, devices and storage media</source>
            <translation>Carriers, devices and storage media</translation>
        </message>
        <message>
            <source>Devices and storage media only</source>
            <translation>Devices and storage media only</translation>
        </message>
        <message>
            <source>Not expected</source>
            <translation>Not expected</translation>
        </message>
    </context>
    <context>
        <name>UnitPage</name>
        <message>
            <source>Your unit</source>
            <translation>Your unit</translation>
        </message>
        <message>
            <source>The unit's full name is printed on every form.</source>
            <translation>The unit's full name is printed on every form.</translation>
        </message>
        <message>
            <source>e.g. XX City Bureau of Statistics</source>
            <translation>e.g. XX City Bureau of Statistics</translation>
        </message>
        <message>
            <source>Unit name:</source>
            <translation>Unit name:</translation>
        </message>
    </context>
    <context>
        <name>WorkflowColumns</name>
        <message>
            <source>Asked by</source>
            <translation>Asked by</translation>
        </message>
        <message>
            <source>What is asked</source>
            <translation>What is asked</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>Approver</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>Given</translation>
        </message>
        <message>
            <source>Form no.</source>
            <translation>Form no.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Carry-out no.</source>
            <translation>Carry-out no.</translation>
        </message>
        <message>
            <source>Carried by</source>
            <translation>Carried by</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Carriers</source>
            <translation>Carriers</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Went out</source>
            <translation>Went out</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>Due back</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Approval</translation>
        </message>
        <message>
            <source>Reg. no.</source>
            <extracomment>知悉方式 as stored (Chinese, printed on the form) and as the English UI shows it (register, file type) -&gt; the service that writes it</extracomment>
            <translation>Reg. no.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Mark</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Reader</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Loan no.</source>
            <translation>Loan no.</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>Borrower</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Renewals</source>
            <translation>Renewals</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Holder</translation>
        </message>
        <message>
            <source>Out since</source>
            <translation>Out since</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Doc. no.</source>
            <translation>Doc. no.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
    </context>
    <context>
        <name>Workflows</name>
        <message>
            <source>Printing…</source>
            <extracomment>Enter on a focused button presses it</extracomment>
            <translation>Printing…</translation>
        </message>
    </context>
    <context>
        <name>YearEndColumns</name>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>Assessed</translation>
        </message>
        <message>
            <source>Finalised</source>
            <translation>Finalised</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Digest</source>
            <translation>Digest</translation>
        </message>
        <message>
            <source>Exception</source>
            <translation>Exception</translation>
        </message>
        <message>
            <source>Reg. no. / record</source>
            <translation>Reg. no. / record</translation>
        </message>
        <message>
            <source>Title / detail</source>
            <translation>Title / detail</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Person / unit</source>
            <translation>Person / unit</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
    </context>
    <context>
        <name>YearEndPane</name>
        <message>
            <source>Statistics</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>Self-inspection</source>
            <translation>Self-inspection</translation>
        </message>
        <message>
            <source>Rectification</source>
            <translation>Rectification</translation>
        </message>
    </context>
</TS>
