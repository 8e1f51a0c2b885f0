"""``secledger --self-test``: prove that this installation (wheel or frozen bundle) works.

In a temporary folder, with real (if lighter) Argon2id parameters: create a ledger, add a
clerk, log in as the clerk, register a 机密 document with three copies, verify the hash
chain, print a 收文登记簿 PDF in Chinese and check it, print the recovery-code sheet and the
carriers' labels (barcode and QR code), export the same register as XLSX,
then start the Qt interface offscreen (translations, CJK font, main window with every pane)
and close it. Nothing touches the user's ledgers or settings; the folder is removed after.

Prints one line per step and exits 0 when all pass, 1 with the failing step and the reason
otherwise. Works the same in a source checkout, an installed wheel and the PyInstaller
bundle (``SecLedger --self-test``). Options: ``--no-gui`` skips the Qt step, ``--keep``
leaves the temporary folder in place (its path is printed).

This module sits outside the layer contracts, like ``launcher``: it drives services,
reports and (lazily) the UI exactly as the application does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: Real Argon2id, lighter than DEFAULT_KDF (64 MiB, t=3) so the self-test stays quick.
SELFTEST_KDF_ARGS = {"time_cost": 2, "memory_cost": 16384, "parallelism": 1}
TITLE = "关于做好2026年度保密自查自评工作的通知"
UNIT = "自检单位保密办公室"
MARK = "机密★10年"
COPIES = (1, 2, 3)
ADMIN, ADMIN_PW = "admin", "Selftest-Admin-1"
CLERK, CLERK_PW = "clerk", "Selftest-Clerk-1"
QT_NETWORK = ("PySide6.QtNetwork",)


class SelfTestError(Exception):
    """A check failed; the message says what was expected and what was found."""


@dataclass
class State:
    folder: Path
    gui: bool = True
    ledger: Any = None
    document: Any = None
    digest: tuple[int, str] = (0, "")
    pdf: Path | None = None
    sockets: list[str] = field(default_factory=list)
    recovery_code: str = ""
    notes: list[str] = field(default_factory=list)


def _kdf() -> Any:
    from secledger.store.keyslots import KdfParams

    return KdfParams(**SELFTEST_KDF_ARGS)


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


# --- steps -------------------------------------------------------------------------------

def step_files(st: State) -> str:
    """The bundled files the app reads at run time are where the app looks for them."""
    from secledger.store.paths import migrations_dir, resource

    wanted = [resource("fonts", "uming.ttc"), resource("fonts", "ARPHIC-PUBLIC-LICENSE.txt"),
              resource("i18n", "secledger_zh_CN.qm"), resource("i18n", "secledger_en.qm"),
              resource("icons", "lock.svg"), migrations_dir() / "env.py"]
    missing = [str(p) for p in wanted if not p.is_file()]
    check(not missing, f"missing bundled files: {', '.join(missing)}")
    versions = sorted((migrations_dir() / "versions").glob("*.py"))
    check(bool(versions), f"no migration scripts in {migrations_dir() / 'versions'}")
    where = "frozen" if getattr(sys, "frozen", False) else "python"
    return f"{where}, resources in {resource()}"


def step_ledger(st: State) -> str:
    """Create a ledger, add a clerk, close it and log in again as the clerk."""
    from secledger.domain.enums import Clearance, Role
    from secledger.services.ledger.session import create_ledger, open_ledger
    from secledger.services.people import accounts as users
    from secledger.services.people import persons as people

    path = st.folder / "ledger"
    admin, code = create_ledger(path, unit_name=UNIT, admin_username=ADMIN,
                                admin_password=ADMIN_PW, admin_name="自检保密员", kdf=_kdf())
    st.recovery_code = code
    try:
        dept = people.create_department(admin, name="办公室")
        person = people.create_person(admin, name="自检机要员", department_id=dept.id,
                                      clearance=Clearance.CORE, post="机要员")
        users.create_user(admin, username=CLERK, password=CLERK_PW, person_id=person.id,
                          roles={Role.CLERK, Role.AUDITOR}, must_change_password=False)
    finally:
        admin.close()
    st.ledger = open_ledger(path, username=CLERK, password=CLERK_PW, kdf=_kdf())
    return f"created and reopened as {CLERK} (Argon2id {SELFTEST_KDF_ARGS['memory_cost']} KiB)"


def step_register(st: State) -> str:
    """Register a 机密 document with three copies through the registration service."""
    from secledger.domain.enums import Register
    from secledger.domain.marks import parse_mark
    from secledger.services.registration.register import DocumentInput, register_document

    led = st.ledger
    issued = led.now().date()
    inp = DocumentInput(register=Register.RECEIPT, title=TITLE, mark=parse_mark(MARK),
                        copy_nos=COPIES, doc_no="国保发〔2026〕1号", unit="省国家保密局",
                        issued_on=issued, pages=12)
    doc = register_document(led, inp)
    check(len(doc.carriers) == len(COPIES), f"expected {len(COPIES)} carriers, got {len(doc.carriers)}")
    copy_nos = [c.copy_no_text for c in doc.carriers]
    check(copy_nos == ["000001", "000002", "000003"], f"unexpected copy numbers {copy_nos}")
    states = {c.state for c in doc.carriers}
    check(states == {"in_store"}, f"new carriers should be in store, are {sorted(states)}")
    st.document = doc
    return f"{doc.reg_no} {doc.mark}, copies {', '.join(copy_nos)}"


def step_verify(st: State) -> str:
    """Recompute the hash chain and replay it against the carrier table; then recompute the
    chain in the second process a big ledger's ``verify`` starts (``store.chaincheck``: in
    the bundle, this executable with its hidden argument)."""
    from secledger.services.audit.verify import chain_digest, verify

    report = verify(st.ledger)
    first = report.first
    check(report.ok, f"chain verification failed: {first}")
    st.digest = chain_digest(st.ledger)
    n, digest = st.digest
    check(n > 0 and len(digest) == 64, f"unexpected chain digest {st.digest}")
    chain = st.ledger.db.chain_check()
    check(chain is not None, "the chain-check process did not start")
    try:
        there = chain.result()
    finally:
        chain.close()
    check(there is not None and (there.head_id, there.head_hash) == st.digest,
          f"the chain-check process gave {there}, expected the head {st.digest}")
    return f"{n} events, head {digest[:12]}, the same in a second process"


def register_form(st: State) -> tuple[Any, list[Any], list[Any]]:
    from secledger.reports.kit.columns import Column, RowData
    from secledger.reports.kit.pdf import FormMeta

    doc, led = st.document, st.ledger
    meta = FormMeta(unit_name=led.unit_name, title="收文登记簿", subtitle="自检",
                    printed_by=led.user.person_name, printed_at=led.now().replace(tzinfo=None),
                    chain_digest=st.digest, landscape=True, mark="机密")
    columns = [Column("收文号", 10), Column("来文单位", 14), Column("文号", 16), Column("标题", 30),
               Column("密级(标志)", 12), Column("份号", 8), Column("页数", 5, "int")]
    rows = [RowData([doc.reg_no, doc.unit, doc.doc_no, doc.title, doc.mark, c.copy_no_text,
                     doc.pages]) for c in doc.carriers]
    return meta, columns, rows


def step_pdf(st: State) -> str:
    """Print the 收文登记簿 with the CJK font embedded; read the Chinese back if poppler is here."""
    from secledger.reports.kit.fonts import register_fonts
    from secledger.reports.registration.register import render_register_pdf

    meta, columns, rows = register_form(st)
    path = render_register_pdf(st.folder / "收文登记簿.pdf", meta, columns, rows,
                               totals=[("合计", f"{len(rows)} 份")], signatures=["登记人", "审核人"])
    data = path.read_bytes()
    check(data.startswith(b"%PDF-"), f"{path.name} is not a PDF")
    check(b"/FontFile2" in data, "the PDF embeds no TrueType font")
    font = register_fonts()
    check(font.path.is_file(), f"CJK font {font.path} not found")
    st.pdf = path
    return f"{len(data) // 1024} KiB, font {font.path.name}; " + pdf_text_check(path)


def pdf_text_check(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        return "pdftotext not installed, text not read back"
    out = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         timeout=60, check=False)
    text = out.stdout.decode("utf-8", "replace")
    for wanted in ("收文登记簿", TITLE, MARK):
        check(wanted in text.replace(" ", "").replace("\n", ""),
              f"pdftotext does not give back “{wanted}” (got {text[:200]!r})")
    return "pdftotext gives back the Chinese"


def step_recovery(st: State) -> str:
    """The 应急恢复密钥 sheet the first-run wizard prints (Courier for the code)."""
    from secledger.reports.ledger.recovery_sheet import render_recovery_sheet

    led = st.ledger
    path = render_recovery_sheet(st.folder / "应急恢复密钥.pdf", unit_name=UNIT,
                                 ledger_id=led.ledger_id, ledger_path=led.path,
                                 created_at=led.now().replace(tzinfo=None), code=st.recovery_code)
    data = path.read_bytes()
    check(data.startswith(b"%PDF-") and b"/Courier-Bold" in data,
          f"{path.name} lacks the recovery code font")
    return f"{len(data) // 1024} KiB"


def step_labels(st: State) -> str:
    """Carrier labels: Code128 and QR drawn by reportlab (symbologies it imports by name)."""
    from secledger.reports.registration.labels import LabelData, render_label_sheet

    doc = st.document
    labels = [LabelData(label_id=c.label_id, mark=doc.mark, reg_no=doc.reg_no,
                        copy_no_text=c.copy_no_text, unit_name=UNIT) for c in doc.carriers]
    path = render_label_sheet(st.folder / "载体标签.pdf", labels)
    data = path.read_bytes()
    check(data.startswith(b"%PDF-") and len(data) > 2000, f"{path.name} is not a label sheet")
    return f"{len(labels)} labels, {len(data) // 1024} KiB"


def step_xlsx(st: State) -> str:
    from openpyxl import load_workbook

    from secledger.reports.kit.xlsx import write_table_xlsx

    meta, columns, rows = register_form(st)
    path = write_table_xlsx(st.folder / "收文登记簿.xlsx", title=meta.title, unit_name=UNIT,
                            columns=columns, rows=[r.values for r in rows])
    wb = load_workbook(path, read_only=True)
    try:
        cells = [str(v) for row in wb.active.iter_rows(values_only=True) for v in row if v]
    finally:
        wb.close()
    check(TITLE in cells, f"{path.name} does not contain the document title")
    return f"{path.stat().st_size // 1024} KiB, {len(rows)} rows read back"


def step_gui(st: State) -> str:
    """The Qt interface offscreen: Chinese translations, CJK font, main window with its panes."""
    from secledger.ui.selftest_gui import run_gui_check

    return run_gui_check(st.folder, st.ledger, CLERK_PW)


def step_network(st: State) -> str:
    """No socket was asked for during the self-test and Qt's network module never loaded."""
    loaded = [m for m in QT_NETWORK if m in sys.modules or _mapped(m)]
    check(not loaded, f"Qt networking was loaded: {', '.join(loaded)}")
    check(not st.sockets, f"the app tried to open a network socket: {'; '.join(st.sockets)}")
    return "no socket opened, QtNetwork not loaded"


