"""Print and export the 收文/发文 registers and carrier labels: gather rows and hand plain
data to ``reports/``. Every printed register carries the chain digest at print time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC
from pathlib import Path

from sqlalchemy import func, select, text

from secledger.domain.copyno import format_copy_no
from secledger.domain.enums import (
    TERMINAL_STATES,
    CarrierState,
    CarrierType,
    Classification,
    Register,
)
from secledger.domain.errors import NotFound, RuleViolation
from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.pdf import FormMeta
from secledger.reports.registration import labels as label_form
from secledger.reports.registration import registers as register_form
from secledger.services.audit import output_log
from secledger.services.audit.output_log import append, logged, mark_of, top_level
from secledger.services.audit.verify import chain_digest
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_tz
from secledger.services.registration.registers import (
    RegisterFilter,
    iter_rows,
    register_query,
    register_rows,
)
from secledger.store.models.registry import Carrier, Document


def form_meta(led: Ledger, *, title: str = "", subtitle: str = "", mark: str = "") -> FormMeta:
    tz = local_tz(led)
    now = led.now()
    printed = (now if now.tzinfo else now.replace(tzinfo=UTC)).astimezone(tz).replace(tzinfo=None)
    return FormMeta(unit_name=led.unit_name, title=title, subtitle=subtitle,
                    printed_by=led.user.person_name, printed_at=printed,
                    chain_digest=chain_digest(led), landscape=True, mark=mark)


def print_register(led: Ledger, f: RegisterFilter, path: str | Path,
                   progress: Progress | None = None) -> Path:
    """The register for *f* as a landscape PDF (the form is marked with its highest level)."""
    rows = register_rows(led, f)
    production = f.register is Register.PRODUCTION
    title = register_form.PRODUCTION_TITLE if production else register_form.RECEIPT_TITLE
    level = top_level([r.level for r in rows if not r.voided])
    meta = form_meta(led, title=title, subtitle=_subtitle(f), mark=mark_of(level))
    out = register_form.render_register(path, meta, rows, production=production,
                                        progress=progress)
    return logged(led, out, what=title, rows=len(rows), level=level)


def _subtitle(f: RegisterFilter) -> str:
    parts = [f.period_text()]
    if f.level is not None:
        parts.append(f"密级：{f.level.label}")
    if f.unit.strip():
        parts.append(f"单位：{f.unit.strip()}")
    return "　".join(parts)


def count_rows(led: Ledger, f: RegisterFilter) -> int:
    return register_summary(led, f)[0]


def register_summary(led: Ledger, f: RegisterFilter) -> tuple[int, Classification | None]:
    """How many rows the register for *f* has and the highest level it lists (voided
    entries aside, as on the printed form): one query, before anything is written."""
    sql, params = register_query(f, local_tz(led))
    with led.db.read() as s:
        n, levels = s.execute(text(
            "SELECT count(*), group_concat(DISTINCT CASE WHEN voided = FALSE THEN level END)"
            f" FROM ({sql}) AS r"), params).one()
    return int(n), top_level(str(levels or "").split(","))


def export_register_xlsx(led: Ledger, f: RegisterFilter, path: str | Path,
                         progress: Progress | None = None) -> Path:
    """The register for *f* as XLSX, streamed from the database."""
    total, level = register_summary(led, f)
    tz = local_tz(led)
    production = f.register is Register.PRODUCTION
    title = register_form.PRODUCTION_TITLE if production else register_form.RECEIPT_TITLE
    meta = form_meta(led, title=title)
    with led.db.read() as s:
        out = register_form.register_xlsx(
            path, unit_name=led.unit_name, period=_subtitle(f), rows=iter_rows(s, f, tz),
            production=production, total=total, progress=progress, mark=mark_of(level),
            signed=(meta.printed_text(), meta.digest_text()))
    return logged(led, out, what=title, rows=total, level=level)


# -- labels ----------------------------------------------------------------------------------
#: no label is printed for a carrier that is no longer here (or never was)
GONE = tuple(st.value for st in TERMINAL_STATES)
COPY_MARK = "复制件"


def label_data(led: Ledger, carrier_ids: Sequence[int]) -> list[label_form.LabelData]:
    """What each label shows, in registration and copy order. A carrier that is gone
    (dispatched, returned, destroyed, declassified, voided) gets no label: refused."""
    unit = led.unit_name
    with led.db.read() as s:
        rows = s.execute(select(Carrier, Document).join(Document, Document.id == Carrier.document_id)
                         .where(Carrier.id.in_(set(carrier_ids)))
                         .order_by(Document.id, Carrier.copy_no)).all()
        if len(rows) != len(set(carrier_ids)):
            raise NotFound(what="载体", key=", ".join(map(str, carrier_ids)))
        gone = [(c, d) for c, d in rows if c.state in GONE or d.voided]
        if gone:
            c, d = gone[0]
            state = CarrierState.VOIDED if d.voided else CarrierState(c.state)
            raise RuleViolation("label.carrier_gone", carrier=f"{d.reg_no}/{c.copy_no:06d}",
                                state=state.value, state_label=state.label, count=len(gone))
        return [label_form.LabelData(
            label_id=c.label_id, mark=d.mark, reg_no=d.reg_no,
            copy_no_text=format_copy_no(c.copy_no), unit_name=unit,
            carrier_type_label=CarrierType(c.carrier_type).label
            + (f" {c.serial_no}" if c.serial_no else ""),
            copy_mark=COPY_MARK if c.is_copy else "") for c, d in rows]


def print_labels(led: Ledger, carrier_ids: Sequence[int], path: str | Path, *,
                 single: bool = False, start: int = 0, progress: Progress | None = None) -> Path:
    """An A4 sheet of labels from slot *start* of a part-used sheet (or one label per page for
    label printers); the printing is recorded on each carrier's history."""
    data = label_data(led, carrier_ids)
    level = top_level(output_log.carrier_levels(led, carrier_ids))
    if single:
        out = label_form.render_single_labels(path, data, progress=progress)
    else:
        out = label_form.render_label_sheet(path, data, start=start, progress=progress)
    with led.db.write() as s:
        for c in s.execute(select(Carrier).where(Carrier.id.in_(set(carrier_ids)))).scalars():
            led.event(s, "carrier.label_printed", {"label_id": c.label_id,
                                                   "layout": "single" if single else "sheet"},
                      carrier_id=c.id, document_id=c.document_id)
        append(led, s, out, what="载体标签", rows=len(data), level=level)
    return out


def document_carrier_ids(led: Ledger, document_ids: Sequence[int]) -> list[int]:
    """The carriers of the documents that can have a label (those still here)."""
    with led.db.read() as s:
        return [int(i) for i in s.execute(
            select(Carrier.id).join(Document, Document.id == Carrier.document_id)
            .where(Carrier.document_id.in_(set(document_ids)), Carrier.state.not_in(GONE),
                   Document.voided.is_(False))
            .order_by(Carrier.document_id, Carrier.copy_no)).scalars()]


def latest_year(led: Ledger, register: Register) -> int | None:
    with led.db.read() as s:
        y = s.execute(select(func.max(Document.year)).where(
            Document.register == register.value)).scalar()
        return int(y) if y is not None else None

