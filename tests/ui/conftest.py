"""Fixtures for the desktop shell tests: an AppContext with test settings and a fast KDF."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def shell_ctx(qapp, tmp_path: Path) -> Iterator[Callable[..., Any]]:  # type: ignore[no-untyped-def]
    """Factory: ``shell_ctx(ledger=None)`` -> AppContext with INI settings under tmp_path.

    Translations (zh_CN) and the bundled font are installed as the app does. Contexts
    whose ledger the test did not close are closed at teardown.
    """
    from secledger.store.keyslots import TEST_KDF
    from secledger.ui import app as uiapp
    from secledger.ui.context import AppContext, ini_settings

    uiapp.install_translators(qapp, "zh_CN")
    uiapp.install_cjk_font(qapp)
    made: list[AppContext] = []

    def factory(ledger: Any = None, lang: str = "zh_CN") -> AppContext:
        ctx = AppContext(settings=ini_settings(tmp_path / f"settings{len(made)}.ini"),
                         lang=lang, kdf=TEST_KDF, ledger=ledger)
        made.append(ctx)
        return ctx

    yield factory
    for ctx in made:
        if ctx.has_ledger:
            ctx.close_ledger()


@pytest.fixture
def register_doc() -> Callable[..., Any]:
    """``register_doc(led, title=..., copies=2)``: register a received document as the clerk."""
    return _register


_DOC_NOS = itertools.count(1)


def _register(led: Any, title: str = "关于加强保密管理的通知", copies: int = 2) -> Any:
    from secledger.domain.enums import Register
    from secledger.domain.marks import parse_mark
    from secledger.services.registration.register import DocumentInput, register_document

    return register_document(led, DocumentInput(
        register=Register.RECEIPT, title=title, mark=parse_mark("机密★10年"),
        copy_nos=tuple(range(1, copies + 1)), doc_no=f"某发〔2026〕{next(_DOC_NOS)}号", unit="某某省保密局",
        issued_on=date(2026, 1, 5)))
