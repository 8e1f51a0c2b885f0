"""Rules for bringing an office's existing registers in (导入登记簿), free of any file format.

An import is all or nothing: while any row has a problem nothing is written, unless the clerk
excludes that row (the row and the reason stay in the import record). Rows that are not
state secrets (内部, 工作秘密, 非密 …) and rows voided in the source are excluded by default,
with that reason; blank rows and 合计 rows are skipped. Two entries are the same document when
they name the same unit and 文号 and their 份号 overlap. Every problem names the row as the
source file numbers it, the column, what is wrong and how to fix it (zh_CN and en, in
``_msg_importing``).
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from secledger.domain.errors import DomainError

#: a file larger than this is refused before it is read
MAX_FILE_BYTES = 50 * 1024 * 1024
#: the header is looked for in the first rows of a sheet
HEADER_SCAN_ROWS = 15

#: what each column can be mapped to: field -> (中文, English)
FIELDS: dict[str, tuple[str, str]] = {
    "reg_no": ("原登记号", "original number"),
    "date": ("收文/登记日期", "date received"),
    "unit": ("来文/发往单位", "unit"),
    "doc_no": ("文号", "document number"),
    "title": ("标题", "title"),
    "mark": ("密级", "classification"),
    "period": ("保密期限", "secrecy period"),
    "copy_nos": ("份号", "copy numbers"),
    "copies": ("份数", "copies"),
    "pages": ("页数", "pages"),
    "handling": ("处理情况", "handling"),
    "signed_by": ("签收人/经办人", "signed by"),
    "remarks": ("备注", "remarks"),
    "issued_on": ("成文日期", "date of issue"),
    "urgency": ("紧急程度", "urgency"),
    "carrier_type": ("载体类型", "carrier type"),
    "serial_nos": ("序列号", "serial numbers"),
    "approver": ("签发人", "approved by"),
    "keep": ("仅保留原文", "kept as written"),
}
#: a sheet cannot be imported unless these are mapped
REQUIRED_FIELDS = ("title", "mark", "date")

#: excluded by default (kept in the import record with the reason)
NON_SECRET = "import.reason.non_secret"
VOIDED = "import.reason.voided"
#: excluded because the clerk chose to
BY_CLERK = "import.reason.by_clerk"
#: skipped (not data)
BLANK = "blank"
TOTAL = "total"

_NON_SECRET_WORDS = ("内部", "工作秘密", "非密", "公开", "无密级", "非涉密", "不涉密", "普通")
_TOTAL_WORDS = ("合计", "总计", "小计", "共计")
_VOID_WORDS = ("作废", "已作废")


def squash(text: str) -> str:
    """NFKC (full-width to half-width) without any whitespace."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def is_non_secret(mark_text: str) -> bool:
    """内部, 工作秘密, 非密, 公开 …: tracked by some offices, but not state secrets."""
    word = squash(mark_text)
    return any(word.startswith(w) for w in _NON_SECRET_WORDS)


def is_total_row(texts: Iterable[str]) -> bool:
    """A 合计/总计/小计 row at the foot of a register (its first filled cell says so)."""
    for t in texts:
        word = squash(t)
        if word:
            return word.startswith(_TOTAL_WORDS)
    return False


def is_voided(remarks: str) -> bool:
    """An entry the source register itself voided (备注 starts with 作废)."""
    return squash(remarks).startswith(_VOID_WORDS)


def duplicate_key(unit: str, doc_no: str) -> tuple[str, str] | None:
    """Entries with the same key and overlapping 份号 are the same document; a document
    without 文号 has no key (nothing to compare)."""
    number = squash(doc_no)
    if not number:
        return None
    return squash(unit), number


def overlap(a: Iterable[int], b: Iterable[int]) -> list[int]:
    """The 份号 two entries share, sorted."""
    return sorted(set(a) & set(b))


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One problem at one row: the row as the source file numbers it (1 = the first row),
    the column (letter and heading), the field, a message code and its parameters."""

    row: int
    column: str
    header: str
    field: str
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict, hash=False, compare=False)

    def message(self, lang: str = "zh_CN") -> str:
        from secledger.domain.messages import render

        return render(self.code, lang, self.params)

    def fix(self, lang: str = "zh_CN") -> str:
        """How to fix it: the advice for this code, else for the field, else in general."""
        from secledger.domain.messages import MESSAGES, render

        for code in (f"import.fix.{self.code}", f"import.fix.field.{self.field}"):
            if code in MESSAGES:
                return render(code, lang, self.params)
        return render("import.fix.generic", lang, self.params)

    def text(self, lang: str = "zh_CN") -> str:
        """``第 12 行 E 列（标题）：… 处理：…`` for a list of problems."""
        from secledger.domain.messages import render

        where = render("import.where", lang, {"row": self.row, "column": self.column,
                                              "header": self.header or self.field})
        return f"{where}{self.message(lang)} {self.fix(lang)}"


class ImportFileError(DomainError):
    """The file cannot be imported at all (too big, .et, encrypted, damaged, no header)."""

    code = "import.corrupt"


class ImportCancelled(DomainError):
    """The clerk cancelled; nothing was written."""

    code = "import.cancelled"


class ImportRefused(DomainError):
    """Rows with problems that were not excluded: nothing was written. ``problems`` lists
    every one, in row order."""

    code = "import.refused"

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        rows = sorted({p.row for p in problems})
        shown = "、".join(str(r) for r in rows[:20]) + ("…" if len(rows) > 20 else "")
        shown_en = ", ".join(str(r) for r in rows[:20]) + ("…" if len(rows) > 20 else "")
        super().__init__(count=len(rows), rows=shown, rows_en=shown_en)
