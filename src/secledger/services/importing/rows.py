"""One source row into one registration, or every problem it has.

A row is first sorted: blank and 合计 rows are skipped; rows that are not state secrets and
rows the source register voided are excluded (with their reason). Every other row is read
cell by cell; each fault becomes a ``RowProblem`` at its column, so the clerk sees all of
them at once. A good row becomes a ``DocumentInput`` checked by the registration service
itself (``checked_input``): the rules are those of the receipt form.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from typing import Any

from secledger.domain.enums import CarrierType, Register, Urgency
from secledger.domain.errors import ValidationError
from secledger.domain.importing import (
    BLANK,
    NON_SECRET,
    TOTAL,
    VOIDED,
    RowProblem,
    is_non_secret,
    is_total_row,
    is_voided,
)
from secledger.domain.marks import ClassificationMark
from secledger.services.importing import cells
from secledger.services.importing.columns import column_letter, text_of
from secledger.services.registration.form import split_serials
from secledger.services.registration.register import DocumentInput, checked_input, clean_text

OK, ERROR, EXCLUDED, SKIPPED = "ok", "error", "excluded", "skipped"
#: registration fields whose errors belong to another column than their name says
_FIELD_COLUMN = {"copies": "copies", "copy_nos": "copy_nos", "serial_nos": "serial_nos",
                 "issued_on": "issued_on", "received_at": "date", "mark": "mark"}
_PERIOD_CODES = frozenset({"mark.period_too_long", "mark.bad_period", "mark.months_too_many",
                           "mark.zero_period", "mark.date_too_late", "mark.date_before_issue",
                           "mark.bad_date"})


@dataclass(frozen=True, slots=True)
class Entry:
    """What a good row registers, and the import-only facts beside it."""

    inp: DocumentInput
    signer: str = ""  # 签收人 as written
    archive: bool = False  # 处理情况 says 归档
    kept: tuple[tuple[str, str], ...] = ()  # (heading, text) kept as written


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """A source row as the preview shows it. ``row`` is its number in the file."""

    row: int
    status: str  # ok | error | excluded | skipped
    cells: tuple[str, ...]
    entry: Entry | None = None
    problems: tuple[RowProblem, ...] = ()
    reason: str = ""  # excluded: NON_SECRET / VOIDED / BY_CLERK; skipped: BLANK / TOTAL
    reason_params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    notes: tuple[tuple[str, dict[str, Any]], ...] = ()  # (message code, params)


@dataclass(frozen=True, slots=True)
class RowContext:
    """What reading a row needs besides its cells."""

    register: Register
    mapping: Mapping[int, str]
    headings: Sequence[str]
    today: date
    tz: tzinfo
    include_non_secret: bool = False


class _Reader:
    """Collects every problem of one row while reading its cells."""

    def __init__(self, ctx: RowContext, number: int, raw: Sequence[Any]) -> None:
        self.ctx, self.number, self.raw = ctx, number, raw
        self.by_field = {f: raw[c] if c < len(raw) else None for c, f in ctx.mapping.items()}
        self.columns = {f: c for c, f in ctx.mapping.items()}
        self.problems: list[RowProblem] = []

    def cell(self, fld: str) -> Any:
        return self.by_field.get(fld)

    def text(self, fld: str) -> str:
        return text_of(self.cell(fld))

    def problem(self, exc: ValidationError, fld: str) -> None:
        if exc.code in _PERIOD_CODES and self.text("period"):
            fld = "period"
        col = self.columns.get(fld)
        self.problems.append(RowProblem(
            row=self.number, column=column_letter(col) if col is not None else "",
            header=self.ctx.headings[col] if col is not None else "", field=fld,
            code=exc.code, params=dict(exc.params)))

    def attempt(self, fn: Callable[[], Any], fld: str, default: Any = None) -> Any:
        try:
            return fn()
        except ValidationError as exc:
            self.problem(exc, fld)
            return default


def sort_row(ctx: RowContext, number: int, raw: Sequence[Any]) -> PreviewRow:
    """The preview of one data row (duplicates and signers are looked at later, across rows)."""
    texts = tuple(text_of(c) for c in raw)
    if not any(texts):
        return PreviewRow(number, SKIPPED, texts, reason=BLANK)
    if is_total_row(texts):
        return PreviewRow(number, SKIPPED, texts, reason=TOTAL)
    r = _Reader(ctx, number, raw)
    mark = cells.mark_text(r.cell("mark"), r.cell("period"))
    if mark and is_non_secret(mark) and not ctx.include_non_secret:
        return PreviewRow(number, EXCLUDED, texts, reason=NON_SECRET,
                          reason_params={"mark": mark})
    if is_voided(r.text("remarks")):
        return PreviewRow(number, EXCLUDED, texts, reason=VOIDED,
                          reason_params={"remarks": r.text("remarks")})
    entry = _entry(r)
    if r.problems or entry is None:
        return PreviewRow(number, ERROR, texts, problems=tuple(r.problems))
    return PreviewRow(number, OK, texts, entry=entry, notes=_kept_notes(entry))


def _kept_notes(entry: Entry) -> tuple[tuple[str, dict[str, Any]], ...]:
    return tuple(("import.note.kept", {"header": h, "text": t}) for h, t in entry.kept)


def _date(r: _Reader, fld: str, required: bool) -> date | None:
    if not r.text(fld):
        if required:
            r.problem(ValidationError("import.date_missing", field=fld), fld)
        return None
    day: date | None = r.attempt(lambda: cells.parse_date(r.cell(fld), fld), fld)
    if day is not None and day > r.ctx.today:
        r.problem(ValidationError("import.future_date", field=fld, date=day.isoformat()), fld)
        return None
    return day


def _texts(r: _Reader) -> dict[str, str]:
    unit_required = r.ctx.register is Register.RECEIPT
    specs = {"title": ("标题", 500, True), "unit": ("来文单位", 200, unit_required),
             "doc_no": ("文号", 100, False), "remarks": ("备注", 2000, False),
             "reg_no": ("原登记号", 32, False), "signed_by": ("签收人", 50, False),
             "approver": ("签发人", 50, False)}
    out: dict[str, str] = {}
    for fld, (what, limit, required) in specs.items():
        if fld == "title" and not r.text(fld):
            r.problem(ValidationError("import.title_missing", field=fld), fld)
            continue
        out[fld] = _clean(r, fld, what, limit, required)
    return out


def _clean(r: _Reader, fld: str, what: str, limit: int, required: bool) -> str:
    try:
        return clean_text(r.text(fld), what, limit, required=required, fld=fld)
    except ValidationError as exc:
        r.problem(exc, fld)
        return ""


def _medium(r: _Reader, remarks: str, copies: int) -> tuple[CarrierType, tuple[str, ...]]:
    noted_type, noted_serials = cells.media_in_remarks(remarks)
    ctype = r.attempt(lambda: cells.parse_carrier_type(r.cell("carrier_type")), "carrier_type")
    ctype = ctype or noted_type or CarrierType.PAPER
    serials = split_serials(r.text("serial_nos")) or noted_serials
    if ctype.is_electronic and len(serials) != copies:
        fld = "serial_nos" if "serial_nos" in r.columns else "remarks"
        code = "doc.serial_required" if not serials else "doc.serial_count"
        r.problem(ValidationError(code, field=fld, ctype=ctype.label, count=copies,
                                  given=len(serials)), fld)
    return ctype, serials if ctype.is_electronic else ()


def _entry(r: _Reader) -> Entry | None:
    texts = _texts(r)
    received = _date(r, "date", required=True)
    issued = _date(r, "issued_on", required=False)
    mark: ClassificationMark | None = r.attempt(
        lambda: cells.parse_mark_cells(r.cell("mark"), r.cell("period"), issued), "mark")
    copy_nos: tuple[int, ...] = r.attempt(
        lambda: cells.parse_copies(r.cell("copy_nos"), r.cell("copies")),
        "copy_nos" if r.text("copy_nos") else "copies", ())
    pages = r.attempt(lambda: cells.parse_count(r.cell("pages"), "pages"), "pages") or 0
    urgency = r.attempt(lambda: cells.parse_urgency(r.cell("urgency")), "urgency",
                        Urgency.NORMAL)
    ctype, serials = _medium(r, texts.get("remarks", ""), len(copy_nos) or 1)
    if r.problems or mark is None or received is None:
        return None
    inp = _input(r, texts, mark, copy_nos, pages, urgency, ctype, serials, received, issued)
    return None if inp is None else Entry(
        inp=inp, signer=texts.get("signed_by", ""), archive="归档" in r.text("handling"),
        kept=_kept(r))


def _input(r: _Reader, texts: dict[str, str], mark: ClassificationMark,
           copy_nos: tuple[int, ...], pages: int, urgency: Urgency, ctype: CarrierType,
           serials: tuple[str, ...], received: date, issued: date | None) -> DocumentInput | None:
    extra: dict[str, Any] = {}
    if texts.get("reg_no"):
        extra["original_reg_no"] = texts["reg_no"]
    if texts.get("approver"):
        extra["approver"] = texts["approver"]
    inp = DocumentInput(
        register=r.ctx.register, title=texts.get("title", ""), mark=mark, copy_nos=copy_nos,
        doc_no=texts.get("doc_no", ""), unit=texts.get("unit", ""), issued_on=issued,
        urgency=urgency, carrier_type=ctype, serial_nos=serials, pages=pages,
        received_at=datetime.combine(received, time(0), tzinfo=r.ctx.tz),
        remarks=texts.get("remarks", ""), extra=extra)
    try:
        return checked_input(inp)
    except ValidationError as exc:
        r.problem(exc, _FIELD_COLUMN.get(exc.field, exc.field))
        return None


def _kept(r: _Reader) -> tuple[tuple[str, str], ...]:
    """Columns kept as written: 发送方式, 回执, 清退/销毁情况 …, and a 处理情况 other than 归档."""
    out = []
    for col, fld in sorted(r.ctx.mapping.items()):
        text = text_of(r.raw[col]) if col < len(r.raw) else ""
        if text and (fld == "keep" or (fld == "handling" and text != "归档")):
            out.append((r.ctx.headings[col], text))
    return tuple(out)
