"""Shared pytest configuration for SecLedger.

Keep this file short and mergeable: modules append their own fixtures below the
marker comment at the end, one block each.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

# Qt reads this when the QApplication is created; set it before any test can create one.
# Tests never open real windows: for a real look use Xvfb (DESIGN.md section 7).
os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def _fail_on_leaked_qt_windows(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a Qt test that leaves a visible top-level window behind (as napari does).

    Active only for tests that use the ``qapp`` fixture (directly or through ``qtbot``),
    so tests without Qt never import it. Widgets given to ``qtbot.addWidget`` are closed
    by qtbot before this check runs. Leaked windows are closed so later tests start clean.
    """
    if "qapp" not in request.fixturenames:
        yield
        return
    app = request.getfixturevalue("qapp")
    before = [w for w in app.topLevelWidgets() if w.isVisible()]
    yield
    app.processEvents()
    leaked = [w for w in app.topLevelWidgets() if w.isVisible() and not any(w is b for b in before)]
    if not leaked:
        return
    names = [f"{type(w).__name__}({w.objectName() or w.windowTitle()!r})" for w in leaked]
    for w in leaked:
        w.close()
        w.deleteLater()
    app.processEvents()
    pytest.fail(f"test left {len(leaked)} visible top-level window(s) open: {', '.join(names)}")


# --- fixtures added by other modules below ---
