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
def ledger_backend() -> str:
    """Where ``make_ledger`` keeps its ledgers: "sqlite" (a folder), or what
    ``SECLEDGER_TEST_BACKEND`` names ("postgresql": a server ledger in the session's test
    cluster). A module that should always run on both imports ``tests.backends.ledger_backend``."""
    return os.environ.get("SECLEDGER_TEST_BACKEND", "sqlite")


@pytest.fixture
def make_ledger(tmp_path, ledger_backend, request):  # type: ignore[no-untyped-def]
    """Factory: a fresh ledger with a security officer ``admin`` and a clerk ``clerk``.

    Returns ``(path, ledger_as_admin)``; weak test KDF parameters keep tests fast.
    Everything opened through the factory is closed at teardown.
    """
    from tests.backends import creator_for

    from secledger.domain.enums import Clearance, Role
    from secledger.services.people import accounts as users
    from secledger.services.people import persons as people
    from secledger.store.keyslots import TEST_KDF

    opened = []
    create = creator_for(ledger_backend, request)

    def factory(name: str = "ledger", unit: str = "某某市保密局"):  # type: ignore[no-untyped-def]
        path = tmp_path / name
        led, code = create(path, unit_name=unit, admin_username="admin",
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
    from secledger.services.ledger.session import open_ledger
    from secledger.store.keyslots import TEST_KDF

    path, admin = make_ledger()
    admin.close()
    led = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    yield led
    led.close()


# --- locked means locked: a scan of the object graph for the master key ---
def _key_forms(key: bytes) -> tuple[tuple[bytes, ...], tuple[str, ...]]:
    low = key.hex()
    return (key, low.encode(), low.upper().encode()), (low, low.upper())


def find_key_in_graph(roots: list[object], key: bytes) -> list[str]:
    """Every bytes/bytearray/memoryview/str reachable from *roots* (``gc.get_referents``
    recursion: attributes, containers, closures, bound methods, engines, pools, sessions)
    that holds *key*, raw or as hex in either case. Modules' globals are not followed (they
    are the whole program, not the ledger's objects)."""
    import gc
    import sys
    import types

    raw_forms, text_forms = _key_forms(key)
    module_dicts = {id(vars(m)) for m in list(sys.modules.values()) if m is not None}
    seen: dict[int, object] = {}
    stack: list[object] = list(roots)
    hits: list[str] = []
    while stack:
        obj = stack.pop()
        if id(obj) in seen or id(obj) in module_dicts or isinstance(obj, types.ModuleType):
            continue
        seen[id(obj)] = obj  # kept alive, so an id is never reused during the scan
        if isinstance(obj, bytes | bytearray | memoryview):
            data = bytes(obj)
            if any(form in data for form in raw_forms):
                hits.append(f"{type(obj).__name__} of {len(data)} bytes")
            continue
        if isinstance(obj, str):
            if any(form in obj for form in text_forms):
                hits.append(f"str of {len(obj)} characters")
            continue
        stack.extend(gc.get_referents(obj))
    return hits


@pytest.fixture
def key_scan():  # type: ignore[no-untyped-def]
    """``key_scan(roots, key) -> list of hits`` (see ``find_key_in_graph``)."""
    return find_key_in_graph


# --- a throwaway PostgreSQL cluster (tests/pg_cluster.py) for the server ledger ---
@pytest.fixture(scope="session")
def pg_cluster(tmp_path_factory):  # type: ignore[no-untyped-def]
    """A started cluster on a Unix socket only, stopped at the end of the session. Skipped
    when PostgreSQL is not installed here, except under ``SECLEDGER_REQUIRE_PG=1`` (CI),
    where a missing PostgreSQL fails."""
    from tests import pg_cluster as pgc

    cluster = pgc.start_cluster(tmp_path_factory.mktemp("pg"))
    if isinstance(cluster, str):
        if os.environ.get(pgc.REQUIRE_ENV) == "1":
            pytest.fail(f"{cluster}, and {pgc.REQUIRE_ENV}=1 requires it")
        pytest.skip(f"no PostgreSQL server for this test: {cluster}")
    yield cluster
    pgc.remove(cluster)
