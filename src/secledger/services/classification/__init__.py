"""定密管理: the classification lifecycle of documents — 定密, 变更, 延期, 解密 — with written
notices, new labels, the 解密 marking of carriers, the yearly review and the worklists.

Rules (DESIGN.md §3, "Added from the 2024 texts") are in ``domain/classification.py``;
refusals are ``DomainError``s with stable codes (``classification.*``, ``mark.*``) whose
Chinese/English text is in ``domain/_msg_classification.py``. Every call below is one
transaction; a refusal writes nothing. DTOs are frozen; import the modules, not this package.

Who does what (DESIGN.md §1)
----------------------------
- 保密员 (security officer): ``designations.designate`` / ``revoke`` (定密责任人, up to a
  level, never above the person's clearance).
- 机要员 (clerk): records proposals (``proposals.propose``; the 承办人 is ``proposer_id``),
  the originator's notices (``decisions.record_originator_decision``), proposals sent to an
  originator (``proposals.record_sent_proposal``), signatures (``notices.acknowledge``), new
  labels (``marking.print_new_labels``), the yearly review of received documents
  (``review.confirm_originator_silent``) and paper decisions (through
  ``services.approvals.requests.record_paper_decision``).
- 定密责任人 (a designated person acting through an approver account): decides proposals in
  the ordinary approvals queue (``approvals.decide``; subject kind ``classification``),
  keeps own documents on review (``review.maintain``). Nobody decides his own proposal.
- 机要员/档案员: ``marking.confirm_declassified`` (carriers in custody get their 解密 marking).

Writing (services)
------------------
``designations``
    ``designate(led, *, person_id, max_level, reference="", scope_note="", designated_on=None)
    -> DesignationDTO``; ``revoke(led, *, designation_id, reason)``;
    ``designations(led, *, active_only=True)``; ``classifiers_for(led, level)`` (who may sign
    a paper decision of that level).
``proposals`` (the unit's own documents, 发文/制作 register)
    ``propose(led, ProposalInput) -> ProposalDTO``. ``ProposalInput(document_id, kind,
    proposer_id, mark=None, retention=None, need_to_know=None, no_copy=None,
    recall_required=None, basis=None, opinion="", recipients=None)``: 定密 (``DESIGNATE``)
    needs mark + need_to_know + ``Basis(BasisKind.ITEM, text)`` or ``Basis(BasisKind.DERIVED,
    source=…)``; 变更 (``CHANGE``) any of mark/need_to_know/no_copy/recall_required; 延期
    (``EXTEND``) retention; 提前解密 (``DECLASSIFY``) nothing; all but 定密 need ``opinion``.
    The proposal is checked at once as the decision will be, opens an approval, and is due
    within ``classification_decide_days`` (policy, 10). ``withdraw(led, *, proposal_id,
    reason)``. ``record_sent_proposal(led, SentProposalInput(document_id, kind, addressee,
    sent_on, sent_ref="", opinion="", proposer_id=None))`` for received documents.
``decisions``
    ``record_originator_decision(led, OriginatorDecisionInput(document_id, kind, notice=
    OriginatorNotice(body, ref, on), mark=None, retention=None, need_to_know=None,
    no_copy=None, recall_required=None, reason="", proposal_id=None, recipients=None)) ->
    decision id`` (变更/延期/解密 of a received document, effective on the notice's date).
    ``apply`` is the one writer every path shares (not for panes).
``notices``
    ``acknowledge(led, *, recipient_ids, signed_on=None) -> int`` (签收, one event each).
``marking``
    ``confirm_declassified(led, *, carrier_ids, note="") -> int`` (in custody only; each
    carrier moves to ``declassified`` through ``transition()``);
    ``print_new_labels(led, carrier_ids, path, *, single=False, start=0, progress=None) ->
    Path`` (待换标 carriers only; same label ids; records the print and closes 待换标).
``review`` (年度审核)
    ``maintain(led, *, document_ids, decided_by_id=None, decided_on=None, form_no="",
    note="") -> [decision id]`` (in the app by the logged-in 定密责任人, or transcribed by the
    clerk with ``decided_by_id`` + ``form_no``); ``confirm_originator_silent(led, *,
    document_ids, note="") -> int`` (received documents: no notice came this year).
``expiry``
    ``run_auto_declassification(led, *, progress=None) -> ExpiryResult(documents,
    carriers_waiting, today, seconds)``: records every ended period (自行解密, a system
    event per document), idempotent, no role needed, ≈1.5 s CPU for the first pass on a
    1M-carrier demo (27k documents), milliseconds after. **The UI calls it right after
    login and after every unlock, off the GUI thread** (``AppContext.write_long(lambda:
    expiry.run_auto_declassification(led, progress=…), title=…)``), before showing the
    start screen's counts; its ``Changes`` touch ``Area.CLASSIFICATION``/``DOCUMENTS``.
    ``secledger verify`` runs it first.

Reading (``read``, ``forms``)
-----------------------------
- ``read.summary(led) -> Summary``: ``summary[Worklist.X]`` counts of every worklist, plus
  ``proposals_pending`` / ``proposals_overdue`` (the start screen's 定密管理 box).
- ``read.page(led, Worklist.X, *, limit=200, offset=0, after=None) -> rows`` and
  ``read.count(led, Worklist.X)``: paged SQL, keyset by ``row.key`` (``after=last.key``),
  each row has ``id`` (for ``WindowedTableModel``). First pages take a few ms on 1M carriers.
  ================  =============================  ==========================================
  Worklist          row (id)                        show / act
  ================  =============================  ==========================================
  EXPIRING_90/30    ExpiringRow (document)          登记号 文号 标题 密级标志 解密日期 剩余天数
                                                    本单位定密? 待审批申请; own: propose 延期/解密,
                                                    received: look for the originator's notice
  MARKING           MarkingRow (carrier)            已解密待处理: 份号 状态 保管人 解密日期
                                                    自行解密?; ``in_custody`` rows: confirm
  RELABEL           RelabelRow (carrier)            待换标: 原标志 → 新标志; print new labels
  ACKNOWLEDGE       AckRow (notice recipient)       待通知签收: 通知号 文件 姓名 部门 持有份号;
                                                    record signatures
  REVIEW_OWN        ReviewRow (document)            年度审核（本单位）: maintain or propose
  REVIEW_RECEIVED   ReviewRow (document)            年度审核（收文）: confirm no notice, or record it
  ================  =============================  ==========================================
  The two day counts are policy settings ``secrecy_expiry_notice_days`` (90) and
  ``secrecy_expiry_urgent_days`` (30) in ``services.ledger.timing.WORKFLOW_POLICY``.
- ``read.proposals(led, *, status=PENDING, overdue=False, document_id=None)`` ->
  ``ProposalDTO`` (``days_left(today)``: the ten-day limit); ``read.get_proposal``.
- ``read.decisions_of(led, document_id)`` / ``read.get_decision`` -> ``DecisionDTO`` (the
  document's classification history); ``read.get_notice`` / ``read.notice_of_decision`` ->
  ``NoticeDTO`` (密级变更（解密）通知 with one ``RecipientDTO`` per person: name, department,
  reason, copies held, ``acknowledged_on``).
- ``forms.approval_form(led, proposal_id) -> ApprovalFormDTO`` (国家秘密事项定密审批表, or
  the 变更/延期/解密 审批表); ``forms.register_rows(led, *, year, after=0, limit=500)`` /
  ``forms.iter_register(led, *, year)`` -> ``RegisterRowDTO`` (定（解）密工作情况登记簿).

Printing and finding (``printing``, ``lookup``)
-----------------------------------------------
- ``printing.print_approval_form(led, proposal_id, path)``, ``print_register(led, path, *,
  year)`` / ``export_register_xlsx``, ``print_notice(led, notice_id, path)``: the forms of
  ``reports/classification``, each an output event of the level it names (known before
  writing from ``approval_form_level``, ``register_level``, ``notice_level``).
- ``lookup.find(led, text) -> DocumentRef`` (登记号 or a carrier's label) and
  ``lookup.document_ref(led, document_id)``: the document a form is about.
- ``notices.received_by(s, document_id)``: the notices each person received, for the
  知悉人员 register.

What the pane should show: the summary counts as tabs (periods ending, 已解密待处理, 待换标,
待通知签收, 年度审核 own/received, proposals pending/overdue); a document's decisions and
notice in its detail; actions per tab as in the table; designations in the security
officer's settings. Refresh on ``changes.touches(Area.CLASSIFICATION, Area.DOCUMENTS,
Area.CARRIERS, Area.APPROVALS)`` (carriers coming back change 已解密待处理).
"""