def _mapped(module: str) -> bool:
    """Linux: is the shared library behind *module* mapped into this process?"""
    lib = "libQt6Network" if module.endswith("QtNetwork") else module
    try:
        return lib in Path("/proc/self/maps").read_text(errors="replace")
    except OSError:
        return False


class NetworkGuard:
    """While active, every Python-level attempt to create a socket or resolve a name is
    refused with OSError and written down (the self-test then fails)."""

    NAMES = ("socket", "create_connection", "getaddrinfo", "gethostbyname", "socketpair")

    def __init__(self, record: list[str]) -> None:
        self.record = record
        self.saved: dict[str, Any] = {}

    def _refuse(self, name: str) -> Callable[..., Any]:
        def refuse(*args: Any, **kwargs: Any) -> Any:
            self.record.append(f"socket.{name}{args[:2]!r}")
            raise OSError(f"network use refused by the SecLedger self-test (socket.{name})")
        return refuse

    def __enter__(self) -> NetworkGuard:
        import socket

        for name in self.NAMES:
            self.saved[name] = getattr(socket, name)
            setattr(socket, name, self._refuse(name))
        refuse = self._refuse("socket")

        class RefusedSocket(self.saved["socket"]):  # type: ignore[misc, name-defined]
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                refuse(*args)

        socket.socket = RefusedSocket  # type: ignore[misc]  # still a class: ssl subclasses it
        return self

    def __exit__(self, *exc: object) -> None:
        import socket

        for name, value in self.saved.items():
            setattr(socket, name, value)


