"""The demo's year-end work, done through the real services after the other demo steps
(``build_demo`` runs it): every chart and exception list of the year-end pane has something
to show.

- as the clerk: a loss found missing three days ago and reported upstream late; a stocktake
  of one archive box finished with one carrier missing and unexplained; a copy brought in
  from an old paper register (no approval to show);
- as the security officer: the previous year's self-inspection finalised, then corrected by
  a second version that supersedes it (both listed); this year's draft with the evidence
  gathered and half the items assessed; two 整改 items, one closed.

The clock only moves forward; the ledger is left logged in as ``demo``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import text

from secledger.demo.scripted import Clock, ScriptRun
from secledger.demo.week import Cast
from secledger.domain.access import NeedToKnow
from secledger.domain.enums import Register
from secledger.domain.marks import parse_mark
from secledger.domain.selfinspection import Result
from secledger.services.custody import loss, stocktake
from secledger.services.ledger.session import Ledger
from secledger.services.registration.register import DocumentInput, register_document
from secledger.services.yearend import finalising, rectification, selfinspection

#: what the officer writes where the ledger has no record (item -> result, note)
OFFICER_NOTES: dict[str, tuple[Result, str]] = {
    "1.1": (Result.CONFORMS, "党组会专题研究保密工作2次，保密工作纳入年度考核。"),
    "2.1": (Result.CONFORMS, "修订《涉密载体管理制度》《保密要害部位管理规定》。"),
    "3.2": (Result.MOSTLY, "新进涉密人员3人中1人上岗后补训。"),
    "10.1": (Result.NOT_APPLICABLE, "本年度无对外提供国家秘密事项。"),
    "10.2": (Result.NOT_APPLICABLE, "本年度无涉外活动。"),
}


@dataclass
class _Run(ScriptRun):
    def tick(self, seconds: int = 5) -> None:
        """The clock moves on a little: everything here fits in the last day's last hour
        (before 18:00, when the demo's tests look at the ledger)."""
        self.clock.moment += timedelta(seconds=seconds)


def run(led: Ledger, password: str, clock: Clock, cast: Cast) -> None:
    r = _Run(led, clock, cast, password)
    r.as_user("demo")
    _late_loss(r)
    _media_stocktake(r)
    _stocktake(r)
    _old_copy(r)
    r.as_user("admin")
    last_year = r.today.year - 1
    first = _inspection(r, last_year, summary="全年未发生泄密事件，涉密载体管理总体规范。")
    _inspection(r, last_year, correct=first,
                summary="全年未发生泄密事件，涉密载体管理总体规范；更正第1版宣传教育项。")
    _this_year(r)
    r.as_user("demo")


def _late_loss(r: _Run) -> None:
    with r.led.db.read() as s:
        cid = s.execute(text("SELECT c.id FROM carriers c JOIN documents d ON d.id = c.document_id"
                             " WHERE c.state = 'in_store' AND d.level = 'confidential'"
                             " ORDER BY c.id DESC LIMIT 1")).scalar_one_or_none()
    if cid is None:
        return
    r.tick()
    found_missing = r.clock.moment - timedelta(days=3)
    report = loss.report_loss(r.led, loss.LossInput(
        carrier_ids=(int(cid),), discovered_at=found_missing, reporter_id=r.cast.clerk.id,
        circumstances="交接时发现未在保密柜内"))
    r.tick()
    loss.mark_reported_upstream(r.led, report_id=report.id,
                                reported_at=found_missing + timedelta(hours=30),
                                reference=f"保报〔{r.today.year}〕7号")


def _stocktake(r: _Run) -> None:
    """A small box checked, one carrier in it not found and not yet explained."""
    with r.led.db.read() as s:
        row = s.execute(text(
            "SELECT location, count(*) AS n FROM carriers WHERE state = 'archived'"
            " AND location LIKE '%/%' GROUP BY location HAVING n BETWEEN 3 AND 40"
            " ORDER BY n, location LIMIT 1")).first()
        if row is None:
            return
        place = str(row[0])
        labels = [str(x) for (x,) in s.execute(text(
            "SELECT label_id FROM carriers WHERE state = 'archived' AND location = :p"
            " ORDER BY id"), {"p": place})]
    r.tick()
    st = stocktake.start_stocktake(r.led, scope=stocktake.Scope(location=place),
                                   checkers=(r.cast.clerk.name, r.cast.archivist.name),
                                   leader=r.cast.leader.name, note="年终抽查")
    for label in labels[1:]:
        stocktake.scan(r.led, st.id, label, location=place)
    r.tick(30)
    stocktake.finish_stocktake(r.led, st.id)


def _media_stocktake(r: _Run) -> None:
    """The room holding the most devices and media checked against their register: every
    label scanned, one item seen in the next room."""
    with r.led.db.read() as s:
        row = s.execute(text(
            "SELECT location, count(*) AS n FROM media_items WHERE state IN ('in_use',"
            " 'out_of_service') AND location <> '' GROUP BY location ORDER BY n DESC, location"
            " LIMIT 1")).first()
        if row is None:
            return
        place = str(row[0])
        labels = [str(x) for (x,) in s.execute(text(
            "SELECT label_id FROM media_items WHERE location = :p AND state NOT IN"
            " ('destroyed', 'voided') ORDER BY device_no"), {"p": place})]
    r.tick()
    st = stocktake.start_stocktake(
        r.led, scope=stocktake.Scope(location=place, carriers=False, media=True),
        checkers=(r.cast.clerk.name, r.cast.archivist.name), leader=r.cast.leader.name,
        note="涉密计算机和存储介质年终清查")
    for n, label in enumerate(labels):
        stocktake.scan(r.led, st.id, label, location=place if n else f"{place}隔壁")
    r.tick(30)
    stocktake.finish_stocktake(r.led, st.id)


def _old_copy(r: _Run) -> None:
    r.tick()
    register_document(r.led, DocumentInput(
        register=Register.RECEIPT, title="关于做好年度保密自查工作的通知（复印件）",
        mark=parse_mark("秘密★10年"), copy_nos=(1,), unit="市委办公室",
        doc_no=f"市委办〔{r.today.year}〕88号", issued_on=r.today - timedelta(days=40), pages=4,
        need_to_know=NeedToKnow.everyone(), signed_by_id=r.cast.clerk.id, is_copy=True,
        remarks="据旧纸质登记簿补登，原复制审批单未找到"))


def _assess(r: _Run, inspection_id: int, *, share: float = 1.0,
            earlier: selfinspection.InspectionDTO | None = None) -> None:
    items = selfinspection.get(r.led, inspection_id).items
    for n, i in enumerate(items):
        if n >= len(items) * share:
            return
        result, note, reason = i.proposed or Result.CONFORMS, "", ""
        if i.item.code in OFFICER_NOTES:
            result, note = OFFICER_NOTES[i.item.code]
        if earlier is not None and i.item.code == "3.2":
            result, note = Result.CONFORMS, "经核，补训人员已于上岗前完成培训，更正为符合。"
        if i.item.code == "12.1" and i.proposed is Result.FAILS:
            result, reason = Result.MOSTLY, "迟报系夜间发现，次日上午即报告，已作书面说明。"
        r.tick(5)
        selfinspection.assess(r.led, inspection_id=inspection_id, item_code=i.item.code,
                              result=result, note=note, reason=reason)


def _inspection(r: _Run, year: int, *, summary: str,
                correct: selfinspection.InspectionDTO | None = None
                ) -> selfinspection.InspectionDTO:
    r.tick()
    v = selfinspection.start(r.led, year=year)
    selfinspection.gather_evidence(r.led, v.id)
    _assess(r, v.id, earlier=correct)
    selfinspection.write_summary(r.led, inspection_id=v.id, summary=summary)
    r.tick()
    return finalising.finalise(r.led, v.id)


def _this_year(r: _Run) -> None:
    r.tick()
    v = selfinspection.start(r.led, year=r.today.year)
    selfinspection.gather_evidence(r.led, v.id)
    _assess(r, v.id, share=0.5)
    r.tick()
    first = rectification.open_item(
        r.led, problem="部分分发承办文件逾期未交回", owner_id=r.cast.clerk.id,
        due_on=r.today + timedelta(days=20), inspection_id=v.id, item_code="6.5",
        measure="逐件催收，月底前清理完毕")
    rectification.open_item(
        r.led, problem="年终抽查有1件载体未找到", owner_id=r.cast.archivist.id,
        due_on=r.today + timedelta(days=10), inspection_id=v.id, item_code="6.6",
        measure="组织查找，查无下落的按遗失报告")
    r.tick(60)
    rectification.close_item(r.led, rectification_id=first.id, note="已全部收回并登记")
