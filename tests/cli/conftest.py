"""Fixtures for the command-line tests: fast test KDF, password from the environment."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ADMIN_PASSWORD = "Admin1234"


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """SECLEDGER_PASSWORD set, and the TEST-ONLY weak KDF for ledgers the CLI creates."""
    monkeypatch.setenv("SECLEDGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("SECLEDGER_TEST_KDF", "1")
    monkeypatch.delenv("SECLEDGER_DEBUG", raising=False)


@pytest.fixture
def cli(cli_env: None, capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Run ``secledger ARGS`` in-process: returns (exit code, stdout, stderr)."""
    from secledger.launcher import main

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def cli_proc(cli_env: None) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``python -m secledger ARGS`` in a subprocess (a real second process)."""

    def run(*args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ)
        if password is not None:
            env["SECLEDGER_PASSWORD"] = password
        src = str(Path(__file__).resolve().parents[2] / "src")
        env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
        return subprocess.run(
            [sys.executable, "-m", "secledger", *map(str, args)],
            capture_output=True, text=True, env=env, timeout=120, stdin=subprocess.DEVNULL,
        )

    return run


@pytest.fixture
def ledger_dir(cli: Callable[..., tuple[int, str, str]], tmp_path: Path) -> Path:
    """A ledger made with ``secledger init`` (admin / ADMIN_PASSWORD)."""
    path = tmp_path / "ledger"
    code, _out, err = cli("init", path, "--admin", "admin", "--unit", "示范市保密局")
    assert code == 0, err
    return path
