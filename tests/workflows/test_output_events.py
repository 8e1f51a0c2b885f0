"""Every print and export of ledger data is an event, and the file is marked with the
highest level it contains.

The print/export service functions are enumerated from the modules (every public
``print_*``/``export_*``): a new one without a case here fails, and each case checks that
the call appends exactly one ``report.printed``/``report.exported`` event whose rows and
level match what the services list and what the file itself is marked with.
"""

from __future__ import annotations

import inspect
import json
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from secledger.demo.build import DEMO_PASSWORD, build_demo
from secledger.domain.enums import Classification, Register
from secledger.services.audit import log as audit
from secledger.services.audit import output_levels
from secledger.services.audit import printing as audit_print
from secledger.services.audit.log import EventQuery
from secledger.services.audit.output_log import EXPORTED, KINDS, PRINTED, top_level
from secledger.services.audit.verify import verify
from secledger.services.custody import (
    carry_out_print,
    carry_out_read,
    handover,
    knowledge,
    loans,
    loss,
    meetings_print,
    meetings_read,
    recall,
    retention,
    stocktake,
)
from secledger.services.custody import (
    printing as wf_print,
)
from secledger.services.custody import (
    printing_records as custody_print,
)
from secledger.services.custody.printing_records import stocktake_items
from secledger.services.disposal import (
    copying_print,
    copying_read,
    destruction_print,
    destruction_read,
)
from secledger.services.ledger.session import Ledger, open_ledger
from secledger.services.registration import printing as registers_print
from secledger.services.registration.printing import GONE
from secledger.services.registration.registers import RegisterFilter, register_rows
from secledger.store.keyslots import TEST_KDF
from secledger.store.models.circulation import Circulation
from secledger.store.models.events import Event
from secledger.store.models.registry import Carrier, Document

#: every module that prints or exports, by the short name the cases below use
MODULES: dict[str, ModuleType] = {
    "wf_print": wf_print, "registers_print": registers_print, "custody_print": custody_print,
    "copying_print": copying_print, "destruction_print": destruction_print,
    "audit_print": audit_print, "carry_out_print": carry_out_print,
    "meetings_print": meetings_print,
}


def _output_functions() -> set[str]:
    return {f"{alias}.{name}" for alias, m in MODULES.items()
            for name, fn in vars(m).items()
            if name.startswith(("print_", "export_")) and inspect.isfunction(fn)
            and fn.__module__ == m.__name__}


@dataclass
class Demo:
    led: Ledger
    ids: dict[str, Any]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("out") / "ledger"
    build_demo(path, documents=30, kdf=TEST_KDF, end=date(2026, 11, 20))
    led = open_ledger(path, username="demo", password=DEMO_PASSWORD, kdf=TEST_KDF)
    try:
        yield Demo(led, _ids(led))
    finally:
        led.close()


def _ids(led: Ledger) -> dict[str, Any]:
    items = recall.recall_list(led)
    ret = recall.record_return(led, recall.ReturnInput(
        carrier_ids=(items[0].carrier_id,), unit=items[0].unit, receipt_no="回-1",
        returned_on=date(2026, 11, 20)))
    with led.db.read() as s:
        circulated = s.execute(select(Circulation.carrier_id).order_by(Circulation.id.desc())
                               .limit(1)).scalar_one()
        # a label sheet has no form mark of its own: its first label shows the level, so the
        # sheet's labels are of one level (the last 机密 carriers that can still be labelled)
        some = list(s.execute(select(Carrier.id).join(Document, Document.id == Carrier.document_id)
                              .where(Document.level == "secret", Carrier.state.not_in(GONE))
                              .order_by(Carrier.id.desc()).limit(7)).scalars())
    return {
        "handover": handover.list_handovers(led)[-1].id, "return": ret.id,
        "recall_unit": items[-1].unit, "recall_items": recall.recall_list(led)[-3:],
        "stocktake": stocktake.list_stocktakes(led)[-1].id, "loss": loss.list_reports(led)[-1].id,
        "copy": copying_read.list_requests(led)[-1].id,
        "manifest": next(m.id for m in destruction_read.list_manifests(led)
                         if m.status == "executed"),
        "loan": next(x.id for x in loans.list_loans(led) if x.status == "issued"),
        "circulated": circulated, "labels": some,
        "document": knowledge.register_of_knowers(led)[0].document_id,
        "person": retention.retentions(led)[0].person_id,
        "carry_out": next(x.id for x in carry_out_read.list_carry_outs(led) if x.status == "out"),
        "meeting": (meeting := next(m.id for m in meetings_read.list_meetings(led) if m.kept)),
        "keeper": meetings_read.keepers(led, meeting)[0][0],
    }


