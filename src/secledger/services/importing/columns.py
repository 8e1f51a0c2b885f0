"""Which column is which: the headings offices write for each field (synonyms), finding the
heading row under a merged title, proposing a mapping, and a signature of the heading that
keys the mapping the clerk confirmed last time (kept in the ledger's settings)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from secledger.domain.enums import Register
from secledger.domain.importing import FIELDS, HEADER_SCAN_ROWS, squash

#: field -> headings, the usual one first (earlier is preferred when two columns compete)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "reg_no": ("收文号", "收文编号", "发文号", "发文编号", "登记号", "原登记号", "收文登记号",
               "登记编号", "编号", "顺序号", "序号"),
    "date": ("收文日期", "收文时间", "登记日期", "收到日期", "来文日期", "签收日期", "发文日期",
             "日期", "时间"),
    "unit": ("来文单位", "发文机关", "来文机关", "发文单位", "来文单位名称", "主送/抄送单位",
             "主送单位", "发往单位", "收文单位", "单位"),
    "doc_no": ("文号", "来文字号", "发文字号", "来文文号", "发文文号", "文件编号", "文件字号", "字号"),
    "title": ("文件标题", "标题", "文件名称", "文件题目", "题名", "名称", "题目", "事由", "内容"),
    "mark": ("密级", "密级及保密期限", "密级(标志)", "密级标志", "密级和保密期限", "密级/保密期限"),
    "period": ("保密期限", "期限"),
    "copy_nos": ("份号", "文件份号", "份号范围", "编号份号"),
    "copies": ("份数", "印制份数", "数量", "件数", "份"),
    "pages": ("页数", "页码数", "页"),
    "handling": ("处理情况", "处理结果", "办理情况", "去向", "处理"),
    "signed_by": ("签收人", "经办人", "接收人", "签收", "领取人", "收文人"),
    "remarks": ("备注", "说明", "附注"),
    "issued_on": ("成文日期", "印发日期", "定密日期", "发文时间"),
    "urgency": ("紧急程度", "缓急", "急缓程度"),
    "carrier_type": ("载体类型", "载体", "介质类型", "介质"),
    "serial_nos": ("序列号", "介质编号", "载体编号", "设备编号"),
    "approver": ("签发人",),
    "keep": ("发送方式", "回执", "清退/销毁情况", "清退情况", "销毁情况", "清退销毁情况"),
}
_BRACKETS = re.compile(r"[()（）\[\]【】〔〕<>《》:：*＊#№.。、]")


def norm(heading: Any) -> str:
    """A heading compared without spaces, brackets, colons or width differences."""
    return _BRACKETS.sub("", squash(text_of(heading))).lower()


def text_of(value: Any) -> str:
    """A cell as the text a clerk sees (whole numbers without ``.0``, dates ISO)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _lookup() -> dict[str, tuple[str, int]]:
    out: dict[str, tuple[str, int]] = {}
    for fld, words in SYNONYMS.items():
        for rank, word in enumerate(words):
            out.setdefault(norm(word), (fld, rank))
    return out


_LOOKUP = _lookup()
_PREFIXES = sorted(_LOOKUP, key=len, reverse=True)


def field_of(heading: Any) -> tuple[str, int] | None:
    """(field, preference) of a heading: exact synonyms first, then one the heading starts
    with (``标题（文件名称）``), ranked after every exact one."""
    key = norm(heading)
    if not key:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    for word in _PREFIXES:
        if len(word) >= 2 and key.startswith(word):
            fld, rank = _LOOKUP[word]
            return fld, rank + 100
    return None


def propose_mapping(headings: Sequence[Any]) -> dict[int, str]:
    """column index -> field, each field at most once (the best-ranked heading, then the
    leftmost); columns with no known heading are left out (ignored)."""
    best: dict[str, tuple[int, int]] = {}
    for col, heading in enumerate(headings):
        got = field_of(heading)
        if got is None:
            continue
        fld, rank = got
        if fld == "keep":
            continue
        if fld not in best or rank < best[fld][0]:
            best[fld] = (rank, col)
    mapping = {col: fld for fld, (_rank, col) in best.items()}
    for col, heading in enumerate(headings):
        got = field_of(heading)
        if got is not None and got[0] == "keep" and col not in mapping:
            mapping[col] = "keep"
    return dict(sorted(mapping.items()))


@dataclass(frozen=True, slots=True)
class HeaderGuess:
    """The heading row found: its number in the file (1 = first row), its cells, the
    proposed mapping and how many fields it names."""

    row: int
    headings: tuple[str, ...]
    mapping: dict[int, str]
    score: int


def detect_header(rows: Sequence[Sequence[Any]], *,
                  scan: int = HEADER_SCAN_ROWS) -> HeaderGuess | None:
    """The row among the first *scan* that names a title column and the most fields (at
    least three): a merged title row above the heading names one cell only."""
    found: HeaderGuess | None = None
    for i, cells in enumerate(rows[:scan]):
        headings = tuple(text_of(c) for c in cells)
        mapping = propose_mapping(headings)
        fields = set(mapping.values()) - {"keep"}
        score = len(fields)
        if "title" in fields and score >= 3 and (found is None or score > found.score):
            found = HeaderGuess(i + 1, headings, mapping, score)
    return found


def column_letter(col: int) -> str:
    """``A`` for column 0."""
    n, letters = col + 1, ""
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


def signature(register: Register, headings: Sequence[str]) -> str:
    """The settings key of a remembered mapping: register and the headings as compared."""
    body = "\x1f".join(norm(h) for h in headings).rstrip("\x1f")
    return f"import_mapping:{register.value}:{hashlib.sha256(body.encode()).hexdigest()[:16]}"


def checked_mapping(mapping: Mapping[int, str], width: int) -> dict[int, str]:
    """Only known fields, only existing columns, each field once (a stale remembered mapping
    or a wizard's choice can never name a column twice)."""
    out: dict[int, str] = {}
    used: set[str] = set()
    for col, fld in sorted(mapping.items()):
        if fld not in FIELDS or not 0 <= col < width:
            continue
        if fld != "keep" and fld in used:
            continue
        used.add(fld)
        out[col] = fld
    return out
