"""The CJK TrueType font every printed form embeds, registered once.

Prefer the system's 仿宋/宋体 (Windows: simfang.ttf, simsun.ttc; the same files where a
Linux office machine has them installed), else the bundled AR PL UMing
(``resources/fonts/uming.ttc``, subfont 0). A candidate is used only if it loads and has
every glyph forms print (``REQUIRED_GLYPHS``: ★, 〔〕, full-width punctuation ...).
CFF-outline ``.otf`` fonts do not work in reportlab and are never tried.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from secledger.reports.kit._paths import resource

CJK = "SecLedgerCJK"  # the registered font name used by every form
MONO = "Courier"  # standard PDF font for codes (recovery code, label ids): ASCII only

REQUIRED_GLYPHS = "涉密载体台账★〔〕：；，。（）、—第页共日期年月签名０１２３４５６７８９"


@dataclass(frozen=True)
class FontChoice:
    name: str
    path: Path
    subfont: int


def _windows_fonts() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


def candidates() -> list[tuple[Path, int]]:
    """Font files in order of preference: system 仿宋, system 宋体, then the bundled font."""
    win = _windows_fonts()
    linux_dirs = [
        Path("/usr/share/fonts/truetype/windows"),
        Path("/usr/share/fonts/windows"),
        Path("/usr/share/fonts/truetype/msttcorefonts"),
        Path("/usr/share/fonts/chinese/TrueType"),
        Path.home() / ".fonts",
        Path.home() / ".local/share/fonts",
    ]
    found: list[tuple[Path, int]] = []
    for name in ("simfang.ttf", "SIMFANG.TTF", "simsun.ttc", "SIMSUN.TTC"):
        found += [(d / name, 0) for d in [win, *linux_dirs]]
    found.append((resource("fonts", "uming.ttc"), 0))
    return found


def _load(path: Path, subfont: int) -> TTFont | None:
    try:
        font = TTFont(CJK, str(path), subfontIndex=subfont)
    except Exception:  # unreadable, unsupported (CFF) or damaged: try the next one
        return None
    cmap = font.face.charToGlyph
    if any(ord(ch) not in cmap for ch in REQUIRED_GLYPHS):
        return None
    return font


@functools.lru_cache(maxsize=1)
def register_fonts() -> FontChoice:
    """Register the CJK font as ``CJK`` (once per process) and say which file it is."""
    for path, sub in candidates():
        if not path.is_file():
            continue
        font = _load(path, sub)
        if font is not None:
            pdfmetrics.registerFont(font)
            return FontChoice(CJK, path, sub)
    raise FileNotFoundError("no usable CJK TrueType font (bundled resources/fonts/uming.ttc missing?)")


def has_glyphs(text: str) -> bool:
    """True if the registered CJK font can draw every character of *text*."""
    register_fonts()
    cmap = pdfmetrics.getFont(CJK).face.charToGlyph
    return all(ord(ch) in cmap or ch.isspace() for ch in text)
