"""The document half of ``verify``: replay every event that sets or changes a document's
facts (registration, correction, 须清退 by a recall notice, void) and compare the result with
the documents table. Facts derived from others (密级 from the mark; 保密期限 and 解密日期 from
the mark and the date of issue) are derived here exactly as the services derive them, so a
correction written before or after a change of the correction rules replays the same way.
Problems name the facts in words (标题, 密级, 保密期限 …), never by column name."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from secledger.domain.docfacts import labels
from secledger.domain.errors import MarkError
from secledger.domain.marks import ClassificationMark, declassification_date, parse_mark

#: facts a registration event records and a correction's ``after`` may change
RECORDED = ("reg_no", "register", "title", "doc_no", "unit", "urgency", "issued_on", "pages",
            "remarks", "mark", "level", "need_to_know", "no_copy", "recall_required")
#: facts derived from the mark and the date of issue
DERIVED = ("retention", "declassify_on")
#: every replayed column of the documents table
COLUMNS = (*RECORDED, *DERIVED, "voided", "void_reason")
#: the facts stored as JSON text, compared as values
_JSON = frozenset({"need_to_know", "retention"})
_BOOL = frozenset({"no_copy", "recall_required", "voided"})

KINDS = frozenset({"document.registered", "document.corrected", "document.recall_required",
                   "document.voided"})

Facts = dict[str, Any]


def replay(docs: dict[int, Facts], kind: str, did: int, ev_id: int, payload: str) -> None:
    """Apply one document event to the replayed facts of document *did*."""
    body = json.loads(payload)
    if kind == "document.registered":
        docs[did] = {k: body[k] for k in RECORDED if k in body} | {
            "voided": False, "void_reason": ""}
    elif did not in docs:
        return
    elif kind == "document.voided":
        docs[did] |= {"voided": True, "void_reason": body.get("reason", "")}
    elif kind == "document.recall_required":
        docs[did]["recall_required"] = True
    else:
        after = body.get("after") or {}
        docs[did].update({k: after[k] for k in RECORDED if k in after})
        if "mark" in after:  # a mark correction also changed the level
            docs[did]["level"] = _mark(str(after["mark"]), None).level.value
    docs[did]["_event"] = ev_id


def _mark(text: str, issued: date | None) -> ClassificationMark:
    try:
        return parse_mark(text, issued=issued)
    except MarkError:
        return parse_mark(text)


def expected(facts: Facts) -> Facts:
    """The replayed facts with the derived ones added (as the services compute them)."""
    out = {k: v for k, v in facts.items() if k != "_event"}
    if "mark" in facts:
        issued = date.fromisoformat(facts["issued_on"]) if facts.get("issued_on") else None
        try:
            mark = _mark(str(facts["mark"]), issued)
        except MarkError:
            return out  # the mark itself is compared; nothing can be derived from it
        out["retention"] = mark.retention.to_dict() if mark.retention else {}
        declass = declassification_date(mark, issued) if issued else None
        out["declassify_on"] = declass.isoformat() if declass else None
    return out


def stored(row: tuple[Any, ...]) -> Facts:
    """A documents row (in ``COLUMNS`` order) as comparable values."""
    out: Facts = {}
    for key, value in zip(COLUMNS, row, strict=True):
        if key in _JSON:
            try:
                value = json.loads(value) if value else {}
            except ValueError:
                value = ("unreadable", value)
        elif key in _BOOL:
            value = bool(value)
        elif isinstance(value, date):
            value = value.isoformat()
        out[key] = value
    return out


def mismatches(expect: Facts, have: Facts) -> list[str]:
    """The facts whose stored value differs from the replayed one, in ``COLUMNS`` order."""
    return [k for k in COLUMNS if k in expect and have.get(k) != expect[k]]


def message(did: int, reg_no: Any, bad: list[str], ev_id: int) -> tuple[str, str]:
    """(中文, English) words for a document whose facts the log does not explain."""
    return (
        f"文件 #{did}（{reg_no}）的{labels(bad)}与事件日志不符（最后事件 #{ev_id}）",
        f"Document #{did} ({reg_no}): the event log does not account for its"
        f" {labels(bad, 'en')} (last event #{ev_id})",
    )
