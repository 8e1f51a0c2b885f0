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


# --- ledger fixtures (core) ---
@pytest.fixture
def make_ledger(tmp_path):  # type: ignore[no-untyped-def]
    """Factory: a fresh ledger with a security officer ``admin`` and a clerk ``clerk``.

    Returns ``(path, ledger_as_admin)``; weak test KDF parameters keep tests fast.
    Everything opened through the factory is closed at teardown.
    """
    from secledger.domain.enums import Clearance, Role
    from secledger.services import people, users
    from secledger.services.ledger import create_ledger
    from secledger.store.keyslots import TEST_KDF

    opened = []

    def factory(name: str = "ledger", unit: str = "某某市保密局"):  # type: ignore[no-untyped-def]
        path = tmp_path / name
        led, code = create_ledger(path, unit_name=unit, admin_username="admin",
                                  admin_password="Admin1234", admin_name="王保密", kdf=TEST_KDF)
        led.recovery_code = code  # type: ignore[attr-defined]
        dept = people.create_department(led, name="办公室")
        clerk = people.create_person(led, name="李机要", department_id=dept.id,
                                     clearance=Clearance.CORE, post="机要员")
        users.create_user(led, username="clerk", password="Clerk1234", person_id=clerk.id,
                          roles={Role.CLERK, Role.ARCHIVIST, Role.APPROVER, Role.AUDITOR},
                          must_change_password=False)
        opened.append(led)
        return path, led

    yield factory
    for led in opened:
        led.close()


@pytest.fixture
def clerk_ledger(make_ledger):  # type: ignore[no-untyped-def]
    """An open ledger logged in as ``clerk`` (roles clerk, archivist, approver, auditor)."""
    from secledger.services.ledger import open_ledger
    from secledger.store.keyslots import TEST_KDF

    path, admin = make_ledger()
    admin.close()
    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    yield led
    led.close()
