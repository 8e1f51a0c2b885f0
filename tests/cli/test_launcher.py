"""``secledger`` with no subcommand starts the GUI; ``secledger demo`` alone opens a demo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from secledger import launcher


@pytest.fixture
def gui_calls(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    class FakeApp:
        @staticmethod
        def run(**kwargs: Any) -> int:
            calls.append(kwargs)
            return 0

    real = launcher.importlib.import_module

    def fake_import(name: str) -> Any:
        return FakeApp if name == "secledger.ui.app" else real(name)

    monkeypatch.setattr(launcher.importlib, "import_module", fake_import)
    return calls


def test_no_subcommand_starts_the_gui(gui_calls: list[dict[str, Any]]) -> None:
    assert launcher.main([]) == 0
    assert gui_calls == [{"ledger_path": None, "username": None, "password": None, "lang": None}]


def test_lang_goes_to_the_gui(gui_calls: list[dict[str, Any]]) -> None:
    assert launcher.main(["--lang", "en"]) == 0
    assert gui_calls[0]["lang"] == "en"


def test_demo_without_a_folder_builds_one_and_logs_in(
    gui_calls: list[dict[str, Any]], cli_env: None, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "secledger-demo-x"

    def mkdtemp(prefix: str = "") -> str:
        assert prefix == "secledger-demo-"
        folder.mkdir()
        return str(folder)

    monkeypatch.setattr(launcher.tempfile, "mkdtemp", mkdtemp)
    assert launcher.main(["demo", "--documents", "30", "--lang", "en"]) == 0
    assert gui_calls == [{"ledger_path": folder, "username": "demo", "password": "demo12345",
                          "lang": "en"}]
    assert (folder / "ledger.db").is_file()
    assert str(folder) in capsys.readouterr().out


def test_gui_failure_is_one_line(monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    real = launcher.importlib.import_module

    def broken(name: str) -> Any:
        if name != "secledger.ui.app":  # the rest is imported on demand too (a light start)
            return real(name)
        raise ImportError("libEGL.so.1: cannot open shared object file")

    monkeypatch.setattr(launcher.importlib, "import_module", broken)
    assert launcher.main([]) == 3
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "libEGL" in err and "Traceback" not in err


def test_python_m_secledger_runs_the_launcher() -> None:
    import importlib.util

    spec = importlib.util.find_spec("secledger.__main__")
    assert spec is not None and spec.origin is not None
    assert "secledger.launcher import main" in Path(spec.origin).read_text(encoding="utf-8")
