"""Translation tooling (tools/i18n.py) and completeness of the shipped translations."""

from __future__ import annotations

import importlib.util
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "secledger_tools_i18n", ROOT / "tools" / "i18n.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses need the module registered
    spec.loader.exec_module(module)
    return module


i18n = _load_tool()

SAMPLE = """
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


class LoginDialog(QWidget):
    def __init__(self, n: int) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Unlock ledger"))
        self.label = self.tr("Open")
        self.count = self.tr("%n carrier(s)", "", n)


def message() -> str:
    return QCoreApplication.translate("Errors", "Carrier not found")


def other() -> str:
    return QCoreApplication.translate("Menu", "Open")
"""


@pytest.fixture
def sample(tmp_path: Path) -> object:
    ui = tmp_path / "ui" / "panes"
    ui.mkdir(parents=True)
    (ui / "login.py").write_text(SAMPLE, encoding="utf-8")
    cats = tmp_path / "i18n" / "zh_CN"
    cats.mkdir(parents=True)
    (cats / "a.json").write_text(
        json.dumps(
            {
                "Unlock ledger": "解锁台账",
                "Open": "打开",
                "LoginDialog|Open": "打开台账",
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    (cats / "b.json").write_text(json.dumps({"%n carrier(s)": "%n 件载体"}), encoding="utf-8")
    return i18n.Paths(tmp_path / "ui", tmp_path / "i18n", cats)


def _translations(ts: Path) -> dict[tuple[str, str], str | None]:
    root = ET.parse(ts).getroot()
    out: dict[tuple[str, str], str | None] = {}
    for (ctx, source, _), msg in i18n.messages(root):
        tr = msg.find("translation")
        assert tr is not None
        forms = tr.findall("numerusform")
        out[(ctx, source)] = (
            None if i18n.is_unfinished(msg) else (forms[0].text if forms else tr.text)
        )
    return out


def test_update_fills_catalogue_and_reports_missing(sample) -> None:
    missing = i18n.update(sample, verbose=False)
    assert [(c, s) for c, s, _ in missing] == [("Errors", "Carrier not found")]
    zh = _translations(sample.ts("zh_CN"))
    assert zh == {
        ("Errors", "Carrier not found"): None,
        ("LoginDialog", "Unlock ledger"): "解锁台账",
        ("LoginDialog", "Open"): "打开台账",  # context-qualified key wins
        ("LoginDialog", "%n carrier(s)"): "%n 件载体",
        ("Menu", "Open"): "打开",
    }
    en = _translations(sample.ts("en"))
    assert all(en[key] == key[1] for key in en)
    assert sample.qm("zh_CN").exists() and sample.qm("en").exists()

    problems, _ = i18n.check(sample)
    assert len(problems) == 1 and "unfinished" in problems[0] and "Carrier not found" in problems[0]


def test_check_detects_new_strings_stale_qm_and_catalogue_conflicts(sample) -> None:
    (sample.catalogue_dir / "c.json").write_text(
        '{"Carrier not found": "未找到载体"}', encoding="utf-8"
    )
    assert i18n.update(sample, verbose=False) == []
    assert i18n.check(sample) == ([], [])

    login = sample.ui_dir / "panes" / "login.py"
    login.write_text(SAMPLE.replace('"Open")', '"Save")', 1), encoding="utf-8")
    problems, warnings = i18n.check(sample)
    assert any("missing source string" in p and "Save" in p for p in problems)
    assert any("obsolete" in w and "LoginDialog|'Open'" in w for w in warnings)

    i18n.update(sample, verbose=False)  # drops the vanished entry, leaves "Save" unfinished
    assert ("LoginDialog", "Open") not in _translations(sample.ts("zh_CN"))
    assert _translations(sample.ts("zh_CN"))[("LoginDialog", "Save")] is None

    sample.qm("zh_CN").write_bytes(b"stale")
    (sample.catalogue_dir / "d.json").write_text('{"Open": "开启"}', encoding="utf-8")
    problems, _ = i18n.check(sample)
    assert any("stale" in p for p in problems)
    assert any("conflicts" in p for p in problems)


def test_qm_translates_at_runtime(sample, qapp) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    i18n.update(sample, verbose=False)
    translator = QTranslator()
    assert translator.load(str(sample.qm("zh_CN")))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("LoginDialog", "Unlock ledger") == "解锁台账"
        assert QCoreApplication.translate("LoginDialog", "%n carrier(s)", "", 3) == "3 件载体"
        assert QCoreApplication.translate("Menu", "Open") == "打开"
    finally:
        qapp.removeTranslator(translator)


def test_shipped_translations_are_complete() -> None:
    """The repository's own UI strings all have a finished zh_CN translation."""
    problems, _warnings = i18n.check()
    assert not problems, "run `python tools/i18n.py update`:\n" + "\n".join(problems)
