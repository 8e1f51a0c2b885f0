"""Print the 涉密人员离岗保密承诺及清退确认书 of one departure: gathers the DTO and what was
handed back or over, turns stored UTC times into local time, hands plain data to
``reports/people/departure`` and commits the output event. The form is marked with the
highest level on its list; ``form_level`` tells the save prompt beforehand."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from secledger.domain.enums import Classification
from secledger.reports.people import departure as departure_form
from secledger.services.audit.output_log import logged, mark_of, top_level
from secledger.services.custody.printing_records import form_meta
from secledger.services.disposal.form_times import local
from secledger.services.ledger.session import Ledger
from secledger.services.ledger.timing import local_tz
from secledger.services.people import departures_read


def form_level(led: Ledger, departure_id: int) -> Classification | None:
    return top_level([r.level for r in departures_read.returned(led, departure_id)])


def print_departure_form(led: Ledger, departure_id: int, path: str | Path) -> Path:
    d = departures_read.get_departure(led, departure_id)
    tz = local_tz(led)
    rows = [replace(r, when=local(r.when, tz) or r.when)
            for r in departures_read.returned(led, departure_id)]
    level = top_level([r.level for r in rows])
    out = departure_form.render_departure_pdf(path, form_meta(led, mark=mark_of(level)), d, rows)
    return logged(led, out, what="离岗保密承诺及清退确认书", rows=len(rows), level=level)
