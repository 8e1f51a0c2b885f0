"""The main window: pane navigation from the registry, menus, status bar, lock, scanner."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from secledger.domain.enums import Role
from secledger.domain.labels import is_media_label
from secledger.services.ledger import policy
from secledger.ui import registry
from secledger.ui.about import AboutDialog
from secledger.ui.context import AppContext
from secledger.ui.help import HelpDialog
from secledger.ui.labels import label_list
from secledger.ui.panes.classification.counts import install_status, run_pass
from secledger.ui.session.idle import IdleWatcher, close_modal_dialogs
from secledger.ui.session.locking import clear_for_lock
from secledger.ui.session.lockscreen import LockScreen
from secledger.ui.session.login import ChangePasswordDialog
from secledger.ui.statistics import StatisticsKeeper
from secledger.ui.widgets.forms import named
from secledger.ui.widgets.icons import pane_icon, spec_icon
from secledger.ui.widgets.scanner import ScannerFilter, is_label_id

KEY_GEOMETRY, KEY_STATE, KEY_PANE = "main/geometry", "main/state", "main/pane"
KEY_LANG = "ui/lang"


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("SecLedger — Ledger of classified carriers"))
        self.specs: list[registry.PaneSpec] = []
        self._locked_user = ("", "")
        self.pane_widgets: dict[str, QWidget] = {}
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_status()
        self.idle = IdleWatcher(self._idle_ms(), self)
        self.idle.idle.connect(self.lock_idle)
        self.scanner = ScannerFilter(self)
        self.scanner.scanned.connect(self.handle_scan)
        self.build_panes()
        self._restore_state()
        self.idle.start()
        self.scanner.install()
        self.statistics = StatisticsKeeper(ctx, self)  # the planner's, off the GUI thread
        self.statistics.start()

    # -- layout -----------------------------------------------------------------------
    def _build_central(self) -> None:
        self.cover = named(QStackedWidget(), "cover")
        self.content = named(QWidget(), "content")
        self.nav = named(QListWidget(), "nav")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setFixedWidth(150)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.stack = named(QStackedWidget(), "paneStack")
        row = QHBoxLayout(self.content)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.lockscreen = LockScreen(self.ctx, self.cover)
        self.lockscreen.unlocked.connect(self._unlocked)
        self.cover.addWidget(self.content)
        self.cover.addWidget(self.lockscreen)
        self.setCentralWidget(self.cover)
        self.resize(1200, 760)

    def _action(self, text: str, slot: Any, shortcut: str = "", icon: Any = None) -> QAction:
        act = QAction(text, self)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if icon is not None:
            act.setIcon(QApplication.style().standardIcon(icon))
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.lock_action = self._action(self.tr("Lock"), self.lock, "Ctrl+L")
        self.lock_action.setIcon(pane_icon("lock.svg"))
        self.switch_action = self._action(self.tr("Switch user…"), self.switch_user)
        self.password_action = self._action(self.tr("Change my password…"), self.change_password)
        self.policy_action = self._action(self.tr("Auto-lock time…"), self.edit_policy)
        self.quit_action = self._action(self.tr("Exit"), self.close, "Ctrl+Q")
        self.find_label_action = self._action(self.tr("Find by label…"), self.find_label,
                                              "Ctrl+G", sp.SP_FileDialogContentsView)
        self.about_action = self._action(self.tr("About"), self.show_about)
        self.import_action = self._action(self.tr("Import registers from Excel, WPS or CSV…"),
                                          self.import_registers)
        self.help_action = self._action(self.tr("Help for this pane"), self.show_help, "F1",
                                        sp.SP_DialogHelpButton)
        self.data_actions = [self.switch_action, self.password_action, self.policy_action,
                             self.find_label_action, self.import_action]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for act in (self.lock_action, self.switch_action, self.password_action):
            file_menu.addAction(act)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.policy_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu(self.tr("&View"))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)
        self.toolbar = self.addToolBar(self.tr("Toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.lock_action)
        self.toolbar.addAction(self.find_label_action)

    def _language_menu(self) -> None:
        menu = self.view_menu.addMenu(self.tr("Language"))
        current = str(self.ctx.settings.value(KEY_LANG, self.ctx.lang))
        for code, label in (("zh_CN", "中文（简体）"), ("en", "English")):
            act = menu.addAction(label)
            act.setCheckable(True)
            act.setChecked(current == code)
            act.triggered.connect(lambda _=False, c=code: self._set_language(c))

    def _set_language(self, code: str) -> None:
        self.ctx.settings.setValue(KEY_LANG, code)
        self.statusBar().showMessage(self.tr("The language changes when SecLedger starts next "
                                             "time."), 8000)

    def _build_status(self) -> None:
        self.user_label = named(QLabel(), "statusUser")
        self.ledger_label = named(QLabel(), "statusLedger")
        self.unit_label = named(QLabel(), "statusUnit")
        self.lock_label = named(QLabel(), "statusLock")
        for w in (self.user_label, self.unit_label, self.ledger_label):
            self.statusBar().addWidget(w)
        self.statusBar().addPermanentWidget(self.lock_label)
        self.classification_status = install_status(self, self.ctx)

    def _update_status(self) -> None:
        led = self.ctx.ledger
        self.ledger_label.setText(self.tr("Ledger: {path}").format(path=led.path))
        if led.locked:
            self.user_label.setText("")
            self.unit_label.setText("")
            self.lock_label.setText(self.tr("Locked"))
            return
        user = led.user
        roles = label_list(r for r in Role if r in user.roles)
        self.user_label.setText(self.tr("User: {name} ({username}; {roles})").format(
            name=user.person_name, username=user.username, roles=roles))
        self.unit_label.setText(self.tr("Unit: {unit}").format(unit=led.unit_name))
        self.lock_label.setText(self.tr("Unlocked"))
        self.policy_action.setVisible(Role.SECURITY_OFFICER in user.roles)
        self.import_action.setVisible(Role.CLERK in user.roles)

    # -- panes --------------------------------------------------------------------------
    def build_panes(self) -> None:
        """(Re)build the navigation for the current user's roles."""
        self._drop_panes()
        self.nav.blockSignals(True)
        self.nav.clear()
        self.view_menu.clear()
        self.specs = registry.visible_panes(self.ctx.ledger.user.roles)
        for i, spec in enumerate(self.specs):
            title = QCoreApplication.translate("Panes", spec.title)
            item = QListWidgetItem(spec_icon(spec), title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            act = self.view_menu.addAction(spec_icon(spec), title)
            if i < 9:  # Ctrl+1 … Ctrl+9 follow the navigation order the user sees
                act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, row=i: self.nav.setCurrentRow(row))
        self.view_menu.addSeparator()
        self._language_menu()
        self._fit_nav()
        self.nav.blockSignals(False)
        self._update_status()
        if self.specs:
            self.nav.setCurrentRow(0)
            self._nav_changed(0)
            from secledger.ui.panes.custody.overdue import show_after_login

            show_after_login(self)
            from secledger.ui.panes.ledger.backups import remind_after_login

            remind_after_login(self)

    def _drop_panes(self) -> None:
        """Delete every pane widget, after its models forgot their rows (see ui.locking)."""
        for w in self.pane_widgets.values():
            clear_for_lock(w)
            self.stack.removeWidget(w)
            w.deleteLater()
        self.pane_widgets.clear()

    def _fit_nav(self) -> None:
        """Wide enough for the longest pane title (English titles are longer)."""
        text = max(0, self.nav.sizeHintForColumn(0))
        self.nav.setFixedWidth(max(150, text + 2 * self.nav.frameWidth() + 8))

    def pane(self, key: str) -> QWidget | None:
        """The pane widget for *key*, created on first use; None if not visible to the user."""
        if key in self.pane_widgets:
            return self.pane_widgets[key]
        if self.locked:  # no pane is built behind the lock screen
            return None
        spec = next((s for s in self.specs if s.key == key), None)
        if spec is None:
            return None
        widget = spec.factory(self.ctx)
        widget.setObjectName(widget.objectName() or f"pane_{key}")
        self.pane_widgets[key] = widget
        self.stack.addWidget(widget)
        return widget

    def show_pane(self, key: str) -> QWidget | None:
        keys = [s.key for s in self.specs]
        if key not in keys:
            return None
        self.nav.setCurrentRow(keys.index(key))
        return self.pane_widgets.get(key)

    @property
    def current_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def current_pane(self) -> QWidget | None:
        return self.pane_widgets.get(self.current_key)

    def _nav_changed(self, row: int) -> None:
        if not 0 <= row < len(self.specs):
            return
        widget = self.pane(self.specs[row].key)
        if widget is None:
            return
        self.stack.setCurrentWidget(widget)
        self._refresh(widget)

    def _refresh(self, widget: QWidget | None) -> None:
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            self.ctx.read(refresh, parent=self)

    # -- locking ----------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.cover.currentWidget() is self.lockscreen

    def _idle_ms(self) -> int:
        if self.ctx.idle_timeout_ms is not None:
            return self.ctx.idle_timeout_ms
        return policy.auto_lock_minutes(self.ctx.ledger) * 60_000

    def lock_idle(self) -> None:
        if self.ctx.busy:  # running work counts as activity; try again later
            self.idle.start()
            return
        self.lock()

    def lock(self) -> None:
        """Close open dialogs, forget every pane, drop the key and every connection, cover
        the window with the lock screen."""
        if self.locked:
            return
        if self.ctx.busy:
            self.statusBar().showMessage(self.tr("Wait until the running task ends."), 5000)
            return
        close_modal_dialogs()
        led = self.ctx.ledger
        user = led.user
        self._locked_user = (user.username, user.person_name)
        self._drop_panes()  # models stop their workers first: no connection stays in use
        self.statistics.clear_for_lock()
        clear_for_lock(self.statusBar())  # the counts shown there too
        led.lock_session()
        self.idle.stop()
        self.scanner.enabled = False
        for act in self.data_actions:
            act.setEnabled(False)
        self.menuBar().setEnabled(True)
        self.view_menu.setEnabled(False)
        self.cover.setCurrentWidget(self.lockscreen)
        self.lockscreen.prepare(user.username, user.person_name)
        self._update_status()

    def switch_user(self) -> None:
        self.lock()
        if self.locked:
            self.lockscreen.switch_user()

    def _unlocked(self, previous: str) -> None:
        led = self.ctx.ledger
        if led.user.must_change_password:
            dlg = ChangePasswordDialog(self.ctx, led, self, first_login=True)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                led.lock_session()
                self.lockscreen.prepare(*self._locked_user)
                return
        for act in self.data_actions:
            act.setEnabled(True)
        self.view_menu.setEnabled(True)
        self.scanner.enabled = True
        self.cover.setCurrentWidget(self.content)
        if led.user.username != previous:
            self.build_panes()
        else:  # the same pane, built again from the ledger
            self._nav_changed(self.nav.currentRow())
        self._update_status()
        self.idle.set_timeout_ms(self._idle_ms())
        self.idle.start()
        run_pass(self, self.ctx)  # periods ended while locked, then the counts

    # -- actions ------------------------------------------------------------------------
    def change_password(self) -> None:
        ChangePasswordDialog(self.ctx, self.ctx.ledger, self).exec()

    def edit_policy(self) -> None:
        led = self.ctx.ledger
        minutes, ok = QInputDialog.getInt(
            self, self.tr("Auto-lock time"),
            self.tr("Lock the ledger after this many idle minutes:"),
            policy.auto_lock_minutes(led), policy.MIN_AUTO_LOCK_MINUTES,
            policy.MAX_AUTO_LOCK_MINUTES)
        if not ok or self.locked:
            return
        # the policy.changed event it commits tells the panes (Area.POLICY)
        if self.ctx.write(lambda: policy.set_auto_lock_minutes(led, minutes),
                          parent=self) is not None:
            self.idle.set_timeout_ms(self._idle_ms())

    def import_registers(self) -> None:
        from secledger.ui.panes.registration.import_wizard import open_import_wizard

        if not self.locked:
            open_import_wizard(self.ctx, self)

    def find_label(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Find by label"),
                                        self.tr("Carrier label (e.g. C0123456789A):"))
        if ok and text.strip() and not self.locked:
            if is_label_id(text):
                self.handle_scan(text.strip().upper())
            else:
                self.statusBar().showMessage(self.tr("“{text}” is not a carrier label: a label is "
                                                     "C followed by 11 letters or digits.")
                                             .format(text=text.strip()), 8000)

    def handle_scan(self, label_id: str) -> bool:
        """A scanned or typed label: the current pane first, else the ledger browser. A
        device's or medium's label opens the item in the media pane, unless the current pane
        takes media labels itself (``handle_media_scan``)."""
        if self.locked:
            return False
        if is_media_label(label_id):
            return self._media_scan(label_id)
        current = self.current_pane()
        handler = getattr(current, "handle_scan", None)
        if callable(handler) and handler(label_id):
            return True
        browser = self.show_pane("browser")
        handler = getattr(browser, "handle_scan", None)
        if callable(handler) and handler(label_id):
            return True
        self.statusBar().showMessage(self.tr("No carrier with label {label}.")
                                     .format(label=label_id), 8000)
        return False

    def show_help(self) -> HelpDialog | None:
        """F1: the help page of the pane shown (what it is for, which rules it enforces)."""
        spec = next((x for x in self.specs if x.key == self.current_key), None)
        if spec is None or self.locked:
            return None
        dlg = HelpDialog(spec.key, self.ctx.lang, QCoreApplication.translate("Panes", spec.title),
                         self)
        dlg.show()
        return dlg

    def _media_scan(self, label_id: str) -> bool:
        handler = getattr(self.current_pane(), "handle_media_scan", None)
        if callable(handler) and handler(label_id):
            return True
        handler = getattr(self.show_pane("media"), "handle_scan", None)
        if callable(handler) and handler(label_id):
            return True
        self.statusBar().showMessage(self.tr("No device or medium with label {label}.")
                                     .format(label=label_id), 8000)
        return False

    def show_about(self) -> None:
        unit = "" if self.locked else self.ctx.ledger.unit_name
        AboutDialog(self, unit).exec()

    # -- window state -------------------------------------------------------------------
    def _restore_state(self) -> None:
        """The size and place of the last run; the first run opens maximised."""
        s = self.ctx.settings
        if s.value(KEY_GEOMETRY):
            self.restoreGeometry(s.value(KEY_GEOMETRY))
        else:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        if s.value(KEY_STATE):
            self.restoreState(s.value(KEY_STATE))
        key = str(s.value(KEY_PANE, "") or "")
        if key:
            self.show_pane(key)

    def closeEvent(self, event: QCloseEvent) -> None:
        s = self.ctx.settings
        s.setValue(KEY_GEOMETRY, self.saveGeometry())
        s.setValue(KEY_STATE, self.saveState())
        if self.current_key:
            s.setValue(KEY_PANE, self.current_key)
        self.idle.stop()
        self.scanner.remove()
        for w in self.pane_widgets.values():  # the models' page and count workers stop:
            clear_for_lock(w)  # no read outlives the window
        self.statistics.clear_for_lock()
        super().closeEvent(event)
