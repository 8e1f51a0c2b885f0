"""The benchmark's Qt half: the real browser and event loop driven as a user drives them.

``python -m secledger.bench`` (``secledger.bench``) measures the desktop app, and every
part of that which touches Qt lives here, so that Qt stays inside ``ui/``: unlocking to the
first page painted, browsing, jumping to the last row (``browser``), and how long the GUI
thread stalls while browsing or while work runs on a thread (``stalls``). Nothing here
imports the benchmark (a contract forbids ``ui`` to import ``bench``): these functions
return plain numbers and small frozen dataclasses, and ``secledger.bench`` turns them into
figures beside their raw references, prints them and writes the JSON.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication


def qt_app() -> QCoreApplication:
    """The running Qt application, or a plain one made now (offscreen unless the caller's
    environment names a platform): the benchmark paints without a screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication.instance() or QApplication([])
