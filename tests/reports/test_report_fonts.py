"""The CJK font, the fast line breaker and the form blocks."""

from __future__ import annotations

import subprocess
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from secledger.reports.kit.fonts import CJK, REQUIRED_GLYPHS, has_glyphs, register_fonts
from secledger.reports.kit.textwrap_cjk import NO_LINE_START, text_width, wrap_text

from .report_helpers import COLUMNS, meta, needs_poppler, sample_rows


def test_a_font_with_every_required_glyph_is_registered() -> None:
    choice = register_fonts()
    assert choice.path.is_file()
    assert has_glyphs(REQUIRED_GLYPHS + "★〔〕：绝密机密秘密")


@needs_poppler
def test_the_cjk_font_is_embedded(tmp_path: Path) -> None:
    from secledger.reports.registration.register import render_register_pdf

    path = render_register_pdf(tmp_path / "r.pdf", meta(), COLUMNS, sample_rows(2))
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    cjk = [line for line in out.splitlines() if "SecLedgerCJK" in line or "UMing" in line or "Sim" in line]
    assert cjk and all(" yes " in line for line in cjk), out


def test_text_width_matches_reportlab() -> None:
    s = "关于2026年度保密自查〔2026〕★：ABC"
    assert abs(text_width(s, CJK, 9) - stringWidth(s, CJK, 9)) < 0.01


@given(st.text(alphabet="关于做好年度保密自查工作的通知，。：（）〔〕★ABCxyz0123-", max_size=120),
       st.floats(min_value=30, max_value=300))
def test_wrap_keeps_every_character_and_fits(text: str, width: float) -> None:
    register_fonts()
    lines = wrap_text(text, CJK, 9, width)
    assert "".join(lines) == text
    for line in lines:
        # a line may overflow only by punctuation kept off the next line's start
        core = line.rstrip("".join(NO_LINE_START))
        assert text_width(core, CJK, 9) <= width + 0.01 or len(core) <= 1
    for line in lines[1:]:
        assert not line or line[0] not in NO_LINE_START


def test_wrap_caps_lines_with_ellipsis() -> None:
    register_fonts()
    lines = wrap_text("很长的标题" * 100, CJK, 9, 60, max_lines=3)
    assert len(lines) == 3 and lines[-1].endswith("…")
