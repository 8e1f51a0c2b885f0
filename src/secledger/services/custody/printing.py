"""Printing and exporting the routing forms: gathers the DTOs and calls the renderers.

文件传阅单, 知悉人员登记表 (PDF, XLSX), 个人留存（领用）登记簿, 借阅审批单, 借阅登记簿
(PDF, XLSX). Every form carries the chain digest at the time of printing.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, tzinfo
from pathlib import Path

from secledger.domain.enums import Classification, Urgency
from secledger.reports.custody.circulation import (
    KNOWER_XLSX_COLUMNS,
    RETENTION_COLUMNS,
    KnowerRow,
    KnowledgeSheet,
    SlipData,
    SlipReader,
    knowledge_rows,
    render_circulation_slip,
    render_knowledge_register,
    retention_row,
)
from secledger.reports.custody.loans import (
    LOAN_REGISTER_COLUMNS,
    LoanFormData,
    LoanFormItem,
    loan_register_row,
    render_loan_form,
)
from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import RowData
from secledger.reports.kit.pdf import FormMeta
from secledger.reports.kit.xlsx import write_table_xlsx
from secledger.reports.registration.register import render_register_pdf
from secledger.services.audit.output_log import carrier_levels, logged, mark_of, top_level
from secledger.services.audit.verify import chain_digest
from secledger.services.carriers.refs import load_carrier
from secledger.services.custody import circulation, knowledge, loans, retention
from secledger.services.custody.circulation import LegDTO
from secledger.services.custody.knowledge import KnowledgeSheetDTO
from secledger.services.custody.loans import LoanDTO
from secledger.services.custody.people_filter import EVERYTHING, PeopleFilter, describe
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import (
    local_now,
    local_tz,
    policy_int,
    same_day_required,
    to_local,
    workday_end,
)

RETENTION_TITLE = "个人留存（领用）登记簿"


def _meta(led: Ledger, title: str, *, form_no: str = "", subtitle: str = "",
          wide: bool = False, mark: str = "") -> FormMeta:
    return FormMeta(unit_name=led.unit_name, title=title, form_no=form_no, subtitle=subtitle,
                    printed_by=led.user.person_name,
                    printed_at=local_now(led).replace(tzinfo=None),
                    chain_digest=chain_digest(led), landscape=wide, mark=mark)


def _loc(moment: datetime | None, tz: tzinfo) -> datetime | None:
    return to_local(moment, tz).replace(tzinfo=None) if moment is not None else None


# -- 文件传阅单 -------------------------------------------------------------------------------
def due_rule_text(led: Ledger, level: str, urgency: str) -> str:
    end = workday_end(led).strftime("%H:%M")
    if same_day_required(Classification(level), Urgency(urgency)):
        why = "绝密" if level == Classification.TOP_SECRET.value else "特急"
        return f"当日{end}前退回（{why}件当日传阅）"
    return f"{policy_int(led, 'circulation_due_days')}日内退回（第{policy_int(led, 'circulation_due_days')}日{end}前）"


def slip_data(led: Ledger, carrier_id: int) -> SlipData:
    tz = local_tz(led)
    plan = circulation.current_plan(led, carrier_id)
    legs = circulation.legs_of(led, carrier_id)
    readers: list[SlipReader] = []
    planned = {st.leg.id for st in plan.steps if st.leg} if plan else set()
    for st in plan.steps if plan else ():
        readers.append(_slip_reader(st.name, st.department, st.leg, tz))
    for leg in legs:
        if leg.id not in planned and (plan is None or leg.sent_at >= _plan_start(legs, plan)):
            readers.append(_slip_reader(leg.reader_name, leg.department, leg, tz))
    with led.db.read() as s:
        c, d = load_carrier(s, carrier_id=carrier_id)
        received = _loc(d.received_at, tz)
        return SlipData(unit=d.unit, doc_no=d.doc_no, title=d.title, mark=d.mark,
                        copy_no=f"{c.copy_no:06d}", reg_no=d.reg_no,
                        received_on=received.date() if received else None,
                        due_rule=due_rule_text(led, d.level, d.urgency),
                        note=plan.note if plan else "", readers=tuple(readers))


def _plan_start(legs: list[LegDTO], plan: circulation.PlanDTO) -> datetime:
    sent = [st.leg.sent_at for st in plan.steps if st.leg]
    return min(sent) if sent else datetime.max


def _slip_reader(name: str, dept: str, leg: LegDTO | None, tz: tzinfo) -> SlipReader:
    if leg is None:
        return SlipReader(name, dept)
    signed = ""
    if leg.sign_via == "app" and leg.signed_at:
        at = _loc(leg.signed_at, tz)
        assert at is not None
        signed = f"系统内确认\n{at.month}月{at.day}日 {at:%H:%M}"
    return SlipReader(name, dept, _loc(leg.sent_at, tz), _loc(leg.due_at, tz),
                      _loc(leg.returned_at, tz), signed, leg.comment)


def print_circulation_slip(led: Ledger, *, carrier_id: int, path: str | Path,
                           progress: Progress | None = None) -> Path:
    slip = slip_data(led, carrier_id)
    level = top_level(carrier_levels(led, [carrier_id]))
    meta = _meta(led, "文件传阅单", form_no=f"{slip.reg_no}-{slip.copy_no}", mark=slip.mark)
    out = render_circulation_slip(path, meta, slip, progress)
    return logged(led, out, what="文件传阅单", rows=len(slip.readers), level=level)


# -- 知悉人员登记表 ---------------------------------------------------------------------------
def _sheets(led: Ledger, dtos: list[KnowledgeSheetDTO]) -> list[KnowledgeSheet]:
    tz = local_tz(led)
    return [KnowledgeSheet(x.reg_no, x.doc_no, x.title, x.mark, x.copy_nos, tuple(
        KnowerRow(k.name, k.department, k.way, k.copy_no_text, _loc(k.at, tz) or k.at,
                  k.notices)
        for k in x.knowers)) for x in dtos]


def _knowledge_dtos(led: Ledger, document_id: int | None, year: int | None,
                    filt: PeopleFilter = EVERYTHING) -> list[KnowledgeSheetDTO]:
    if document_id is not None:
        return [knowledge.knowers(led, document_id)]
    return knowledge.register_of_knowers(led, year=year, filt=filt)


def _subtitle(led: Ledger, filt: PeopleFilter, default: str) -> str:
    with led.db.read() as s:
        return describe(s, filt) or default


def knowledge_totals(dtos: list[KnowledgeSheetDTO]) -> list[tuple[str, str]]:
    """文件 n 件, 知悉 m 人次 by way: the totals under the printed and exported register."""
    ways = Counter(k.way for x in dtos for k in x.knowers)
    return [("文件", f"{len(dtos)} 件"), ("知悉", f"{sum(ways.values())} 人次"),
            *((way, f"{ways[way]} 人次") for way in ("传阅", "借阅", "领用") if ways[way])]


def signed_lines(meta: FormMeta) -> tuple[str, ...]:
    """Who printed it and when, and the chain digest, as every form's footer has them."""
    return meta.printed_text(), meta.digest_text()


