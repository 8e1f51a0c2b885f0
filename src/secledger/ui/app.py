"""The desktop application: Qt setup, language, font, then wizard / login / main window.

``run()`` is what the ``secledger`` command (no subcommand, or ``demo``) and the
``secledger-gui`` entry point call.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog

from secledger.domain.errors import DomainError
from secledger.services.ledger.session import SLOTS_NAME, Ledger, open_ledger
from secledger.store.paths import resource
from secledger.ui import labels
from secledger.ui.context import AppContext, default_settings
from secledger.ui.errors import install_excepthook
from secledger.ui.main_window import KEY_LANG, MainWindow
from secledger.ui.panes.classification.counts import run_pass
from secledger.ui.qt_gaps import ZH_CN, QtGaps
from secledger.ui.startup_probe import install_probe

LANGS = ("zh_CN", "en")
DEFAULT_LANG = "zh_CN"
_translators: list[QTranslator] = []  # kept alive for the app's lifetime
_font_family: str = ""


def ensure_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName("SecLedger")
        QCoreApplication.setApplicationName("SecLedger")
        app = QApplication([sys.argv[0] if sys.argv else "secledger", *(argv or [])])
        app.setStyle("Fusion")
    assert isinstance(app, QApplication)
    return app


def resolve_lang(lang: str | None, settings: QSettings) -> str:
    """``--lang`` first, then the saved setting, else Simplified Chinese."""
    for candidate in (lang, settings.value(KEY_LANG)):
        if candidate:
            text = str(candidate).replace("-", "_")
            if text.lower().startswith("en"):
                return "en"
            if text.lower().startswith("zh"):
                return "zh_CN"
    return DEFAULT_LANG


def install_translators(app: QApplication, lang: str) -> list[str]:
    """Load SecLedger's and Qt's own translations for *lang*; returns the files loaded."""
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    files = [resource("i18n", f"secledger_{lang}.qm"), qt_dir / f"qtbase_{lang}.qm"]
    loaded = []
    for path in files:
        tr = QTranslator(app)
        if path.exists() and tr.load(str(path)):
            app.installTranslator(tr)
            _translators.append(tr)
            loaded.append(path.name)
    if lang == "zh_CN":  # what Qt's own catalogue lacks (the file dialog's labels)
        gaps = QtGaps(ZH_CN, app)
        app.installTranslator(gaps)
        _translators.append(gaps)
    labels.set_language(lang)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh_CN"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return loaded


def install_cjk_font(app: QApplication) -> str:
    """Register the bundled AR PL UMing and make it the CJK fallback of the UI font."""
    global _font_family
    if not _font_family:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", "uming.ttc")))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _font_family = next((f for f in families if f.endswith("CN")), families[0] if families
                            else "")
    if _font_family:
        font = QFont(app.font())
        families = [f for f in font.families() or [font.family()] if f != _font_family]
        font.setFamilies([*families, _font_family])
        app.setFont(font)
    return _font_family


def tune_interpreter() -> None:
    """Keep the GUI responsive while prints and exports run on worker threads.

    The worker and the GUI thread share the GIL: with the default 5 ms switch interval and
    full garbage collections over every long-lived object, the GUI stalled for ~200 ms during
    a large export. A 1 ms switch interval and freezing what exists at start-up (modules,
    classes, widgets) bring the longest stall under 20 ms (``python -m secledger.bench``).
    """
    sys.setswitchinterval(0.001)
    gc.freeze()


def setup(*, lang: str | None = None, argv: list[str] | None = None,
          settings: QSettings | None = None) -> tuple[QApplication, AppContext]:
    app = ensure_app(argv)
    settings = settings if settings is not None else default_settings()
    chosen = resolve_lang(lang, settings)
    install_translators(app, chosen)
    install_cjk_font(app)
    return app, AppContext(settings=settings, lang=chosen)


def first_ledger(ctx: AppContext) -> Ledger | None:
    """The login dialog when a remembered ledger exists, else the first-run wizard."""
    from secledger.ui.session.login import KEY_FOLDER, LoginDialog
    from secledger.ui.session.wizard import FirstRunWizard

    remembered = str(ctx.settings.value(KEY_FOLDER, "") or "")
    # the login dialog, not the wizard, for a ledger whose ledger.db is missing or damaged
    if remembered and (Path(remembered) / SLOTS_NAME).is_file():
        login = LoginDialog(ctx)
        return login.ledger if login.exec() == QDialog.DialogCode.Accepted else None
    wizard = FirstRunWizard(ctx)
    return wizard.ledger if wizard.exec() == QDialog.DialogCode.Accepted else None


def open_direct(ctx: AppContext, path: Path, username: str, password: str) -> Ledger | None:
    try:
        return open_ledger(path, username=username, password=password, clock=ctx.clock,
                           kdf=ctx.kdf)
    except DomainError as exc:
        ctx.show_error(exc, None)
        return None


def start(ctx: AppContext, *, ledger_path: Path | None = None, username: str | None = None,
          password: str | None = None) -> MainWindow | None:
    """Open a ledger (directly, by login or by the wizard) and show the main window."""
    if ledger_path is not None and username and password is not None:
        led = open_direct(ctx, Path(ledger_path), username, password)
    else:
        led = first_ledger(ctx)
    if led is None:
        return None
    ctx.ledger = led
    window = MainWindow(ctx)
    window.show()
    run_pass(window, ctx)  # the periods that ended since the last opening, off the GUI thread
    return window


def _exec(app: QApplication) -> int:
    return app.exec()


def run(*, ledger_path: Path | None = None, username: str | None = None,
        password: str | None = None, lang: str | None = None,
        argv: list[str] | None = None) -> int:
    """Start the desktop app; returns the process exit code."""
    app, ctx = setup(lang=lang, argv=argv)
    install_excepthook(lambda: ctx.lang)
    install_probe(app)  # SECLEDGER_STARTUP_PROBE=1: time to the first dialog, then quit
    window = start(ctx, ledger_path=ledger_path, username=username, password=password)
    if window is None:
        return 0
    tune_interpreter()
    try:
        return _exec(app)
    finally:
        window.close()
        window.deleteLater()
        ctx.close_ledger()


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="secledger-gui", description="SecLedger desktop app")
    parser.add_argument("--lang", choices=LANGS, help="interface language (default zh_CN)")
    parser.add_argument("--ledger", type=Path, help="ledger folder to open")
    parser.add_argument("--user", help="user name (with --ledger)")
    return parser.parse_known_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args, rest = parse_args(argv)
    if args.ledger is not None:  # preselect in the login dialog (never a password here)
        QCoreApplication.setOrganizationName("SecLedger")
        QCoreApplication.setApplicationName("SecLedger")
        settings = default_settings()
        settings.setValue("login/ledger_folder", str(args.ledger.resolve()))
        if args.user:
            settings.setValue("login/username", args.user)
    return run(lang=args.lang, argv=rest)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

