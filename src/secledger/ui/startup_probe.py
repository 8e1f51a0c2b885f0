"""Start-up timing for the packaging figures: ``SECLEDGER_STARTUP_PROBE=1 SecLedger``.

With the variable set, the first dialog the app paints (the login dialog when a ledger is
remembered, else the first-run wizard) prints ``startup-probe <objectName> <epoch seconds>``
on stdout and is cancelled, so the app exits. The caller subtracts its own launch time
(``scripts/measure_startup``). Without the variable this module does nothing.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

ENV = "SECLEDGER_STARTUP_PROBE"
_probes: list[QObject] = []


class _Probe(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Paint and isinstance(obj, QDialog) and obj.isWindow()
                and obj.isVisible()):
            shown = time.time()
            name = obj.objectName() or type(obj).__name__
            if sys.stdout is not None:
                print(f"startup-probe {name} {shown:.3f}", flush=True)
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            QTimer.singleShot(0, obj.reject)
        return False


def install_probe(app: QApplication) -> bool:
    """Install the probe when ``SECLEDGER_STARTUP_PROBE`` is set; True if installed."""
    if not os.environ.get(ENV):
        return False
    probe = _Probe(app)
    app.installEventFilter(probe)
    _probes.append(probe)
    return True
