"""Fast line breaking for Chinese (and mixed) text in a fixed font, without Paragraph.

Platypus ``Paragraph`` per cell is far too slow for registers of thousands of rows, so
table cells are broken into lines here and drawn as plain multi-line strings.
Breaks anywhere between Chinese characters, keeps ASCII words together where they fit,
and keeps closing punctuation off the start of a line (避头尾, simplified).
"""

from __future__ import annotations

import functools

from reportlab.pdfbase.pdfmetrics import stringWidth

NO_LINE_START = set("，。、；：？！）》」』】〕”’…—%,.;:?!)]}")


def _is_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "-_/#.")


class _Widths(dict[str, float]):
    """Per-character advance widths of one font at 1 pt, computed once per character."""

    def __init__(self, font: str) -> None:
        super().__init__()
        self.font = font

    def __missing__(self, ch: str) -> float:
        w = self[ch] = float(stringWidth(ch, self.font, 1000)) / 1000
        return w


@functools.lru_cache(maxsize=8)
def _widths(font: str) -> _Widths:
    return _Widths(font)


def text_width(text: str, font: str, size: float) -> float:
    """Width of *text* in points: the sum of cached per-character widths (no kerning in CJK)."""
    w = _widths(font)
    return sum(w[ch] for ch in text) * size


def wrap_line(text: str, font: str, size: float, width: float) -> list[str]:
    """Break one paragraph (no newlines) into lines no wider than *width* points."""
    widths = _widths(font)
    if text_width(text, font, size) <= width:
        return [text]
    lines: list[str] = []
    cur: list[str] = []
    cur_w = 0.0
    for ch in text:
        w = widths[ch] * size
        if cur and cur_w + w > width and ch not in NO_LINE_START:
            carry = _word_tail(cur)
            lines.append("".join(cur[: len(cur) - len(carry)]).rstrip())
            cur = carry
            cur_w = text_width("".join(cur), font, size)
        cur.append(ch)
        cur_w += w
    if cur:
        lines.append("".join(cur).rstrip())
    return lines


def _word_tail(cur: list[str]) -> list[str]:
    """The trailing ASCII word of the line, to move to the next line (if not the whole line)."""
    i = len(cur)
    while i > 0 and _is_word(cur[i - 1]):
        i -= 1
    if i == 0 or i == len(cur) or len(cur) - i > 16:
        return []
    return cur[i:]


def wrap_text(text: str, font: str, size: float, width: float, max_lines: int = 0) -> list[str]:
    """Lines of *text* (which may contain newlines); at most *max_lines*, the last ending in …"""
    lines: list[str] = []
    for para in text.split("\n"):
        lines += wrap_line(para, font, size, width) if para else [""]
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][:-1] + "…" if lines[-1] else "…"
    return lines
