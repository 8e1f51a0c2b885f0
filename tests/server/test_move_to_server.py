"""A folder ledger moved to a server: the same rows and chain (verify passes there), the
same accounts and passwords, every desktop-facing service on the copy."""

from __future__ import annotations

from typing import Any

from secledger.services.audit.verify import verify
from secledger.services.browse import query as browse
from secledger.services.browse.query import BrowseQuery
from secledger.services.ledger.server import move_to_server
from secledger.services.ledger.session import open_ledger
from secledger.store.keyslots import TEST_KDF


def test_a_folder_ledger_moves_to_the_server(make_ledger, register, server_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, admin = make_ledger()
    admin.close()
    clerk = open_ledger(path, username="clerk", password="Clerk1234", kdf=TEST_KDF)
    register(clerk, title="关于保密工作的通知")
    register(clerk, title="会议纪要")
    before = browse.count(clerk, BrowseQuery(text="纪要"))
    clerk.close()
    _cluster, url = server_db
    counts = move_to_server(path, tmp_path / "server", admin=url, username="admin",
                            password="Admin1234", kdf=TEST_KDF)
    assert counts["carriers"] == 6 and counts["events"] > 10
    moved: Any = open_ledger(tmp_path / "server", username="clerk", password="Clerk1234",
                             kdf=TEST_KDF)
    try:
        assert moved.server is not None
        report = verify(moved)
        assert report.ok, report.first
        assert browse.count(moved, BrowseQuery(text="纪要")) == before == 3
        register(moved, title="移到服务器以后")  # ids and numbers go on after the copy
        assert verify(moved).ok
    finally:
        moved.close()