def _levels(items: Any) -> list[str]:
    return [i.level for i in items]


# name -> (call(led, ids, path) -> Path, expected(led, ids) -> (rows, levels), suffix)
Call = Callable[[Ledger, dict[str, Any], Path], Path]
Expect = Callable[[Ledger, dict[str, Any]], tuple[int, list[str]]]
REG = RegisterFilter(register=Register.RECEIPT, year=2026)
Q = EventQuery(group="registration")


def _register_expect(led: Ledger, _ids: dict[str, Any]) -> tuple[int, list[str]]:
    rows = register_rows(led, REG)
    return len(rows), [r.level for r in rows if not r.voided]


def _knowers(led: Ledger, doc: int | None) -> tuple[int, list[str]]:
    dtos = [knowledge.knowers(led, doc)] if doc else knowledge.register_of_knowers(led)
    return sum(len(x.knowers) for x in dtos), [x.level for x in dtos]


def _loan_register(led: Ledger, _ids: dict[str, Any]) -> tuple[int, list[str]]:
    done = [x for x in loans.list_loans(led) if x.status in ("issued", "returned")]
    return sum(len(x.items) for x in done), [i.carrier.level for x in done for i in x.items]


def _stocktake(led: Ledger, ids: dict[str, Any], groups: tuple[str, ...],
               media: bool = False) -> tuple[int, list[str]]:
    """Rows and levels of the lists printed; with *media*, the whole report's devices and
    media lists too (they name no secret content: no level)."""
    res = stocktake.result(led, ids["stocktake"])
    rows = sum(len(stocktake_items(res, g)) + (len([u for u in res.unexpected if u.item is None])
                                                if g == "unexpected" else 0) for g in groups)
    if media:
        m = res.media
        rows += sum(len(x) for x in (m.expected, m.found, m.missing, m.unexpected, m.misplaced))
    return rows, [i.level for g in groups for i in stocktake_items(res, g)]


def _manifest(led: Ledger, ids: dict[str, Any]) -> tuple[int, list[str]]:
    m = destruction_read.get_manifest(led, ids["manifest"])  # carriers, devices and media
    return len(m.lines) + len(m.media_lines), m.levels


def _copy_register(led: Ledger, _ids: dict[str, Any]) -> tuple[int, list[str]]:
    rows = copying_read.copy_register(led)
    return len(rows), [x for r in rows for x in r.levels]


def _carry_register(led: Ledger, _ids: dict[str, Any]) -> tuple[int, list[str]]:
    rows = carry_out_read.carry_out_register(led)
    return len(rows), [i.carrier.level for r in rows for i in r.items]


def _carry_form(led: Ledger, ids: dict[str, Any]) -> tuple[int, list[str]]:
    items = carry_out_read.get_carry_out(led, ids["carry_out"]).items
    return len(items), [i.carrier.level for i in items]


