"""Words for the statuses and kinds the services keep as codes without an enumeration
(loans, approvals, stocktakes, what is out), in the UI's language (``Statuses`` context)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from secledger.services.custody.overdue import overdue_parts

LOAN = {
    "requested": QT_TRANSLATE_NOOP("Statuses", "Pending approval"),
    "approved": QT_TRANSLATE_NOOP("Statuses", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("Statuses", "Rejected"),
    "cancelled": QT_TRANSLATE_NOOP("Statuses", "Cancelled"),
    "issued": QT_TRANSLATE_NOOP("Statuses", "On loan"),
    "returned": QT_TRANSLATE_NOOP("Statuses", "Returned"),
}
APPROVAL = {
    "pending": QT_TRANSLATE_NOOP("Statuses", "Pending approval"),
    "approved": QT_TRANSLATE_NOOP("Statuses", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("Statuses", "Rejected"),
    "cancelled": QT_TRANSLATE_NOOP("Statuses", "Cancelled"),
}
STOCKTAKE = {
    "open": QT_TRANSLATE_NOOP("Statuses", "Open"),
    "finished": QT_TRANSLATE_NOOP("Statuses", "Finished"),
    "cancelled": QT_TRANSLATE_NOOP("Statuses", "Cancelled"),
}
OUT_KIND = {
    "circulation": QT_TRANSLATE_NOOP("Statuses", "Circulation"),
    "retention": QT_TRANSLATE_NOOP("Statuses", "Personal retention"),
    "loan": QT_TRANSLATE_NOOP("Statuses", "Loan"),
}
LOAN_MODE = {
    True: QT_TRANSLATE_NOOP("Statuses", "May be taken out"),
    False: QT_TRANSLATE_NOOP("Statuses", "Reading room"),
}


def status_text(table: Mapping[Any, object], code: object) -> str:
    """The word for *code* in *table*, translated; the code itself when unknown."""
    source = table.get(code)
    return QCoreApplication.translate("Statuses", str(source)) if source else str(code)


def overdue_text(seconds: int) -> str:
    """``3 d 21 h overdue`` / ``逾期3天21小时`` (``services.custody.overdue``)."""
    past, days, hours, minutes = overdue_parts(seconds)
    parts = [p for p in (
        QCoreApplication.translate("Statuses", "%n d", "", days) if days is not None else "",
        QCoreApplication.translate("Statuses", "%n h", "", hours) if hours is not None
        else "",
        QCoreApplication.translate("Statuses", "%n min", "", minutes) if minutes is not None
        else "") if p]
    span = QCoreApplication.translate("Statuses", "{a} {b}").format(a=parts[0], b=parts[1]) \
        if len(parts) > 1 else parts[0]
    if past:
        return QCoreApplication.translate("Statuses", "{span} overdue").format(span=span)
    return QCoreApplication.translate("Statuses", "{span} left").format(span=span)
