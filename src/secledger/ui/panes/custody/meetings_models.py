"""Table models of the meetings pane: the meetings, a meeting's attendees, its documents and
the copies issued at it (DTO lists from ``services.custody.meetings_read``)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from secledger.domain.enums import Classification, Clearance
from secledger.domain.meetings import MeetingStatus
from secledger.services.custody.meetings_read import (
    AttendeeDTO,
    IssueDTO,
    MeetingDocDTO,
    MeetingDTO,
)
from secledger.ui.labels import label_for, label_of
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

CTX = "MeetingColumns"
M = MeetingDTO
A = AttendeeDTO
D = MeetingDocDTO


def dates(m: MeetingDTO) -> str:
    """``2026-11-24 至 2026-11-25`` (one date for a one-day meeting)."""
    if m.starts_on == m.ends_on:
        return m.starts_on.isoformat()
    return QCoreApplication.translate("MeetingColumns", "{start} to {end}").format(
        start=m.starts_on.isoformat(), end=m.ends_on.isoformat())


class MeetingsModel(DtoTableModel[M]):
    CONTEXT = CTX
    COLUMNS = (
        Column[M](QT_TRANSLATE_NOOP("MeetingColumns", "Meeting no."), lambda m: m.meeting_no),
        Column[M](QT_TRANSLATE_NOOP("MeetingColumns", "Name"), lambda m: m.name),
        Column[M](QT_TRANSLATE_NOOP("MeetingColumns", "Dates"), lambda m: dates(m)),
        Column[M](QT_TRANSLATE_NOOP("MeetingColumns", "Place"), lambda m: m.place),
        Column[M](QT_TRANSLATE_NOOP("MeetingColumns", "Host"), lambda m: m.host_department),
        Column[M](QT_TRANSLATE_NOOP("MeetingColumns", "Highest level"),
                  lambda m: label_of(Classification, m.level)),
        Column[M](QT_TRANSLATE_NOOP("MeetingColumns", "Status"),
                  lambda m: label_of(MeetingStatus, m.status)),
        Column[M](QT_TRANSLATE_NOOP("MeetingColumns", "Issued"), lambda m: str(m.issued)),
        Column[M](QT_TRANSLATE_NOOP("MeetingColumns", "Collected"), lambda m: str(m.collected)),
        Column[M](QT_TRANSLATE_NOOP("MeetingColumns", "Kept"), lambda m: str(m.kept)),
        Column[M](QT_TRANSLATE_NOOP("MeetingColumns", "Not back"), lambda m: str(m.out)),
    )


class AttendeesModel(DtoTableModel[A]):
    CONTEXT = CTX
    COLUMNS = (
        Column[A](QT_TRANSLATE_NOOP("MeetingColumns", "Name"), lambda a: a.name),
        Column[A](QT_TRANSLATE_NOOP("MeetingColumns", "Department"), lambda a: a.department),
        Column[A](QT_TRANSLATE_NOOP("MeetingColumns", "Clearance"),
                  lambda a: label_of(Clearance, a.clearance)),
        Column[A](QT_TRANSLATE_NOOP("MeetingColumns", "Holding"), lambda a: str(a.holding)),
    )


class DocumentsModel(DtoTableModel[D]):
    CONTEXT = CTX
    COLUMNS = (
        Column[D](QT_TRANSLATE_NOOP("MeetingColumns", "Meeting doc. no."),
                  lambda d: d.unified_no),
        Column[D](QT_TRANSLATE_NOOP("MeetingColumns", "Reg. no."), lambda d: d.reg_no),
        Column[D](QT_TRANSLATE_NOOP("MeetingColumns", "Title"), lambda d: d.title),
        Column[D](QT_TRANSLATE_NOOP("MeetingColumns", "Mark"), lambda d: d.mark),
        Column[D](QT_TRANSLATE_NOOP("MeetingColumns", "Copies"), lambda d: d.copies_text),
    )


@dataclass(frozen=True)
class IssueRow:
    """An issued copy with its local times as the pane shows them."""

    item: IssueDTO
    issued: str
    collected: str
    due: str


class IssuesModel(DtoTableModel[IssueRow]):
    CONTEXT = CTX
    COLUMNS = (
        Column[IssueRow](QT_TRANSLATE_NOOP("MeetingColumns", "Meeting doc. no."),
                         lambda r: r.item.unified_no),
        Column[IssueRow](QT_TRANSLATE_NOOP("MeetingColumns", "Title"),
                         lambda r: r.item.carrier.title),
        Column[IssueRow](QT_TRANSLATE_NOOP("MeetingColumns", "Level"),
                         lambda r: label_of(Classification, r.item.carrier.level)),
        Column[IssueRow](QT_TRANSLATE_NOOP("MeetingColumns", "Copy"),
                         lambda r: r.item.carrier.copy_no_text),
        Column[IssueRow](QT_TRANSLATE_NOOP("MeetingColumns", "Attendee"),
                         lambda r: r.item.person),
        Column[IssueRow](QT_TRANSLATE_NOOP("MeetingColumns", "Issued"), lambda r: r.issued),
        Column[IssueRow](QT_TRANSLATE_NOOP("MeetingColumns", "Where"),
                         lambda r: label_for(r.item.outcome)),
        Column[IssueRow](QT_TRANSLATE_NOOP("MeetingColumns", "Collected"),
                         lambda r: r.collected),
        Column[IssueRow](QT_TRANSLATE_NOOP("MeetingColumns", "Due back"), lambda r: r.due),
        Column[IssueRow](QT_TRANSLATE_NOOP("MeetingColumns", "Note"), lambda r: r.item.note),
    )