ALL_GROUPS = ("expected", "found", "missing", "unexpected", "misplaced")
CASES: dict[str, tuple[Call, Expect]] = {
    "wf_print.print_circulation_slip": (
        lambda led, i, p: wf_print.print_circulation_slip(led, carrier_id=i["circulated"], path=p),
        lambda led, i: (len(wf_print.slip_data(led, i["circulated"]).readers),
                        [d for d in _doc_level_of(led, i["circulated"])])),
    "wf_print.print_knowledge_register": (
        lambda led, i, p: wf_print.print_knowledge_register(led, path=p, document_id=i["document"]),
        lambda led, i: _knowers(led, i["document"])),
    "wf_print.export_knowledge_xlsx": (
        lambda led, i, p: wf_print.export_knowledge_xlsx(led, path=p),
        lambda led, i: _knowers(led, None)),
    "wf_print.print_retention_register": (
        lambda led, i, p: wf_print.print_retention_register(led, path=p),
        lambda led, i: (len(retention.retentions(led)),
                        [r.carrier.level for r in retention.retentions(led)])),
    "wf_print.export_retention_xlsx": (
        lambda led, i, p: wf_print.export_retention_xlsx(led, path=p),
        lambda led, i: (len(retention.retentions(led)),
                        [r.carrier.level for r in retention.retentions(led)])),
    "wf_print.print_loan_form": (
        lambda led, i, p: wf_print.print_loan_form(led, loan_id=i["loan"], path=p),
        lambda led, i: (len(loans.get_loan(led, i["loan"]).items),
                        [x.carrier.level for x in loans.get_loan(led, i["loan"]).items])),
    "wf_print.print_loan_register": (
        lambda led, i, p: wf_print.print_loan_register(led, path=p), _loan_register),
    "wf_print.export_loan_register_xlsx": (
        lambda led, i, p: wf_print.export_loan_register_xlsx(led, path=p), _loan_register),
    "registers_print.print_register": (
        lambda led, i, p: registers_print.print_register(led, REG, p), _register_expect),
    "registers_print.export_register_xlsx": (
        lambda led, i, p: registers_print.export_register_xlsx(led, REG, p), _register_expect),
    "registers_print.print_labels": (
        lambda led, i, p: registers_print.print_labels(led, i["labels"], p),
        lambda led, i: (len(i["labels"]), _doc_level_of(led, *i["labels"]))),
    "custody_print.print_handover": (
        lambda led, i, p: custody_print.print_handover(led, i["handover"], p),
        lambda led, i: (len(handover.get_handover(led, i["handover"]).items),
                        _levels(handover.get_handover(led, i["handover"]).items))),
    "custody_print.export_handover_xlsx": (
        lambda led, i, p: custody_print.export_handover_xlsx(led, i["handover"], p),
        lambda led, i: (len(handover.get_handover(led, i["handover"]).items),
                        _levels(handover.get_handover(led, i["handover"]).items))),
    # registers of handovers and destructions list numbers and counts, no titles: no level
    "custody_print.print_handover_register": (
        lambda led, i, p: custody_print.print_handover_register(led, p),
        lambda led, i: (len(handover.list_handovers(led)), [])),
    "custody_print.export_handover_register_xlsx": (
        lambda led, i, p: custody_print.export_handover_register_xlsx(led, p),
        lambda led, i: (len(handover.list_handovers(led)), [])),
    "custody_print.print_recall_list": (
        lambda led, i, p: custody_print.print_recall_list(led, p, unit=i["recall_unit"],
                                                          items=i["recall_items"]),
        lambda led, i: (len(i["recall_items"]), _levels(i["recall_items"]))),
    "custody_print.print_return": (
        lambda led, i, p: custody_print.print_return(led, i["return"], p),
        lambda led, i: (len(recall.get_return(led, i["return"]).items),
                        _levels(recall.get_return(led, i["return"]).items))),
    "custody_print.export_recall_xlsx": (
        lambda led, i, p: custody_print.export_recall_xlsx(led, p, unit=i["recall_unit"],
                                                           items=i["recall_items"]),
        lambda led, i: (len(i["recall_items"]), _levels(i["recall_items"]))),
    "custody_print.print_stocktake": (
        lambda led, i, p: custody_print.print_stocktake(led, i["stocktake"], p),
        lambda led, i: _stocktake(led, i, ALL_GROUPS, media=True)),
    "custody_print.export_stocktake_xlsx": (
        lambda led, i, p: custody_print.export_stocktake_xlsx(led, i["stocktake"], p,
                                                              group="expected"),
        lambda led, i: _stocktake(led, i, ("expected",))),
    "custody_print.print_loss": (
        lambda led, i, p: custody_print.print_loss(led, i["loss"], p),
        lambda led, i: (len(loss.get_report(led, i["loss"]).items),
                        [loss.get_report(led, i["loss"]).level])),
    "copying_print.print_copy_form": (
        lambda led, i, p: copying_print.print_copy_form(led, i["copy"], p),
        lambda led, i: (1, list(copying_read.get_request(led, i["copy"]).levels))),
    "copying_print.print_copy_register": (
        lambda led, i, p: copying_print.print_copy_register(led, p), _copy_register),
    "copying_print.export_copy_register_xlsx": (
        lambda led, i, p: copying_print.export_copy_register_xlsx(led, p), _copy_register),
    "destruction_print.print_manifest": (
        lambda led, i, p: destruction_print.print_manifest(led, i["manifest"], p), _manifest),
    "destruction_print.export_manifest_xlsx": (
        lambda led, i, p: destruction_print.export_manifest_xlsx(led, i["manifest"], p), _manifest),
    "destruction_print.print_destruction_register": (
        lambda led, i, p: destruction_print.print_destruction_register(led, p),
        lambda led, i: (len(destruction_read.destruction_register(led)), [])),
    "destruction_print.export_destruction_register_xlsx": (
        lambda led, i, p: destruction_print.export_destruction_register_xlsx(led, p),
        lambda led, i: (len(destruction_read.destruction_register(led)), [])),
    "carry_out_print.print_carry_out_form": (
        lambda led, i, p: carry_out_print.print_carry_out_form(led, i["carry_out"], p),
        _carry_form),
    "carry_out_print.print_carry_out_register": (
        lambda led, i, p: carry_out_print.print_carry_out_register(led, p), _carry_register),
    "carry_out_print.export_carry_out_register_xlsx": (
        lambda led, i, p: carry_out_print.export_carry_out_register_xlsx(led, p),
        _carry_register),
    "meetings_print.print_issue_register": (
        lambda led, i, p: meetings_print.print_issue_register(led, i["meeting"], p),
        lambda led, i: (len(meetings_read.issues(led, i["meeting"])),
                        [d.level for d in meetings_read.get_meeting(led, i["meeting"]).documents])),
    "meetings_print.print_kept_list": (
        lambda led, i, p: meetings_print.print_kept_list(led, i["meeting"], i["keeper"], p),
        lambda led, i: (len(meetings_read.kept_by(led, i["meeting"], i["keeper"])),
                        [x.carrier.level
                         for x in meetings_read.kept_by(led, i["meeting"], i["keeper"])])),
    "audit_print.print_verification": (
        lambda led, i, p: audit_print.print_verification(led, audit.verify_ledger(led), p),
        lambda led, i: (1, [])),
    "audit_print.export_events_xlsx": (
        lambda led, i, p: audit_print.export_events_xlsx(led, Q, p),
        lambda led, i: (audit.count(led, Q), _event_levels(led))),
}


