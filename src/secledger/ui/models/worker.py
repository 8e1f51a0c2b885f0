"""A background thread that runs a table model's reads, newest request first.

A table model must never query on the GUI thread (a page of a million-row ledger can take
tens of milliseconds, a count or the positions pass seconds), so it hands its reads to a
``Worker``: one daemon thread, started on demand and stopped when nothing waits. Each job
has a key; a job submitted with the key of one still waiting replaces it, the newest job
runs first (the page the user scrolled to last), and beyond ``capacity`` the oldest waiting
jobs are dropped — the model asks again for a page that is still on screen. Every read in
a job opens its own session (``Ledger.db.read()``), so each worker thread reads through its
own pooled connection; results go back to the GUI thread by queued signals.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable

#: every worker made, for ``stop_all`` before the ledger closes
_ALL: weakref.WeakSet[Worker] = weakref.WeakSet()


def stop_all(timeout: float = 30.0) -> None:
    """Drop the waiting jobs of every worker and wait for the running ones to return, so
    that no read is under way when the ledger's connections close."""
    for worker in list(_ALL):
        worker.cancel()
    for worker in list(_ALL):
        worker.wait_idle(timeout)


class Worker:
    """One thread running submitted jobs, newest first, at most *capacity* waiting."""

    def __init__(self, name: str, capacity: int = 1) -> None:
        _ALL.add(self)
        self.name = name
        self.capacity = max(1, capacity)
        self._lock = threading.Lock()
        self._waiting: OrderedDict[Hashable, Callable[[], None]] = OrderedDict()
        self._thread: threading.Thread | None = None

    def submit(self, key: Hashable, job: Callable[[], None]) -> list[Hashable]:
        """Queue *job* under *key*; returns the keys of the jobs dropped to make room."""
        dropped: list[Hashable] = []
        with self._lock:
            self._waiting.pop(key, None)
            self._waiting[key] = job
            while len(self._waiting) > self.capacity:
                dropped.append(self._waiting.popitem(last=False)[0])
            if self._thread is None:  # the thread clears it (under the lock) when it stops
                self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
                self._thread.start()
        return dropped

    def cancel(self) -> None:
        """Drop every waiting job (the running one finishes)."""
        with self._lock:
            self._waiting.clear()

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._thread is not None

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Wait until the thread has stopped (nothing running, nothing waiting)."""
        deadline = time.monotonic() + timeout
        while (thread := self._thread) is not None:
            thread.join(max(0.0, deadline - time.monotonic()))
            if thread.is_alive():
                return False
            if self._thread is thread:  # stopped between its last check and clearing
                return True
        return True

    def _run(self) -> None:
        while True:
            with self._lock:
                if not self._waiting:
                    self._thread = None
                    return
                _key, job = self._waiting.popitem(last=True)
            try:
                job()
            except Exception:  # ledger locked or closed meanwhile: asked again
                continue
