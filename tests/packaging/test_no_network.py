"""No network, ever (issue 8 §4).

* Statically: no module of the app imports a networking module (AST of every file).
* The self-test (with its Qt stage) passes in a process whose ``socket`` module refuses
  everything, and in a network namespace without interfaces (``unshare -n``) where allowed.
* A GUI session — log in, browse, register, print — runs with sockets refused, and Qt's
  network module is never loaded.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "secledger"
FORBIDDEN = (
    "socket", "ssl", "http", "urllib.request", "urllib3", "requests", "httpx", "aiohttp",
    "websockets", "smtplib", "ftplib", "poplib", "imaplib", "telnetlib", "xmlrpc",
    "socketserver", "webbrowser", "asyncio", "PySide6.QtNetwork", "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets", "PySide6.QtWebSockets", "PySide6.QtNetworkAuth",
)
FORBIDDEN_NAMES = {"QDesktopServices", "QNetworkAccessManager", "QTcpSocket", "QUdpSocket"}
#: selftest.py imports socket only to replace its functions with ones that refuse.
ALLOWED = {("selftest.py", "socket")}

# Runs the self-test with Python's socket layer refusing every use (a process-wide ban).
NO_SOCKET_BOOT = """
import socket, sys
def refuse(*args, **kwargs):
    raise OSError("networking is disabled in this process")
class Refused(socket.socket):
    def __init__(self, *args, **kwargs):
        refuse()