def _doc_level_of(led: Ledger, *carrier_ids: int) -> list[str]:
    from secledger.services.audit.output_log import carrier_levels

    return carrier_levels(led, list(carrier_ids))


def _event_levels(led: Ledger) -> list[str]:
    ids = {e.document_id for e in audit.iter_events(led, Q) if e.document_id is not None}

    return _document_levels(led, sorted(ids))


def test_every_print_and_export_function_has_a_case() -> None:
    assert _output_functions() == set(CASES)
    assert len(CASES) >= 29


def _new_events(led: Ledger, after: int) -> list[Any]:
    with led.db.read() as s:
        return list(s.execute(select(Event.id, Event.kind, Event.username, Event.payload)
                              .where(Event.id > after).order_by(Event.id)).all())


def _head(led: Ledger) -> int:
    with led.db.read() as s:
        return int(s.execute(select(Event.id).order_by(Event.id.desc()).limit(1)).scalar_one())


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_print_and_export_appends_one_event(demo: Demo, name: str, tmp_path: Path) -> None:
    call, expect = CASES[name]
    suffix = ".xlsx" if ".export_" in name else ".pdf"
    target = tmp_path / f"{name.rsplit('.', 1)[1]}{suffix}"
    before = _head(demo.led)
    out = call(demo.led, demo.ids, target)
    assert out == target and target.is_file()
    events = [e for e in _new_events(demo.led, before) if e.kind in KINDS]
    assert len(events) == 1, name
    ev = events[0]
    assert ev.kind == (EXPORTED if suffix == ".xlsx" else PRINTED)
    assert ev.username == "demo"
    body = json.loads(ev.payload)
    rows, levels = expect(demo.led, demo.ids)
    level = top_level(levels)
    assert body == {"what": body["what"], "rows": rows, "level": level.value if level else "",
                    "file": target.name}
    assert body["what"]
    _check_file_mark(target, level)
    assert verify(demo.led).ok


