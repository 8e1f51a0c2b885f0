"""The highest level a print or export will contain, known before it is written: the save
prompt says the file must be managed as a classified carrier of that level. Each function
reads what the matching ``print_*``/``export_*`` lists (cheap queries for the long
registers); tests check that it agrees with the level the print records."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from secledger.domain.enums import Classification
from secledger.reports.custody.stocktake import report_groups
from secledger.services.audit.log import EventQuery
from secledger.services.audit.output_log import carrier_levels, top_level
from secledger.services.audit.printing import events_level
from secledger.services.custody import handover, loans, loss, meetings_print, retention
from secledger.services.custody import stocktake as stocktake_service
from secledger.services.custody.people_filter import EVERYTHING, PeopleFilter
from secledger.services.custody.printing import loan_register_level
from secledger.services.custody.printing_records import items_level, stocktake_items
from secledger.services.disposal import copying_read, destruction_read
from secledger.services.ledger.session import Ledger
from secledger.services.registration.printing import register_summary
from secledger.services.registration.registers import RegisterFilter

Level = Classification | None


def of_carriers(led: Ledger, carrier_ids: Sequence[int]) -> Level:
    """Labels, a circulation slip: the documents of these carriers."""
    return top_level(carrier_levels(led, carrier_ids))


def of_items(items: Sequence[Any]) -> Level:
    """A list the pane already holds (清退清单): anything with ``level``."""
    return items_level(items)


def of_register(led: Ledger, f: RegisterFilter) -> Level:
    return register_summary(led, f)[1]


def of_events(led: Ledger, q: EventQuery) -> Level:
    return events_level(led, q)


def of_loan_form(led: Ledger, loan_id: int) -> Level:
    return top_level([i.carrier.level for i in loans.get_loan(led, loan_id).items])


def of_loan_register(led: Ledger, year: int | None = None) -> Level:
    return loan_register_level(led, year)


def of_retention_register(led: Ledger, person_id: int | None = None,
                          filt: PeopleFilter = EVERYTHING) -> Level:
    return top_level([r.carrier.level for r in retention.retentions(
        led, person_id=person_id, filt=filt, limit=None)])


def of_knowledge_register(led: Ledger, year: int | None = None,
                          filt: PeopleFilter = EVERYTHING) -> Level:
    from secledger.services.custody import knowledge

    return top_level([x.level for x in knowledge.register_of_knowers(led, year=year,
                                                                     filt=filt)])


def of_handover(led: Ledger, handover_id: int) -> Level:
    return items_level(handover.get_handover(led, handover_id).items)


def of_stocktake(led: Ledger, stocktake_id: int, groups: Sequence[str] | None = None) -> Level:
    res = stocktake_service.result(led, stocktake_id)
    groups = report_groups(res) if groups is None else groups
    return items_level([it for g in groups for it in stocktake_items(res, g)])


def of_loss(led: Ledger, report_id: int) -> Level:
    return top_level([loss.get_report(led, report_id).level])


def of_copy_form(led: Ledger, request_id: int) -> Level:
    return top_level(copying_read.get_request(led, request_id).levels)


def of_copy_register(led: Ledger, year: int | None = None) -> Level:
    return top_level(x for r in copying_read.copy_register(led, year=year) for x in r.levels)


def of_manifest(led: Ledger, manifest_id: int) -> Level:
    m = destruction_read.get_manifest(led, manifest_id)
    return top_level(m.levels)


def of_meeting_register(led: Ledger, meeting_id: int) -> Level:
    """会议文件发放回收登记表: the highest of the meeting's documents."""
    return meetings_print.issue_register_level(led, meeting_id)


def of_kept_list(led: Ledger, meeting_id: int, person_id: int) -> Level:
    """会议文件目录单 of one attendee."""
    return meetings_print.kept_list_level(led, meeting_id, person_id)
