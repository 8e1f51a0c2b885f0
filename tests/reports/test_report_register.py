"""The register PDF: headings, rows, page footers, voided rows, totals, signatures."""

from __future__ import annotations

from pathlib import Path

import pytest

from secledger.reports.kit import longtable
from secledger.reports.kit.atomic import Cancelled, ReportWriteError
from secledger.reports.registration.register import render_register_pdf

from .report_helpers import (
    COLUMNS,
    folder_listing,
    meta,
    needs_poppler,
    page_count,
    pdftotext,
    sample_rows,
)

pytestmark = needs_poppler


@pytest.fixture(scope="module")
def register_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reg") / "收文登记簿.pdf"
    render_register_pdf(
        path, meta(), COLUMNS, sample_rows(120, voided=frozenset({3})),
        totals=[("合计", "120 件"), ("作废", "1 件")], signatures=["登记人", "审核人"],
    )
    return path


def test_headings_rows_and_totals_are_text(register_pdf: Path) -> None:
    text = pdftotext(register_pdf)
    for heading in ["收文号", "收文日期", "来文单位", "标题", "密级(标志)", "份号", "处理情况", "签收人", "备注"]:
        assert heading in text
    assert "SW00001" in text and "SW00120" in text
    assert "2026年1月1日" in text and "国保发〔2026〕7号" in text
    assert "机密★10年" in text and "绝密★长期" in text and "000012" in text
    assert "合计" in text and "120 件" in text
    assert "登记人（签字）" in text and "审核人（签字）" in text and "日期：" in text


def test_every_page_has_header_page_number_printer_and_digest(register_pdf: Path) -> None:
    n = page_count(register_pdf)
    assert n > 2
    for page in range(1, n + 1):
        text = pdftotext(register_pdf, page)
        assert f"第 {page} 页 共 {n} 页" in text, page
        assert "台账校验：#12345 a1b2c3d4e5f6" in text
        assert "打印：张三 2026年11月24日 14:05" in text
        assert "收文登记簿" in text and "某某市国家保密局办公室" in text and "编号：SW-2026" in text
        assert "收文号" in text, "column headings repeat on every page"


def test_rows_are_not_lost_or_repeated_across_pages(register_pdf: Path) -> None:
    text = "".join(pdftotext(register_pdf, p) for p in range(1, page_count(register_pdf) + 1))
    for i in range(1, 121):
        assert text.count(f"SW{i:05d}") == 1, i


def test_voided_row_is_struck_through_and_still_printed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    struck: list[list[str]] = []
    original = longtable.StruckCell.draw

    def spy(self: longtable.StruckCell) -> None:
        struck.append(list(self.lines))
        original(self)

    monkeypatch.setattr(longtable.StruckCell, "draw", spy)
    path = render_register_pdf(tmp_path / "r.pdf", meta(), COLUMNS, sample_rows(6, voided=frozenset({3})))
    drawn = [" ".join(lines) for lines in struck]
    assert any("SW00004" in t for t in drawn) and any("登记重复" in t for t in drawn)
    assert not any("SW00003" in t or "SW00005" in t for t in drawn)
    assert len(struck) == len(COLUMNS)
    assert "SW00004" in pdftotext(path), "a voided entry stays on the register"


def test_empty_register_prints_headings_on_one_page(tmp_path: Path) -> None:
    path = render_register_pdf(tmp_path / "empty.pdf", meta(), COLUMNS, [], totals=[("合计", "0 件")])
    assert page_count(path) == 1
    text = pdftotext(path)
    assert "收文号" in text and "第 1 页 共 1 页" in text


def test_very_long_cell_is_wrapped_and_capped(tmp_path: Path) -> None:
    rows = sample_rows(3)
    rows[1] = type(rows[1])([*rows[1].values[:4], "很长的标题" * 400, *rows[1].values[5:]])
    path = render_register_pdf(tmp_path / "long.pdf", meta(), COLUMNS, rows)
    text = pdftotext(path)
    assert "SW00003" in text and "…" in text


def test_portrait_form_without_digest_or_number(tmp_path: Path) -> None:
    m = meta(landscape=False, form_no="", chain_digest=(0, ""), subtitle="")
    path = render_register_pdf(tmp_path / "p.pdf", m, COLUMNS[:5], [type(r)(r.values[:5]) for r in sample_rows(5)])
    text = pdftotext(path)
    assert "第 1 页 共 1 页" in text and "台账校验" not in text and "编号" not in text


def test_progress_is_reported_and_ends_at_total(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    render_register_pdf(tmp_path / "p.pdf", meta(), COLUMNS, sample_rows(300),
                        progress=lambda d, t: calls.append((d, t)) is None)
    assert len(calls) > 3
    assert all(0 <= d <= t for d, t in calls)
    assert calls[-1][0] == calls[-1][1] == 600
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


@pytest.mark.parametrize("stop_after", [1, 5])
def test_cancel_raises_and_leaves_no_file(tmp_path: Path, stop_after: int) -> None:
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return len(seen) < stop_after

    with pytest.raises(Cancelled) as info:
        render_register_pdf(tmp_path / "x.pdf", meta(), COLUMNS, sample_rows(300), progress=progress)
    assert info.value.code == "report.cancelled" and "未生成文件" in info.value.message()
    assert folder_listing(tmp_path) == [], "neither the file nor a temporary file is left"


def test_cancel_keeps_an_existing_file_intact(tmp_path: Path) -> None:
    target = tmp_path / "x.pdf"
    target.write_bytes(b"old")
    with pytest.raises(Cancelled):
        render_register_pdf(target, meta(), COLUMNS, sample_rows(50), progress=lambda d, t: False)
    assert target.read_bytes() == b"old"
    assert folder_listing(tmp_path) == ["x.pdf"]


def test_error_during_render_leaves_no_temp_file(tmp_path: Path) -> None:
    def boom(done: int, total: int) -> bool:
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        render_register_pdf(tmp_path / "x.pdf", meta(), COLUMNS, sample_rows(10), progress=boom)
    assert folder_listing(tmp_path) == []


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ReportWriteError) as info:
        render_register_pdf(tmp_path / "nope" / "x.pdf", meta(), COLUMNS, sample_rows(1))
    assert info.value.code == "report.no_folder"
    assert "nope" in info.value.message() and "另选" in info.value.message()
