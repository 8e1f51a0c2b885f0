"""Fixtures for the core service tests (tests/services)."""

from __future__ import annotations

from typing import Any

import pytest

from secledger.domain.enums import Register
from secledger.domain.marks import parse_mark


def doc_input(title: str = "关于加强保密管理的通知", *, copies: int = 3, mark: str = "机密★10年",
              register: Register = Register.RECEIPT, **kw: Any):  # type: ignore[no-untyped-def]
    from secledger.services.registration.register import DocumentInput

    return DocumentInput(register=register, title=title, mark=parse_mark(mark),
                         copy_nos=tuple(range(1, copies + 1)), unit=kw.pop("unit", "省保密局"),
                         **kw)


@pytest.fixture
def register():  # type: ignore[no-untyped-def]
    """``register(led, title=..., copies=..., ...)`` registers a document; returns its DTO."""
    from secledger.services.registration.register import register_document

    def _register(led, title: str = "关于加强保密管理的通知", **kw):  # type: ignore[no-untyped-def]
        return register_document(led, doc_input(title, **kw))

    return _register



# --- the import tests' ledger (tests/services/import_helpers.py) ---
from tests.services.import_helpers import office  # noqa: E402, F401