def print_knowledge_register(led: Ledger, *, path: str | Path, document_id: int | None = None,
                             year: int | None = None, filt: PeopleFilter = EVERYTHING,
                             progress: Progress | None = None) -> Path:
    dtos = _knowledge_dtos(led, document_id, year, filt)
    sub = _subtitle(led, filt, f"{year}年" if year else "绝密、机密文件")
    level = top_level([x.level for x in dtos])
    meta = _meta(led, "知悉人员登记表", subtitle=sub, mark=mark_of(level))
    out = render_knowledge_register(path, meta, _sheets(led, dtos), progress,
                                    totals=knowledge_totals(dtos))
    return logged(led, out, what="知悉人员登记表", rows=sum(len(x.knowers) for x in dtos),
                  level=level)


def export_knowledge_xlsx(led: Ledger, *, path: str | Path, year: int | None = None,
                          filt: PeopleFilter = EVERYTHING,
                          progress: Progress | None = None) -> Path:
    dtos = _knowledge_dtos(led, None, year, filt)
    rows = knowledge_rows(_sheets(led, dtos))
    level = top_level([x.level for x in dtos])
    meta = _meta(led, "知悉人员登记表", mark=mark_of(level))
    out = write_table_xlsx(path, title="知悉人员登记表", unit_name=led.unit_name,
                           period=_subtitle(led, filt, f"{year}年" if year else ""),
                           columns=KNOWER_XLSX_COLUMNS, rows=rows, progress=progress,
                           mark=meta.mark, totals=knowledge_totals(dtos),
                           signed=signed_lines(meta))
    return logged(led, out, what="知悉人员登记表", rows=len(rows), level=level)


