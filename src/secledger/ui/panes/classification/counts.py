"""The classification worklists' counts off the GUI thread, and what runs after a login or
an unlock: the end-of-period pass (``expiry.run_auto_declassification``) through
``AppContext.write_long``, then the counts, shown in the status bar.

Why the status bar: after logging in a clerk lands on 台账查询, on 未归还 when something is
overdue, or on the pane he used last; the status bar is on screen whichever it is, so the
counts (periods ending, carriers to mark, labels, signatures, reviews, overdue proposals)
are seen first, and a click opens 定密管理.

``SummaryWorker`` reads ``read.summary`` on a thread of its own (the yearly-review counts
take a few hundred ms on a million carriers); ``clear_for_lock`` waits for it, so no count
holds a connection when the ledger locks or the app, quitting, closes it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtWidgets import QMainWindow, QPushButton

from secledger.domain.changes import Area, Changes
from secledger.domain.enums import Role
from secledger.services.classification import expiry, read
from secledger.services.classification.expiry import ExpiryResult
from secledger.services.classification.worklists import Summary, Worklist
from secledger.services.ledger.session import Ledger
from secledger.ui.context import AppContext

#: who sees the 定密管理 pane (and its counts)
ROLES = frozenset({Role.CLERK, Role.ARCHIVIST, Role.APPROVER, Role.AUDITOR})
#: changes after which the counts are read again
AREAS = (Area.CLASSIFICATION, Area.DOCUMENTS, Area.CARRIERS, Area.APPROVALS)
RECOUNT_DELAY_MS = 400
_log = logging.getLogger("secledger")
WARN = "color: #b00020;"


def sees_counts(led: Ledger) -> bool:
    return not led.locked and bool(led.user.roles & ROLES)


class SummaryWorker(QObject):
    """``read.summary`` on a worker thread; ``ready(Summary)`` on the GUI thread. A newer
    request while one runs is served by one more run after it."""

    ready = Signal(object)
    _done = Signal(int, object)

    def __init__(self, ledger: Callable[[], Ledger], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._generation = 0
        self._thread: threading.Thread | None = None
        self._again = False
        self._done.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        app = QCoreApplication.instance()
        if app is not None:  # the app closes the ledger after its loop: no count may be reading
            app.aboutToQuit.connect(self.clear_for_lock)

    def start(self) -> None:
        if self._thread is not None:
            self._again = True
            return
        led, gen = self._ledger(), self._generation
        self._thread = threading.Thread(target=self._run, args=(led, gen),
                                        name="classification-counts", daemon=True)
        self._thread.start()

    def _run(self, led: Ledger, gen: int) -> None:
        try:
            result: Summary | None = read.summary(led)
        except Exception:  # locked or closed meanwhile: the next unlock counts again
            result = None
        self._done.emit(gen, result)

    def _finished(self, gen: int, result: Summary | None) -> None:
        self._thread = None
        if gen != self._generation:
            return
        if result is not None:
            self.ready.emit(result)
        if self._again:
            self._again = False
            self.start()

    def clear_for_lock(self, timeout: float = 10.0) -> None:
        """Drop what is on its way and wait for the running count."""
        self._generation += 1
        self._again = False
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        self._thread = None


def summary_text(s: Summary) -> tuple[str, bool]:
    """The status bar's short words for *s* (what is not zero), and whether something is
    urgent (a period ending within the urgent days, an overdue proposal)."""
    items = [
        (s[Worklist.EXPIRING_90], Q.translate("ClassificationStatus", "ending {n} ({m} soon)")),
        (s[Worklist.MARKING], Q.translate("ClassificationStatus", "to mark {n}")),
        (s[Worklist.RELABEL], Q.translate("ClassificationStatus", "labels {n}")),
        (s[Worklist.ACKNOWLEDGE], Q.translate("ClassificationStatus", "to sign {n}")),
        (s[Worklist.REVIEW_OWN] + s[Worklist.REVIEW_RECEIVED],
         Q.translate("ClassificationStatus", "review {n}")),
        (s.proposals_overdue, Q.translate("ClassificationStatus", "late proposals {n}")),
    ]
    parts = [text.format(n=n, m=s[Worklist.EXPIRING_30]) for n, text in items if n]
    if not parts:
        return Q.translate("ClassificationStatus", "Classification: nothing to do"), False
    text = Q.translate("ClassificationStatus", "Classification: {items}")
    text = text.format(items=" · ".join(parts))
    return text, bool(s[Worklist.EXPIRING_30] or s.proposals_overdue)


def summary_tip(s: Summary) -> str:
    """Every count in full, for the tooltip."""
    return Q.translate("ClassificationStatus",
             "Secrecy periods ending soon: {e90} (urgent: {e30})\n"
             "Declassified carriers to mark: {mark}\nNew labels to print: {labels}\n"
             "Notice signatures to record: {sign}\nYearly review: {own} own, {rec} received\n"
             "Proposals pending: {pending} (overdue: {overdue})\n"
             "Click to open Classification.").format(
        e90=s[Worklist.EXPIRING_90], e30=s[Worklist.EXPIRING_30], mark=s[Worklist.MARKING],
        labels=s[Worklist.RELABEL], sign=s[Worklist.ACKNOWLEDGE], own=s[Worklist.REVIEW_OWN],
        rec=s[Worklist.REVIEW_RECEIVED], pending=s.proposals_pending,
        overdue=s.proposals_overdue)


class ClassificationStatus(QPushButton):
    """The counts in the status bar; a click opens 定密管理."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window.statusBar())
        self.setObjectName("classificationStatus")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.ctx, self.window_ = ctx, window
        self.summary: Summary | None = None
        self.worker = SummaryWorker(lambda: ctx.ledger, self)
        self.worker.ready.connect(self.show_summary)
        self.timer = QTimer(self, singleShot=True, interval=RECOUNT_DELAY_MS)
        self.timer.timeout.connect(self.recount)
        self.clicked.connect(lambda _=False: self.open_pane())
        ctx.changed.connect(self._changed)
        self.hide()

    def _changed(self, changes: object) -> None:
        if isinstance(changes, Changes) and changes.touches(*AREAS) and self.isVisible():
            self.timer.start()

    def recount(self) -> None:
        if self.ctx.has_ledger and sees_counts(self.ctx.ledger):
            self.worker.start()

    def show_summary(self, s: Summary) -> None:
        self.timer.stop()
        if not self.ctx.has_ledger or not sees_counts(self.ctx.ledger):
            return
        self.summary = s
        text, urgent = summary_text(s)
        self.setText(text)
        self.setToolTip(summary_tip(s))
        self.setStyleSheet(WARN if urgent else "")
        self.show()

    def open_pane(self) -> None:
        show = getattr(self.window_, "show_pane", None)
        if callable(show):
            show("classification")

    def clear_for_lock(self) -> None:
        """The ledger locks: forget the counts, no count still reading."""
        self.timer.stop()
        self.worker.clear_for_lock()
        self.summary = None
        self.setText("")
        self.hide()


