"""A generic register (登记簿) or list as a PDF: header, long table, totals, signatures.

Used by 收文登记簿 / 发文登记簿 and every later list form (销毁清单, 移交清单 ...).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from secledger.reports.kit.atomic import Progress
from secledger.reports.kit.columns import Column, RowData
from secledger.reports.kit.longtable import LongTable
from secledger.reports.kit.pdf import FormDocument, FormMeta, signature_block, totals_block


def register_flowables(
    doc: FormDocument,
    columns: Sequence[Column],
    rows: Sequence[RowData],
    *,
    totals: Sequence[tuple[str, str]] | None = None,
    signatures: Sequence[str] | None = None,
    zebra: bool = False,
) -> list[Flowable]:
    """The table, totals and signature block, for forms that add more around them."""
    out: list[Flowable] = [LongTable(columns, rows, zebra=zebra, ticker=doc.ticker)]
    if totals:
        out += [Spacer(1, 2 * mm), totals_block(totals, doc.frame_width)]
    if signatures:
        per_row = 3 if doc.meta.landscape else 2
        out.append(signature_block(signatures, doc.frame_width, per_row=per_row))
    return out


def render_register_pdf(
    path: str | Path,
    meta: FormMeta,
    columns: Sequence[Column],
    rows: Sequence[RowData],
    totals: Sequence[tuple[str, str]] | None = None,
    signatures: Sequence[str] | None = None,
    progress: Progress | None = None,
    *,
    zebra: bool = False,
) -> Path:
    """Write the register to *path* (atomically); ``progress(done, total)`` → False cancels."""
    doc = FormDocument(meta, progress=progress, total=2 * len(rows))
    doc.add(*register_flowables(doc, columns, rows, totals=totals, signatures=signatures, zebra=zebra))
    return doc.build(path)
