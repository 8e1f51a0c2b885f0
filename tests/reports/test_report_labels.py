"""Carrier labels: the barcode and the QR code decode to the opaque label id, nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from secledger.reports.registration.labels import (
    LabelData,
    SheetLayout,
    render_label_sheet,
    render_single_labels,
)

from .report_helpers import needs_poppler, page_count, pdf_to_pngs, pdftotext

pytestmark = needs_poppler


def _decoder():  # type: ignore[no-untyped-def]
    try:
        from pyzbar import pyzbar
    except (ImportError, OSError) as exc:  # OSError: libzbar0 missing
        pytest.skip(f"pyzbar cannot load libzbar (install libzbar0): {exc}")
    return pyzbar


def labels(n: int) -> list[LabelData]:
    marks = ["机密★10年", "绝密★长期", "秘密★至项目验收结束之日", "机密★2030年6月30日"]
    return [
        LabelData(f"C{i:010d}X", marks[i % 4], f"SW-2026-{i:04d}", f"{i:06d}",
                  "某某市国家保密局办公室", "纸质文件")
        for i in range(1, n + 1)
    ]


def decode(png: Path, box: tuple[int, int, int, int] | None = None) -> list[tuple[str, str]]:
    from PIL import Image

    pyzbar = _decoder()
    with Image.open(png) as img:
        part = img.crop(box) if box else img
        return sorted((r.type, r.data.decode()) for r in pyzbar.decode(part))


def test_single_label_codes_hold_only_the_label_id(tmp_path: Path) -> None:
    data = labels(2)
    path = render_single_labels(tmp_path / "l.pdf", data)
    assert page_count(path) == 2
    pngs = pdf_to_pngs(path, tmp_path, dpi=300)
    for png, d in zip(pngs, data, strict=True):
        assert decode(png) == [("CODE128", d.label_id), ("QRCODE", d.label_id)]
    text = pdftotext(path, 1)
    for part in (data[0].mark, "SW-2026-0001", "000001", "某某市国家保密局办公室", data[0].label_id):
        assert part in text


def test_sheet_has_24_labels_per_page_all_decodable(tmp_path: Path) -> None:
    data = labels(26)
    path = render_label_sheet(tmp_path / "s.pdf", data)
    assert page_count(path) == 2
    png = pdf_to_pngs(path, tmp_path, dpi=300)[0]
    lay, px = SheetLayout(), 300 / 72
    page_h = round(841.89 * px)
    for slot, d in enumerate(data[:24]):  # each label's own codes, at its own place
        x, y = lay.origin(slot)
        box = (int(x * px), int(page_h - (y + lay.label_h) * px), int((x + lay.label_w) * px), int(page_h - y * px))
        assert decode(png, box) == [("CODE128", d.label_id), ("QRCODE", d.label_id)], slot


def test_sheet_can_start_on_a_partly_used_sheet(tmp_path: Path) -> None:
    path = render_label_sheet(tmp_path / "s.pdf", labels(5), start=22)
    assert page_count(path) == 2  # slots 22, 23 on page 1; the rest on page 2
    assert "SW-2026-0002" in pdftotext(path, 1) and "SW-2026-0003" in pdftotext(path, 2)


def test_layout_fits_a4() -> None:
    lay = SheetLayout()
    x, y = lay.origin(lay.per_page - 1)
    assert x >= 0 and y >= 0 and x + lay.label_w <= 595.3
