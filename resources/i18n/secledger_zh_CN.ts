<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About SecLedger</source>
            <extracomment>(distribution, licence when the metadata does not say it plainly)</extracomment>
            <translation>关于涉密载体台账</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>第三方库</translation>
        </message>
        <message>
            <source>Qt / PySide6</source>
            <translation>Qt / PySide6</translation>
        </message>
        <message>
            <source>Font (AR PL UMing)</source>
            <translation>字体（文鼎PL明体）</translation>
        </message>
        <message>
            <source>&lt;h2&gt;SecLedger {version}&lt;/h2&gt;&lt;p&gt;Ledger of classified carriers for a standalone computer. It never uses the network.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;涉密载体台账 {version}&lt;/h2&gt;&lt;p&gt;用于涉密单机的国家秘密载体台账管理软件，不使用任何网络。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Unit: {unit}&lt;/p&gt;</source>
            <translation>&lt;p&gt;使用单位：{unit}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;tr&gt;&lt;th&gt;Library&lt;/th&gt;&lt;th&gt;Version&lt;/th&gt;&lt;th&gt;Licence&lt;/th&gt;&lt;/tr&gt;</source>
            <translation>&lt;tr&gt;&lt;th&gt;库&lt;/th&gt;&lt;th&gt;版本&lt;/th&gt;&lt;th&gt;许可证&lt;/th&gt;&lt;/tr&gt;</translation>
        </message>
        <message>
            <source>This program uses Qt {qt} through PySide6 {pyside} (Qt for Python), used under the GNU Lesser General Public License version 3. The Qt libraries are shipped as separate shared libraries that you may replace with your own build. The source code of Qt and PySide6 is available from the Qt Project (qt.io) and on request.</source>
            <translation>本程序通过 PySide6 {pyside}（Qt for Python）使用 Qt {qt}，依据 GNU 宽通用公共许可证第3版（LGPLv3）使用。Qt 库以独立的共享库形式随附，您可以用自行编译的版本替换。Qt 和 PySide6 的源代码可从 Qt 项目（qt.io）获取，亦可索取。</translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <source>New account</source>
            <translation>新建账户</translation>
        </message>
        <message>
            <source>Must change the password at first login</source>
            <translation>首次登录时须修改密码</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>使用人：</translation>
        </message>
        <message>
            <source>Initial password:</source>
            <translation>初始密码：</translation>
        </message>
        <message>
            <source>Repeat password:</source>
            <translation>确认密码：</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>角色：</translation>
        </message>
        <message>
            <source>choose the person who uses the account</source>
            <translation>请选择账户的使用人</translation>
        </message>
    </context>
    <context>
        <name>AccountPage</name>
        <message>
            <source>The security officer's account</source>
            <translation>保密员账户</translation>
        </message>
        <message>
            <source>The first account manages people, accounts and policy. The ledger is created when you press Next.</source>
            <translation>第一个账户负责管理人员、账户和安全策略。点击“创建台账”后即建立台账。</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Repeat password:</source>
            <translation>确认密码：</translation>
        </message>
        <message>
            <source>At least 8 characters, with letters and digits.</source>
            <translation>密码至少8位，须包含字母和数字。</translation>
        </message>
        <message>
            <source>Create ledger</source>
            <translation>创建台账</translation>
        </message>
    </context>
    <context>
        <name>AcknowledgeTab</name>
        <message>
            <source>Record signatures…</source>
            <translation>登记签收…</translation>
        </message>
        <message>
            <source>Print notice…</source>
            <translation>打印通知…</translation>
        </message>
        <message>
            <source>Everyone within the need-to-know scope and every holder of a copy is notified in writing. Print the notice, have each person sign and date it, then select them and record the signatures.</source>
            <translation>变更（解密）通知须书面送达知悉范围内的每个人和每份载体的持有人。请打印通知，由每人签字并注明日期，再选中已签字的人员，登记签收。</translation>
        </message>
        <message>
            <source>Save the notice</source>
            <translation>保存变更（解密）通知</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDetailView</name>
        <message>
            <source>Loan request</source>
            <translation>借阅申请</translation>
        </message>
        <message>
            <source>Copy request</source>
            <translation>复制申请</translation>
        </message>
        <message>
            <source>Destruction manifest</source>
            <translation>销毁清单</translation>
        </message>
        <message>
            <source>Personal retention</source>
            <translation>个人领用</translation>
        </message>
        <message>
            <source>Carry-out request</source>
            <translation>携带外出申请</translation>
        </message>
        <message>
            <source>Media loan request</source>
            <translation>介质借用申请</translation>
        </message>
        <message>
            <source>Repair request</source>
            <translation>设备维修申请</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>复制份数</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>复制方式</translation>
        </message>
        <message>
            <source>Pages each</source>
            <translation>每份页数</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>需用日期</translation>
        </message>
        <message>
            <source>Approval of the original classifying body</source>
            <translation>原定密机关批准</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>借阅方式</translation>
        </message>
        <message>
            <source>Clearance</source>
            <translation>涉密等级</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>应还时间</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>编制人</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>清点核对人</translation>
        </message>
        <message>
            <source>Form no.</source>
            <translation>审批单号</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Mark now</source>
            <translation>现密级标志</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>拟定为</translation>
        </message>
        <message>
            <source>Need-to-know</source>
            <translation>知悉范围</translation>
        </message>
        <message>
            <source>Basis</source>
            <translation>定密依据</translation>
        </message>
        <message>
            <source>Days left (ten-day limit)</source>
            <translation>剩余天数（十日内办结）</translation>
        </message>
        <message>
            <source>The deciding classifier must cover</source>
            <translation>审批的定密责任人权限须达到</translation>
        </message>
        <message>
            <source>Carried by</source>
            <translation>携带人</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>目的地</translation>
        </message>
        <message>
            <source>Period out</source>
            <translation>外出期限</translation>
        </message>
        <message>
            <source>Foreign-affairs activity</source>
            <translation>涉外活动</translation>
        </message>
        <message>
            <source>Goes abroad</source>
            <translation>出境</translation>
        </message>
        <message>
            <source>Protective measures</source>
            <translation>保护措施</translation>
        </message>
        <message>
            <source>Device or medium</source>
            <translation>设备或介质</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>密级</translation>
        </message>
        <message>
            <source>Serial no.</source>
            <translation>序列号</translation>
        </message>
        <message>
            <source>Brand and model</source>
            <translation>品牌型号</translation>
        </message>
        <message>
            <source>Accountable holder</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>存放位置</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Repair mode</source>
            <translation>维修方式</translation>
        </message>
        <message>
            <source>Repairer's unit</source>
            <translation>维修单位</translation>
        </message>
        <message>
            <source>Repairer's qualification</source>
            <translation>维修资质</translation>
        </message>
        <message>
            <source>Confidentiality agreement</source>
            <translation>保密协议</translation>
        </message>
        <message>
            <source>Storage removed</source>
            <translation>已拆除存储部件</translation>
        </message>
        <message>
            <source>On-site escort</source>
            <translation>现场旁站陪同人</translation>
        </message>
        <message>
            <source>Devices and storage media</source>
            <translation>涉密设备和存储介质</translation>
        </message>
        <message>
            <source>By medium</source>
            <translation>按载体类型</translation>
        </message>
        <message>
            <source>Opinion (optional to approve, required to reject)</source>
            <translation>审批意见（批准时可不填，不批准时必须写明理由）</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>不批准</translation>
        </message>
        <message>
            <source>Print the approval form…</source>
            <translation>打印审批单…</translation>
        </message>
        <message>
            <source>Opinion:</source>
            <translation>审批意见：</translation>
        </message>
        <message>
            <source>Choose a request above to see everything it asks for.</source>
            <translation>在上方选择一项申请，即可查看申请的全部内容。</translation>
        </message>
        <message>
            <source>Rule: {rule}</source>
            <translation>适用规定：{rule}</translation>
        </message>
        <message numerus="yes">
            <source>%n carrier(s); by level: {levels}</source>
            <translation>
                <numerusform>共 %n 件载体；按密级：{levels}</numerusform>
            </translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>经办（登记）人</translation>
        </message>
        <message>
            <source>For</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>事由</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsPane</name>
        <message>
            <source>Waiting for my decision</source>
            <translation>待我审批</translation>
        </message>
        <message>
            <source>My requests</source>
            <translation>我提出的申请</translation>
        </message>
        <message>
            <source>Your own request: another approver decides</source>
            <translation>本人提出的申请：由其他审批人审批</translation>
        </message>
        <message>
            <source>For you: another approver decides</source>
            <translation>为本人申请：由其他审批人审批</translation>
        </message>
        <message>
            <source>Only approvers decide; your requests are listed under “My requests”.</source>
            <translation>只有审批人可以审批；您提出的申请见“我提出的申请”。</translation>
        </message>
        <message numerus="yes">
            <source>%n request(s) wait for your decision.</source>
            <translation>
                <numerusform>有 %n 项申请等待您审批。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more are your own requests or for you: by the rule that nobody approves his own request, another approver decides them.</source>
            <translation>
                <numerusform>另有 %n 项是您本人提出或为您本人申请的：按“本人申请不得自批”的规定，须由其他审批人审批，您只能查看。</numerusform>
            </translation>
        </message>
        <message>
            <source>Print the approval form</source>
            <translation>打印审批单</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
    </context>
    <context>
        <name>AttendeesDialog</name>
        <message>
            <source>Add attendees</source>
            <translation>增加参会人员</translation>
        </message>
        <message>
            <source>Attendees:</source>
            <translation>参会人员：</translation>
        </message>
    </context>
    <context>
        <name>AuditPane</name>
        <message>
            <source>Choose an event to see everything it recorded.</source>
            <translation>选择一条事件，查看它记录的全部内容。</translation>
        </message>
        <message>
            <source>All events</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Carrier movements</source>
            <translation>载体流转</translation>
        </message>
        <message>
            <source>Registration and corrections</source>
            <translation>登记与更正</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>审批</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>定密管理</translation>
        </message>
        <message>
            <source>Accounts and sign-in</source>
            <translation>账户与登录</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>All users</source>
            <translation>全部用户</translation>
        </message>
        <message>
            <source>From</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>To</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Label, reg. no. or text in the event</source>
            <translation>标签号、登记号或事件内容</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类别：</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>用户：</translation>
        </message>
        <message>
            <source>Verify ledger</source>
            <translation>校验台账</translation>
        </message>
        <message>
            <source>Recompute the whole hash chain and replay the log against every carrier</source>
            <translation>逐条重算事件日志的哈希链，并用事件日志回放核对每一件载体</translation>
        </message>
        <message>
            <source>The ledger has not been verified in this session.</source>
            <translation>本次登录后尚未校验台账。</translation>
        </message>
        <message>
            <source>Print verification report</source>
            <translation>打印校验报告</translation>
        </message>
        <message>
            <source>Verify the ledger first</source>
            <translation>请先校验台账</translation>
        </message>
        <message>
            <source>Export XLSX</source>
            <translation>导出 XLSX</translation>
        </message>
        <message>
            <source>The events the filters show, newest first</source>
            <translation>导出当前筛选出的事件，最新的在前</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>正在计数…</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>共 %n 条事件</numerusform>
            </translation>
        </message>
        <message>
            <source>Verifying…</source>
            <translation>正在校验…</translation>
        </message>
        <message>
            <source>Verifying the ledger…</source>
            <translation>正在校验台账…</translation>
        </message>
        <message>
            <source>Passed ({when}): {events} events and {carriers} carriers checked; chain head #{head} {hash}</source>
            <translation>校验通过（{when}）：已核对 {events} 条事件、{carriers} 件载体；链头 #{head} {hash}</translation>
        </message>
        <message>
            <source>FAILED ({when}): {problem}</source>
            <translation>校验未通过（{when}）：{problem}</translation>
        </message>
        <message>
            <source>Show event #{id}</source>
            <translation>定位到事件 #{id}</translation>
        </message>
        <message>
            <source>Event #{id} is not in the log.</source>
            <translation>事件日志中没有事件 #{id}。</translation>
        </message>
        <message>
            <source>Save the verification report</source>
            <translation>保存台账校验报告</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>正在打印…</translation>
        </message>
        <message>
            <source>Export the audit log</source>
            <translation>导出审计日志</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
    </context>
    <context>
        <name>BackupColumns</name>
        <message>
            <source>Made at</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Chain head</source>
            <translation>链头</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>全面校验</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>BackupsPane</name>
        <message>
            <source>Not yet (checked when made)</source>
            <translation>尚未（备份时已检查）</translation>
        </message>
        <message>
            <source>Yes, {when}</source>
            <translation>是，{when}</translation>
        </message>
        <message>
            <source>FAILED, {when}</source>
            <translation>未通过，{when}</translation>
        </message>
        <message>
            <source>Database file missing</source>
            <translation>数据库文件缺失</translation>
        </message>
        <message>
            <source>Key-slot file missing: cannot be opened</source>
            <translation>缺少密钥槽文件：无法打开</translation>
        </message>
        <message>
            <source>Made before the key change of {date}: opens only with the passwords or recovery code valid then</source>
            <translation>早于 {date} 的主密钥更换：只能用当时有效的密码或应急恢复密钥打开</translation>
        </message>
        <message>
            <source>“Back up now” writes a pair of files into {folder}: ledger-&lt;time&gt;-backup.db and keyslots-&lt;time&gt;-backup.json. Keep both together on approved media; a backup opens with the passwords (or recovery code) valid when it was made.</source>
            <translation>“立即备份”在 {folder} 中写入一对文件：ledger-&lt;时间&gt;-backup.db 和 keyslots-&lt;时间&gt;-backup.json。两个文件须一并保存在经批准的介质上；备份只能用备份时有效的密码（或应急恢复密钥）打开。</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>Back up to folder…</source>
            <translation>备份到文件夹…</translation>
        </message>
        <message>
            <source>Verify selected…</source>
            <translation>校验所选备份…</translation>
        </message>
        <message>
            <source>Restore selected into a new folder…</source>
            <translation>把所选备份恢复到新文件夹…</translation>
        </message>
        <message>
            <source>Remind me when no backup was made for</source>
            <translation>超过</translation>
        </message>
        <message>
            <source>days (0: never)</source>
            <translation>天未备份时提醒（0 为不提醒）</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Reading the list of backups…</source>
            <translation>正在读取备份列表……</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份……</translation>
        </message>
        <message>
            <source>Back up into folder</source>
            <translation>备份到文件夹</translation>
        </message>
        <message>
            <source>Backed up and checked: {db} and {slots} (events up to #{head}). Keep both files together.</source>
            <translation>已备份并已校验：{db} 和 {slots}（包含事件至 #{head}）。两个文件须一并保存，缺一不能恢复。</translation>
        </message>
        <message>
            <source>Verify backup</source>
            <translation>校验备份</translation>
        </message>
        <message>
            <source>Verifying the backup…</source>
            <translation>正在校验备份……</translation>
        </message>
        <message>
            <source>The backup is sound: {events} events, {carriers} carriers, chain head #{head}.</source>
            <translation>备份完整：事件 {events} 条，载体 {carriers} 件，链头 #{head}。</translation>
        </message>
        <message>
            <source>The backup is NOT sound: {problem}</source>
            <translation>备份校验未通过：{problem}</translation>
        </message>
        <message>
            <source>Restore into a new, empty folder</source>
            <translation>恢复到新的空文件夹</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>Restoring and verifying…</source>
            <translation>正在恢复并校验……</translation>
        </message>
        <message>
            <source>Restored and verified into {folder} (events up to #{head}). The live ledger was not changed; open the restored folder from the login dialog.</source>
            <translation>已恢复到 {folder} 并校验通过（事件至 #{head}）。正在使用的台账未被改动；如需使用恢复的台账，请在登录界面选择该文件夹。</translation>
        </message>
        <message>
            <source>No backup has been made yet ({days} days since the ledger was created). Back up now: keep the copy on an approved medium in the safe.</source>
            <translation>还没有备份（台账已建立 {days} 天）。请立即备份，并把副本存放在经批准的介质上、锁入保密柜。</translation>
        </message>
        <message>
            <source>The last backup is {days} days old (reminder after {limit} days). Back up now.</source>
            <translation>距上次备份已 {days} 天（超过 {limit} 天提醒）。请立即备份。</translation>
        </message>
    </context>
    <context>
        <name>BrowserPane</name>
        <message>
            <source>Search title, document number or unit; or type a reg. no. (with copy) or a label</source>
            <translation>搜索标题、文号或来文单位；也可输入登记号（可带份号）或扫描标签</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>全部密级</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>All holders</source>
            <translation>全部保管人</translation>
        </message>
        <message>
            <source>All registers</source>
            <translation>全部登记簿</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>全部年度</translation>
        </message>
        <message>
            <source>From</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>To</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message numerus="yes">
            <source>Counting… (at least %n carrier(s))</source>
            <translation>
                <numerusform>正在统计……（至少 %n 件）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n carrier(s)</source>
            <translation>
                <numerusform>共 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied the first %n row(s) only.</source>
            <translation>
                <numerusform>只复制了前 %n 行。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %n row(s).</source>
            <translation>
                <numerusform>已复制 %n 行。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CarrierColumns</name>
        <message>
            <source>Reg. no.</source>
            <translation>登记号</translation>
        </message>
        <message>
            <source>Doc. no.</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>密级标志</translation>
        </message>
        <message>
            <source>Copy no.</source>
            <translation>份号</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>载体类型</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>保管人</translation>
        </message>
        <message>
            <source>From/to unit</source>
            <translation>来文/发往单位</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>登记日期</translation>
        </message>
    </context>
    <context>
        <name>CarrierPicker</name>
        <message>
            <source>Scan the label, or type a reg. no. (with copy no.) or words of the title, then Enter</source>
            <extracomment>False: one carrier named alone is picked even if *use* cannot take it, since the pane's own service call refuses it in its rule's words (destruction, dispatch …) given: a label id typed here goes to it as it is, unknown labels included (a stocktake records every label it sees) given: a device's or medium's label (``M…``) typed here goes to it (a destruction manifest takes devices and media beside carriers); else it is looked up as typed</extracomment>
            <translation>扫描标签，或输入登记号（可带份号，如收2026-00420/000003）、标题中的文字，按回车</translation>
        </message>
        <message>
            <source>… more: type more of the number or title</source>
            <extracomment>the registration the last list came from: a 份号 typed next is looked up there</extracomment>
            <translation>……还有更多：请输入更完整的登记号或标题</translation>
        </message>
    </context>
    <context>
        <name>CarryOutDialog</name>
        <message>
            <source>New carry-out request</source>
            <translation>携带外出申请</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Scan the labels, one per line</source>
            <translation>扫描载体标签，每行一个</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Foreign-affairs activity</source>
            <translation>涉外活动</translation>
        </message>
        <message>
            <source>Goes abroad</source>
            <translation>出境</translation>
        </message>
        <message>
            <source>e.g. locked secure bag, never out of the bearer's hands, not left in hotels</source>
            <translation>如：装入专用密码包，专人携带不离身，不存放在宾馆等无保密条件的场所</translation>
        </message>
        <message>
            <source>Top secret: two or more Core-cleared people carry it together, approved by the post the policy names; never to a foreign-affairs activity or abroad.</source>
            <translation>绝密级：须经制度规定的领导批准，由两名以上核心涉密人员共同携带；不得携带参加涉外活动或出境。</translation>
        </message>
        <message>
            <source>Carried by:</source>
            <translation>携带人：</translation>
        </message>
        <message>
            <source>Going with them:</source>
            <translation>同行人员：</translation>
        </message>
        <message>
            <source>Carriers:</source>
            <translation>载体：</translation>
        </message>
        <message>
            <source>Destination:</source>
            <translation>目的地：</translation>
        </message>
        <message>
            <source>Purpose:</source>
            <translation>事由：</translation>
        </message>
        <message>
            <source>Period out:</source>
            <translation>外出期限：</translation>
        </message>
        <message>
            <source>Protective measures:</source>
            <translation>保护措施：</translation>
        </message>
    </context>
    <context>
        <name>CarryOutPane</name>
        <message>
            <source>Scan a carried-out label to confirm it is back</source>
            <translation>扫描外出载体的标签，确认已带回</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Confirm back:</source>
            <translation>带回确认：</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>New request…</source>
            <translation>新建申请…</translation>
        </message>
        <message>
            <source>Record paper approval…</source>
            <translation>登记纸质审批…</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>办理外出</translation>
        </message>
        <message>
            <source>Cancel request…</source>
            <translation>撤销申请…</translation>
        </message>
        <message>
            <source>Print approval form…</source>
            <translation>打印审批单…</translation>
        </message>
        <message>
            <source>Print register…</source>
            <translation>打印登记簿…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>{reg_no} copy {copy} is {state}, not carried out.</source>
            <translation>{reg_no}第{copy}份当前为“{state}”，不是携带外出状态。</translation>
        </message>
        <message>
            <source>Back: {reg_no} copy {copy} ({no}); all back.</source>
            <translation>已带回：{reg_no}第{copy}份（{no}），全部载体已带回。</translation>
        </message>
        <message>
            <source>Back: {reg_no} copy {copy} ({no}); {left} still out.</source>
            <translation>已带回：{reg_no}第{copy}份（{no}），尚有{left}件未带回。</translation>
        </message>
        <message>
            <source>Carry-out {no} requested; it waits for approval.</source>
            <translation>携带外出申请{no}已登记，等待审批。</translation>
        </message>
        <message>
            <source>Choose a carry-out that waits for approval.</source>
            <translation>请选择一条待审批的携带外出申请。</translation>
        </message>
        <message>
            <source>Decision recorded from the paper form.</source>
            <translation>已按纸质审批单登记审批结果。</translation>
        </message>
        <message>
            <source>{no} is out with {who}; due back {due}.</source>
            <translation>{no}已由{who}携带外出，应于{due}前带回。</translation>
        </message>
        <message>
            <source>Cancel request</source>
            <translation>撤销申请</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>{no} cancelled.</source>
            <translation>{no}已撤销。</translation>
        </message>
        <message>
            <source>Print carry-out approval form</source>
            <translation>打印携带外出审批单</translation>
        </message>
        <message>
            <source>Print carry-out register</source>
            <translation>打印携带外出登记簿</translation>
        </message>
        <message>
            <source>Export carry-out register</source>
            <translation>导出携带外出登记簿</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
    </context>
    <context>
        <name>ChangeGroup</name>
        <message>
            <source>Change the need-to-know scope</source>
            <translation>变更知悉范围</translation>
        </message>
        <message>
            <source>Must not be copied</source>
            <translation>不得复制</translation>
        </message>
        <message>
            <source>Must be returned to the issuer</source>
            <translation>须清退</translation>
        </message>
        <message>
            <source>New mark:</source>
            <translation>新密级标志：</translation>
        </message>
        <message>
            <source>Need to know:</source>
            <translation>知悉范围：</translation>
        </message>
        <message>
            <source>Instructions:</source>
            <translation>管理要求：</translation>
        </message>
        <message>
            <source>New period (same level):</source>
            <translation>延长后的保密期限（密级不变）：</translation>
        </message>
        <message>
            <source>Level and period:</source>
            <translation>密级及保密期限：</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <source>Your password was set by the security officer. Choose your own password before you continue.</source>
            <translation>您的密码由保密员设置。继续使用前，请设置您自己的密码。</translation>
        </message>
        <message>
            <source>Choose a new password.</source>
            <translation>请设置新密码。</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>当前密码：</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>新密码：</translation>
        </message>
        <message>
            <source>Repeat new password:</source>
            <translation>确认新密码：</translation>
        </message>
        <message>
            <source>At least 8 characters, with letters and digits.</source>
            <translation>密码至少8位，须包含字母和数字。</translation>
        </message>
    </context>
    <context>
        <name>ChecklistTab</name>
        <message>
            <source>New version</source>
            <translation>新建版本</translation>
        </message>
        <message>
            <source>Gather the ledger's evidence</source>
            <translation>收集台账依据</translation>
        </message>
        <message>
            <source>Finalise…</source>
            <translation>定稿…</translation>
        </message>
        <message>
            <source>Print report…</source>
            <translation>打印报告…</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>自查内容</translation>
        </message>
        <message>
            <source>Ledger proposes</source>
            <translation>台账建议</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>评定结果</translation>
        </message>
        <message>
            <source>Overall situation, in the officer's words</source>
            <translation>总体情况，由保密员填写</translation>
        </message>
        <message>
            <source>Save the summary</source>
            <translation>保存总体情况</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>年度：</translation>
        </message>
        <message>
            <source>Overall situation:</source>
            <translation>总体情况：</translation>
        </message>
        <message>
            <source>No self-inspection of this year yet.</source>
            <translation>本年度尚未开展自查自评。</translation>
        </message>
        <message>
            <source>{year}, version {version}: {status}; {done} of {total} items assessed.</source>
            <translation>{year}年度第{version}版：{status}；已评定{done}项，共{total}项。</translation>
        </message>
        <message>
            <source>Evidence gathered {time}.</source>
            <translation>台账依据收集于{time}。</translation>
        </message>
        <message>
            <source>Digest {digest}.</source>
            <translation>内容摘要{digest}。</translation>
        </message>
        <message>
            <source>Gathering the ledger's evidence…</source>
            <translation>正在收集台账依据…</translation>
        </message>
        <message>
            <source>Finalise</source>
            <translation>定稿</translation>
        </message>
        <message>
            <source>Once finalised this version can no longer change; a later version can replace it. Finalise it now?</source>
            <translation>定稿后本版本不能再修改，只能由新版本取代。现在定稿吗？</translation>
        </message>
        <message>
            <source>Finalising…</source>
            <translation>正在定稿…</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>打印保密自查自评报告</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>正在打印…</translation>
        </message>
    </context>
    <context>
        <name>CirculationPane</name>
        <message>
            <source>No carrier chosen.</source>
            <translation>尚未选择载体。</translation>
        </message>
        <message>
            <source>Proposed handling, optional</source>
            <translation>拟办意见（可不填）</translation>
        </message>
        <message>
            <source>Reader confirmed in the app (else: signed slip)</source>
            <translation>传阅人在系统内确认（否则以传阅单签名为准）</translation>
        </message>
        <message>
            <source>Carrier:</source>
            <translation>载体：</translation>
        </message>
        <message>
            <source>Reader:</source>
            <translation>传阅人：</translation>
        </message>
        <message>
            <source>Send to this reader</source>
            <translation>送此人阅</translation>
        </message>
        <message>
            <source>Add to reading order</source>
            <translation>加入传阅顺序</translation>
        </message>
        <message>
            <source>Reading order:</source>
            <translation>传阅顺序：</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <source>Save reading order</source>
            <translation>保存传阅顺序</translation>
        </message>
        <message>
            <source>Send to next reader</source>
            <translation>送下一位传阅人</translation>
        </message>
        <message>
            <source>Record return</source>
            <translation>登记退回</translation>
        </message>
        <message>
            <source>Print circulation slip…</source>
            <translation>打印传阅单…</translation>
        </message>
        <message>
            <source>Out for reading now:</source>
            <translation>正在传阅：</translation>
        </message>
        <message>
            <source>: with {reader}, due back {due}</source>
            <translation>：在{reader}处，应于{due}前退回</translation>
        </message>
        <message>
            <source>Reading order saved: {n} reader(s).</source>
            <translation>传阅顺序已保存，共{n}人。</translation>
        </message>
        <message>
            <source>Sent to {reader}; due back {due}.</source>
            <translation>已送{reader}阅，应于{due}前退回。</translation>
        </message>
        <message>
            <source>Returned by {reader}.</source>
            <translation>{reader}已退回。</translation>
        </message>
        <message>
            <source>Next reader: {name} — press Enter to send.</source>
            <translation>下一位传阅人：{name}，按回车送阅。</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>已保存：{path}</translation>
        </message>
        <message>
            <source>Save circulation slip</source>
            <translation>保存传阅单</translation>
        </message>
    </context>
    <context>
        <name>ClassificationColumns</name>
        <message>
            <source>%n day(s) left</source>
            <translation>还剩 %n 天</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>今日到期</translation>
        </message>
        <message>
            <source>%n day(s) overdue</source>
            <translation>逾期 %n 天</translation>
        </message>
        <message>
            <source>this unit</source>
            <translation>本单位</translation>
        </message>
        <message>
            <source>originator</source>
            <translation>原定密机关</translation>
        </message>
        <message>
            <source>period ended</source>
            <translation>期限届满</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>决定解密</translation>
        </message>
        <message>
            <source>can be marked now</source>
            <translation>可标注</translation>
        </message>
        <message>
            <source>wait until it is back</source>
            <translation>待收回后标注</translation>
        </message>
        <message>
            <source>never</source>
            <extracomment>an acknowledgement row names its decision by its Chinese label only</extracomment>
            <translation>未审核</translation>
        </message>
        <message>
            <source>Reg. no.</source>
            <translation>登记号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Doc. no.</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>密级标志</translation>
        </message>
        <message>
            <source>Period ends</source>
            <translation>解密日期</translation>
        </message>
        <message>
            <source>Copy no.</source>
            <translation>份号</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>保管人</translation>
        </message>
        <message>
            <source>Pending proposal</source>
            <translation>待审批申请</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>剩余</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>决定方</translation>
        </message>
        <message>
            <source>Declassified on</source>
            <translation>解密日期</translation>
        </message>
        <message>
            <source>How</source>
            <translation>解密方式</translation>
        </message>
        <message>
            <source>Marking</source>
            <translation>标注</translation>
        </message>
        <message>
            <source>Old mark</source>
            <translation>原标志</translation>
        </message>
        <message>
            <source>New mark</source>
            <translation>新标志</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>标签号</translation>
        </message>
        <message>
            <source>Notice no.</source>
            <translation>通知号</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>签收人</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Copies held</source>
            <translation>持有份号</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>标志变更</translation>
        </message>
        <message>
            <source>Last reviewed</source>
            <translation>上次审核</translation>
        </message>
        <message>
            <source>Proposal no.</source>
            <translation>申请号</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Decide by</source>
            <translation>审批期限</translation>
        </message>
        <message>
            <source>Mark now</source>
            <translation>现标志</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>拟定</translation>
        </message>
        <message>
            <source>Proposed by</source>
            <translation>承办人/报送机关</translation>
        </message>
        <message>
            <source>Proposed on</source>
            <translation>提出日期</translation>
        </message>
    </context>
    <context>
        <name>ClassificationDialogs</name>
        <message>
            <source>Document:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>类别：</translation>
        </message>
    </context>
    <context>
        <name>ClassificationPane</name>
        <message>
            <source>Periods ending</source>
            <translation>保密期限即将届满</translation>
        </message>
        <message>
            <source>Declassified: to mark</source>
            <translation>已解密待处理</translation>
        </message>
        <message>
            <source>Yearly review</source>
            <translation>年度审核</translation>
        </message>
        <message>
            <source>New labels</source>
            <translation>待换标</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>待通知签收</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>定密申请</translation>
        </message>
        <message>
            <source>Print register…</source>
            <translation>打印登记簿…</translation>
        </message>
        <message>
            <source>Export register to Excel…</source>
            <translation>导出登记簿（Excel）…</translation>
        </message>
        <message>
            <source>Register of classification decisions, year:</source>
            <translation>定（解）密工作情况登记簿　年度：</translation>
        </message>
        <message>
            <source>Save the register</source>
            <translation>保存定（解）密工作情况登记簿</translation>
        </message>
        <message>
            <source>Export the register</source>
            <translation>导出定（解）密工作情况登记簿</translation>
        </message>
        <message>
            <source>{title} ({n})</source>
            <translation>{title}（{n}）</translation>
        </message>
    </context>
    <context>
        <name>ClassificationStatus</name>
        <message>
            <source>ending {n} ({m} soon)</source>
            <extracomment>who sees the 定密管理 pane (and its counts) changes after which the counts are read again</extracomment>
            <translation>届满提醒 {n}（紧急 {m}）</translation>
        </message>
        <message>
            <source>to mark {n}</source>
            <translation>待标注解密 {n}</translation>
        </message>
        <message>
            <source>labels {n}</source>
            <translation>待换标 {n}</translation>
        </message>
        <message>
            <source>to sign {n}</source>
            <translation>待签收 {n}</translation>
        </message>
        <message>
            <source>review {n}</source>
            <translation>年度审核 {n}</translation>
        </message>
        <message>
            <source>late proposals {n}</source>
            <translation>申请逾期 {n}</translation>
        </message>
        <message>
            <source>Classification: nothing to do</source>
            <translation>定密管理：无待办事项</translation>
        </message>
        <message>
            <source>Classification: {items}</source>
            <translation>定密管理：{items}</translation>
        </message>
        <message>
            <source>Secrecy periods ending soon: {e90} (urgent: {e30})
Declassified carriers to mark: {mark}
New labels to print: {labels}
Notice signatures to record: {sign}
Yearly review: {own} own, {rec} received
Proposals pending: {pending} (overdue: {overdue})
Click to open Classification.</source>
            <translation>保密期限即将届满：{e90} 件（紧急 {e30} 件）
已解密待标注的载体：{mark} 件
待打印新标签：{labels} 件
待登记通知签收：{sign} 人次
年度审核：本单位 {own} 件，收文 {rec} 件
待审批申请：{pending} 件（逾期 {overdue} 件）
点击打开“定密管理”。</translation>
        </message>
        <message>
            <source>Periods ended: {n} document(s) declassified by themselves; {c} carrier(s) wait for their declassification marking.</source>
            <translation>保密期限届满：{n} 件文件已自行解密，{c} 件载体待标注解密标志。</translation>
        </message>
        <message>
            <source>Recording secrecy periods that have ended…</source>
            <translation>正在登记保密期限届满自行解密的文件…</translation>
        </message>
    </context>
    <context>
        <name>ClassifiersTab</name>
        <message>
            <source>Show revoked</source>
            <translation>显示已撤销的指定</translation>
        </message>
        <message>
            <source>Designate…</source>
            <translation>指定定密责任人…</translation>
        </message>
        <message>
            <source>Revoke…</source>
            <translation>撤销指定…</translation>
        </message>
        <message>
            <source>Revoke the designation of {name}</source>
            <translation>撤销{name}的定密责任人指定</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>撤销原因：</translation>
        </message>
    </context>
    <context>
        <name>CloseDialog</name>
        <message>
            <source>Close rectification {no}</source>
            <translation>完成整改事项{no}</translation>
        </message>
        <message>
            <source>What was done:</source>
            <translation>整改情况：</translation>
        </message>
        <message>
            <source>Closed on:</source>
            <translation>完成日期：</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Say what each column is</source>
            <translation>确认各列的内容</translation>
        </message>
        <message>
            <source>Columns were recognised by their names. Change any that is wrong; a column set to “not imported” is left out. Your choices are remembered for the next file with the same column names.</source>
            <translation>已按列名自动识别各列。如有不对，请在“导入为”中改正；设为“不导入”的列不会导入。您的选择会被记住，下次导入列名相同的文件时自动沿用。</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Name in the file</source>
            <translation>文件中的列名</translation>
        </message>
        <message>
            <source>First entries</source>
            <translation>前几行的内容</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <source>These are the choices you confirmed last time for a file with the same column names.</source>
            <translation>以下是上次导入列名相同的文件时您确认的对应关系。</translation>
        </message>
        <message>
            <source>— not imported —</source>
            <translation>— 不导入 —</translation>
        </message>
        <message>
            <source>Still needed: {fields}. Choose the column that holds each.</source>
            <translation>还缺少：{fields}。请为每一项指定对应的列。</translation>
        </message>
    </context>
    <context>
        <name>CopyExecuteDialog</name>
        <message>
            <source>Register the copies</source>
            <translation>登记复制件</translation>
        </message>
        <message>
            <source>Blank: continue after the highest copy</source>
            <translation>留空：接续现有最大份号</translation>
        </message>
        <message>
            <source>Electronic media: one serial number per line</source>
            <translation>电子载体：每行一个载体编号</translation>
        </message>
        <message>
            <source>Copied by:</source>
            <translation>复制人：</translation>
        </message>
        <message>
            <source>Copy numbers (unit scheme):</source>
            <translation>份号（本单位编号）：</translation>
        </message>
        <message>
            <source>Note on the numbering:</source>
            <translation>份号说明：</translation>
        </message>
        <message>
            <source>Serial numbers:</source>
            <translation>载体编号：</translation>
        </message>
    </context>
    <context>
        <name>CopyingPane</name>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类别：</translation>
        </message>
        <message>
            <source>Original:</source>
            <translation>原件：</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Further sources:</source>
            <translation>其他来源：</translation>
        </message>
        <message>
            <source>Requester:</source>
            <translation>申请人：</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>份数：</translation>
        </message>
        <message>
            <source>Pages each:</source>
            <translation>每份页数：</translation>
        </message>
        <message>
            <source>Medium:</source>
            <translation>复制方式：</translation>
        </message>
        <message>
            <source>Needed by:</source>
            <translation>需用日期：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>事由：</translation>
        </message>
        <message>
            <source>Original classifying body</source>
            <translation>原定密机关</translation>
        </message>
        <message>
            <source>Its approval reference</source>
            <translation>批准文号</translation>
        </message>
        <message>
            <source>Top secret — approval of the original classifying body:</source>
            <translation>绝密级——原定密机关批准：</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>Print copy register…</source>
            <translation>打印复制登记簿…</translation>
        </message>
        <message>
            <source>Export copy register (XLSX)…</source>
            <translation>导出复制登记簿（XLSX）…</translation>
        </message>
        <message>
            <source>Submit request</source>
            <translation>提交申请</translation>
        </message>
        <message>
            <source>Print approval form…</source>
            <translation>打印复制审批单…</translation>
        </message>
        <message>
            <source>Register copies…</source>
            <translation>登记复制件…</translation>
        </message>
        <message>
            <source>Print labels of the copies…</source>
            <translation>打印复制件标签…</translation>
        </message>
        <message>
            <source>Cancel request…</source>
            <translation>撤销申请…</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>{reg}  “{title}”  {mark}  copy {copy}  {ctype}</source>
            <translation>{reg}　《{title}》　{mark}　第{copy}份　{ctype}</translation>
        </message>
        <message>
            <source>Top secret: needs the original classifying body's consent (reference and date) and the unit leader's.</source>
            <translation>绝密级：须经原定密机关同意（填写文号和日期），并经单位领导审批。</translation>
        </message>
        <message>
            <source>Top secret: needs the original classifying body's approval (reference and date) and the unit leader's.</source>
            <translation>绝密级：须经原定密机关或其上级机关批准（填写批准文号和日期），并经单位领导审批。</translation>
        </message>
        <message>
            <source>Approved like a copy, by the unit's responsible leader; a classified result is registered as a new document marked at least at its sources' level.</source>
            <translation>按复制办理，由单位分管领导审批；摘录件、汇编件属于国家秘密的，作为新文件登记，密级不低于其来源。</translation>
        </message>
        <message>
            <source>Approved by the unit's responsible leader.</source>
            <translation>机密、秘密级：由单位分管领导审批。</translation>
        </message>
        <message>
            <source>Register the excerpt…</source>
            <translation>登记摘录件…</translation>
        </message>
        <message>
            <source>Register the compilation…</source>
            <translation>登记汇编件…</translation>
        </message>
        <message>
            <source>Cancel request</source>
            <translation>撤销复制申请</translation>
        </message>
        <message>
            <source>Print approval form</source>
            <translation>打印复制审批单</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>正在打印…</translation>
        </message>
        <message>
            <source>Print copy register</source>
            <translation>打印复制登记簿</translation>
        </message>
        <message>
            <source>Export copy register</source>
            <translation>导出复制登记簿</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Correct {reg_no}</source>
            <extracomment>the date edit's minimum, shown as "not marked": no date of issue</extracomment>
            <translation>更正 {reg_no}</translation>
        </message>
        <message>
            <source>Why: e.g. a character left out when typing</source>
            <translation>原因：例如录入时漏字</translation>
        </message>
        <message>
            <source>Reason for the correction:</source>
            <translation>更正原因：</translation>
        </message>
        <message>
            <source>not marked</source>
            <translation>未标注</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Doc. no.</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Date of issue</source>
            <translation>成文日期</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>紧急程度</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页数</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Classification (decided by the classifying authority)</source>
            <translation>密级事项（由定密机关决定）</translation>
        </message>
        <message>
            <source>Do not copy</source>
            <translation>不得复制</translation>
        </message>
        <message>
            <source>Must be returned to the issuer</source>
            <translation>须清退</translation>
        </message>
        <message>
            <source>Nothing has happened to this document since its registration, so a typing error in its mark can still be corrected here. Once it is handed out, circulated, copied or labelled, the level, period, need-to-know scope and these marks change only by a decision of the originating authority or the unit's designated classifier.</source>
            <translation>本文件登记后尚未办理任何事项，密级标志等登记时的录入错误仍可在此更正。一经分发、传阅、复制或打印标签，密级、保密期限、知悉范围及上述标记只能由原定密机关或本单位定密责任人作出变更决定。</translation>
        </message>
        <message>
            <source>The level, secrecy period, need-to-know scope and the do-not-copy / must-be-returned marks cannot be changed by a correction: they change only by a decision of the originating authority or the unit's designated classifier, notified in writing.</source>
            <translation>密级、保密期限、知悉范围及不得复制/须清退标记不能通过更正修改：须由原定密机关或本单位定密责任人作出变更决定，并书面通知知悉范围内的人员。</translation>
        </message>
    </context>
    <context>
        <name>CustodyColumns</name>
        <message>
            <source>Reg. no.</source>
            <translation>登记号</translation>
        </message>
        <message>
            <source>Doc. no.</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>密级</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>份号</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>载体类型</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>保管人</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>来文单位</translation>
        </message>
        <message>
            <source>Handover no.</source>
            <translation>移交编号</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>事由</translation>
        </message>
        <message>
            <source>Handed over by</source>
            <translation>移交人</translation>
        </message>
        <message>
            <source>Receiver</source>
            <translation>接收人</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>监交人</translation>
        </message>
        <message>
            <source>Carriers</source>
            <translation>载体件数</translation>
        </message>
        <message>
            <source>Devices and media</source>
            <translation>设备介质</translation>
        </message>
        <message>
            <source>Report no.</source>
            <translation>报告编号</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Discovered</source>
            <translation>发现时间</translation>
        </message>
        <message>
            <source>Report due by</source>
            <translation>报告时限</translation>
        </message>
        <message>
            <source>Reported upstream</source>
            <translation>上报时间</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>情况</translation>
        </message>
        <message>
            <source>Return no.</source>
            <translation>清退编号</translation>
        </message>
        <message>
            <source>Returned to</source>
            <translation>退往单位</translation>
        </message>
        <message>
            <source>Receipt no.</source>
            <translation>回执号</translation>
        </message>
    </context>
    <context>
        <name>DepartureColumns</name>
        <message>
            <source>In cooling-off</source>
            <translation>脱密期中</translation>
        </message>
        <message>
            <source>Cooling-off over</source>
            <translation>脱密期满</translation>
        </message>
        <message>
            <source>Record no.</source>
            <translation>离岗记录号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Left the post</source>
            <translation>离岗日期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>脱密期</translation>
        </message>
        <message>
            <source>Cooling-off from</source>
            <translation>脱密期起</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>脱密期止</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>剩余天数</translation>
        </message>
    </context>
    <context>
        <name>DepartureDialog</name>
        <message>
            <source>Departure from a classified post</source>
            <extracomment>the 移交事由 a departure's handover is recorded under</extracomment>
            <translation>办理离岗（离岗、离职、调动）</translation>
        </message>
        <message>
            <source>Open the departure</source>
            <translation>办理离岗</translation>
        </message>
        <message>
            <source>— choose a person —</source>
            <translation>— 请选择人员 —</translation>
        </message>
        <message>
            <source>e.g. transferred to the municipal office</source>
            <translation>如：调任市委办公室</translation>
        </message>
        <message>
            <source> months</source>
            <translation> 个月</translation>
        </message>
        <message>
            <source>Hand over to the receiver now</source>
            <translation>现在移交给接收人</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>离岗人员：</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>离岗类型：</translation>
        </message>
        <message>
            <source>Day of leaving the post:</source>
            <translation>离岗日期：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>离岗原因：</translation>
        </message>
        <message>
            <source>Going to (unit or post):</source>
            <translation>去向（单位或岗位）：</translation>
        </message>
        <message>
            <source>Receives the carriers:</source>
            <translation>接收人：</translation>
        </message>
        <message>
            <source>Witness:</source>
            <translation>监交人：</translation>
        </message>
        <message>
            <source>Cooling-off period:</source>
            <translation>脱密期：</translation>
        </message>
        <message>
            <source>Still holds:</source>
            <translation>尚未清退：</translation>
        </message>
        <message>
            <source>{clearance}: {low} to {high} (Law art. 46, Regulations art. 53)</source>
            <translation>{clearance}涉密人员：{low}至{high}（保密法第四十六条、实施条例第五十三条）</translation>
        </message>
        <message>
            <source>Holds nothing: the departure can be completed as soon as it is opened.</source>
            <translation>名下无涉密载体和设备：办理后即可完成离岗。</translation>
        </message>
        <message>
            <source>{count} item(s) to return or hand over before the departure can be completed.</source>
            <translation>还有{count}件须清退或移交，之后才能完成离岗。</translation>
        </message>
        <message>
            <source>{count} item(s) to return or hand over before the departure can be completed: the clerk hands the carriers over in the Handover pane (reason: leaving the post or transfer) and the devices in the Devices and media pane.</source>
            <translation>还有{count}件须清退或移交，之后才能完成离岗：载体由机要员在“移交”中办理（事由选离岗或调动），涉密设备和介质在“涉密设备和介质”中变更责任人。</translation>
        </message>
    </context>
    <context>
        <name>DeparturesTab</name>
        <message>
            <source>Only those in a cooling-off period</source>
            <translation>只看脱密期中人员</translation>
        </message>
        <message>
            <source>Departure…</source>
            <translation>办理离岗…</translation>
        </message>
        <message>
            <source>Complete…</source>
            <translation>完成离岗…</translation>
        </message>
        <message>
            <source>Print confirmation…</source>
            <translation>打印承诺及清退确认书…</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>作废…</translation>
        </message>
        <message>
            <source>Cooling-off over</source>
            <translation>确认脱密期满</translation>
        </message>
        <message>
            <source>Complete the departure</source>
            <translation>完成离岗</translation>
        </message>
        <message>
            <source>Complete the departure of {name}? Their accounts are disabled and the cooling-off period starts on {day}.</source>
            <translation>完成{name}的离岗手续？其账户将被停用，脱密期自{day}起算。</translation>
        </message>
        <message>
            <source>The accounts of {name} ({accounts}) are disabled and their key slots are gone from the ledger folder and its backups.</source>
            <translation>{name}的账户（{accounts}）已停用，其密钥槽已从台账文件夹和备份中删除。</translation>
        </message>
        <message>
            <source>Print the confirmation</source>
            <translation>打印确认书</translation>
        </message>
        <message>
            <source>Print the departure undertaking and return confirmation for signing now?</source>
            <translation>现在打印离岗保密承诺及清退确认书供签字吗？</translation>
        </message>
        <message>
            <source>Print departure confirmation</source>
            <translation>打印离岗保密承诺及清退确认书</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <source>Void {reg_no}</source>
            <translation>作废{reg_no}</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>作废原因：</translation>
        </message>
    </context>
    <context>
        <name>DerivedExecuteDialog</name>
        <message>
            <source>Register the excerpt</source>
            <translation>登记摘录件</translation>
        </message>
        <message>
            <source>Register the compilation</source>
            <translation>登记汇编件</translation>
        </message>
        <message>
            <source>Holds no state secret (not registered)</source>
            <translation>不涉及国家秘密（不作为涉密文件登记）</translation>
        </message>
        <message>
            <source>Why it holds no state secret, or a remark</source>
            <translation>不涉密的理由，或备注</translation>
        </message>
        <message>
            <source>Electronic media: one serial number per line</source>
            <translation>电子载体：每行填写一个载体编号</translation>
        </message>
        <message>
            <source>Made by:</source>
            <translation>摘录（汇编）人：</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>标题：</translation>
        </message>
        <message>
            <source>Mark (not lower than the sources'):</source>
            <translation>密级标志（不低于来源）：</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>份数：</translation>
        </message>
        <message>
            <source>Doc. no.:</source>
            <translation>文号：</translation>
        </message>
        <message>
            <source>Serial numbers:</source>
            <translation>载体编号：</translation>
        </message>
    </context>
    <context>
        <name>DesignateDialog</name>
        <message>
            <source>Designate a classifier</source>
            <translation>指定定密责任人</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>No. of the designating document</source>
            <translation>指定文件文号，例如：市保发〔2026〕3号</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>人员：</translation>
        </message>
        <message>
            <source>May decide up to:</source>
            <translation>定密权限（最高密级）：</translation>
        </message>
        <message>
            <source>Designated by (document no.):</source>
            <translation>指定文件文号：</translation>
        </message>
        <message>
            <source>Scope of authority:</source>
            <translation>定密权限说明：</translation>
        </message>
        <message>
            <source>Designated on:</source>
            <translation>指定日期：</translation>
        </message>
    </context>
    <context>
        <name>DestructionPane</name>
        <message>
            <source>All</source>
            <extracomment>what the pane shows as it happens, without a reload: a scan appends its row</extracomment>
            <translation>全部</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>New manifest</source>
            <translation>新建销毁清单</translation>
        </message>
        <message>
            <source>Print destruction register…</source>
            <translation>打印销毁登记簿…</translation>
        </message>
        <message>
            <source>Add:</source>
            <translation>添加：</translation>
        </message>
        <message>
            <source>Choose carriers…</source>
            <translation>选择载体…</translation>
        </message>
        <message>
            <source>Choose devices and media…</source>
            <translation>选择设备和介质…</translation>
        </message>
        <message>
            <source>Remove selected</source>
            <translation>移出所选</translation>
        </message>
        <message>
            <source>Checked by:</source>
            <translation>清点人：</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>指定</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>提交审批</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>撤回审批</translation>
        </message>
        <message>
            <source>Cancel manifest…</source>
            <translation>撤销清单…</translation>
        </message>
        <message>
            <source>Print manifest…</source>
            <translation>打印销毁清单…</translation>
        </message>
        <message>
            <source>Export (XLSX)…</source>
            <translation>导出（XLSX）…</translation>
        </message>
        <message>
            <source>Record destruction…</source>
            <translation>登记销毁…</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>No manifest selected: choose one or open a new one.</source>
            <translation>未选择销毁清单：请选择一份，或新建清单。</translation>
        </message>
        <message>
            <source>Manifest {no} — {status}</source>
            <translation>销毁清单 {no} — {status}</translation>
        </message>
        <message>
            <source>Total {n}</source>
            <translation>合计 {n} 件</translation>
        </message>
        <message>
            <source>Total {n}: {parts}</source>
            <translation>合计 {n} 件：{parts}</translation>
        </message>
        <message>
            <source>{device} is already on the list.</source>
            <translation>{device}已在清单中。</translation>
        </message>
        <message>
            <source>{reg} copy {copy} is already on the list.</source>
            <translation>{reg}第{copy}份已在清单中。</translation>
        </message>
        <message>
            <source>Cancel manifest</source>
            <translation>撤销销毁清单</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>Print manifest</source>
            <translation>打印销毁清单</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>正在打印…</translation>
        </message>
        <message>
            <source>Export manifest</source>
            <translation>导出销毁清单</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <source>Print destruction register</source>
            <translation>打印销毁登记簿</translation>
        </message>
    </context>
    <context>
        <name>DetailColumns</name>
        <message>
            <source>Copy no.</source>
            <translation>份号</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>载体类型</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>保管人</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>存放位置</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>User</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <source>History</source>
            <translation>流转记录</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>全部份数</translation>
        </message>
        <message>
            <source>Reg. no.</source>
            <translation>登记号</translation>
        </message>
        <message>
            <source>Doc. no.</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>密级标志</translation>
        </message>
        <message>
            <source>From/to unit</source>
            <translation>来文/发往单位</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>登记簿</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>紧急程度</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>成文日期</translation>
        </message>
        <message>
            <source>Declassify on</source>
            <translation>解密日期</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页数</translation>
        </message>
        <message>
            <source>This carrier</source>
            <translation>本载体</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Select a carrier to see its document and history.</source>
            <translation>选择一件载体，查看其文件信息和流转记录。</translation>
        </message>
        <message>
            <source> (voided: {reason})</source>
            <translation>（已作废：{reason}）</translation>
        </message>
    </context>
    <context>
        <name>DispatchColumns</name>
        <message>
            <source>Dispatch no.</source>
            <translation>发出号</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>发出日期</translation>
        </message>
        <message>
            <source>Reg. no.</source>
            <translation>发文号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>份号</translation>
        </message>
        <message>
            <source>To</source>
            <translation>发往单位</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>发送方式</translation>
        </message>
        <message>
            <source>Receipt due</source>
            <translation>回执期限</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>回执日期</translation>
        </message>
    </context>
    <context>
        <name>DispatchPane</name>
        <message>
            <source>Print labels of the last entry…</source>
            <translation>打印刚登记文件的标签…</translation>
        </message>
        <message>
            <source>Produce</source>
            <translation>制作登记</translation>
        </message>
        <message>
            <source>Dispatch</source>
            <translation>发出</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>回执</translation>
        </message>
        <message>
            <source>Scan a label or type a registration number</source>
            <translation>扫描标签或输入登记号后回车</translation>
        </message>
        <message>
            <source>blank: {days} days</source>
            <translation>不填为 {days} 天</translation>
        </message>
        <message>
            <source>By hand: who carries it (top secret: two or more Core-cleared people)</source>
            <translation>专人递送：由谁递送（绝密级须两名以上核心涉密人员）</translation>
        </message>
        <message>
            <source>Carrier</source>
            <translation>载体</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>份号</translation>
        </message>
        <message>
            <source>To unit</source>
            <translation>发往单位</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>发送方式</translation>
        </message>
        <message>
            <source>Couriers (by hand)</source>
            <translation>递送人（专人递送）</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>发出日期</translation>
        </message>
        <message>
            <source>Dispatch no.</source>
            <translation>发送编号</translation>
        </message>
        <message>
            <source>Receipt due</source>
            <translation>回执期限</translation>
        </message>
        <message>
            <source>“{text}” names several registrations: type the full registration number.</source>
            <translation>“{text}”对应多个登记：请输入完整的登记号（例如收2026-00420）。</translation>
        </message>
        <message>
            <source>Dispatched as {reg_no}: copies {copies} to {unit}.</source>
            <translation>已发出（{reg_no}）：第{copies}份发往{unit}。</translation>
        </message>
        <message>
            <source>All dispatches</source>
            <translation>全部发出</translation>
        </message>
        <message>
            <source>Receipt overdue</source>
            <translation>回执逾期</translation>
        </message>
        <message>
            <source>Record receipt…</source>
            <translation>登记回执…</translation>
        </message>
        <message>
            <source>Record receipt</source>
            <translation>登记回执</translation>
        </message>
        <message>
            <source>Receipt no. (blank if none):</source>
            <translation>回执编号（无则不填）：</translation>
        </message>
    </context>
    <context>
        <name>DisposalColumns</name>
        <message>
            <source>Request no.</source>
            <translation>申请编号</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>密级</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>复制方式</translation>
        </message>
        <message>
            <source>Copy no.</source>
            <translation>复制号</translation>
        </message>
        <message>
            <source>Copy numbers</source>
            <translation>复制件份号</translation>
        </message>
        <message>
            <source>Derived document</source>
            <translation>派生文件</translation>
        </message>
        <message>
            <source>Manifest no.</source>
            <translation>清单编号</translation>
        </message>
        <message>
            <source>Carriers</source>
            <translation>件数</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>登记人</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>清点人</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>审批人</translation>
        </message>
        <message>
            <source>Destroyed on</source>
            <translation>销毁日期</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Reg. no. / device no.</source>
            <translation>登记号/设备编号</translation>
        </message>
        <message>
            <source>Doc. no. / serial no.</source>
            <translation>文号/序列号</translation>
        </message>
        <message>
            <source>Title / model</source>
            <translation>标题/品牌型号</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>份号</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>载体类型</translation>
        </message>
        <message>
            <source>Pages/size</source>
            <translation>页数/容量</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>DocumentForm</name>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存（Ctrl+S）</translation>
        </message>
        <message>
            <source>Save and new (Enter)</source>
            <translation>保存并新建（回车）</translation>
        </message>
        <message>
            <source>Drafting department</source>
            <translation>制作（起草）部门</translation>
        </message>
        <message>
            <source>Sender unit</source>
            <translation>来文单位</translation>
        </message>
        <message>
            <source>Document no.</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Classification mark</source>
            <translation>密级标志</translation>
        </message>
        <message>
            <source>Issued / classified on</source>
            <translation>成文/定密日期</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>紧急程度</translation>
        </message>
        <message>
            <source>Approved for issue by</source>
            <translation>签发人</translation>
        </message>
        <message>
            <source>Unrestricted</source>
            <translation>不限（无特定知悉范围）</translation>
        </message>
        <message>
            <source>Need to know</source>
            <translation>知悉范围</translation>
        </message>
        <message>
            <source>Copying</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Must not be copied</source>
            <translation>不得复制</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>Sender's copy numbers</source>
            <translation>来文份号</translation>
        </message>
        <message>
            <source>e.g. 3-7,9; blank: 1, 2, 3 …</source>
            <translation>如 3-7,9；不填则从1起顺序编号</translation>
        </message>
        <message>
            <source>Carrier type</source>
            <translation>载体类型</translation>
        </message>
        <message>
            <source>Serial numbers (one per copy)</source>
            <translation>序列号（每份一行）</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页数</translation>
        </message>
        <message>
            <source>Received at</source>
            <translation>收文时间</translation>
        </message>
        <message>
            <source>Signed for by</source>
            <translation>签收人</translation>
        </message>
        <message>
            <source>Seal</source>
            <translation>封口</translation>
        </message>
        <message>
            <source>Seal intact</source>
            <translation>封口完好</translation>
        </message>
        <message>
            <source>Seal note</source>
            <translation>封口情况说明</translation>
        </message>
        <message>
            <source>Must be returned to the issuer</source>
            <translation>须清退（退还发文机关）</translation>
        </message>
        <message>
            <source>Recall</source>
            <translation>清退</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>请选择…</translation>
        </message>
        <message>
            <source>department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Next number: {reg_no}</source>
            <translation>下一登记号：{reg_no}</translation>
        </message>
        <message>
            <source>Registered {reg_no}: {n} copies ({copies})</source>
            <translation>已登记 {reg_no}：共 {n} 份（{copies}）</translation>
        </message>
        <message>
            <source>Not saved: correct the fields marked in red.</source>
            <translation>未保存：请按红色提示改正后再保存。</translation>
        </message>
    </context>
    <context>
        <name>DocumentPicker</name>
        <message>
            <source>Reg. no. (发2026-00001) or scan a carrier label</source>
            <translation>登记号（如 发2026-00001），或扫描载体标签</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <source>decided by this unit</source>
            <translation>本单位定密</translation>
        </message>
        <message>
            <source>decided by the originator: {unit}</source>
            <translation>由原定密机关决定：{unit}</translation>
        </message>
        <message>
            <source>no end date</source>
            <translation>无届满日期</translation>
        </message>
        <message>
            <source>“{title}”  {doc_no}  {mark}  (period ends: {end}; {whose})</source>
            <translation>《{title}》　{doc_no}　{mark}（解密日期：{end}；{whose}）</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Imported</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Why it was left out</source>
            <translation>未导入的原因</translation>
        </message>
        <message>
            <source>Past imports…</source>
            <translation>查看导入记录…</translation>
        </message>
        <message>
            <source>{documents} documents with {carriers} carriers were imported into the {register}, as {first} to {last}. Each keeps its original number (原登记号), and every event names the file and its row.</source>
            <translation>已导入{register}：{documents} 件文件、{carriers} 份载体，登记号 {first} 至 {last}。每件文件都保留原登记号，每条事件都记明来源文件和行号。</translation>
        </message>
        <message numerus="yes">
            <source>%n blank or totals row(s) were skipped.</source>
            <translation>
                <numerusform>跳过了 %n 个空行或合计行。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) were left out and kept in the import record with the reason:</source>
            <translation>
                <numerusform>有 %n 行未导入，已连同原因记入导入记录：</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>An unexpected error occurred. The ledger was not changed by the failed step. Please report the details below to the security officer.</source>
            <translation>发生意外错误，失败的操作未改动台账。请将下面的详细信息报告保密员。</translation>
        </message>
        <message>
            <source>SecLedger</source>
            <translation>涉密载体台账</translation>
        </message>
    </context>
    <context>
        <name>EventColumns</name>
        <message>
            <source>No.</source>
            <translation>事件号</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Reg. no.</source>
            <translation>登记号</translation>
        </message>
        <message>
            <source>Copy no.</source>
            <translation>份号</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Hash</source>
            <translation>哈希</translation>
        </message>
    </context>
    <context>
        <name>ExecuteDialog</name>
        <message>
            <source>Record the destruction</source>
            <translation>登记销毁</translation>
        </message>
        <message>
            <source>Same as above</source>
            <extracomment>one method per medium on the list where it differs from the one above</extracomment>
            <translation>同上</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>销毁方式：</translation>
        </message>
        <message>
            <source>Method for {medium}:</source>
            <translation>{medium}销毁方式：</translation>
        </message>
        <message>
            <source>Site:</source>
            <translation>销毁地点：</translation>
        </message>
        <message>
            <source>Approved equipment (in-house):</source>
            <translation>销毁设备（本单位销毁）：</translation>
        </message>
        <message>
            <source>Certificate / receipt no.:</source>
            <translation>证明/回执编号：</translation>
        </message>
        <message>
            <source>Escorts (two or more):</source>
            <translation>送销人（两名以上）：</translation>
        </message>
        <message>
            <source>Witnesses (two or more for top secret):</source>
            <translation>监销人（绝密须两名以上）：</translation>
        </message>
        <message>
            <source>Destroyed by:</source>
            <translation>销毁人：</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>销毁日期：</translation>
        </message>
    </context>
    <context>
        <name>ExpiringTab</name>
        <message>
            <source>Within {n} days</source>
            <extracomment>which selections a button needs button key -&gt; (roles that may press it, the selection it needs) button key -&gt; (roles that may press it, the selection it needs)</extracomment>
            <translation>{n}天内届满</translation>
        </message>
        <message>
            <source>Propose extension…</source>
            <translation>提出延期申请…</translation>
        </message>
        <message>
            <source>Propose declassification…</source>
            <translation>提出解密申请…</translation>
        </message>
        <message>
            <source>Record originator's notice…</source>
            <translation>登记原定密机关通知…</translation>
        </message>
        <message>
            <source>Record proposal sent to originator…</source>
            <translation>登记报原定密机关的建议…</translation>
        </message>
        <message>
            <source>Secrets whose period ends soon. The unit's own documents: a designated classifier must decide an extension before the end — after it the secret is declassified by itself and an extension is refused. Received documents: only the originator decides; record its notice, or the proposal the unit sent it.</source>
            <translation>保密期限即将届满的国家秘密。本单位产生的：如需延期，须在期限届满前由定密责任人决定——届满后即自行解密，不能再延期。收文：只能由原定密机关决定，请登记其通知，或登记本单位向其提出的建议。</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>选择文件</translation>
        </message>
        <message>
            <source>An existing 收文 or 发文 register saved as Excel (.xlsx, .xls) or CSV. A WPS file (.et) must first be saved as .xlsx in WPS. Nothing is written to the ledger until the last step.</source>
            <translation>选择原有的收文或发文登记簿：Excel 文件（.xlsx、.xls）或 CSV 文件。WPS 表格文件（.et）须先在 WPS 中另存为 .xlsx。在最后一步确认导入之前，台账不会有任何改动。</translation>
        </message>
        <message>
            <source>Choose a file, or type its full path and press Enter</source>
            <translation>点“浏览”选择文件，或输入文件的完整路径后按回车</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>收文登记簿 — documents received</source>
            <translation>收文登记簿（收到的文件）</translation>
        </message>
        <message>
            <source>发文登记簿 — documents sent out or made here</source>
            <translation>发文登记簿（本单位制发的文件）</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>Register:</source>
            <translation>登记簿：</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>工作表：</translation>
        </message>
        <message>
            <source>Choose the register to import</source>
            <translation>选择要导入的登记簿文件</translation>
        </message>
        <message>
            <source>Registers (*.xlsx *.xls *.csv *.et);;All files (*)</source>
            <translation>登记簿表格 (*.xlsx *.xls *.csv *.et);;所有文件 (*)</translation>
        </message>
        <message>
            <source>“{file}”: sheet “{sheet}” has {rows} rows; the column names were found on row {row}.</source>
            <translation>“{file}”：工作表“{sheet}”共 {rows} 行，表头（列名）在第 {row} 行。</translation>
        </message>
        <message>
            <source>No row with the usual column names (收文号, 标题, 密级 …) was found. On the next page, pick the row that holds the column names, then say which column is which.</source>
            <translation>没有找到写有常见列名（收文号、标题、密级……）的表头行。请在下一页点选表头所在的行，再指定各列的内容。</translation>
        </message>
        <message>
            <source>The column names do not include every column the import needs (title, classification, date). On the next pages, check the heading row and say which column is which.</source>
            <translation>表头中缺少导入必需的列（标题、密级、日期）。请在后面几页核对表头行，并指定各列的内容。</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>Create a ledger</source>
            <translation>新建台账</translation>
        </message>
        <message>
            <source>Save the recovery sheet</source>
            <translation>保存应急恢复密钥单</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF sheet is not available in this build; copy the code by hand onto paper.</source>
            <translation>本版本无法生成PDF密钥单，请将密钥手工抄写在纸上。</translation>
        </message>
        <message>
            <source>Saved to {path}. Print it, then delete the file: it must not stay on the computer.</source>
            <translation>已保存到 {path}。请打印后删除该文件，密钥不得留存在计算机上。</translation>
        </message>
    </context>
    <context>
        <name>HandoverPane</name>
        <message>
            <source>Or scan / type a carrier: its holder hands over</source>
            <translation>或扫描、输入一件载体：由其保管人移交</translation>
        </message>
        <message>
            <source>Handing over:</source>
            <translation>移交人：</translation>
        </message>
        <message>
            <source>Receiver:</source>
            <translation>接收人：</translation>
        </message>
        <message>
            <source>Witness:</source>
            <translation>监交人：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>移交事由：</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <source>Confirm handover</source>
            <translation>确认移交</translation>
        </message>
        <message>
            <source>Print handover list…</source>
            <translation>打印移交清单…</translation>
        </message>
        <message>
            <source>Export list (XLSX)…</source>
            <translation>导出清单（XLSX）…</translation>
        </message>
        <message>
            <source>Print handover register…</source>
            <translation>打印移交登记簿…</translation>
        </message>
        <message>
            <source>Handover register</source>
            <translation>移交登记簿</translation>
        </message>
        <message>
            <source>— choose a person —</source>
            <translation>— 选择移交人 —</translation>
        </message>
        <message>
            <source>Choose the person who hands over.</source>
            <translation>请选择办理移交的人员。</translation>
        </message>
        <message>
            <source>{name} is accountable for {n} carrier(s): {groups}. By level: {levels}.</source>
            <translation>{name}名下共有 {n} 件载体：{groups}。按密级：{levels}。</translation>
        </message>
        <message>
            <source>{name} is leaving the post ({reg_no}): hand everything over to {receiver} in front of {witness}; the security officer then completes the departure.</source>
            <translation>{name}正在办理离岗（{reg_no}）：请在{witness}监交下将全部载体移交给{receiver}，之后由保密员完成离岗。</translation>
        </message>
        <message>
            <source>No classified devices or storage media.</source>
            <translation>名下无涉密设备和存储介质。</translation>
        </message>
        <message numerus="yes">
            <source>Accountable for %n classified device(s) or medium/media: {types}.</source>
            <translation>
                <numerusform>是 %n 件涉密设备或存储介质的责任人：{types}。</numerusform>
            </translation>
        </message>
        <message>
            <source>Borrowed, to be returned before the handover: {items}.</source>
            <translation>借用的介质须先归还才能移交：{items}。</translation>
        </message>
        <message>
            <source>{device} is held by {holder}, who is not an active person here.</source>
            <translation>{device}的责任人是{holder}，不是在册的在职人员。</translation>
        </message>
        <message>
            <source>{reg} copy {copy} is held by {holder}, who is not an active person here.</source>
            <translation>{reg}第{copy}份的保管人为{holder}，不是在册的在岗人员，无法据此选择移交人。</translation>
        </message>
        <message>
            <source>Handover {no} recorded: {n} carrier(s) and {m} device(s) or medium/media now with {receiver}. Print the list for signature.</source>
            <translation>移交 {no} 已登记：{n} 件载体和 {m} 件设备介质现由{receiver}负责。请打印移交清单签字。</translation>
        </message>
        <message>
            <source>Print handover list</source>
            <translation>打印移交清单</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>正在打印…</translation>
        </message>
        <message>
            <source>Export handover list</source>
            <translation>导出移交清单</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <source>Print handover register</source>
            <translation>打印移交登记簿</translation>
        </message>
    </context>
    <context>
        <name>HeadingPage</name>
        <message>
            <source>Find the row with the column names</source>
            <translation>确认表头所在的行</translation>
        </message>
        <message>
            <source>The first rows of the sheet. The highlighted row holds the column names; rows above it (the register's title) are not imported. If another row holds the column names, click it.</source>
            <translation>下面是工作表的前几行。突出显示的一行是表头（列名）；它上面的行（如登记簿的大标题）不会导入。如果表头在别的行，请点击那一行。</translation>
        </message>
        <message>
            <source>The column names are on row:</source>
            <translation>表头在第几行：</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Help — {pane}</source>
            <translation>帮助 — {pane}</translation>
        </message>
        <message>
            <source>There is no help page for this pane yet.</source>
            <translation>本栏目暂无帮助页。</translation>
        </message>
    </context>
    <context>
        <name>HolderDialog</name>
        <message>
            <source>New accountable holder of {device_no}</source>
            <translation>变更{device_no}的责任人</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Now held by:</source>
            <translation>现责任人：</translation>
        </message>
        <message>
            <source>New holder:</source>
            <translation>新责任人：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>变更原因：</translation>
        </message>
    </context>
    <context>
        <name>ImportColumns</name>
        <message>
            <source>All rows</source>
            <extracomment>what the "Show" filter offers: (label, statuses shown)</extracomment>
            <translation>全部行</translation>
        </message>
        <message>
            <source>Rows with problems</source>
            <translation>有问题的行</translation>
        </message>
        <message>
            <source>Rows to import</source>
            <translation>将导入的行</translation>
        </message>
        <message>
            <source>Rows left out</source>
            <translation>不导入的行</translation>
        </message>
        <message>
            <source>Blank and totals rows</source>
            <translation>空行和合计行</translation>
        </message>
        <message>
            <source>{column} ({header}): {what}</source>
            <translation>{column}列（{header}）：{what}</translation>
        </message>
        <message>
            <source>Original no.</source>
            <extracomment>the facts shown after the problems: (header, value)</extracomment>
            <translation>原登记号</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Doc. no.</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>密级</translation>
        </message>
        <message>
            <source>Copy nos.</source>
            <translation>份号</translation>
        </message>
        <message>
            <source>Exclude</source>
            <translation>排除</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Problem, reason or note</source>
            <translation>问题或说明</translation>
        </message>
        <message>
            <source>How to fix it</source>
            <translation>如何改正</translation>
        </message>
    </context>
    <context>
        <name>ImportMenu</name>
        <message>
            <source>Export the register for re-import</source>
            <translation>导出登记簿（可再导入格式）</translation>
        </message>
        <message>
            <source>Exporting the register…</source>
            <translation>正在导出登记簿…</translation>
        </message>
        <message>
            <source>Import / export</source>
            <translation>导入/导出</translation>
        </message>
        <message>
            <source>Import a register from Excel, WPS or CSV…</source>
            <translation>从 Excel、WPS 或 CSV 导入登记簿…</translation>
        </message>
        <message>
            <source>Export (re-importable layout)…</source>
            <translation>导出（可再导入格式）…</translation>
        </message>
        <message>
            <source>Past imports…</source>
            <translation>导入记录…</translation>
        </message>
        <message>
            <source>Export the {year} {register} register (re-importable layout)…</source>
            <translation>导出{year}年{register}登记簿（可再导入格式）…</translation>
        </message>
    </context>
    <context>
        <name>ImportRecordColumns</name>
        <message>
            <source>Imported</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>登记簿</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>文件件数</translation>
        </message>
        <message>
            <source>Carriers</source>
            <translation>载体份数</translation>
        </message>
        <message>
            <source>Numbers given</source>
            <translation>所给登记号</translation>
        </message>
        <message>
            <source>Rows left out</source>
            <translation>未导入行数</translation>
        </message>
    </context>
    <context>
        <name>ImportRecordsDialog</name>
        <message>
            <source>Past imports</source>
            <translation>导入记录</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Why it was left out</source>
            <translation>未导入的原因</translation>
        </message>
        <message>
            <source>Cells as written</source>
            <translation>原表格内容</translation>
        </message>
        <message>
            <source>Nothing has been imported into this ledger yet.</source>
            <translation>本台账还没有导入过登记簿。</translation>
        </message>
        <message>
            <source>{file}, sheet “{sheet}”, column names on row {row}; SHA-256 {sha}. Columns: {mapping}. Skipped as blank or totals: {skipped}.</source>
            <translation>{file}，工作表“{sheet}”，表头在第 {row} 行；SHA-256 {sha}。各列：{mapping}。跳过的空行或合计行：{skipped}。</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a register from Excel, WPS or CSV</source>
            <translation>导入登记簿（Excel、WPS 或 CSV）</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <source>Reading every row…</source>
            <translation>正在逐行检查…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>收文 register (received)</source>
            <translation>收文登记簿</translation>
        </message>
        <message>
            <source>发文 register (outgoing)</source>
            <translation>发文登记簿</translation>
        </message>
    </context>
    <context>
        <name>ItemDetail</name>
        <message>
            <source>Item:</source>
            <translation>设备：</translation>
        </message>
        <message>
            <source>Accountable holder:</source>
            <translation>责任人：</translation>
        </message>
        <message>
            <source>Brand, model, serial:</source>
            <translation>品牌型号、序列号：</translation>
        </message>
        <message>
            <source>Purpose and location:</source>
            <translation>用途、存放位置：</translation>
        </message>
        <message>
            <source>Label, in use since:</source>
            <translation>标签号、启用日期：</translation>
        </message>
        <message>
            <source>Remarks:</source>
            <translation>备注：</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>Register a device or medium</source>
            <translation>登记涉密设备或存储介质</translation>
        </message>
        <message>
            <source>Correct {device_no}</source>
            <translation>修改{device_no}的登记信息</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>Device no.:</source>
            <translation>设备编号：</translation>
        </message>
        <message>
            <source>Level (the highest it ever held):</source>
            <translation>密级（曾存储过的最高密级）：</translation>
        </message>
        <message>
            <source>Accountable holder:</source>
            <translation>责任人：</translation>
        </message>
        <message>
            <source>Brand and model:</source>
            <translation>品牌型号：</translation>
        </message>
        <message>
            <source>Serial no.:</source>
            <translation>序列号：</translation>
        </message>
        <message>
            <source>Purpose:</source>
            <translation>用途：</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>存放位置：</translation>
        </message>
        <message>
            <source>In use since:</source>
            <translation>启用日期：</translation>
        </message>
        <message>
            <source>Remarks:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>Reason for the correction:</source>
            <translation>修改原因：</translation>
        </message>
        <message>
            <source>In use since</source>
            <translation>启用日期</translation>
        </message>
    </context>
    <context>
        <name>ItemPanel</name>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Needed when the result differs from the ledger's proposal</source>
            <translation>评定结果与台账建议不同时必填</translation>
        </message>
        <message>
            <source>Accept the proposal</source>
            <translation>采纳台账建议</translation>
        </message>
        <message>
            <source>Save the result</source>
            <translation>保存评定</translation>
        </message>
        <message>
            <source>Result:</source>
            <translation>评定结果：</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>改评理由：</translation>
        </message>
        <message>
            <source>Choose an item of the checklist.</source>
            <translation>请在左侧选择自查项目。</translation>
        </message>
        <message>
            <source>The security officer assesses this item.</source>
            <translation>本项由保密员评定。</translation>
        </message>
        <message>
            <source>The ledger judges this item from its records: gather the evidence first.</source>
            <translation>本项由台账依据记录提出建议：请先收集台账依据。</translation>
        </message>
        <message>
            <source>The ledger proposes: {result}. {evidence}</source>
            <translation>台账建议：{result}。{evidence}</translation>
        </message>
        <message>
            <source>Choose a result.</source>
            <translation>请选择评定结果。</translation>
        </message>
    </context>
    <context>
        <name>KeepDialog</name>
        <message>
            <source>Keep after the meeting</source>
            <translation>会后留存</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Attendee:</source>
            <translation>留存人：</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>留存文件：</translation>
        </message>
        <message>
            <source>Approved by:</source>
            <translation>批准人：</translation>
        </message>
        <message>
            <source>Due back:</source>
            <translation>交回期限：</translation>
        </message>
        <message>
            <source>Paper form no.:</source>
            <translation>纸质审批单编号：</translation>
        </message>
    </context>
    <context>
        <name>LabelOptions</name>
        <message>
            <source>Print labels</source>
            <translation>打印标签</translation>
        </message>
        <message>
            <source>A4 sheet of labels (3 × 8)</source>
            <translation>A4 标签纸（3 × 8）</translation>
        </message>
        <message>
            <source>Label printer (one 60 × 40 mm label per page)</source>
            <translation>标签打印机（每页一张 60 × 40 毫米）</translation>
        </message>
        <message>
            <source>Layout:</source>
            <translation>版式：</translation>
        </message>
        <message>
            <source>First free label on the sheet:</source>
            <translation>从标签纸的第几张开始：</translation>
        </message>
        <message numerus="yes">
            <source>%n label(s) to print.</source>
            <translation>
                <numerusform>共 %n 张标签。</numerusform>
            </translation>
        </message>
        <message>
            <source>Row {row}, column {col}; the labels above it are skipped.</source>
            <translation>第 {row} 行第 {col} 列；其前已用的标签跳过。</translation>
        </message>
        <message>
            <source>Save labels as PDF</source>
            <translation>标签保存为 PDF</translation>
        </message>
        <message>
            <source>Printing labels…</source>
            <translation>正在打印标签……</translation>
        </message>
    </context>
    <context>
        <name>Lengths</name>
        <message>
            <source>{n} characters: at most {limit} are kept in the ledger. Shorten it before saving.</source>
            <extracomment>QLineEdit's own limit, far above any field's: nothing a clerk types or pastes reaches it</extracomment>
            <translation>共 {n} 字：台账最多保存 {limit} 字，请删减后再保存。</translation>
        </message>
    </context>
    <context>
        <name>LevelDialog</name>
        <message>
            <source>Raise the level of {device_no}</source>
            <translation>提升{device_no}的密级</translation>
        </message>
        <message>
            <source>Level now:</source>
            <translation>现密级：</translation>
        </message>
        <message>
            <source>Raise to:</source>
            <translation>提升为：</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
    </context>
    <context>
        <name>LoanDialog</name>
        <message>
            <source>Lend {device_no}</source>
            <translation>借用{device_no}</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Borrower:</source>
            <translation>借用人：</translation>
        </message>
        <message>
            <source>Due back on:</source>
            <translation>归还期限：</translation>
        </message>
        <message>
            <source>Purpose:</source>
            <translation>借用事由：</translation>
        </message>
        <message>
            <source>Remarks:</source>
            <translation>备注：</translation>
        </message>
    </context>
    <context>
        <name>LoanRequestDialog</name>
        <message>
            <source>New loan request</source>
            <translation>新建借阅申请</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Scan the labels or type reg. nos. with copy nos., one per line</source>
            <translation>扫描标签，或输入登记号和份号（如收2026-00420/000003），每行一件</translation>
        </message>
        <message>
            <source>Take out of the reading room (needs approval)</source>
            <translation>外借（须经批准）</translation>
        </message>
        <message>
            <source>Fix the due date now</source>
            <translation>指定归还日期</translation>
        </message>
        <message>
            <source>Borrower:</source>
            <translation>借阅人：</translation>
        </message>
        <message>
            <source>Find:</source>
            <translation>查找：</translation>
        </message>
        <message>
            <source>Carriers:</source>
            <translation>借阅载体：</translation>
        </message>
        <message>
            <source>Purpose:</source>
            <translation>借阅目的：</translation>
        </message>
    </context>
    <context>
        <name>LoansModel</name>
        <message>
            <source>{n} ({late} when overdue)</source>
            <translation>{n}（逾期{late}）</translation>
        </message>
    </context>
    <context>
        <name>LoansPane</name>
        <message>
            <source>Scan a label or type a reg. no. with copy: file it, or take back a loan</source>
            <translation>扫描标签或输入登记号和份号：在库的归档，借出的登记归还</translation>
        </message>
        <message>
            <source>Cabinet</source>
            <translation>档案柜</translation>
        </message>
        <message>
            <source>Box</source>
            <translation>档案盒</translation>
        </message>
        <message>
            <source>Cabinet:</source>
            <translation>档案柜：</translation>
        </message>
        <message>
            <source>Box:</source>
            <translation>档案盒：</translation>
        </message>
        <message>
            <source>File into archive</source>
            <translation>归档</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>归档</translation>
        </message>
        <message>
            <source>New loan request…</source>
            <translation>新建借阅申请…</translation>
        </message>
        <message>
            <source>Record paper approval…</source>
            <translation>登记纸质审批…</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>出借</translation>
        </message>
        <message>
            <source>Renew</source>
            <translation>续借</translation>
        </message>
        <message>
            <source>Print approval form…</source>
            <translation>打印借阅审批单…</translation>
        </message>
        <message>
            <source>Print loan register…</source>
            <translation>打印借阅登记簿…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出Excel…</translation>
        </message>
        <message>
            <source>Returned: {label} ({loan}).</source>
            <translation>已归还：{label}（{loan}）。</translation>
        </message>
        <message>
            <source>Filed {reg_no} copy {copy} at {location}.</source>
            <translation>{reg_no} 第{copy}份已归档，位置：{location}。</translation>
        </message>
        <message>
            <source>Loan {no} requested; it waits for approval.</source>
            <translation>借阅申请{no}已登记，等待审批。</translation>
        </message>
        <message>
            <source>Choose a loan that waits for approval.</source>
            <translation>请选择一份待审批的借阅申请。</translation>
        </message>
        <message>
            <source>Decision recorded from the paper form.</source>
            <translation>已按纸质审批单登记审批结果。</translation>
        </message>
        <message>
            <source>Issued {no}; due back {due}.</source>
            <translation>{no}已出借，应于{due}前归还。</translation>
        </message>
        <message>
            <source>Renewed although overdue (flagged); due back {due}.</source>
            <translation>已逾期续借（已标记），应于{due}前归还。</translation>
        </message>
        <message>
            <source>Renewed; due back {due}.</source>
            <translation>已续借，应于{due}前归还。</translation>
        </message>
        <message>
            <source>Save loan approval form</source>
            <translation>保存借阅审批单</translation>
        </message>
        <message>
            <source>Save loan register</source>
            <translation>保存借阅登记簿</translation>
        </message>
        <message>
            <source>Export loan register</source>
            <translation>导出借阅登记簿</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>已保存：{path}</translation>
        </message>
    </context>
    <context>
        <name>LoansTab</name>
        <message>
            <source>Record paper approval…</source>
            <translation>登记纸质审批结果…</translation>
        </message>
        <message>
            <source>Lend</source>
            <translation>借出</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>归还</translation>
        </message>
        <message>
            <source>Cancel request…</source>
            <translation>撤销申请…</translation>
        </message>
        <message>
            <source>{no}: {status}.</source>
            <translation>{no}：{status}。</translation>
        </message>
        <message>
            <source>Cancel the loan request</source>
            <translation>撤销借用申请</translation>
        </message>
    </context>
    <context>
        <name>LocationPage</name>
        <message>
            <source>Where to keep the ledger</source>
            <translation>台账存放位置</translation>
        </message>
        <message>
            <source>The ledger is one folder: the encrypted database, the key file and the backups. Keep it on this standalone computer.</source>
            <translation>台账是一个文件夹，包含加密数据库、密钥文件和备份。请存放在本涉密单机上。</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>postgresql://administrator@host:5432/database (empty: the ledger stays on this computer)</source>
            <translation>postgresql://管理员@主机:5432/数据库（留空则台账保存在本机）</translation>
        </message>
        <message>
            <source>Database server (optional):</source>
            <translation>数据库服务器（可选）：</translation>
        </message>
        <message>
            <source>Administrator's password:</source>
            <translation>数据库管理员密码：</translation>
        </message>
        <message>
            <source>Only for a ledger shared by several clerks on a classified LAN; the administrator's password is used once and not stored.</source>
            <translation>仅用于涉密内网上多名机要员共用的台账；数据库管理员密码只使用这一次，不会保存。</translation>
        </message>
        <message>
            <source>Choose a folder</source>
            <translation>选择文件夹</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>The ledger is locked</source>
            <translation>台账已锁定</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <source>Log in as another user</source>
            <translation>切换用户登录</translation>
        </message>
        <message>
            <source>{name}, enter your password to continue. Nothing of the ledger is shown while it is locked.</source>
            <translation>{name}，请输入密码继续。锁定期间不显示任何台账内容。</translation>
        </message>
        <message>
            <source>Log in as another user. The window shows what that user's roles allow.</source>
            <translation>请以其他用户登录。窗口将按该用户的角色显示内容。</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>SecLedger — Log in</source>
            <translation>涉密载体台账 — 登录</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Ledger folder:</source>
            <translation>台账文件夹：</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Open with recovery code…</source>
            <translation>用应急恢复密钥打开…</translation>
        </message>
        <message>
            <source>Ledger of classified carriers</source>
            <translation>涉密载体台账</translation>
        </message>
        <message>
            <source>Choose the ledger folder</source>
            <translation>选择台账文件夹</translation>
        </message>
        <message>
            <source>Choose the ledger folder.</source>
            <translation>请选择台账文件夹。</translation>
        </message>
        <message>
            <source>You must change your password before the ledger opens. Log in again to change it.</source>
            <translation>须先修改密码才能打开台账。请重新登录并修改密码。</translation>
        </message>
        <message>
            <source>You may try again now.</source>
            <translation>现在可以重试。</translation>
        </message>
        <message>
            <source>Wait {seconds} s</source>
            <translation>请等待 {seconds} 秒</translation>
        </message>
    </context>
    <context>
        <name>LossDialog</name>
        <message>
            <source>Report lost carriers</source>
            <translation>报告载体遗失</translation>
        </message>
        <message>
            <source>Report lost carriers, devices and media</source>
            <translation>报告遗失的载体、设备和介质</translation>
        </message>
        <message>
            <source>Carriers:</source>
            <translation>载体：</translation>
        </message>
        <message numerus="yes">
            <source>%n carrier(s)</source>
            <translation>
                <numerusform>%n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Devices and media:</source>
            <translation>涉密设备和介质：</translation>
        </message>
        <message>
            <source>Discovered at:</source>
            <translation>发现时间：</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类别：</translation>
        </message>
        <message>
            <source>Reported by:</source>
            <translation>报告人：</translation>
        </message>
        <message>
            <source>Circumstances:</source>
            <translation>遗失经过：</translation>
        </message>
        <message>
            <source>Measures taken:</source>
            <translation>已采取的措施：</translation>
        </message>
        <message>
            <source>A loss must be reported upstream within 24 hours of discovery.</source>
            <translation>遗失须在发现后24小时内向上级保密行政管理部门报告。</translation>
        </message>
    </context>
    <context>
        <name>LossPane</name>
        <message>
            <source>New loss report…</source>
            <translation>新建遗失报告…</translation>
        </message>
        <message>
            <source>Devices and media lost…</source>
            <translation>设备和介质遗失…</translation>
        </message>
        <message>
            <source>Record found…</source>
            <translation>登记找回…</translation>
        </message>
        <message>
            <source>Record upstream report…</source>
            <translation>登记上报…</translation>
        </message>
        <message>
            <source>Print report…</source>
            <translation>打印报告…</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Report a loss</source>
            <translation>报告遗失</translation>
        </message>
        <message>
            <source>Choose the lost devices and media</source>
            <translation>选择遗失的设备和介质</translation>
        </message>
        <message>
            <source>Record found</source>
            <translation>登记找回</translation>
        </message>
        <message>
            <source>Carrier, device or medium:</source>
            <translation>载体、设备或介质：</translation>
        </message>
        <message>
            <source>Reported upstream</source>
            <translation>已上报</translation>
        </message>
        <message>
            <source>Reference of the report:</source>
            <translation>上报文号：</translation>
        </message>
        <message>
            <source>Print loss report</source>
            <translation>打印遗失报告</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>正在打印…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>SecLedger — Ledger of classified carriers</source>
            <translation>涉密载体台账</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>锁定</translation>
        </message>
        <message>
            <source>Switch user…</source>
            <translation>切换用户…</translation>
        </message>
        <message>
            <source>Change my password…</source>
            <translation>修改我的密码…</translation>
        </message>
        <message>
            <source>Auto-lock time…</source>
            <translation>自动锁定时间…</translation>
        </message>
        <message>
            <source>Exit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Find by label…</source>
            <translation>按标签查找…</translation>
        </message>
        <message>
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <source>Import registers from Excel, WPS or CSV…</source>
            <translation>导入登记簿（Excel、WPS、CSV）…</translation>
        </message>
        <message>
            <source>Help for this pane</source>
            <translation>本栏目帮助</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>工具栏</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>The language changes when SecLedger starts next time.</source>
            <translation>界面语言将在下次启动时生效。</translation>
        </message>
        <message>
            <source>Ledger: {path}</source>
            <translation>台账：{path}</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>User: {name} ({username}; {roles})</source>
            <translation>用户：{name}（{username}；{roles}）</translation>
        </message>
        <message>
            <source>Unit: {unit}</source>
            <translation>单位：{unit}</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>未锁定</translation>
        </message>
        <message>
            <source>Wait until the running task ends.</source>
            <translation>请等待当前任务完成。</translation>
        </message>
        <message>
            <source>Auto-lock time</source>
            <translation>自动锁定时间</translation>
        </message>
        <message>
            <source>Lock the ledger after this many idle minutes:</source>
            <translation>无操作多少分钟后自动锁定台账：</translation>
        </message>
        <message>
            <source>Find by label</source>
            <translation>按标签查找</translation>
        </message>
        <message>
            <source>Carrier label (e.g. C0123456789A):</source>
            <translation>载体标签（例如 C0123456789A）：</translation>
        </message>
        <message>
            <source>“{text}” is not a carrier label: a label is C followed by 11 letters or digits.</source>
            <translation>“{text}”不是载体标签：标签为字母C加11位字母或数字。</translation>
        </message>
        <message>
            <source>No carrier with label {label}.</source>
            <translation>没有标签为 {label} 的载体。</translation>
        </message>
        <message>
            <source>No device or medium with label {label}.</source>
            <translation>没有标签为 {label} 的涉密设备或介质。</translation>
        </message>
    </context>
    <context>
        <name>MarkEdit</name>
        <message>
            <source>e.g. 机密★10年 (type or paste)</source>
            <translation>如 机密★10年（可直接输入或粘贴）</translation>
        </message>
        <message>
            <source>Level…</source>
            <translation>密级…</translation>
        </message>
        <message>
            <source>period: 10年 / 6个月 / 长期</source>
            <translation>期限：10年 / 6个月 / 长期</translation>
        </message>
    </context>
    <context>
        <name>MarkingTab</name>
        <message>
            <source>Confirm declassification marking</source>
            <translation>确认已标注解密</translation>
        </message>
        <message>
            <source>Carriers of declassified documents. Mark each one as declassified on the date in the list, then scan its label — or select it and confirm: it leaves classified custody but stays findable in the ledger. Copies still out are listed until they come back.</source>
            <translation>已解密文件的载体。请在每件载体上标注“已于…解密”（解密日期见列表），然后扫描其标签，或选中后点“确认已标注解密”：载体即退出涉密管理，但仍可在台账中查到。尚未收回的载体留在列表中，收回后再确认。</translation>
        </message>
        <message numerus="yes">
            <source>%n carrier(s) confirmed as declassified.</source>
            <translation>
                <numerusform>已确认 %n 件载体标注解密。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MediaColumns</name>
        <message>
            <source>Stocktake status</source>
            <translation>情况</translation>
        </message>
        <message>
            <source>Device no.</source>
            <translation>设备编号</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>密级</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Brand and model</source>
            <translation>品牌型号</translation>
        </message>
        <message>
            <source>Serial no.</source>
            <translation>序列号</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>存放位置</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>标签号</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>User</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详细情况</translation>
        </message>
        <message>
            <source> (overdue)</source>
            <translation>（逾期）</translation>
        </message>
        <message>
            <source>Loan no.</source>
            <translation>借用号</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借用人</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>应还时间</translation>
        </message>
        <message>
            <source>Lent</source>
            <translation>借出时间</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>归还/返回时间</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>审批</translation>
        </message>
        <message>
            <source>Repair no.</source>
            <translation>维修号</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>维修方式</translation>
        </message>
        <message>
            <source>Repairer</source>
            <translation>维修单位</translation>
        </message>
        <message>
            <source>Escort</source>
            <translation>陪同人</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>送修时间</translation>
        </message>
        <message>
            <source>Fault</source>
            <translation>故障情况</translation>
        </message>
    </context>
    <context>
        <name>MediaPane</name>
        <message>
            <source>All devices and media</source>
            <extracomment>which register the filter shows (``read.COMPUTERS`` / ``read.STORAGE``)</extracomment>
            <translation>全部设备和介质</translation>
        </message>
        <message>
            <source>Computers and equipment</source>
            <translation>涉密计算机及设备</translation>
        </message>
        <message>
            <source>Storage media</source>
            <translation>涉密存储介质</translation>
        </message>
        <message>
            <source>Every type</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>Every state</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Every level</source>
            <translation>全部密级</translation>
        </message>
        <message>
            <source>Device no., serial no., model, place or holder</source>
            <translation>设备编号、序列号、型号、位置或责任人</translation>
        </message>
        <message>
            <source>Hide destroyed and voided</source>
            <translation>不显示已销毁和已作废的</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>台账</translation>
        </message>
        <message>
            <source>Loans</source>
            <translation>借用</translation>
        </message>
        <message>
            <source>Repairs</source>
            <translation>维修</translation>
        </message>
        <message>
            <source>Register…</source>
            <translation>登记…</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <source>Lend…</source>
            <translation>借用…</translation>
        </message>
        <message>
            <source>Repair…</source>
            <translation>维修…</translation>
        </message>
        <message>
            <source>More</source>
            <translation>更多</translation>
        </message>
        <message>
            <source>New accountable holder…</source>
            <translation>变更责任人…</translation>
        </message>
        <message>
            <source>Raise the level…</source>
            <translation>提升密级…</translation>
        </message>
        <message>
            <source>Take out of service…</source>
            <translation>停用…</translation>
        </message>
        <message>
            <source>Put back into service</source>
            <translation>恢复使用</translation>
        </message>
        <message>
            <source>Scrap: mark for destruction…</source>
            <translation>报废（待销毁）…</translation>
        </message>
        <message>
            <source>Take off the destruction list…</source>
            <translation>撤销报废…</translation>
        </message>
        <message>
            <source>Void the registration…</source>
            <translation>作废登记…</translation>
        </message>
        <message>
            <source>Report lost…</source>
            <translation>报告遗失…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Labels of the selected items…</source>
            <translation>所选设备的标签…</translation>
        </message>
        <message>
            <source>涉密计算机台账 (PDF)…</source>
            <translation>涉密计算机台账（PDF）…</translation>
        </message>
        <message>
            <source>涉密计算机台账 (Excel)…</source>
            <translation>涉密计算机台账（Excel）…</translation>
        </message>
        <message>
            <source>涉密存储介质台账 (PDF)…</source>
            <translation>涉密存储介质台账（PDF）…</translation>
        </message>
        <message>
            <source>涉密存储介质台账 (Excel)…</source>
            <translation>涉密存储介质台账（Excel）…</translation>
        </message>
        <message>
            <source>{n} items shown, {live} of them not destroyed or voided.</source>
            <translation>显示 {n} 件，其中未销毁、未作废的 {live} 件。</translation>
        </message>
        <message>
            <source>Scanned {label}: {device_no}.</source>
            <translation>已扫描 {label}：{device_no}。</translation>
        </message>
        <message>
            <source>Choose an item first.</source>
            <translation>请先选择一件设备或介质。</translation>
        </message>
        <message>
            <source>Registered {no}; print its label next.</source>
            <translation>已登记{no}，请打印并粘贴其密级标签。</translation>
        </message>
        <message>
            <source>Corrected {no}.</source>
            <translation>已修改{no}。</translation>
        </message>
        <message>
            <source>{no} has a new accountable holder.</source>
            <translation>{no}已变更责任人。</translation>
        </message>
        <message>
            <source>The level of {no} was raised.</source>
            <translation>{no}的密级已提升。</translation>
        </message>
        <message>
            <source>Loan {no} requested; it waits for approval.</source>
            <translation>借用申请{no}已登记，等待审批。</translation>
        </message>
        <message>
            <source>Repair {no} requested; it waits for approval.</source>
            <translation>维修申请{no}已登记，等待审批。</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>{no}: {state}.</source>
            <translation>{no}：{state}。</translation>
        </message>
        <message>
            <source>Take out of service</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Scrap</source>
            <translation>报废</translation>
        </message>
        <message>
            <source>Take off the destruction list</source>
            <translation>撤销报废</translation>
        </message>
        <message>
            <source>Void the registration</source>
            <translation>作废登记</translation>
        </message>
        <message>
            <source>Choose the items whose labels to print.</source>
            <translation>请选择要打印标签的设备或介质。</translation>
        </message>
        <message>
            <source>Save labels as PDF</source>
            <translation>保存设备标签（PDF）</translation>
        </message>
        <message>
            <source>Save the register</source>
            <translation>保存台账</translation>
        </message>
        <message>
            <source>Export the register</source>
            <translation>导出台账</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
    </context>
    <context>
        <name>MediaTabs</name>
        <message>
            <source>Choose a request that waits for approval.</source>
            <translation>请选择一条待审批的申请。</translation>
        </message>
        <message>
            <source>Decision recorded from the paper form.</source>
            <translation>已登记纸质审批单的审批结果。</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
    </context>
    <context>
        <name>MeetingColumns</name>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} 至 {end}</translation>
        </message>
        <message>
            <source>Meeting no.</source>
            <translation>会议编号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>会议时间</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>主办部门</translation>
        </message>
        <message>
            <source>Highest level</source>
            <translation>最高密级</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>发放</translation>
        </message>
        <message>
            <source>Collected</source>
            <translation>已收回</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>留存</translation>
        </message>
        <message>
            <source>Not back</source>
            <translation>未收回</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Clearance</source>
            <translation>涉密等级</translation>
        </message>
        <message>
            <source>Holding</source>
            <translation>持有份数</translation>
        </message>
        <message>
            <source>Meeting doc. no.</source>
            <translation>会议文件编号</translation>
        </message>
        <message>
            <source>Reg. no.</source>
            <translation>登记号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>密级标志</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>份号</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>密级</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>份号</translation>
        </message>
        <message>
            <source>Attendee</source>
            <translation>领取人</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>收回情况</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>应交回</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>未收回说明</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>New classified meeting</source>
            <translation>登记涉密会议</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>会议名称：</translation>
        </message>
        <message>
            <source>Starts:</source>
            <translation>开始日期：</translation>
        </message>
        <message>
            <source>Ends:</source>
            <translation>结束日期：</translation>
        </message>
        <message>
            <source>Place:</source>
            <translation>会议地点：</translation>
        </message>
        <message>
            <source>Host department:</source>
            <translation>主办部门：</translation>
        </message>
        <message>
            <source>Highest level:</source>
            <translation>最高密级：</translation>
        </message>
        <message>
            <source>Attendees:</source>
            <translation>参会人员：</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>备注：</translation>
        </message>
    </context>
    <context>
        <name>MeetingDocumentDialog</name>
        <message>
            <source>Register a meeting document</source>
            <translation>登记会议文件</translation>
        </message>
        <message>
            <source>Blank: the meeting document number</source>
            <translation>不填则使用会议文件编号</translation>
        </message>
        <message>
            <source>Electronic media: one serial number per line</source>
            <translation>电子载体：每行填写一个载体编号</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>标题：</translation>
        </message>
        <message>
            <source>Mark:</source>
            <translation>密级标志：</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>份数：</translation>
        </message>
        <message>
            <source>Pages each:</source>
            <translation>每份页数：</translation>
        </message>
        <message>
            <source>Carrier type:</source>
            <translation>载体类型：</translation>
        </message>
        <message>
            <source>Doc. no.:</source>
            <translation>文号：</translation>
        </message>
        <message>
            <source>Serial numbers:</source>
            <translation>载体编号：</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPane</name>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>发放</translation>
        </message>
        <message>
            <source>Collect</source>
            <translation>收回</translation>
        </message>
        <message>
            <source>Scan or type a copy's label</source>
            <translation>扫描或输入文件标签</translation>
        </message>
        <message>
            <source>Only what is not back</source>
            <translation>只看未收回</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>登记会议…</translation>
        </message>
        <message>
            <source>Print issue and collection register…</source>
            <translation>打印发放回收登记表…</translation>
        </message>
        <message>
            <source>Close the meeting</source>
            <translation>结束会议</translation>
        </message>
        <message>
            <source>Add attendees…</source>
            <translation>增加参会人员…</translation>
        </message>
        <message>
            <source>Remove attendee</source>
            <translation>移除参会人员</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>参会人员</translation>
        </message>
        <message>
            <source>Register a meeting document…</source>
            <translation>登记会议文件…</translation>
        </message>
        <message>
            <source>Add a registered document…</source>
            <translation>加入已登记文件…</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>会议文件</translation>
        </message>
        <message>
            <source>Issue and collect</source>
            <translation>发放与回收</translation>
        </message>
        <message>
            <source>Attendee:</source>
            <translation>领取人：</translation>
        </message>
        <message>
            <source>Signed: issue</source>
            <translation>已签字，发放</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清空</translation>
        </message>
        <message>
            <source>Keep as issued for work…</source>
            <translation>留存（转领用）…</translation>
        </message>
        <message>
            <source>Why not back…</source>
            <translation>未收回说明…</translation>
        </message>
        <message>
            <source>Print document list for the attendee…</source>
            <translation>打印文件目录单…</translation>
        </message>
        <message>
            <source>{no} “{name}”: {issued} issued, {collected} collected, {kept} kept, {out} not back</source>
            <translation>{no}《{name}》：发放 {issued} 份，已收回 {collected} 份，留存 {kept} 份，未收回 {out} 份</translation>
        </message>
        <message>
            <source>No meeting chosen.</source>
            <translation>未选择会议。</translation>
        </message>
        <message>
            <source>No carrier has the label {label}.</source>
            <translation>没有标签为 {label} 的载体。</translation>
        </message>
        <message>
            <source>Add a registered document</source>
            <translation>加入已登记文件</translation>
        </message>
        <message>
            <source>Registration no. (e.g. 收2026-00012):</source>
            <translation>登记号（例如 收2026-00012）：</translation>
        </message>
        <message>
            <source>No document is registered as {reg_no}.</source>
            <translation>没有登记号为 {reg_no} 的文件。</translation>
        </message>
        <message>
            <source>Why not back</source>
            <translation>未收回说明</translation>
        </message>
        <message>
            <source>Why it is not back and how it will be recovered:</source>
            <translation>未收回的原因及追回措施：</translation>
        </message>
        <message>
            <source>Print issue and collection register</source>
            <translation>打印会议文件发放回收登记表</translation>
        </message>
        <message>
            <source>Print document list</source>
            <translation>打印文件目录单</translation>
        </message>
    </context>
    <context>
        <name>NewRecoveryCodeDialog</name>
        <message>
            <source>New emergency recovery code</source>
            <translation>新的应急恢复密钥</translation>
        </message>
        <message>
            <source>The master key was changed. This is the new recovery code; it is shown only now. The old code and sheet no longer open the ledger.</source>
            <translation>主密钥已更换。下面是新的应急恢复密钥，只显示这一次；原恢复密钥及其密钥表已不能打开台账。</translation>
        </message>
        <message>
            <source>Save the new recovery sheet (PDF)…</source>
            <translation>保存新的应急恢复密钥表（PDF）…</translation>
        </message>
        <message>
            <source>I have printed the new recovery code and stored it in the safe</source>
            <translation>我已打印新的恢复密钥并存放在保密柜中</translation>
        </message>
        <message>
            <source>These accounts could not keep their password and must log in with this one-time password, then change it:</source>
            <translation>以下账户无法沿用原密码，须用一次性临时密码登录后立即修改：</translation>
        </message>
        <message>
            <source>Save the new recovery sheet</source>
            <translation>保存新的应急恢复密钥表</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to {path}. Print it, then delete the file: it must not stay on the computer.</source>
            <translation>已保存到 {path}。打印后请立即删除该文件，不得留存在计算机上。</translation>
        </message>
    </context>
    <context>
        <name>Op</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>OpenDialog</name>
        <message>
            <source>New rectification</source>
            <translation>新建整改事项</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— 无 —</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Checklist item:</source>
            <translation>自查项目：</translation>
        </message>
        <message>
            <source>Problem:</source>
            <translation>存在问题：</translation>
        </message>
        <message>
            <source>Measure:</source>
            <translation>整改措施：</translation>
        </message>
        <message>
            <source>Owner:</source>
            <translation>责任人：</translation>
        </message>
        <message>
            <source>Due by:</source>
            <translation>整改期限：</translation>
        </message>
    </context>
    <context>
        <name>OriginatorDialog</name>
        <message>
            <source>Record the originator's notice</source>
            <translation>登记原定密机关的变更（解密）通知</translation>
        </message>
        <message>
            <source>The originating body (or its superior)</source>
            <translation>发文机关（原定密机关或其上级机关）</translation>
        </message>
        <message>
            <source>Notice no.</source>
            <translation>通知文号，例如：省保通〔2026〕9号</translation>
        </message>
        <message>
            <source>Notice (body, no., date):</source>
            <translation>通知（机关、文号、日期）：</translation>
        </message>
        <message>
            <source>Answers our proposal:</source>
            <translation>答复本单位建议：</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— 无 —</translation>
        </message>
    </context>
    <context>
        <name>OverduePane</name>
        <message>
            <source>End of day: only what is due back by tonight</source>
            <translation>下班清点：只看今日应归还的</translation>
        </message>
        <message>
            <source>Register of people who know…</source>
            <translation>知悉人员登记表…</translation>
        </message>
        <message>
            <source>Personal retention register…</source>
            <translation>个人留存登记簿…</translation>
        </message>
        <message>
            <source>{n} still out, {late} overdue.</source>
            <translation>尚未归还{n}件，其中逾期{late}件。</translation>
        </message>
        <message>
            <source>Save the register of people who know</source>
            <translation>保存知悉人员登记表</translation>
        </message>
        <message>
            <source>Export the register of people who know</source>
            <translation>导出知悉人员登记表</translation>
        </message>
        <message>
            <source>Save personal retention register</source>
            <translation>保存个人留存登记簿</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>已保存：{path}</translation>
        </message>
    </context>
    <context>
        <name>Panes</name>
        <message>
            <source>Approvals</source>
            <translation>审批</translation>
        </message>
        <message>
            <source>Audit log</source>
            <extracomment>the detail area's words (the log is data: it is worded in the UI's language here)</extracomment>
            <translation>审计</translation>
        </message>
        <message>
            <source>Ledger</source>
            <translation>台账查询</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>定密管理</translation>
        </message>
        <message>
            <source>Carry-out</source>
            <translation>携带外出</translation>
        </message>
        <message>
            <source>Circulation</source>
            <translation>传阅</translation>
        </message>
        <message>
            <source>Handover</source>
            <translation>移交</translation>
        </message>
        <message>
            <source>Archive and loans</source>
            <translation>归档与借阅</translation>
        </message>
        <message>
            <source>Loss reports</source>
            <translation>遗失报告</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>涉密会议</translation>
        </message>
        <message>
            <source>Still out</source>
            <translation>未归还</translation>
        </message>
        <message>
            <source>Recall to issuer</source>
            <translation>清退</translation>
        </message>
        <message>
            <source>Personal retention</source>
            <translation>领用登记</translation>
        </message>
        <message>
            <source>Stocktake</source>
            <translation>清查盘点</translation>
        </message>
        <message>
            <source>Copying</source>
            <translation>复制审批</translation>
        </message>
        <message>
            <source>Destruction</source>
            <translation>销毁清单</translation>
        </message>
        <message>
            <source>Backup and restore</source>
            <translation>备份与恢复</translation>
        </message>
        <message>
            <source>Devices and media</source>
            <translation>涉密设备和介质</translation>
        </message>
        <message>
            <source>People and accounts</source>
            <translation>人员与账户</translation>
        </message>
        <message>
            <source>Production and dispatch</source>
            <translation>发文登记与发出</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>收文登记</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>登记簿</translation>
        </message>
        <message>
            <source>Year-end</source>
            <translation>年度统计与自查自评</translation>
        </message>
    </context>
    <context>
        <name>PaperDecisionDialog</name>
        <message>
            <source>Record a signed approval form</source>
            <translation>登记纸质审批单</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>不批准</translation>
        </message>
        <message>
            <source>Approver:</source>
            <translation>审批人：</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>审批结果：</translation>
        </message>
        <message>
            <source>Signed on:</source>
            <translation>签批日期：</translation>
        </message>
        <message>
            <source>Form number:</source>
            <translation>审批单编号：</translation>
        </message>
        <message>
            <source>Opinion / reason:</source>
            <translation>意见/理由：</translation>
        </message>
    </context>
    <context>
        <name>PeopleColumns</name>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>on paper</source>
            <translation>纸质审批</translation>
        </message>
        <message>
            <source>active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Highest level</source>
            <translation>定密权限</translation>
        </message>
        <message>
            <source>Designated on</source>
            <translation>指定日期</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>指定文号</translation>
        </message>
        <message>
            <source>Decides in the app</source>
            <translation>系统内审批</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>inactive</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Clearance</source>
            <translation>涉密等级</translation>
        </message>
        <message>
            <source>Holds: carriers / devices and media</source>
            <translation>保管载体/设备介质</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>使用人</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Must change password</source>
            <translation>须改密码</translation>
        </message>
    </context>
    <context>
        <name>PeopleFilterBar</name>
        <message>
            <source>Document: reg. no., doc. no. or title</source>
            <translation>文件：登记号、文号或标题</translation>
        </message>
        <message>
            <source>From</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>To</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>全部人员</translation>
        </message>
        <message>
            <source>Every department</source>
            <translation>全部部门</translation>
        </message>
    </context>
    <context>
        <name>PeoplePane</name>
        <message>
            <source>New person…</source>
            <translation>新建人员…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <source>Deactivate…</source>
            <translation>停用…</translation>
        </message>
        <message>
            <source>Departure…</source>
            <translation>办理离岗…</translation>
        </message>
        <message>
            <source>Top-secret receipt and dispatch…</source>
            <translation>绝密载体收发人员…</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>New account…</source>
            <translation>新建账户…</translation>
        </message>
        <message>
            <source>Roles…</source>
            <translation>角色…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>重置密码…</translation>
        </message>
        <message>
            <source>Disable…</source>
            <translation>停用…</translation>
        </message>
        <message>
            <source>Password disclosed…</source>
            <translation>密码泄露…</translation>
        </message>
        <message>
            <source>Change master key…</source>
            <translation>更换主密钥…</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>账户</translation>
        </message>
        <message>
            <source>Re-encrypt the ledger under a new master key and issue a new recovery code: after an account is disabled, or when a password or the recovery code may be known to someone else.</source>
            <translation>用新的主密钥重新加密台账并生成新的应急恢复密钥：用于停用账户之后，或密码、恢复密钥可能被他人知悉时。</translation>
        </message>
        <message>
            <source>New department…</source>
            <translation>新建部门…</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Designated classifiers</source>
            <translation>定密责任人</translation>
        </message>
        <message>
            <source>Departures and cooling-off</source>
            <translation>离岗与脱密期</translation>
        </message>
        <message>
            <source>{reg_no}: {kind} on {day}, {status}</source>
            <translation>{reg_no}：{day}{kind}，{status}</translation>
        </message>
        <message>
            <source>; cooling-off period {start} to {end}</source>
            <translation>；脱密期{start}至{end}</translation>
        </message>
        <message>
            <source>, {days} days left</source>
            <translation>，剩余{days}天</translation>
        </message>
        <message>
            <source>Deactivate {name}</source>
            <translation>停用 {name}</translation>
        </message>
        <message>
            <source>Reason (e.g. retired, transferred):</source>
            <translation>原因（例如退休、调离）：</translation>
        </message>
        <message>
            <source>Disable {username}</source>
            <translation>停用账户 {username}</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>The account {username} is disabled and its key slot is gone from the ledger folder and its backups.</source>
            <translation>账户 {username} 已停用，其密钥槽已从台账文件夹及备份中删除。</translation>
        </message>
        <message>
            <source>Change the master key?</source>
            <translation>是否更换主密钥？</translation>
        </message>
        <message>
            <source>Whoever used that account or password may have copied the master key. Change the master key now?</source>
            <translation>使用过该账户或密码的人可能已取得主密钥。现在更换主密钥吗？</translation>
        </message>
        <message>
            <source>If it is your own password that was disclosed, cancel, change your password first, then change the master key.</source>
            <translation>如果泄露的是您本人的密码，请先取消，修改自己的密码后再更换主密钥。</translation>
        </message>
        <message>
            <source>The password of {username} was replaced by a temporary one.</source>
            <translation>账户 {username} 的密码已重置为临时密码。</translation>
        </message>
        <message>
            <source>Changing the master key…</source>
            <translation>正在更换主密钥…</translation>
        </message>
        <message>
            <source>New department</source>
            <translation>新建部门</translation>
        </message>
        <message>
            <source>Department name:</source>
            <translation>部门名称：</translation>
        </message>
    </context>
    <context>
        <name>PeopleRegisterDialog</name>
        <message>
            <source>Register of people who know classified documents</source>
            <translation>知悉人员登记表</translation>
        </message>
        <message>
            <source>Personal retention register</source>
            <translation>个人留存（领用）登记簿</translation>
        </message>
        <message>
            <source>Print (PDF)…</source>
            <translation>打印（PDF）…</translation>
        </message>
        <message>
            <source>Export (XLSX)…</source>
            <translation>导出（XLSX）…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s), </source>
            <translation>
                <numerusform>文件 %n 件，</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) seen</source>
            <translation>
                <numerusform>知悉 %n 人次</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n carrier(s) issued, </source>
            <translation>
                <numerusform>领用 %n 件，</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not back</source>
            <translation>
                <numerusform>未交回 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <source>Save {title}</source>
            <translation>保存{title}</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Edit person</source>
            <translation>修改人员</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>新建人员</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>部门：</translation>
        </message>
        <message>
            <source>Post:</source>
            <translation>岗位：</translation>
        </message>
        <message>
            <source>Clearance:</source>
            <translation>涉密等级：</translation>
        </message>
    </context>
    <context>
        <name>PickCarrierDialog</name>
        <message>
            <source>Carrier:</source>
            <translation>载体：</translation>
        </message>
    </context>
    <context>
        <name>PickCarriersDialog</name>
        <message>
            <source>Choose carriers in custody</source>
            <translation>选择在库/已归档载体</translation>
        </message>
        <message>
            <source>Title, document no., unit, or a reg. no. with copy</source>
            <translation>标题、文号、来文单位，或登记号（可带份号）</translation>
        </message>
        <message>
            <source>Search:</source>
            <translation>查找：</translation>
        </message>
    </context>
    <context>
        <name>PickMediaDialog</name>
        <message>
            <source>Choose devices and media awaiting destruction</source>
            <translation>选择待销毁的涉密设备和存储介质</translation>
        </message>
        <message>
            <source>Device no., serial no., model or holder</source>
            <translation>设备编号、序列号、品牌型号或责任人</translation>
        </message>
        <message>
            <source>Search:</source>
            <translation>查找：</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Excluded by you</source>
            <extracomment>the set of source rows the clerk excluded changed</extracomment>
            <translation>已排除</translation>
        </message>
        <message>
            <source>Will be imported</source>
            <translation>将导入</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>有问题</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>不导入</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>跳过</translation>
        </message>
        <message>
            <source>Row {row}: {status}</source>
            <translation>第 {row} 行：{status}</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check every row, then import</source>
            <translation>逐行核对，然后导入</translation>
        </message>
        <message>
            <source>Nothing is written until you press Import, and nothing at all while a row has a problem: correct it in the file and read the file again, or tick “Exclude” for that row. Excluded rows are kept in the import record with the reason.</source>
            <translation>按“导入”之前台账不会有任何改动；只要还有一行有问题，就一行也不导入：请在文件中改正后点“重新读取文件”，或勾选该行的“排除”。被排除的行连同原因记入导入记录。</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Choose a row to see all its problems and how to fix them.</source>
            <translation>点选一行，这里显示它的全部问题和改正方法。</translation>
        </message>
        <message>
            <source>Exclude every row with a problem</source>
            <translation>排除所有有问题的行</translation>
        </message>
        <message>
            <source>Also import rows marked 内部 or 工作秘密 (not state secrets)</source>
            <translation>同时导入标为“内部”“工作秘密”的行（非国家秘密）</translation>
        </message>
        <message>
            <source>Read the file again</source>
            <translation>重新读取文件</translation>
        </message>
        <message>
            <source>After correcting the file in Excel or WPS and saving it</source>
            <translation>在 Excel 或 WPS 中改正并保存文件之后点此</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message numerus="yes">
            <source>%n with problems</source>
            <translation>
                <numerusform>%n 行有问题</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n excluded by you</source>
            <translation>
                <numerusform>%n 行已排除</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n left out (not state secrets or voided)</source>
            <translation>
                <numerusform>%n 行不导入（非国家秘密或已作废）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n blank or totals row(s) skipped</source>
            <translation>
                <numerusform>跳过 %n 个空行或合计行</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) will be imported</source>
            <translation>
                <numerusform>将导入 %n 行</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n carrier(s))</source>
            <translation>
                <numerusform>（%n 份载体）</numerusform>
            </translation>
        </message>
        <message>
            <source>“{file}”, sheet “{sheet}” into the {register}: </source>
            <translation>“{file}”工作表“{sheet}”导入{register}：</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>.</source>
            <translation>。</translation>
        </message>
        <message numerus="yes">
            <source>Import is not possible yet: %n row(s) have problems. Correct them in the file and read it again, or tick “Exclude” for each of them.</source>
            <translation>
                <numerusform>还不能导入：%n 行有问题。请在文件中改正后重新读取，或勾选这些行的“排除”。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to import: no row is left to import.</source>
            <translation>没有可导入的行。</translation>
        </message>
    </context>
    <context>
        <name>ProposalDialog</name>
        <message>
            <source>Proposal to the designated classifier</source>
            <translation>定密（变更、延期、解密）申请</translation>
        </message>
        <message>
            <source>— choose the officer —</source>
            <translation>— 请选择承办人 —</translation>
        </message>
        <message>
            <source>Officer in charge:</source>
            <translation>承办人：</translation>
        </message>
        <message>
            <source>Item of the scope of secret matters:</source>
            <translation>保密事项范围条目：</translation>
        </message>
        <message>
            <source>Derived from the classified source:</source>
            <translation>派生定密，来源：</translation>
        </message>
        <message>
            <source>The item relied on, e.g. article 3 (2) of the unit's list</source>
            <translation>例如：本机关保密事项范围第三条第（二）项</translation>
        </message>
        <message>
            <source>Its document no., title and mark</source>
            <translation>来源文件的文号、标题及密级</translation>
        </message>
        <message>
            <source>Basis:</source>
            <translation>定密依据：</translation>
        </message>
        <message>
            <source>The officer's opinion; for a change, extension or declassification, the reason</source>
            <translation>承办人意见；变更、延期、解密须写明理由</translation>
        </message>
        <message>
            <source>Opinion:</source>
            <translation>承办人意见：</translation>
        </message>
        <message>
            <source>A designated classifier must decide by {date} (within {days} days of the proposal); it then waits in the approvals queue.</source>
            <translation>提交后进入“审批”，须由定密责任人在{date}前（提出之日起{days}日内）审批。</translation>
        </message>
    </context>
    <context>
        <name>ProposalsTab</name>
        <message>
            <source>Pending</source>
            <translation>待审批</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Sent to an originator</source>
            <translation>已报原定密机关</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>New proposal…</source>
            <translation>新建定密（变更、解密）申请…</translation>
        </message>
        <message>
            <source>Withdraw…</source>
            <translation>撤回…</translation>
        </message>
        <message>
            <source>Print approval form…</source>
            <translation>打印审批表…</translation>
        </message>
        <message>
            <source>Record proposal sent to originator…</source>
            <translation>登记报原定密机关的建议…</translation>
        </message>
        <message>
            <source>Record originator's answer…</source>
            <translation>登记原定密机关答复…</translation>
        </message>
        <message>
            <source>The officer in charge proposes; a designated classifier decides within {days} days in the Approvals pane, or on the printed form the clerk records there. Overdue now: {late}.</source>
            <translation>由承办人提出，定密责任人须在{days}日内审批：在“审批”中审批，或在纸质审批表上签字后由机要员在“审批”中登记。当前已逾期：{late} 件。</translation>
        </message>
        <message>
            <source>Withdraw proposal</source>
            <translation>撤回申请</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>撤回原因：</translation>
        </message>
        <message>
            <source>Save the approval form</source>
            <translation>保存审批表</translation>
        </message>
    </context>
    <context>
        <name>RecallPane</name>
        <message>
            <source>All years</source>
            <translation>全部年度</translation>
        </message>
        <message>
            <source>Only documents issued for personal reading (year-end recall)</source>
            <translation>仅个人阅存（领用）文件（年终清退）</translation>
        </message>
        <message>
            <source>Scan or type a carrier to select it for the return</source>
            <translation>扫描或输入载体，在清退清单中选中它</translation>
        </message>
        <message>
            <source>Issuer:</source>
            <translation>发文单位：</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>年度：</translation>
        </message>
        <message>
            <source>Returned to (unit):</source>
            <translation>退往单位：</translation>
        </message>
        <message>
            <source>Receipt no.:</source>
            <translation>回执号：</translation>
        </message>
        <message>
            <source>Received by (at the receiving unit):</source>
            <translation>接收单位经手人：</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>清退日期：</translation>
        </message>
        <message>
            <source>Print recall list…</source>
            <translation>打印清退清单…</translation>
        </message>
        <message>
            <source>Export (XLSX)…</source>
            <translation>导出（XLSX）…</translation>
        </message>
        <message>
            <source>Record return of selected</source>
            <translation>登记所选载体已清退</translation>
        </message>
        <message>
            <source>Print return…</source>
            <translation>打印清退记录…</translation>
        </message>
        <message>
            <source>Returns recorded</source>
            <translation>清退记录</translation>
        </message>
        <message>
            <source>All issuers</source>
            <translation>全部发文单位</translation>
        </message>
        <message numerus="yes">
            <source>%n carrier(s) to return</source>
            <translation>
                <numerusform>须清退 %n 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n of them are out with a holder and stay until taken back</source>
            <translation>
                <numerusform>，其中 %n 件在外（领用、传阅、借阅等），收回入库后才能清退</numerusform>
            </translation>
        </message>
        <message>
            <source>{reg} copy {copy} is not on the recall list: its document is not marked to be returned to the issuer.</source>
            <translation>{reg}第{copy}份不在清退清单中：该文件未标注“须清退”。</translation>
        </message>
        <message>
            <source>Print recall list</source>
            <translation>打印清退清单</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>正在打印…</translation>
        </message>
        <message>
            <source>Export recall list</source>
            <translation>导出清退清单</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message numerus="yes">
            <source>{reg_no}: %n carrier(s) returned.</source>
            <translation>
                <numerusform>{reg_no}：已清退 %n 件。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n carrier(s) could not go back now:</source>
            <translation>
                <numerusform>以下 %n 件暂不能清退：</numerusform>
            </translation>
        </message>
        <message>
            <source>Print return</source>
            <translation>打印清退记录</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPane</name>
        <message>
            <source>Print labels of the last entry…</source>
            <translation>打印刚登记文件的标签…</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Open with the recovery code</source>
            <translation>用应急恢复密钥打开</translation>
        </message>
        <message>
            <source>Type the recovery code printed on the sheet kept in the safe. The account below gets the new password.</source>
            <translation>请输入保密柜中密钥单上打印的应急恢复密钥。下面的账户将使用新密码。</translation>
        </message>
        <message>
            <source>Ledger folder:</source>
            <translation>台账文件夹：</translation>
        </message>
        <message>
            <source>Recovery code:</source>
            <translation>应急恢复密钥：</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <source>New password:</source>
            <translation>新密码：</translation>
        </message>
        <message>
            <source>Repeat new password:</source>
            <translation>确认新密码：</translation>
        </message>
        <message>
            <source>You may try again now.</source>
            <translation>现在可以重试。</translation>
        </message>
        <message>
            <source>Wait {seconds} s</source>
            <translation>请等待 {seconds} 秒</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>Emergency recovery code</source>
            <translation>应急恢复密钥</translation>
        </message>
        <message>
            <source>If every password is lost, only this code opens the ledger. It is shown once: print it and keep it in the safe.</source>
            <translation>所有密码都遗失时，只有此密钥能打开台账。密钥只显示这一次：请打印并存放于保密柜。</translation>
        </message>
        <message>
            <source>Save the recovery sheet (PDF)…</source>
            <translation>保存应急恢复密钥单（PDF）…</translation>
        </message>
        <message>
            <source>I have printed the recovery code and stored it in the safe</source>
            <translation>我已将应急恢复密钥打印并存放于保密柜</translation>
        </message>
    </context>
    <context>
        <name>RectificationTab</name>
        <message>
            <source>Open</source>
            <translation>整改中</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>新建…</translation>
        </message>
        <message>
            <source>Close…</source>
            <translation>完成整改…</translation>
        </message>
    </context>
    <context>
        <name>RegisterColumns</name>
        <message>
            <source>Voided: {reason}</source>
            <translation>作废：{reason}</translation>
        </message>
        <message>
            <source>Reg. no.</source>
            <translation>登记号</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Doc. no.</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>密级标志</translation>
        </message>
        <message>
            <source>Copy nos.</source>
            <translation>份号</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>处理情况</translation>
        </message>
        <message>
            <source>Gone</source>
            <translation>清退/销毁情况</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Copy no.</source>
            <translation>份号</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>承办人</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>分发日期</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>应还日期</translation>
        </message>
    </context>
    <context>
        <name>RegistersPane</name>
        <message>
            <source>Register</source>
            <translation>登记簿</translation>
        </message>
        <message>
            <source>Out for action</source>
            <translation>分发/承办在外</translation>
        </message>
        <message>
            <source>Receipt register</source>
            <translation>收文登记簿</translation>
        </message>
        <message>
            <source>Outgoing register</source>
            <translation>发文登记簿</translation>
        </message>
        <message>
            <source>Whole year</source>
            <translation>全年</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>全部密级</translation>
        </message>
        <message>
            <source>Unit contains…</source>
            <translation>单位名称包含…（回车）</translation>
        </message>
        <message>
            <source>Print PDF…</source>
            <translation>打印（PDF）…</translation>
        </message>
        <message>
            <source>Export Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>Print labels…</source>
            <translation>打印标签…</translation>
        </message>
        <message>
            <source>Hand out for action…</source>
            <translation>分发/承办…</translation>
        </message>
        <message>
            <source>Take back…</source>
            <translation>收回…</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>更正…</translation>
        </message>
        <message>
            <source>Void…</source>
            <translation>作废…</translation>
        </message>
        <message>
            <source>Year {year}</source>
            <translation>{year}年</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>共 %n 条</numerusform>
            </translation>
        </message>
        <message>
            <source>Print register to PDF</source>
            <translation>打印登记簿为 PDF</translation>
        </message>
        <message>
            <source>Printing the register…</source>
            <translation>正在打印登记簿……</translation>
        </message>
        <message>
            <source>Export register to Excel</source>
            <translation>导出登记簿为 Excel</translation>
        </message>
        <message>
            <source>Exporting the register…</source>
            <translation>正在导出登记簿……</translation>
        </message>
        <message>
            <source>No copy of {reg_no} is {state}.</source>
            <translation>{reg_no}没有处于“{state}”的载体。</translation>
        </message>
        <message>
            <source>Copy:</source>
            <translation>份号：</translation>
        </message>
        <message>
            <source>Hand out for action</source>
            <translation>分发/承办</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>交给：</translation>
        </message>
        <message>
            <source>Take back</source>
            <translation>收回</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>作废</translation>
        </message>
        <message>
            <source>Void {reg_no}? Reason:</source>
            <translation>作废 {reg_no}？请写明原因：</translation>
        </message>
    </context>
    <context>
        <name>RegistrarsDialog</name>
        <message>
            <source>People designated for top-secret receipt and dispatch</source>
            <translation>指定绝密载体收发人员</translation>
        </message>
        <message>
            <source>Designated:</source>
            <translation>指定人员：</translation>
        </message>
        <message>
            <source>Only the people ticked may register, sign for and dispatch top-secret carriers. Only Core-cleared people can be designated.</source>
            <translation>只有勾选的人员才能登记、签收和发出绝密级载体。只能指定核心涉密人员。</translation>
        </message>
        <message>
            <source>Nobody is designated yet: the registry clerks ({names}) receive and dispatch top-secret carriers. Tick the people the unit designated to limit it to them.</source>
            <translation>尚未指定：目前由机要员（{names}）收发绝密级载体。勾选本单位指定的人员后，只有他们才能收发。</translation>
        </message>
    </context>
    <context>
        <name>RekeyDialog</name>
        <message>
            <source>Change the master key</source>
            <translation>更换主密钥</translation>
        </message>
        <message>
            <source>The ledger is re-encrypted under a new master key and a new recovery code replaces the old one. Disabled accounts and old passwords can no longer open it, even by someone who copied the old key. Every active account keeps its password; an account that has not logged in since key pairs were introduced gets a one-time password. Afterwards print the new recovery sheet and destroy the old one.</source>
            <translation>台账将用新的主密钥重新加密，并以新的应急恢复密钥取代原密钥。已停用的账户和旧密码从此不能打开台账，即使有人复制过原主密钥也不能。在用账户沿用各自的密码；自启用密钥对以来尚未登录过的账户将获得一次性临时密码。完成后请打印新的恢复密钥表，并销毁原密钥表。</translation>
        </message>
        <message>
            <source>Your password:</source>
            <translation>您的密码：</translation>
        </message>
    </context>
    <context>
        <name>RelabelTab</name>
        <message>
            <source>Print new labels…</source>
            <translation>打印新标签…</translation>
        </message>
        <message>
            <source>Carriers whose mark a decision changed. Print their new labels (same label number, the new mark) and stick each over the old one: the old label still scans to the same carrier. Select rows (Ctrl+A for all shown), or scan a label to find its row.</source>
            <translation>决定改变了密级标志的载体。请打印新标签（标签号不变，标注新的密级标志），贴在旧标签上：旧标签扫描仍指向同一载体。可多选（Ctrl+A 选中已显示的全部），也可扫描标签找到所在行。</translation>
        </message>
        <message>
            <source>Save the new labels as PDF</source>
            <translation>保存新标签（PDF）</translation>
        </message>
        <message>
            <source>New labels saved: {path}</source>
            <translation>新标签已保存：{path}</translation>
        </message>
        <message>
            <source>A4 sheet of labels</source>
            <translation>A4 标签纸（3 × 8）</translation>
        </message>
        <message>
            <source>Label printer, one label per page</source>
            <translation>标签打印机（每页一张标签）</translation>
        </message>
        <message>
            <source>New labels</source>
            <translation>打印新标签</translation>
        </message>
        <message>
            <source>Print on:</source>
            <translation>打印到：</translation>
        </message>
        <message>
            <source>{label} is not waiting for a new label.</source>
            <translation>{label} 不在待换标列表中。</translation>
        </message>
    </context>
    <context>
        <name>RepairDialog</name>
        <message>
            <source>Repair of {device_no}</source>
            <translation>{device_no}维修申请</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>故障现象</translation>
        </message>
        <message>
            <source>Confidentiality agreement signed</source>
            <translation>已签订保密协议</translation>
        </message>
        <message>
            <source>Agreement number</source>
            <translation>协议编号</translation>
        </message>
        <message>
            <source>Storage removed before the repair</source>
            <translation>维修前已拆除存储部件</translation>
        </message>
        <message>
            <source>Where the removed storage is kept</source>
            <translation>拆下的存储部件由谁保管、存放何处</translation>
        </message>
        <message>
            <source>— no escort —</source>
            <translation>— 无陪同人 —</translation>
        </message>
        <message>
            <source>Requested by:</source>
            <translation>申请人：</translation>
        </message>
        <message>
            <source>Fault:</source>
            <translation>故障情况：</translation>
        </message>
        <message>
            <source>Repaired:</source>
            <translation>维修方式：</translation>
        </message>
        <message>
            <source>Repairer's unit:</source>
            <translation>维修单位：</translation>
        </message>
        <message>
            <source>Its qualification:</source>
            <translation>维修资质：</translation>
        </message>
        <message>
            <source>On-site escort:</source>
            <translation>现场旁站陪同人：</translation>
        </message>
    </context>
    <context>
        <name>RepairReturnDialog</name>
        <message>
            <source>Repair {no} returned</source>
            <translation>{no}维修返回</translation>
        </message>
        <message>
            <source>Blank: now</source>
            <translation>不填即为现在</translation>
        </message>
        <message>
            <source>The work done</source>
            <translation>所做的维修工作</translation>
        </message>
        <message>
            <source>Storage taken out for good: one serial number a line</source>
            <translation>拆换下的存储部件：每行一个序列号</translation>
        </message>
        <message>
            <source>Returned at:</source>
            <translation>返回时间：</translation>
        </message>
        <message>
            <source>Repaired by:</source>
            <translation>维修人：</translation>
        </message>
        <message>
            <source>Work done:</source>
            <translation>维修情况：</translation>
        </message>
        <message>
            <source>Parts replaced:</source>
            <translation>更换部件：</translation>
        </message>
        <message>
            <source>Replaced storage:</source>
            <translation>拆换的存储部件：</translation>
        </message>
        <message>
            <source>Its type:</source>
            <translation>其类型：</translation>
        </message>
        <message>
            <source>Returned at</source>
            <translation>返回时间</translation>
        </message>
    </context>
    <context>
        <name>RepairsTab</name>
        <message>
            <source>Record paper approval…</source>
            <translation>登记纸质审批结果…</translation>
        </message>
        <message>
            <source>Sent for repair</source>
            <translation>送修</translation>
        </message>
        <message>
            <source>Returned…</source>
            <translation>维修返回…</translation>
        </message>
        <message>
            <source>Cancel request…</source>
            <translation>撤销申请…</translation>
        </message>
        <message>
            <source>Print approval form…</source>
            <translation>打印维修审批表…</translation>
        </message>
        <message>
            <source>Print repair register…</source>
            <translation>打印维修登记簿…</translation>
        </message>
        <message>
            <source>Export repair register…</source>
            <translation>导出维修登记簿…</translation>
        </message>
        <message>
            <source>{no}: {status}.</source>
            <translation>{no}：{status}。</translation>
        </message>
        <message>
            <source>Cancel the repair request</source>
            <translation>撤销维修申请</translation>
        </message>
        <message>
            <source>Save the repair approval form</source>
            <translation>保存涉密设备维修审批表</translation>
        </message>
        <message>
            <source>Save the repair register</source>
            <translation>保存维修登记簿</translation>
        </message>
        <message>
            <source>Export the repair register</source>
            <translation>导出维修登记簿</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
    </context>
    <context>
        <name>RepeatBox</name>
        <message>
            <source>Record as a separate receipt (another delivery)</source>
            <translation>另行登记（确属另一次来文）</translation>
        </message>
        <message>
            <source>Reason, e.g. sent again by the unit</source>
            <translation>另行登记的理由，例如：来文单位重发</translation>
        </message>
        <message>
            <source>{reg_no} (copies {copies})</source>
            <translation>{reg_no}（份号{copies}）</translation>
        </message>
        <message>
            <source>Received before from this unit with this document no.: {links}</source>
            <translation>该来文单位的这一文号已经登记过：{links}。点击登记号可查看。</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Reset password of {username}</source>
            <translation>重置 {username} 的密码</translation>
        </message>
        <message>
            <source>Temporary password:</source>
            <translation>临时密码：</translation>
        </message>
        <message>
            <source>Repeat password:</source>
            <translation>确认密码：</translation>
        </message>
    </context>
    <context>
        <name>RetentionPane</name>
        <message>
            <source>No carrier chosen.</source>
            <translation>尚未选择载体。</translation>
        </message>
        <message>
            <source>Number of the signed paper approval, if any</source>
            <translation>已签批的纸质审批单编号（如有）</translation>
        </message>
        <message>
            <source>What the person needs it for; remarks</source>
            <translation>领用用途、备注</translation>
        </message>
        <message>
            <source>Scan to issue</source>
            <translation>扫描即领用</translation>
        </message>
        <message>
            <source>Scan to take back</source>
            <translation>扫描即交回</translation>
        </message>
        <message>
            <source>Include returned</source>
            <translation>含已交回</translation>
        </message>
        <message>
            <source>Carrier:</source>
            <translation>载体：</translation>
        </message>
        <message>
            <source>Issued to:</source>
            <translation>领用人：</translation>
        </message>
        <message>
            <source>Approved by:</source>
            <translation>批准人：</translation>
        </message>
        <message>
            <source>Due back on:</source>
            <translation>应交回日期：</translation>
        </message>
        <message>
            <source>Approval form no.:</source>
            <translation>审批单编号：</translation>
        </message>
        <message>
            <source>Purpose:</source>
            <translation>用途：</translation>
        </message>
        <message>
            <source>Issue to this person</source>
            <translation>登记领用</translation>
        </message>
        <message>
            <source>Issue for personal retention</source>
            <translation>领用（个人留存）</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <source>Take back selected</source>
            <translation>所选载体交回</translation>
        </message>
        <message>
            <source>Retention register…</source>
            <translation>个人留存登记簿…</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— 请选择 —</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>全部人员</translation>
        </message>
        <message>
            <source>{n} out on personal retention, {late} overdue.</source>
            <translation>个人留存未交回 {n} 件，其中逾期 {late} 件。</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已交回</translation>
        </message>
        <message>
            <source>{reg_no} copy {copy} is out with {person}; press Enter to take it back.</source>
            <translation>{reg_no} 第{copy}份 现由{person}领用，按回车登记交回。</translation>
        </message>
        <message>
            <source>Issued {reg_no} copy {copy} to {person}; due back {due}.</source>
            <translation>{reg_no} 第{copy}份 已由{person}领用，应于{due}前交回。</translation>
        </message>
        <message>
            <source>Choose a carrier that is out in the list, or scan it.</source>
            <translation>请在列表中选择未交回的载体，或扫描其标签。</translation>
        </message>
        <message>
            <source>Taken back from {person}: {reg_no} copy {copy}.</source>
            <translation>{person}已交回 {reg_no} 第{copy}份。</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <source>Save personal retention register</source>
            <translation>保存个人留存（领用）登记簿</translation>
        </message>
    </context>
    <context>
        <name>ReviewRecordDialog</name>
        <message>
            <source>Record the yearly review</source>
            <translation>登记年度审核（纸质审核表）</translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) kept as classified</source>
            <translation>
                <numerusform>审核维持 %n 件文件</numerusform>
            </translation>
        </message>
        <message>
            <source>Documents:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>— choose the classifier who signed —</source>
            <translation>— 请选择签字的定密责任人 —</translation>
        </message>
        <message>
            <source>Decided by:</source>
            <translation>定密责任人：</translation>
        </message>
        <message>
            <source>Review list no.:</source>
            <translation>审核表编号：</translation>
        </message>
        <message>
            <source>Signed on:</source>
            <translation>签字日期：</translation>
        </message>
        <message>
            <source>e.g. still needs to be kept secret</source>
            <translation>例如：经审核，仍需保密</translation>
        </message>
        <message>
            <source>Opinion:</source>
            <translation>审核意见：</translation>
        </message>
    </context>
    <context>
        <name>ReviewTab</name>
        <message>
            <source>The unit's own</source>
            <translation>本单位产生</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收文</translation>
        </message>
        <message>
            <source>Keep classified (my decision)</source>
            <translation>审核维持（本人决定）</translation>
        </message>
        <message>
            <source>Record signed review list…</source>
            <translation>登记纸质审核表…</translation>
        </message>
        <message>
            <source>Propose a change…</source>
            <translation>提出变更申请…</translation>
        </message>
        <message>
            <source>No notice from the originator this year</source>
            <translation>本年度未收到原定密机关通知</translation>
        </message>
        <message>
            <source>Record originator's notice…</source>
            <translation>登记原定密机关通知…</translation>
        </message>
        <message>
            <source>Every secret is reviewed every year. The unit's own documents: a designated classifier keeps each one (in the app, or on a signed review list the clerk records) or a change is proposed.</source>
            <translation>国家秘密每年审核一次。本单位产生的：由定密责任人逐项决定维持（在系统中决定，或在纸质审核表上签字后由机要员登记），或提出变更、解密申请。</translation>
        </message>
        <message>
            <source>Every secret is reviewed every year. Received documents: the originator decides; confirm that no notice came from it this year, or record the notice.</source>
            <translation>国家秘密每年审核一次。收文：由原定密机关决定；请确认本年度未收到其变更（解密）通知，或登记收到的通知。</translation>
        </message>
        <message>
            <source>Yearly review</source>
            <translation>年度审核</translation>
        </message>
        <message numerus="yes">
            <source>Keep %n document(s) classified as marked? This is your decision as designated classifier and is recorded in your name.</source>
            <translation>
                <numerusform>确定维持这 %n 件文件现有的密级和保密期限吗？这是您作为定密责任人的决定，将以您的名义记录。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) kept classified.</source>
            <translation>
                <numerusform>已审核维持 %n 件文件。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n document(s) reviewed: no notice from the originator.</source>
            <translation>
                <numerusform>已登记 %n 件文件的年度审核（未收到原定密机关通知）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoleBoxes</name>
        <message>
            <source>Separation of duties: the security officer cannot also be clerk, archivist, approver or auditor.</source>
            <translation>三员分立：保密员不能兼任机要员、档案员、审批人或审计员。</translation>
        </message>
    </context>
    <context>
        <name>RolesDialog</name>
        <message>
            <source>Roles of {username}</source>
            <translation>{username}的角色</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>人员：</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>角色：</translation>
        </message>
    </context>
    <context>
        <name>SaveNotice</name>
        <message>
            <source>This file contains {level} content and must be managed as a {level} classified carrier</source>
            <translation>此文件含{level}级内容，须按{level}级涉密载体管理</translation>
        </message>
    </context>
    <context>
        <name>ScopeEdit</name>
        <message>
            <source>Unrestricted</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Note (e.g. leaders of the unit) — grants nobody access by itself</source>
            <translation>说明（如“本单位处级以上领导”），仅作说明，不据此授权</translation>
        </message>
        <message>
            <source>department</source>
            <translation>部门</translation>
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <source>Password of {user} (as it was when the backup was made)</source>
            <translation>{user} 的密码（备份时有效的密码）</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>应急恢复密钥</translation>
        </message>
        <message>
            <source>Password or code:</source>
            <translation>密码或恢复密钥：</translation>
        </message>
        <message>
            <source>The backup is opened with its own key slots; the live ledger is not changed.</source>
            <translation>用备份自带的密钥槽打开备份；正在使用的台账不会被改动。</translation>
        </message>
    </context>
    <context>
        <name>SentProposalDialog</name>
        <message>
            <source>Record a proposal sent to the originator</source>
            <translation>登记报原定密机关的建议</translation>
        </message>
        <message>
            <source>Sent to:</source>
            <translation>报送机关：</translation>
        </message>
        <message>
            <source>Letter no. and date:</source>
            <translation>函件文号及日期：</translation>
        </message>
        <message>
            <source>What the unit proposes, and why</source>
            <translation>建议内容及理由</translation>
        </message>
        <message>
            <source>Proposal:</source>
            <translation>建议：</translation>
        </message>
        <message>
            <source>— not named —</source>
            <translation>— 未指明 —</translation>
        </message>
        <message>
            <source>Officer in charge:</source>
            <translation>承办人：</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Record signatures</source>
            <translation>登记签收</translation>
        </message>
        <message>
            <source>Signed by:</source>
            <translation>签收人：</translation>
        </message>
        <message>
            <source>Date on the notice:</source>
            <translation>签收日期：</translation>
        </message>
    </context>
    <context>
        <name>StatsTab</name>
        <message>
            <source>Other period</source>
            <translation>其他期间</translation>
        </message>
        <message>
            <source>Compute</source>
            <translation>统计</translation>
        </message>
        <message>
            <source>Print statistics…</source>
            <translation>打印统计表…</translation>
        </message>
        <message>
            <source>Export (XLSX)…</source>
            <translation>导出（XLSX）…</translation>
        </message>
        <message>
            <source>Choose a year and press Compute.</source>
            <translation>选择年度后点“统计”。</translation>
        </message>
        <message>
            <source>Year:</source>
            <translation>年度：</translation>
        </message>
        <message>
            <source>Counting the year…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <source>{period}: counted in {seconds:.1f} s at {time}.</source>
            <translation>{period}：{time}统计，用时{seconds:.1f}秒。</translation>
        </message>
        <message>
            <source>The ledger has changed since these figures were counted: press Compute to count again.</source>
            <translation>统计之后台账已有变动，请点“统计”重新统计。</translation>
        </message>
        <message>
            <source>Print statistics</source>
            <translation>打印统计表</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>正在打印…</translation>
        </message>
        <message>
            <source>Export statistics</source>
            <translation>导出统计表</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
    </context>
    <context>
        <name>Statuses</name>
        <message>
            <source>Pending approval</source>
            <translation>待审批</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>未批准</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>On loan</source>
            <translation>借出中</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>已归还</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Circulation</source>
            <translation>传阅</translation>
        </message>
        <message>
            <source>Personal retention</source>
            <translation>领用</translation>
        </message>
        <message>
            <source>Loan</source>
            <translation>借阅</translation>
        </message>
        <message>
            <source>May be taken out</source>
            <translation>外借</translation>
        </message>
        <message>
            <source>Reading room</source>
            <translation>阅览室查阅</translation>
        </message>
        <message>
            <source>%n d</source>
            <translation>%n天</translation>
        </message>
        <message>
            <source>%n h</source>
            <translation>%n小时</translation>
        </message>
        <message>
            <source>%n min</source>
            <translation>%n分钟</translation>
        </message>
        <message>
            <source>{a} {b}</source>
            <translation>{a}{b}</translation>
        </message>
        <message>
            <source>{span} overdue</source>
            <translation>逾期{span}</translation>
        </message>
        <message>
            <source>{span} left</source>
            <translation>剩余{span}</translation>
        </message>
    </context>
    <context>
        <name>StocktakePane</name>
        <message>
            <source>e.g. Archive cabinet C (includes every shelf and box in it)</source>
            <translation>例如：档案室C柜（含其下各层各盒）</translation>
        </message>
        <message>
            <source>All levels</source>
            <translation>全部密级</translation>
        </message>
        <message>
            <source>Names, separated by commas (at least two)</source>
            <translation>姓名，用逗号分隔（至少两人）</translation>
        </message>
        <message>
            <source>Scan or type a label, or a reg. no. with copy, then Enter</source>
            <translation>扫描或输入标签，或输入登记号和份号，按回车</translation>
        </message>
        <message>
            <source>Where it was found (if not the scope)</source>
            <translation>实见位置（与范围不同时填写）</translation>
        </message>
        <message>
            <source>Count:</source>
            <translation>清点对象：</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>存放位置：</translation>
        </message>
        <message>
            <source>Holder:</source>
            <translation>保管人：</translation>
        </message>
        <message>
            <source>Level:</source>
            <translation>密级：</translation>
        </message>
        <message>
            <source>Checkers:</source>
            <translation>盘点人：</translation>
        </message>
        <message>
            <source>Person in charge:</source>
            <translation>负责人：</translation>
        </message>
        <message>
            <source>Start stocktake</source>
            <translation>开始盘点</translation>
        </message>
        <message>
            <source>New stocktake</source>
            <translation>新建清查盘点</translation>
        </message>
        <message>
            <source>Stocktake:</source>
            <translation>清查盘点：</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>完成盘点</translation>
        </message>
        <message>
            <source>Cancel stocktake…</source>
            <translation>作废本次盘点…</translation>
        </message>
        <message>
            <source>Print report…</source>
            <translation>打印盘点报告…</translation>
        </message>
        <message>
            <source>Export missing (XLSX)…</source>
            <translation>导出缺失清单（XLSX）…</translation>
        </message>
        <message>
            <source>Report selected missing items as lost…</source>
            <translation>将所选缺失项报告遗失…</translation>
        </message>
        <message>
            <source>Expected (frozen at the start)</source>
            <translation>应在清单（开始时冻结）</translation>
        </message>
        <message>
            <source>Scanned but not expected (not on the list)</source>
            <translation>账外载体（扫到但不在应在清单）</translation>
        </message>
        <message>
            <source>Devices and storage media (expected, then not expected)</source>
            <translation>涉密设备和存储介质（先列应在，后列账外）</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>No stocktake yet: choose a scope and start one.</source>
            <translation>尚无清查盘点：请选择范围后开始。</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>已核</translation>
        </message>
        <message>
            <source>Mismatch</source>
            <translation>不符</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <source>Not yet seen</source>
            <translation>未见</translation>
        </message>
        <message>
            <source>Found {found} of {expected} · still expected {remaining} · not expected {unexpected}</source>
            <translation>已核 {found} / 应在 {expected} · 尚缺 {remaining} · 账外 {unexpected}</translation>
        </message>
        <message numerus="yes">
            <source>This scope holds %n item(s): carriers, devices and media.</source>
            <translation>
                <numerusform>此范围内共有 %n 件（载体、设备和介质）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This scope holds %n carrier(s).</source>
            <translation>
                <numerusform>此范围内应在 %n 件。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing held is in this scope: check the location (a cabinet includes every shelf and box in it).</source>
            <translation>此范围内没有在管的载体：请核对存放位置（写到柜即包括其下各层各盒）。</translation>
        </message>
        <message>
            <source>✔ {what}: checked.</source>
            <translation>✔ {what}：已核。</translation>
        </message>
        <message>
            <source>{what}: already scanned (nothing changes).</source>
            <translation>{what}：已扫描过（不重复计数）。</translation>
        </message>
        <message>
            <source>⚠ {what}: found, but not where or with whom the ledger says.</source>
            <translation>⚠ {what}：已找到，但位置或保管人与台账不符。</translation>
        </message>
        <message>
            <source>⚠ {what}: not on the expected list (ledger: {state}).</source>
            <translation>⚠ {what}：不在应在清单中（台账记载：{state}）。</translation>
        </message>
        <message>
            <source>⚠ {what}: this label is not in the ledger.</source>
            <translation>⚠ {what}：台账中无此标签。</translation>
        </message>
        <message>
            <source>Cancel stocktake</source>
            <translation>作废清查盘点</translation>
        </message>
        <message>
            <source>Why is this stocktake cancelled?</source>
            <translation>作废本次清查盘点的原因：</translation>
        </message>
        <message>
            <source>Print stocktake report</source>
            <translation>打印清查盘点报告</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>正在打印…</translation>
        </message>
        <message>
            <source>Export missing items</source>
            <translation>导出缺失载体</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <source>Select missing items on the list first.</source>
            <translation>请先在清单中选择缺失的载体。</translation>
        </message>
        <message>
            <source>Carriers</source>
            <extracomment>what a session counts: (carriers, media)</extracomment>
            <translation>涉密载体</translation>
        </message>
        <message>
            <source>Carriers, devices and storage media</source>
            <translation>涉密载体、设备和存储介质</translation>
        </message>
        <message>
            <source>Devices and storage media only</source>
            <translation>仅涉密设备和存储介质</translation>
        </message>
        <message>
            <source>Not expected</source>
            <translation>账外</translation>
        </message>
    </context>
    <context>
        <name>UnitPage</name>
        <message>
            <source>Your unit</source>
            <translation>本单位</translation>
        </message>
        <message>
            <source>The unit's full name is printed on every form.</source>
            <translation>单位全称将打印在所有表单上。</translation>
        </message>
        <message>
            <source>e.g. XX City Bureau of Statistics</source>
            <translation>例如：某某市统计局</translation>
        </message>
        <message>
            <source>Unit name:</source>
            <translation>单位名称：</translation>
        </message>
    </context>
    <context>
        <name>WorkflowColumns</name>
        <message>
            <source>Asked by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>What is asked</source>
            <translation>申请事项</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>审批依据</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>审批人</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>审批方式</translation>
        </message>
        <message>
            <source>Form no.</source>
            <translation>审批单编号</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>意见/理由</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Carry-out no.</source>
            <translation>携带外出号</translation>
        </message>
        <message>
            <source>Carried by</source>
            <translation>携带人</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>目的地</translation>
        </message>
        <message>
            <source>Carriers</source>
            <translation>载体</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>密级</translation>
        </message>
        <message>
            <source>Went out</source>
            <translation>外出时间</translation>
        </message>
        <message>
            <source>Due back</source>
            <translation>应还时间</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>带回时间</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>审批</translation>
        </message>
        <message>
            <source>Reg. no.</source>
            <extracomment>知悉方式 as stored (Chinese, printed on the form) and as the English UI shows it (register, file type) -&gt; the service that writes it</extracomment>
            <translation>登记号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>密级标志</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>份号</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>传阅人</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>送阅时间</translation>
        </message>
        <message>
            <source>Loan no.</source>
            <translation>借阅号</translation>
        </message>
        <message>
            <source>Borrower</source>
            <translation>借阅人</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Renewals</source>
            <translation>续借</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>保管人</translation>
        </message>
        <message>
            <source>Out since</source>
            <translation>送出/借出时间</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Doc. no.</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>How</source>
            <translation>知悉方式</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>领用时间</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>交回时间</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>领用人</translation>
        </message>
    </context>
    <context>
        <name>Workflows</name>
        <message>
            <source>Printing…</source>
            <extracomment>Enter on a focused button presses it</extracomment>
            <translation>正在生成…</translation>
        </message>
    </context>
    <context>
        <name>YearEndColumns</name>
        <message>
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>已评定</translation>
        </message>
        <message>
            <source>Finalised</source>
            <translation>定稿时间</translation>
        </message>
        <message>
            <source>By</source>
            <translation>定稿人</translation>
        </message>
        <message>
            <source>Digest</source>
            <translation>内容摘要</translation>
        </message>
        <message>
            <source>Exception</source>
            <translation>例外</translation>
        </message>
        <message>
            <source>Reg. no. / record</source>
            <translation>登记号/编号</translation>
        </message>
        <message>
            <source>Title / detail</source>
            <translation>标题/说明</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>密级</translation>
        </message>
        <message>
            <source>Person / unit</source>
            <translation>人员/单位</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>天数</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>存在问题</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>整改措施</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>责任人</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>完成日期</translation>
        </message>
    </context>
    <context>
        <name>YearEndPane</name>
        <message>
            <source>Statistics</source>
            <translation>年度统计</translation>
        </message>
        <message>
            <source>Self-inspection</source>
            <translation>自查自评</translation>
        </message>
        <message>
            <source>Rectification</source>
            <translation>整改事项</translation>
        </message>
    </context>
</TS>