socket.socket = Refused
socket.create_connection = socket.getaddrinfo = socket.gethostbyname = refuse
from secledger.launcher import main
sys.exit(main(["--self-test"]))
"""


def _imports(tree: ast.AST) -> list[str]:
    out: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append(node.module)
            out += [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module":
            out += [a.value for a in node.args if isinstance(a, ast.Constant)
                    and isinstance(a.value, str)]
    return out


def _forbidden(name: str) -> bool:
    return any(name == f or name.startswith(f + ".") for f in FORBIDDEN)


def test_no_module_imports_networking() -> None:
    found = []
    files = sorted(SRC.rglob("*.py"))
    assert len(files) > 50
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        rel = path.relative_to(SRC).as_posix()
        for name in _imports(tree):
            if _forbidden(name) and (rel, name) not in ALLOWED:
                found.append(f"{rel}: {name}")
        names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
        names |= {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
        found += [f"{rel}: {n}" for n in sorted(names & FORBIDDEN_NAMES)]
    assert not found, "networking in the app:\n" + "\n".join(found)


def test_the_static_check_would_catch_one() -> None:
    tree = ast.parse("import socket\nfrom urllib.request import urlopen\n"
                     "from PySide6 import QtNetwork\nimportlib.import_module('ssl')\n")
    names = _imports(tree)
    assert [n for n in names if _forbidden(n)] == [
        "socket", "urllib.request", "urllib.request.urlopen", "PySide6.QtNetwork", "ssl"]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECLEDGER_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.mark.slow
def test_self_test_with_sockets_refused() -> None:
    out = subprocess.run([sys.executable, "-c", NO_SOCKET_BOOT], env=_env(), capture_output=True,
                         text=True, timeout=300, check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "ok   gui" in out.stdout and "SELF-TEST PASSED" in out.stdout


def _unshare_works() -> bool:
    tool = shutil.which("unshare")
    if tool is None:
        return False
    probe = subprocess.run([tool, "-n", "true"], capture_output=True, timeout=30, check=False)
    return probe.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="network namespaces: Linux")
def test_self_test_in_a_network_namespace_without_interfaces() -> None:
    if not _unshare_works():
        pytest.skip("unshare -n is not permitted here (needs root or user namespaces)")
    check = subprocess.run(["unshare", "-n", sys.executable, "-c",
                            "import socket; s = socket.create_connection(('192.0.2.1', 9), 2)"],
                           capture_output=True, text=True, timeout=60, check=False)
    assert check.returncode != 0 and "unreachable" in check.stderr.lower()  # no network there
    out = subprocess.run(["unshare", "-n", sys.executable, "-m", "secledger", "--self-test"],
                         env=_env(), capture_output=True, text=True, timeout=300, check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "SELF-TEST PASSED" in out.stdout


# --- a GUI session with sockets refused --------------------------------------------------

def _ledger(folder: Path) -> Path:
    from secledger.domain.enums import Clearance, Role
    from secledger.services.ledger.session import create_ledger
    from secledger.services.people import accounts as users
    from secledger.services.people import persons as people
    from secledger.store.keyslots import TEST_KDF

    admin, _code = create_ledger(folder, unit_name="某某市保密局", admin_username="admin",
                                 admin_password="Admin1234", kdf=TEST_KDF)
    try:
        dept = people.create_department(admin, name="办公室")
        p = people.create_person(admin, name="李机要", department_id=dept.id,
                                 clearance=Clearance.CORE, post="机要员")
        users.create_user(admin, username="clerk", password="Clerk1234", person_id=p.id,
                          roles={Role.CLERK, Role.AUDITOR}, must_change_password=False)
    finally:
        admin.close()
    return folder


def _register(led: Any) -> Any:
    from secledger.domain.enums import Register
    from secledger.domain.marks import parse_mark
    from secledger.services.registration.register import DocumentInput, register_document

    return register_document(led, DocumentInput(
        register=Register.RECEIPT, title="关于离线安装的通知", mark=parse_mark("秘密★6个月"),
        copy_nos=(1, 2), unit="省国家保密局", doc_no="国保发〔2026〕8号"))


def _login(qtbot: Any, ctx: Any, folder: Path) -> Any:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from secledger.ui.session.login import LoginDialog

    login = LoginDialog(ctx)
    qtbot.addWidget(login)
    login.folder.setText(str(folder))
    login.username.setText("clerk")
    login.password.setText("Clerk1234")
    login.show()
    qtbot.waitExposed(login)
    qtbot.mouseClick(login.open_button, Qt.MouseButton.LeftButton)
    assert login.result() == QDialog.DialogCode.Accepted, login.error.text()
    return login.ledger


def _qt_network_loaded() -> bool:
    if "PySide6.QtNetwork" in sys.modules:
        return True
    maps = Path("/proc/self/maps")
    return maps.exists() and "libQt6Network" in maps.read_text(errors="replace")


@pytest.mark.gui
def test_gui_session_login_browse_register_print(qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    from secledger.selftest import NetworkGuard
    from secledger.store.keyslots import TEST_KDF
    from secledger.ui import app as uiapp
    from secledger.ui.context import AppContext, ini_settings
    from secledger.ui.main_window import MainWindow

    attempts: list[str] = []
    pdf = tmp_path / "移交登记簿.pdf"
    with NetworkGuard(attempts):
        folder = _ledger(tmp_path / "ledger")
        uiapp.install_translators(qapp, "zh_CN")
        uiapp.install_cjk_font(qapp)
        ctx = AppContext(settings=ini_settings(tmp_path / "settings.ini"), kdf=TEST_KDF)
        errors: list[BaseException] = []
        ctx.show_error = lambda exc, parent=None: errors.append(exc)  # type: ignore[method-assign]
        try:
            ctx.ledger = _login(qtbot, ctx, folder)
            window = MainWindow(ctx)
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            doc = _register(ctx.ledger)
            browser = window.pane("browser")
            window.show_pane("browser")
            browser.refresh()
            qtbot.waitUntil(lambda: browser.model.rowCount() == len(doc.carriers), timeout=10000)
            handover = window.pane("handover")
            window.show_pane("handover")
            handover.print_register(str(pdf))
            qtbot.waitUntil(lambda: pdf.exists() or bool(errors), timeout=20000)
            qtbot.waitUntil(lambda: not ctx.busy, timeout=20000)
            window.close()
        finally:
            ctx.close_ledger()
    assert not errors, errors
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert not attempts, attempts
    assert not _qt_network_loaded()
