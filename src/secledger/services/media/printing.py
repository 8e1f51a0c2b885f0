"""Print and export the forms of the devices and media register: 涉密计算机台账 and
涉密存储介质台账 (PDF, XLSX), 涉密设备维修审批表, 维修登记簿 (PDF, XLSX) and the labels.

Gathers the DTOs, turns stored UTC times into local time and hands plain data to
``reports/``. Every form carries the chain digest at the time of printing and commits its
output event. The registers and repair forms name devices, their levels and holders but no
secret content, so they record no level (as the 移交登记簿); the labels record the highest
level they mark, as carriers' labels do, and each printed label is on its item's history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import tzinfo
from pathlib import Path

from sqlalchemy import select

from secledger.domain.enums import Classification
from secledger.domain.errors import NotFound
from secledger.domain.media import MediaType
from secledger.reports.kit.atomic import Progress
from secledger.reports.media import registers as register_form
from secledger.reports.media import repair as repair_form
from secledger.reports.registration import labels as label_form
from secledger.services.audit.output_log import append, logged, top_level
from secledger.services.custody.printing_records import form_meta
from secledger.services.disposal.form_times import approval_local, local, period
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_tz
from secledger.services.media.read import REGISTER_TITLES, MediaFilter, MediaItemDTO, list_items
from secledger.services.media.records import MediaRepairDTO, get_repair, repair_register
from secledger.store.models.media import MediaItem

LABEL_TITLE = "涉密设备标签"


def _register(led: Ledger, register: str, f: MediaFilter | None) -> list[MediaItemDTO]:
    return list_items(led, replace(f or MediaFilter(), register=register))


def print_register(led: Ledger, register: str, path: str | Path, *,
                   f: MediaFilter | None = None, progress: Progress | None = None) -> Path:
    """涉密计算机台账 (``read.COMPUTERS``) or 涉密存储介质台账 (``read.STORAGE``) as a PDF,
    narrowed by the pane's filter *f* (its register is *register*)."""
    title = REGISTER_TITLES[register]
    rows = _register(led, register, f)
    out = register_form.render_register_pdf_of(path, form_meta(led, title=title), rows,
                                               progress=progress)
    return logged(led, out, what=title, rows=len(rows), level=None)


def export_register_xlsx(led: Ledger, register: str, path: str | Path, *,
                         f: MediaFilter | None = None) -> Path:
    title = REGISTER_TITLES[register]
    rows = _register(led, register, f)
    out = register_form.register_xlsx(path, title=title, unit_name=led.unit_name, items=rows)
    return logged(led, out, what=title, rows=len(rows), level=None)


def _repair_local(r: MediaRepairDTO, tz: tzinfo) -> MediaRepairDTO:
    return replace(r, requested_at=local(r.requested_at, tz) or r.requested_at,
                   sent_at=local(r.sent_at, tz), returned_at=local(r.returned_at, tz),
                   approval=approval_local(r.approval, tz))


def print_repair_form(led: Ledger, repair_id: int, path: str | Path) -> Path:
    """涉密设备维修审批表 of one request, to be signed."""
    r = _repair_local(get_repair(led, repair_id), local_tz(led))
    out = repair_form.render_repair_form(path, form_meta(led), r)
    return logged(led, out, what=repair_form.FORM_TITLE, rows=1, level=None)


def _repairs(led: Ledger, year: int | None) -> list[MediaRepairDTO]:
    tz = local_tz(led)
    return [_repair_local(r, tz) for r in repair_register(led, year=year)]


def print_repair_register(led: Ledger, path: str | Path, *, year: int | None = None,
                          progress: Progress | None = None) -> Path:
    rows = _repairs(led, year)
    meta = form_meta(led, subtitle=period(year))
    out = repair_form.render_repair_register_pdf(path, meta, rows, progress=progress)
    return logged(led, out, what=repair_form.REGISTER_TITLE, rows=len(rows), level=None)


def export_repair_register_xlsx(led: Ledger, path: str | Path, *,
                                year: int | None = None) -> Path:
    rows = _repairs(led, year)
    out = repair_form.repair_register_xlsx(path, unit_name=led.unit_name, period=period(year),
                                           rows=rows)
    return logged(led, out, what=repair_form.REGISTER_TITLE, rows=len(rows), level=None)


# -- labels ---------------------------------------------------------------------------------
def label_data(led: Ledger, media_ids: Sequence[int]) -> list[label_form.LabelData]:
    """What each label shows: the level mark, 设备编号, type and serial number, the unit."""
    unit = led.unit_name
    with led.db.read() as s:
        rows = list(s.execute(select(MediaItem).where(MediaItem.id.in_(set(media_ids)))
                              .order_by(MediaItem.device_no)).scalars())
        if len(rows) != len(set(media_ids)):
            raise NotFound(what="涉密设备或介质", key=", ".join(map(str, media_ids)))
        return [_label(m, unit) for m in rows]


def _label(m: MediaItem, unit: str) -> label_form.LabelData:
    kind = MediaType(m.media_type).label + (f" {m.serial_no}" if m.serial_no else "")
    return label_form.LabelData(label_id=m.label_id, mark=Classification(m.level).label,
                                reg_no=m.device_no, copy_no_text="", unit_name=unit,
                                carrier_type_label=kind, reg_caption="设备编号")


def labels_level(led: Ledger, media_ids: Sequence[int]) -> Classification | None:
    """The highest level the labels mark (the save prompt's and the output event's)."""
    with led.db.read() as s:
        return top_level(s.execute(select(MediaItem.level).where(
            MediaItem.id.in_(set(media_ids)))).scalars())


def print_labels(led: Ledger, media_ids: Sequence[int], path: str | Path, *,
                 single: bool = False, start: int = 0,
                 progress: Progress | None = None) -> Path:
    """An A4 sheet of labels (or one per page for label printers); each printed label is on
    its item's history."""
    data = label_data(led, media_ids)
    level = labels_level(led, media_ids)
    if single:
        out = label_form.render_single_labels(path, data, progress=progress, title=LABEL_TITLE)
    else:
        out = label_form.render_label_sheet(path, data, start=start, progress=progress,
                                            title=LABEL_TITLE)
    with led.db.write() as s:
        for m in s.execute(select(MediaItem).where(MediaItem.id.in_(set(media_ids)))).scalars():
            led.event(s, "media.label_printed", {"media_id": m.id, "device_no": m.device_no,
                                                 "label_id": m.label_id,
                                                 "layout": "single" if single else "sheet"})
        append(led, s, out, what=LABEL_TITLE, rows=len(data), level=level)
    return out