def _check_file_mark(target: Path, level: Classification | None) -> None:
    mark = level.label if level is not None and level.is_state_secret else ""
    if target.suffix == ".xlsx":
        ws = load_workbook(target).worksheets[0]
        assert (ws.oddHeader.left.text or "") == mark
        title = str(ws.cell(1, 1).value)
        assert title.startswith(f"{mark}\u3000") if mark else "\u3000" not in title
        return
    if shutil.which("pdftotext") is None:  # pragma: no cover - poppler is a test dependency
        return
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], check=True,
                          capture_output=True, text=True).stdout
    first = text.strip().split()[0]
    if mark:
        assert first.startswith(mark), (first, mark)
    else:
        assert not first.startswith(("绝密", "机密", "秘密")), first


def test_some_outputs_are_really_classified(demo: Demo) -> None:
    """The demo data holds 绝密 and 机密 entries, so the level checks above are not vacuous."""
    levels = {top_level(CASES[n][1](demo.led, demo.ids)[1]) for n in CASES}
    assert Classification.TOP_SECRET in levels and Classification.SECRET in levels


def test_a_failed_write_leaves_no_event(demo: Demo, tmp_path: Path) -> None:
    before = _head(demo.led)
    with pytest.raises(Exception):  # noqa: B017 - any write error
        wf_print.print_loan_register(demo.led, path=tmp_path / "no-such-folder" / "x.pdf")
    assert [e.kind for e in _new_events(demo.led, before)] == []


