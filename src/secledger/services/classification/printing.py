"""Print and export the classification forms: 国家秘密事项定密审批表 (of a proposal),
定（解）密工作情况登记簿 (of a year, PDF and XLSX) and 密级变更（解密）通知 (of a decision).

Gathers the DTOs (``forms``, ``read``) and hands plain data to ``reports/classification``.
Every form carries the chain digest at the time of printing and commits its output event
with the highest level it names. The ``*_level`` functions say that level before the file
is written (the save prompt names it); they read what the print will list.
"""

from __future__ import annotations

from pathlib import Path

from secledger.domain.enums import Classification
from secledger.domain.errors import MarkError
from secledger.domain.marks import parse_mark
from secledger.reports.classification import approval as approval_form
from secledger.reports.classification import notice as notice_form
from secledger.reports.classification import register as register_form
from secledger.reports.kit.atomic import Progress
from secledger.services.audit.output_log import logged, mark_of, top_level
from secledger.services.classification import forms, read
from secledger.services.classification.forms import RegisterRowDTO
from secledger.services.custody.printing_records import form_meta
from secledger.services.disposal.form_times import period
from secledger.services.ledger.session import Ledger

Level = Classification | None


def level_of_marks(*marks: str) -> Level:
    """The highest level among mark texts (``已于…解密`` and empty ones name none)."""
    levels: list[Classification] = []
    for text in marks:
        try:
            levels.append(parse_mark(text).level)
        except MarkError:
            continue
    return top_level(x for x in levels if x.is_state_secret)


# -- 定密审批表 ----------------------------------------------------------------------------
def approval_form_level(led: Ledger, proposal_id: int) -> Level:
    f = forms.approval_form(led, proposal_id)
    return level_of_marks(f.mark_now, f.proposed_mark)


def print_approval_form(led: Ledger, proposal_id: int, path: str | Path,
                        progress: Progress | None = None) -> Path:
    """The 审批表 of one proposal, decision and signatures filled in when recorded."""
    f = forms.approval_form(led, proposal_id)
    level = level_of_marks(f.mark_now, f.proposed_mark)
    out = approval_form.render_approval_form(
        path, form_meta(led, title=f.form_title, mark=mark_of(level)), f, progress=progress)
    return logged(led, out, what=f.form_title, rows=1, level=level)


# -- 定（解）密工作情况登记簿 -------------------------------------------------------------
def _register(led: Ledger, year: int) -> tuple[list[RegisterRowDTO], Level]:
    rows = list(forms.iter_register(led, year=year))
    marks = {m for r in rows for m in (r.mark_before, r.mark_after)}
    return rows, level_of_marks(*marks)


def register_level(led: Ledger, year: int) -> Level:
    return _register(led, year)[1]


def print_register(led: Ledger, path: str | Path, *, year: int,
                   progress: Progress | None = None) -> Path:
    rows, level = _register(led, year)
    meta = form_meta(led, subtitle=period(year), mark=mark_of(level))
    out = register_form.render_register(path, meta, rows, progress=progress)
    return logged(led, out, what=register_form.TITLE, rows=len(rows), level=level)


def export_register_xlsx(led: Ledger, path: str | Path, *, year: int,
                         progress: Progress | None = None) -> Path:
    rows, level = _register(led, year)
    out = register_form.register_xlsx(path, unit_name=led.unit_name, period=period(year),
                                      rows=rows, mark=mark_of(level), progress=progress)
    return logged(led, out, what=register_form.TITLE, rows=len(rows), level=level)


# -- 密级变更（解密）通知 ------------------------------------------------------------------
def notice_level(led: Ledger, notice_id: int) -> Level:
    """A notice names the document as it was and as it is: the higher of the two marks."""
    d = read.get_notice(led, notice_id).decision
    return level_of_marks(d.mark_before, d.mark_after)


def print_notice(led: Ledger, notice_id: int, path: str | Path,
                 progress: Progress | None = None) -> Path:
    """The notice of one decision with a signing line per recipient (signatures already
    recorded print as recorded)."""
    n = read.get_notice(led, notice_id)
    level = level_of_marks(n.decision.mark_before, n.decision.mark_after)
    out = notice_form.render_notice(path, form_meta(led, mark=mark_of(level)), n,
                                    progress=progress)
    return logged(led, out, what=notice_form.TITLE, rows=len(n.recipients), level=level)
