"""The save prompt of a print or export says the file is classified material of the highest
level it will contain (the level the print then records), before anything is written."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from secledger.demo.build import DEMO_PASSWORD, build_demo
from secledger.domain.enums import Classification
from secledger.services.audit import output_levels
from secledger.services.audit.output_log import KINDS
from secledger.services.custody import printing as wf_print
from secledger.services.ledger.session import open_ledger
from secledger.services.registration import printing as registers_print
from secledger.store.keyslots import TEST_KDF
from secledger.store.models.events import Event
from secledger.store.models.registry import Carrier, Document


@pytest.fixture
def demo_led(tmp_path: Path) -> Any:
    build_demo(tmp_path / "ledger", documents=30, kdf=TEST_KDF, end=date(2026, 11, 20))
    led = open_ledger(tmp_path / "ledger", username="demo", password=DEMO_PASSWORD, kdf=TEST_KDF)
    yield led
    led.close()


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The titles of the save dialogs opened; every dialog is cancelled (nothing written)."""
    titles: list[str] = []

    def fake(_parent: Any, title: str, *_a: Any, **_k: Any) -> tuple[str, str]:
        titles.append(title)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return titles


def _recorded_level(led: Any) -> str:
    with led.db.read() as s:
        payload = s.execute(select(Event.payload).where(Event.kind.in_(KINDS))
                            .order_by(Event.id.desc()).limit(1)).scalar_one()
    return str(json.loads(payload)["level"])


def _no_output_events(led: Any) -> bool:
    with led.db.read() as s:
        return s.execute(select(Event.id).where(Event.kind.in_(KINDS))).first() is None


def test_register_and_loan_prompts_name_the_level(qtbot, shell_ctx, demo_led, asked, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from secledger.ui.panes.custody.loans import LoansPane
    from secledger.ui.panes.registration.registers import RegistersPane

    ctx = shell_ctx(ledger=demo_led)
    reg = RegistersPane(ctx)
    qtbot.addWidget(reg)
    reg.refresh()
    reg.print_pdf()
    reg.export_xlsx()
    loans = LoansPane(ctx)
    qtbot.addWidget(loans)
    loans.print_register()
    assert len(asked) == 3
    assert _no_output_events(demo_led)  # cancelled: nothing written, nothing recorded

    f = reg.current_filter()
    level = output_levels.of_register(demo_led, f)
    assert level is Classification.TOP_SECRET
    for title in asked[:2]:
        assert "此文件含绝密级内容，须按绝密级涉密载体管理" in title
    registers_print.print_register(demo_led, f, tmp_path / "r.pdf")
    assert _recorded_level(demo_led) == level.value  # the prompt and the record agree

    loan_level = output_levels.of_loan_register(demo_led)
    assert loan_level is not None and loan_level.is_state_secret
    assert f"此文件含{loan_level.label}级内容，须按{loan_level.label}级涉密载体管理" in asked[2]
    wf_print.print_loan_register(demo_led, path=tmp_path / "l.pdf")
    assert _recorded_level(demo_led) == loan_level.value


def test_label_prompt_names_the_level_of_those_carriers(qtbot, shell_ctx, demo_led, asked, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from secledger.ui.panes.registration.label_print import print_labels_for

    ctx = shell_ctx(ledger=demo_led)
    with demo_led.db.read() as s:
        secret = list(s.execute(select(Carrier.id).join(Document, Document.id == Carrier.document_id)
                                .where(Document.level == "secret").limit(2)).scalars())
    print_labels_for(ctx, None, secret, single=False)  # type: ignore[arg-type]
    assert asked and "此文件含机密级内容，须按机密级涉密载体管理" in asked[-1]


def test_english_prompt_and_no_notice_without_classified_content(qtbot, shell_ctx, demo_led) -> None:  # type: ignore[no-untyped-def]
    from secledger.ui.widgets.save_notice import classified_title

    assert classified_title("Save", None) == "Save"
    assert classified_title("Save", Classification.WORK_SECRET) == "Save"
    assert classified_title("保存", Classification.SECRET) == (
        "保存 — 此文件含机密级内容，须按机密级涉密载体管理")