# --- runner ------------------------------------------------------------------------------

Step = tuple[str, Callable[[State], str]]


def steps(gui: bool) -> list[Step]:
    out: list[Step] = [
        ("files", step_files), ("ledger", step_ledger), ("register", step_register),
        ("verify", step_verify), ("pdf", step_pdf), ("recovery", step_recovery),
        ("labels", step_labels),
        ("xlsx", step_xlsx),
    ]
    if gui:
        out.append(("gui", step_gui))
    out.append(("network", step_network))
    return out


def say(text: str) -> None:
    stream = sys.stdout
    if stream is None:  # a windowed executable on Windows has no console
        return
    try:
        stream.write(text + "\n")
        stream.flush()
    except (OSError, ValueError):
        pass


def run_steps(st: State, gui: bool) -> str:
    """Run the steps in order; the name of the first that fails, or "" when all pass."""
    for name, fn in steps(gui):
        t0 = time.perf_counter()
        try:
            detail = fn(st)
        except Exception as exc:
            say(f"  FAIL {name:<9} {_reason(exc)}")
            if os.environ.get("SECLEDGER_DEBUG"):
                traceback.print_exc()
            return name
        say(f"  ok   {name:<9} {time.perf_counter() - t0:5.2f} s  {detail}")
    return ""


def run(*, gui: bool = True, keep: bool = False) -> int:
    started = time.perf_counter()
    folder = Path(tempfile.mkdtemp(prefix="secledger-selftest-"))
    st = State(folder=folder, gui=gui)
    say(f"SecLedger self-test / 自检 ({sys.platform}, Python {sys.version.split()[0]})")
    try:
        with NetworkGuard(st.sockets):
            failed = run_steps(st, gui)
    finally:
        if st.ledger is not None:
            st.ledger.close()
        if keep:
            say(f"  kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    total = time.perf_counter() - started
    if failed:
        say(f"SELF-TEST FAILED at step “{failed}” after {total:.1f} s / 自检失败。"
            " Set SECLEDGER_DEBUG=1 for the traceback.")
        return 1
    say(f"SELF-TEST PASSED in {total:.1f} s / 自检通过")
    return 0


def _reason(exc: BaseException) -> str:
    if isinstance(exc, SelfTestError):
        return str(exc)
    message = getattr(exc, "message", None)
    if callable(message):
        try:
            return f"{type(exc).__name__}: {message('en')}"
        except Exception:
            pass
    return f"{type(exc).__name__}: {exc}"


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    return run(gui="--no-gui" not in args, keep="--keep" in args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