def test_the_printed_digest_is_the_head_before_the_print_event(demo: Demo, tmp_path: Path) -> None:
    out = wf_print.print_loan_register(demo.led, path=tmp_path / "r.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout
    last = _new_events(demo.led, _head(demo.led) - 1)[0]
    assert last.kind == PRINTED
    with demo.led.db.read() as s:
        prev = s.execute(select(Event.id, Event.hash).where(Event.id == last.id - 1)).one()
    assert f"#{prev.id} {prev.hash[:12]}" in text


# What the save prompt names (services.output_levels), per output the panes offer.
PROMPTS: dict[str, Callable[[Ledger, dict[str, Any]], Classification | None]] = {
    "wf_print.print_circulation_slip": lambda led, i: output_levels.of_carriers(
        led, [i["circulated"]]),
    "wf_print.export_knowledge_xlsx": lambda led, i: output_levels.of_knowledge_register(led),
    "wf_print.print_retention_register": lambda led, i: output_levels.of_retention_register(led),
    "wf_print.export_retention_xlsx": lambda led, i: output_levels.of_retention_register(led),
    "wf_print.print_loan_form": lambda led, i: output_levels.of_loan_form(led, i["loan"]),
    "wf_print.print_loan_register": lambda led, i: output_levels.of_loan_register(led),
    "wf_print.export_loan_register_xlsx": lambda led, i: output_levels.of_loan_register(led),
    "registers_print.print_register": lambda led, i: output_levels.of_register(led, REG),
    "registers_print.export_register_xlsx": lambda led, i: output_levels.of_register(led, REG),
    "registers_print.print_labels": lambda led, i: output_levels.of_carriers(led, i["labels"]),
    "custody_print.print_handover": lambda led, i: output_levels.of_handover(led, i["handover"]),
    "custody_print.export_handover_xlsx": lambda led, i: output_levels.of_handover(
        led, i["handover"]),
    "custody_print.print_recall_list": lambda led, i: output_levels.of_items(i["recall_items"]),
    "custody_print.export_recall_xlsx": lambda led, i: output_levels.of_items(i["recall_items"]),
    "custody_print.print_return": lambda led, i: output_levels.of_items(
        recall.get_return(led, i["return"]).items),
    "custody_print.print_stocktake": lambda led, i: output_levels.of_stocktake(
        led, i["stocktake"]),
    "custody_print.export_stocktake_xlsx": lambda led, i: output_levels.of_stocktake(
        led, i["stocktake"], ["expected"]),
    "custody_print.print_loss": lambda led, i: output_levels.of_loss(led, i["loss"]),
    "copying_print.print_copy_form": lambda led, i: output_levels.of_copy_form(led, i["copy"]),
    "copying_print.print_copy_register": lambda led, i: output_levels.of_copy_register(led),
    "copying_print.export_copy_register_xlsx": lambda led, i: output_levels.of_copy_register(led),
    "destruction_print.print_manifest": lambda led, i: output_levels.of_manifest(led, i["manifest"]),
    "destruction_print.export_manifest_xlsx": lambda led, i: output_levels.of_manifest(
        led, i["manifest"]),
    "audit_print.export_events_xlsx": lambda led, i: output_levels.of_events(led, Q),
    "carry_out_print.print_carry_out_form": lambda led, i: carry_out_print.form_level(
        led, i["carry_out"]),
    "carry_out_print.print_carry_out_register": lambda led, i: carry_out_print.register_level(led),
    "carry_out_print.export_carry_out_register_xlsx": lambda led, i: (
        carry_out_print.register_level(led)),
    "meetings_print.print_issue_register": lambda led, i: output_levels.of_meeting_register(
        led, i["meeting"]),
    "meetings_print.print_kept_list": lambda led, i: output_levels.of_kept_list(
        led, i["meeting"], i["keeper"]),
}


@pytest.mark.parametrize("name", sorted(PROMPTS))
def test_the_save_prompt_level_is_the_recorded_level(demo: Demo, name: str,
                                                      tmp_path: Path) -> None:
    before = PROMPTS[name](demo.led, demo.ids)
    suffix = ".xlsx" if ".export_" in name else ".pdf"
    CASES[name][0](demo.led, demo.ids, tmp_path / f"x{suffix}")
    with demo.led.db.read() as s:
        payload = s.execute(select(Event.payload).where(Event.kind.in_(KINDS))
                            .order_by(Event.id.desc()).limit(1)).scalar_one()
    assert json.loads(payload)["level"] == (before.value if before else "")


def _document_levels(led: Any, document_ids: list[int]) -> list[str]:
    from sqlalchemy import select

    from secledger.store.models.registry import Document

    if not document_ids:
        return []
    with led.db.read() as s:
        return [str(x) for x in s.execute(
            select(Document.level).where(Document.id.in_(set(document_ids))).distinct()
        ).scalars()]
