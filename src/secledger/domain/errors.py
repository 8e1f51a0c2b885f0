"""Typed errors with stable codes.

Every refusal the ledger makes is a ``DomainError`` subclass carrying a stable ``code``
and parameters. Human text lives in ``messages.py`` (zh_CN and en), the one place where
codes become sentences; the UI and the CLI both go through ``DomainError.message()``.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Base of every refusal. ``code`` is stable; ``params`` fill the message template."""

    code: str = "error"

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        if code is not None:
            self.code = code
        self.params = params
        super().__init__(self.message("zh_CN"))

    def message(self, lang: str = "zh_CN") -> str:
        from secledger.domain.messages import render

        return render(self.code, lang, self.params)


class ValidationError(DomainError):
    """Bad input. ``field`` names the input at fault (for the form to highlight)."""

    code = "validation"

    def __init__(self, code: str | None = None, /, *, field: str = "", **params: Any) -> None:
        self.field = field
        super().__init__(code, **params)


class MarkError(ValidationError):
    """A classification mark that cannot be parsed or breaks a marking rule."""

    code = "mark.invalid"


class CopyNoError(ValidationError):
    code = "copy_no.invalid"


class RuleViolation(DomainError):
    """A rule of DESIGN.md §3 refuses the action."""

    code = "rule"


class ChangedElsewhere(RuleViolation):
    """A refusal on a server ledger after another desktop changed the ledger since this
    one last looked: the view was stale, so it is refreshed and the user tries again."""

    code = "server.changed_elsewhere"


class TransitionNotAllowed(RuleViolation):
    code = "state.transition_not_allowed"


class PermissionDenied(DomainError):
    code = "auth.permission_denied"


class NotFound(DomainError):
    code = "not_found"


class AuthError(DomainError):
    """Unlock / login failures."""

    code = "auth.failed"


class LedgerLocked(AuthError):
    """The ledger is locked (idle lock, Ctrl+L, closed): unlock it with a password first."""

    code = "auth.locked"


class LedgerError(DomainError):
    """Problems with the ledger folder itself (not a ledger, in use, damaged)."""

    code = "ledger.error"


class DatabaseDamaged(LedgerError):
    """``ledger.db`` is missing, empty, truncated, foreign or not a database; it was left as it is.

    The message names what is wrong (``code``; ``reason`` is a message code for the detail)
    and ends with what to do: restore ``backup`` (the latest in ``backups``) when there is one.
    """

    code = "ledger.db_damaged"

    def message(self, lang: str = "zh_CN") -> str:
        from secledger.domain.messages import render

        params = dict(self.params)
        if params.get("reason"):
            params["reason"] = render(str(params["reason"]), lang, params)
        restore = "ledger.restore_backup" if params.get("backup") else "ledger.restore_no_backup"
        return render(self.code, lang, params) + render(restore, lang, params)