# -- 个人留存（领用）登记簿 --------------------------------------------------------------------
def _retention_rows(led: Ledger, items: list[retention.RetentionDTO]) -> list[RowData]:
    tz = local_tz(led)
    return [retention_row(
        i, person=r.person, department=r.department, reg_no=r.carrier.reg_no,
        doc_no=r.carrier.doc_no, title=r.carrier.title, mark=r.carrier.mark,
        copy_no=r.carrier.copy_no_text, purpose=r.purpose, approver=r.approver,
        issued=_loc(r.issued_at, tz) or r.issued_at, due=_loc(r.due_at, tz) or r.due_at,
        returned=_loc(r.returned_at, tz)) for i, r in enumerate(items, 1)]


def retention_totals(items: list[retention.RetentionDTO]) -> list[tuple[str, str]]:
    return [("合计", f"{len(items)} 件"), ("未交回", f"{sum(1 for r in items if r.is_out)} 件")]


def _retention_register(led: Ledger, person_id: int | None, filt: PeopleFilter
                        ) -> tuple[list[retention.RetentionDTO], str, Classification | None]:
    items = retention.retentions(led, person_id=person_id, filt=filt, limit=None)
    who = items[0].person if person_id is not None and items else ""
    return items, _subtitle(led, filt, who), top_level([r.carrier.level for r in items])


def print_retention_register(led: Ledger, *, path: str | Path, person_id: int | None = None,
                             filt: PeopleFilter = EVERYTHING,
                             progress: Progress | None = None) -> Path:
    items, sub, level = _retention_register(led, person_id, filt)
    done = render_register_pdf(
        path, _meta(led, RETENTION_TITLE, subtitle=sub, wide=True, mark=mark_of(level)),
        RETENTION_COLUMNS, _retention_rows(led, items), totals=retention_totals(items),
        progress=progress)
    return logged(led, done, what=RETENTION_TITLE, rows=len(items), level=level)


def export_retention_xlsx(led: Ledger, *, path: str | Path, person_id: int | None = None,
                          filt: PeopleFilter = EVERYTHING,
                          progress: Progress | None = None) -> Path:
    """The 个人留存（领用）登记簿 as XLSX: the same rows, totals and footer as the PDF."""
    items, sub, level = _retention_register(led, person_id, filt)
    meta = _meta(led, RETENTION_TITLE, mark=mark_of(level))
    out = write_table_xlsx(path, title=RETENTION_TITLE, unit_name=led.unit_name, period=sub,
                           columns=RETENTION_COLUMNS,
                           rows=[r.values for r in _retention_rows(led, items)],
                           progress=progress, mark=meta.mark, totals=retention_totals(items),
                           signed=signed_lines(meta))
    return logged(led, out, what=RETENTION_TITLE, rows=len(items), level=level)


# -- 借阅审批单 / 借阅登记簿 ------------------------------------------------------------------
def loan_form_data(led: Ledger, loan: LoanDTO) -> LoanFormData:
    tz = local_tz(led)
    ap = loan.approval
    decision = approver = decided = ""
    if ap is not None and ap.status in ("approved", "rejected"):
        decision = ap.status_label + (f"：{ap.reason}" if ap.reason else "")
        approver = f"审批人：{ap.decided_by}"
        when = ap.paper_date or (_loc(ap.decided_at, tz) or datetime.min).date()
        decided = f"{when.year}年{when.month}月{when.day}日，{ap.via_label}" + (
            f"（编号{ap.paper_form_no}）" if ap.paper_form_no else "")
    return LoanFormData(
        loan_no=loan.loan_no, borrower=loan.borrower, department=loan.department,
        clearance=loan.clearance, purpose=loan.purpose, mode=loan.mode_label,
        requested_at=_loc(loan.requested_at, tz) or loan.requested_at,
        due_text=_loan_due_text(led, loan, tz),
        items=tuple(LoanFormItem(i.carrier.reg_no, i.carrier.title, i.carrier.mark,
                                 i.carrier.copy_no_text, i.carrier.location)
                    for i in loan.items),
        decision=decision, approver=approver, decided=decided,
        issued_at=_loc(loan.issued_at, tz), returned_at=_loc(loan.returned_at, tz))


