"""Finding a carrier by what a clerk types or scans, and which carriers a field may take.

A carrier field accepts, besides a title to search for:

- a scanned or typed label id (``C6AHF4A7ACF9``): exactly one carrier;
- a 登记号 (``收2026-00420``; leading zeros, full-width forms and spaces do not matter):
  every copy of that registration;
- a 登记号 with its 份号 (``收2026-00420/000003``, ``收2026-00420 3``, ``收2026-00420第3份``):
  one copy;
- a year and number without the register's prefix (``2026-00420``), with or without a 份号;
- digits alone (``00420``): the registration number in any register and year, or, once a
  registration has been chosen, the 份号 within it (``第3份`` always means a 份号);
- words with a 份号 after them (``国保发〔2026〕12号 000003``, ``…第3份``): that copy of the
  registrations the words match.

``parse_number`` only reads the text; the services look the numbers up by index. ``Use``
says what a field is for and so which states a carrier there must be in, derived from the
state machine (``domain/states``): a carrier out with someone cannot be sent for reading,
and the field says so, naming its state and holder.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from secledger.domain import labels
from secledger.domain.enums import CarrierState, Labelled, Register, format_reg_no
from secledger.domain.states import TRANSITIONS, Action

#: a label id: 'C' + 11 Crockford base-32 characters (no I, L, O, U)
#: a carrier's (C…) or a device's (M…) label id; ``domain.labels`` says how they are made
LABEL_RE = labels.LABEL_RE
_PREFIXES = {r.prefix: r for r in Register}
_REG = re.compile(
    r"^(?P<prefix>[^\d\s])?\s*(?P<year>\d{4})\s*-\s*(?P<number>\d{1,7})"
    r"(?:\s*(?:[/#]|第|\s)\s*(?P<copy>\d{1,6})\s*份?)?$"
)
_COPY = re.compile(r"^(?:第\s*(?P<a>\d{1,6})\s*份?|(?P<b>\d{1,6})\s*份)$")
_WORDS_COPY = re.compile(r"^(?P<words>.*?\S)\s*(?:第\s*(?P<a>\d{1,6})\s*份|\s(?P<b>\d{6}))$")
_DIGITS = re.compile(r"^\d{1,7}$")
_DASHES = "—–―‐‑−－"


class Kind(StrEnum):
    LABEL = "label"  # one carrier by its label id
    REG_NO = "reg_no"  # every copy of one registration
    REG_COPY = "reg_copy"  # one copy of one registration
    YEAR_NUMBER = "year_number"  # year-number in any register (with copy_no: one copy each)
    DIGITS = "digits"  # a registration number anywhere, or a 份号 within a chosen document
    COPY = "copy"  # 第3份: a 份号 within a chosen document
    WORDS_COPY = "words_copy"  # 国保发〔2026〕12号 000003: that copy of what the words match
    TEXT = "text"  # words: title, 文号, unit


@dataclass(frozen=True, slots=True)
class NumberQuery:
    """What typed text means as a carrier number (``Kind.TEXT`` when it is no number)."""

    kind: Kind
    text: str
    label: str = ""
    reg_no: str = ""
    year: int | None = None
    number: int | None = None
    copy_no: int | None = None

    @property
    def is_number(self) -> bool:
        return self.kind is not Kind.TEXT


def normalise(text: str) -> str:
    """NFKC (full-width digits and slashes), one kind of dash, trimmed."""
    s = unicodedata.normalize("NFKC", text or "").strip()
    for ch in _DASHES:
        s = s.replace(ch, "-")
    return s


def is_label_id(text: str) -> bool:
    return bool(LABEL_RE.match("".join(normalise(text).split()).upper()))


def parse_number(text: str) -> NumberQuery:
    """Read *text* as a label id, 登记号 (with 份号), year-number, 份号 or digits."""
    s = normalise(text)
    compact = "".join(s.split()).upper()
    if LABEL_RE.match(compact):
        return NumberQuery(Kind.LABEL, s, label=compact)
    m = _REG.match(s)
    if m is not None:
        return _registration(s, m)
    m = _COPY.match(s)
    if m is not None:
        return NumberQuery(Kind.COPY, s, copy_no=int(m["a"] or m["b"]))
    if _DIGITS.match(s):
        return NumberQuery(Kind.DIGITS, s, number=int(s))
    m = _WORDS_COPY.match(s)
    if m is not None:
        return NumberQuery(Kind.WORDS_COPY, m["words"], copy_no=int(m["a"] or m["b"]))
    return NumberQuery(Kind.TEXT, s)


def _registration(s: str, m: re.Match[str]) -> NumberQuery:
    year, number = int(m["year"]), int(m["number"])
    copy_no = int(m["copy"]) if m["copy"] else None
    prefix = m["prefix"]
    if prefix is None:
        return NumberQuery(Kind.YEAR_NUMBER, s, year=year, number=number, copy_no=copy_no)
    register = _PREFIXES.get(prefix)
    if register is None:
        return NumberQuery(Kind.TEXT, s)
    reg_no = format_reg_no(register, year, number)
    kind = Kind.REG_NO if copy_no is None else Kind.REG_COPY
    return NumberQuery(kind, s, reg_no=reg_no, year=year, number=number, copy_no=copy_no)


class Use(Labelled):
    """What a carrier field is for: the actions it leads to decide the states it accepts."""

    CIRCULATION = "circulation"
    RETENTION = "retention"
    ARCHIVE = "archive"
    LOAN = "loan"
    COPY = "copy"
    DESTRUCTION = "destruction"
    DISPATCH = "dispatch"
    HANDOVER = "handover"
    RECALL = "recall"
    STOCKTAKE = "stocktake"
    LOSS = "loss"
    CARRY_OUT = "carry_out"
    CARRY_BACK = "carry_back"

    @property
    def label(self) -> str:
        return _USES[self][0]

    @property
    def label_en(self) -> str:
        return _USES[self][1]

    @property
    def states(self) -> frozenset[CarrierState]:
        """States a carrier must be in to be used here."""
        if self is Use.STOCKTAKE:  # any carrier may turn up on a shelf
            return frozenset(CarrierState)
        if self is Use.COPY:  # the source of a copy is anything not gone for good
            return frozenset(s for s in CarrierState
                             if not s.is_terminal and s is not CarrierState.LOST)
        out: set[CarrierState] = set()
        for action in _USES[self][2]:
            out |= {s for s in TRANSITIONS[action].sources if s is not None}
        return frozenset(out)

    def accepts(self, state: str) -> bool:
        return state in {s.value for s in self.states}


_USES: dict[Use, tuple[str, str, tuple[Action, ...]]] = {
    Use.CIRCULATION: ("传阅", "circulation", (Action.CIRCULATE, Action.CIRCULATION_RETURN)),
    Use.RETENTION: ("领用", "personal retention", (Action.ISSUE_TO, Action.TAKE_BACK)),
    Use.ARCHIVE: ("归档或借阅归还", "filing or a loan return",
                  (Action.ARCHIVE, Action.LOAN_RETURN)),
    Use.LOAN: ("借阅", "a loan", (Action.LEND,)),
    Use.COPY: ("复制", "copying", ()),
    Use.DESTRUCTION: ("销毁", "destruction", (Action.DESTROY,)),
    Use.DISPATCH: ("发出", "dispatch", (Action.DISPATCH,)),
    Use.HANDOVER: ("移交", "a handover", (Action.HANDOVER,)),
    Use.RECALL: ("清退", "a recall", (Action.RETURN_TO_ISSUER,)),
    Use.STOCKTAKE: ("清查盘点", "a stocktake", ()),
    Use.LOSS: ("报告遗失", "a loss report", (Action.REPORT_LOST,)),
    Use.CARRY_OUT: ("携带外出", "carrying out", (Action.CARRY_OUT,)),
    Use.CARRY_BACK: ("带回确认", "a carry-back", (Action.CARRY_BACK,)),
}


def state_list(use: Use, lang: str = "zh_CN") -> str:
    """The states *use* accepts, as words (``在库、传阅中``), in the state table's order."""
    states = [s for s in CarrierState if s in use.states]
    if lang.startswith("en"):
        return ", ".join(s.label_en.lower() for s in states)
    return "、".join(s.label for s in states)
