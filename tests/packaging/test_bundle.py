"""The frozen one-folder bundle (``scripts/build_bundle`` → dist/SecLedger), when one is given.

``.ci/run`` builds the bundle and sets ``SECLEDGER_BUNDLE=dist/SecLedger``; without the
variable these tests are skipped (building takes about a minute). They check the layout the
app looks for, that nothing unused from Qt came along (issue 6447: QML, Quick, WebEngine,
network), the size, and run the frozen app: self-test without network, then the command line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BUNDLE = os.environ.get("SECLEDGER_BUNDLE", "")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not BUNDLE, reason="set SECLEDGER_BUNDLE=dist/SecLedger (scripts/build_bundle)"),
]
# Windows: the windowed SecLedger.exe has no console; secledger-cli.exe is its console twin.
EXE = "secledger-cli.exe" if sys.platform == "win32" else "SecLedger"
MAX_MB = 250
UNWANTED = ("qml", "Qt6Quick", "Qt6Qml", "QtQuick", "QtQml", "WebEngine", "Qt6Network",
            "QtNetwork", "Qt63D", "Qt3D", "Multimedia", "Qt6Pdf", "QtPdf", "VirtualKeyboard",
            "qtvirtualkeyboard", "libqvnc", "tls", "networkinformation", "Wayland", "Designer")


@pytest.fixture(scope="module")
def bundle() -> Path:
    root = Path(BUNDLE).resolve()
    assert (root / EXE).is_file(), f"no {EXE} in {root}: run scripts/build_bundle"
    return root


def _internal(bundle: Path) -> Path:
    return bundle / "_internal"


def test_resources_and_migrations_where_the_app_looks(bundle: Path) -> None:
    res = _internal(bundle) / "secledger" / "_resources"
    for rel in ("fonts/uming.ttc", "fonts/ARPHIC-PUBLIC-LICENSE.txt", "fonts/uming-copyright.txt",
                "i18n/secledger_zh_CN.qm", "i18n/secledger_en.qm", "icons/lock.svg",
                "icons/panes/browser.svg", "help/zh/browser.html", "help/en/browser.html"):
        assert (res / rel).is_file(), rel
    mig = _internal(bundle) / "secledger" / "_migrations"
    assert (mig / "env.py").is_file()
    assert sorted(p.name for p in (mig / "versions").glob("*.py"))  # plain .py for Alembic
    qt_tr = _internal(bundle) / "PySide6" / "Qt" / "translations"
    assert (qt_tr / "qtbase_zh_CN.qm").is_file()


def test_nothing_unused_from_qt(bundle: Path) -> None:
    found = [str(p.relative_to(bundle)) for p in bundle.rglob("*")
             if any(u.lower() in p.name.lower() for u in UNWANTED)]
    assert not found, found
    qm = [p.name for p in (_internal(bundle) / "PySide6" / "Qt" / "translations").glob("*.qm")]
    assert len(qm) <= 4, qm


def test_size_under_target(bundle: Path) -> None:
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < MAX_MB * 1024 * 1024, f"bundle is {size / 2**20:.0f} MB"


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECLEDGER_")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    return env


def _no_network(cmd: list[str]) -> list[str]:
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True,
                                  check=False).returncode == 0:
        return [unshare, "-n", *cmd]
    return cmd


def test_frozen_self_test_without_network(bundle: Path, tmp_path: Path) -> None:
    out = subprocess.run(_no_network([str(bundle / EXE), "--self-test"]), env=_env(tmp_path),
                         capture_output=True, text=True, timeout=300, check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "frozen" in out.stdout and "ok   gui" in out.stdout


def test_frozen_command_line_init_and_verify(bundle: Path, tmp_path: Path) -> None:
    env = {**_env(tmp_path), "SECLEDGER_PASSWORD": "Bundle-Test-1"}
    ledger = tmp_path / "台账"
    exe = str(bundle / EXE)
    init = subprocess.run([exe, "init", str(ledger), "--admin", "admin"], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert init.returncode == 0, init.stdout + init.stderr
    verify = subprocess.run([exe, "verify", str(ledger)], env=env, capture_output=True,
                            text=True, timeout=120, check=False)
    assert verify.returncode == 0, verify.stdout + verify.stderr