def _loan_due_text(led: Ledger, loan: LoanDTO, tz: tzinfo) -> str:
    due = _loc(loan.due_at, tz)
    if due is not None:
        return f"{due.year}年{due.month}月{due.day}日 {due:%H:%M}前归还"
    if loan.take_out:
        return f"借出后{policy_int(led, 'loan_days')}日内归还"
    return f"当日{workday_end(led):%H:%M}前归还（阅览室查阅）"


def print_loan_form(led: Ledger, *, loan_id: int, path: str | Path,
                    progress: Progress | None = None) -> Path:
    loan = loans.get_loan(led, loan_id)
    level = top_level([i.carrier.level for i in loan.items])
    meta = _meta(led, "借阅审批单", form_no=loan.loan_no, mark=mark_of(level))
    out = render_loan_form(path, meta, loan_form_data(led, loan), progress)
    return logged(led, out, what="借阅审批单", rows=len(loan.items), level=level)


def _register_loans(led: Ledger, year: int | None) -> list[LoanDTO]:
    """The loans the 借阅登记簿 of *year* lists (issued or returned), oldest first."""
    return [loan for loan in reversed(loans.list_loans(led, year=year))
            if loan.status in ("issued", "returned")]


def loan_register(led: Ledger, year: int | None = None
                  ) -> tuple[list[list[object]], Classification | None]:
    """The register's rows and the highest level they list, from one read of the loans."""
    shown = _register_loans(led, year)
    level = top_level([it.carrier.level for loan in shown for it in loan.items])
    return _loan_rows(led, shown), level


def _loan_rows(led: Ledger, shown: list[LoanDTO]) -> list[list[object]]:
    tz = local_tz(led)
    rows: list[list[object]] = []
    for loan in shown:
        ap = loan.approval
        for it in loan.items:
            c = it.carrier
            note = "；".join(x for x in (
                f"续借{loan.renewals}次" if loan.renewals else "",
                f"逾期续借{loan.overdue_renewals}次" if loan.overdue_renewals else "",
                f"纸质审批{ap.paper_form_no}" if ap and ap.paper_form_no else "") if x)
            rows.append(loan_register_row(
                loan_no=loan.loan_no, borrower=loan.borrower, department=loan.department,
                carrier=f"{c.reg_no}《{c.title}》第{c.copy_no_text}份", mark=c.mark,
                mode=loan.mode_label, issued=_loc(it.issued_at, tz), due=_loc(loan.due_at, tz),
                returned=_loc(it.returned_at, tz), approver=ap.decided_by if ap else "",
                remarks=note))
    return rows


def print_loan_register(led: Ledger, *, path: str | Path, year: int | None = None,
                        progress: Progress | None = None) -> Path:
    rows, level = loan_register(led, year)
    out = render_register_pdf(
        path, _meta(led, "借阅登记簿", subtitle=f"{year}年" if year else "", wide=True,
                    mark=mark_of(level)),
        LOAN_REGISTER_COLUMNS, [RowData(r) for r in rows], totals=_loan_totals(rows),
        progress=progress)
    return logged(led, out, what="借阅登记簿", rows=len(rows), level=level)


def _loan_totals(rows: list[list[object]]) -> list[tuple[str, str]]:
    return [("合计", f"{len(rows)} 件次")]


def loan_register_level(led: Ledger, year: int | None = None) -> Classification | None:
    """The highest level the 借阅登记簿 of *year* lists (for the save prompt)."""
    return top_level([it.carrier.level for loan in _register_loans(led, year)
                      for it in loan.items])


def export_loan_register_xlsx(led: Ledger, *, path: str | Path, year: int | None = None,
                              progress: Progress | None = None) -> Path:
    rows, level = loan_register(led, year)
    meta = _meta(led, "借阅登记簿", mark=mark_of(level))
    out = write_table_xlsx(path, title="借阅登记簿", unit_name=led.unit_name,
                           period=f"{year}年" if year else "", columns=LOAN_REGISTER_COLUMNS,
                           rows=rows, progress=progress, mark=meta.mark,
                           totals=_loan_totals(rows), signed=signed_lines(meta))
    return logged(led, out, what="借阅登记簿", rows=len(rows), level=level)
