"""Every print and export of ledger data is an event: ``report.printed`` (PDF) or
``report.exported`` (XLSX), appended by the service call that wrote the file, with the
form's name, how many entries it lists, the highest 密级 it contains and the file name.

A printed form is classified material of the highest level it contains: the same level
marks the PDF (``FormMeta.mark``), the XLSX title rows and page header, the save prompt
(``ui.panes.save_notice``) and the event. The file is written first (atomically) and the
event appended right after it in one transaction of its own, so a failed or cancelled
write leaves neither a file nor an event.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from secledger.domain.enums import Classification
from secledger.services.ledger.session import Ledger
from secledger.store.models.registry import Carrier, Document

PRINTED = "report.printed"
EXPORTED = "report.exported"
KINDS = (PRINTED, EXPORTED)


def top_level(levels: Iterable[str | Classification | None]) -> Classification | None:
    """The highest of *levels* (values or enums; empty ones ignored), or None."""
    ranked = [Classification(x) for x in levels if x]
    return max(ranked, key=lambda c: c.rank, default=None)


def mark_of(level: Classification | None) -> str:
    """What the form is marked with: 绝密/机密/秘密 ("" below state secrets)."""
    return level.label if level is not None and level.is_state_secret else ""


def kind_of(path: Path) -> str:
    return EXPORTED if path.suffix.lower() == ".xlsx" else PRINTED


def payload(what: str, path: Path, rows: int, level: Classification | None) -> dict[str, object]:
    return {"what": what, "rows": int(rows), "level": level.value if level else "",
            "file": path.name}


def append(led: Ledger, s: Session, path: Path, *, what: str, rows: int,
           level: Classification | None) -> None:
    """Append the event in the caller's transaction (when it writes more in the same one)."""
    led.event(s, kind_of(path), payload(what, path, rows, level))


def logged(led: Ledger, out: Path, *, what: str, rows: int,
           level: Classification | None) -> Path:
    """Record that *out* was written (one transaction) and return it."""
    with led.db.write() as s:
        append(led, s, out, what=what, rows=rows, level=level)
    return out


def carrier_levels(led: Ledger, carrier_ids: Sequence[int]) -> list[str]:
    """The 密级 of the documents of *carrier_ids* (one query)."""
    if not carrier_ids:
        return []
    with led.db.read() as s:
        return [str(x) for x in s.execute(
            select(Document.level).join(Carrier, Carrier.document_id == Document.id)
            .where(Carrier.id.in_(set(carrier_ids))).distinct()).scalars()]


