"""``secledger --self-test``: passes, fails loudly with a clear message, is wired into both
entry points, and refuses sockets while it runs."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest

from secledger import selftest


def test_self_test_passes_without_the_gui(capsys: pytest.CaptureFixture[str]) -> None:
    assert selftest.run(gui=False) == 0
    out = capsys.readouterr().out
    for step in ("files", "ledger", "register", "verify", "pdf", "recovery", "labels", "xlsx",
                 "network"):
        assert f"ok   {step}" in out, out
    assert "收20" in out  # the registration number of the document (收2026-00001)
    assert "SELF-TEST PASSED" in out


def test_temporary_folder_is_removed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    made: list[Path] = []
    real = selftest.tempfile.mkdtemp

    def mkdtemp(**kw: Any) -> str:
        made.append(Path(real(dir=tmp_path, **kw)))
        return str(made[-1])

    monkeypatch.setattr(selftest.tempfile, "mkdtemp", mkdtemp)
    assert selftest.run(gui=False) == 0
    assert made and not made[0].exists()


def test_a_failing_step_exits_1_and_names_it(monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    def broken(st: Any) -> str:
        raise selftest.SelfTestError("expected 3 carriers, got 2")

    monkeypatch.setattr(selftest, "step_register", broken)
    assert selftest.run(gui=False) == 1
    out = capsys.readouterr().out
    assert "FAIL register  expected 3 carriers, got 2" in out
    assert "SELF-TEST FAILED at step “register”" in out
    assert "ok   verify" not in out  # stops at the first failure


def test_missing_bundled_files_are_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from secledger.store import paths

    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "nowhere")
    assert selftest.run(gui=False) == 1
    out = capsys.readouterr().out
    assert "FAIL files" in out and "uming.ttc" in out


def test_unexpected_errors_show_type_and_message(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from secledger.domain.errors import LedgerError

    def refuse(st: Any) -> str:
        raise LedgerError("ledger.exists", path="/x")

    monkeypatch.setattr(selftest, "step_ledger", refuse)
    assert selftest.run(gui=False) == 1
    assert "FAIL ledger    LedgerError:" in capsys.readouterr().out


def test_both_entry_points_dispatch(monkeypatch: pytest.MonkeyPatch) -> None:
    from secledger import launcher

    seen: list[list[str]] = []
    monkeypatch.setattr(selftest, "main", lambda argv: seen.append(argv) or 7)
    assert launcher.main(["--self-test", "--no-gui"]) == 7
    assert launcher.gui_main(["--keep", "--self-test"]) == 7
    assert seen == [["--no-gui"], ["--keep"]]


def test_network_guard_refuses_and_records_then_restores() -> None:
    record: list[str] = []
    original = socket.socket
    with selftest.NetworkGuard(record):
        with pytest.raises(OSError, match="refused"):
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        with pytest.raises(OSError):
            socket.create_connection(("192.0.2.1", 80))
        with pytest.raises(OSError):
            socket.getaddrinfo("example.org", 443)
        assert issubclass(socket.socket, original)  # still a class: ssl can subclass it
    assert len(record) == 3
    assert socket.socket is original
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.close()


def test_network_step_fails_when_a_socket_was_asked_for() -> None:
    st = selftest.State(folder=Path("."))
    st.sockets.append("socket.create_connection(('192.0.2.1', 80))")
    with pytest.raises(selftest.SelfTestError, match="network socket"):
        selftest.step_network(st)