def install_status(window: QMainWindow, ctx: AppContext) -> ClassificationStatus:
    status = ClassificationStatus(window, ctx)
    window.statusBar().addPermanentWidget(status)
    status.hide()  # until the counts are known
    return status


# -- after login and unlock: the end-of-period pass ---------------------------------------
class _Quiet:
    """Where a refusal of the pass goes: the log (a login is never blocked by it)."""

    def show_text(self, text: str) -> None:
        if text:
            _log.warning("end-of-period pass refused: %s", text)

    def clear_text(self) -> None:
        pass


def _pass(led: Ledger, progress: Any) -> tuple[ExpiryResult, Summary | None] | None:
    """The pass, then the counts (both on the worker thread). None when the ledger was
    locked or closed meanwhile."""
    try:
        res = expiry.run_auto_declassification(led, progress=progress)
        return res, read.summary(led) if sees_counts(led) else None
    except Exception:
        if led.locked:
            return None
        raise


def run_pass(window: QMainWindow, ctx: AppContext) -> None:
    """Record the periods that have ended, off the GUI thread, then show the counts."""
    if not ctx.has_ledger or ctx.ledger.locked:
        return
    led = ctx.ledger
    status = window.findChild(ClassificationStatus)

    def done(result: tuple[ExpiryResult, Summary | None] | None) -> None:
        if result is None or not shiboken6.isValid(window):
            return
        res, summary = result
        if res.documents:
            said = Q.translate("ClassificationStatus", "Periods ended: {n} document(s) "
                               "declassified by themselves; {c} carrier(s) wait for their "
                               "declassification marking.")
            window.statusBar().showMessage(said.format(n=res.documents, c=res.carriers_waiting),
                                           15000)
        if summary is not None and status is not None and shiboken6.isValid(status):
            status.show_summary(summary)

    ctx.write_long(lambda p: _pass(led, p), parent=window, on_done=done, error=_Quiet(),
                   title=Q.translate("ClassificationStatus",
                                     "Recording secrecy periods that have ended…"))


__all__ = ["install_status", "run_pass"]
