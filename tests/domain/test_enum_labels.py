"""Every enumeration of the glossary has a Chinese and an English label."""

from __future__ import annotations

import pytest

from secledger.domain.copying import CopyMedium
from secledger.domain.custody import HandoverReason, LossKind, LossStatus
from secledger.domain.destruction import DestructionMethod
from secledger.domain.enums import (
    CarrierState,
    CarrierType,
    Classification,
    Clearance,
    DispatchChannel,
    Labelled,
    Register,
    Role,
    Urgency,
)

ENUMS: list[type[Labelled]] = [Classification, Clearance, CarrierState, CarrierType, Role,
                               Urgency, Register, DispatchChannel, CopyMedium, DestructionMethod,
                               HandoverReason, LossKind, LossStatus]


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_labels_in_both_languages(enum: type[Labelled]) -> None:
    for member in enum:
        assert member.label_in("zh_CN") == member.label
        assert member.label_in("en") == member.label_en
        assert member.label_en.isascii() and member.label_en[0].isupper()
        assert not member.label.isascii()
    assert len({m.label_en for m in enum}) == len(enum)  # distinct


def test_examples() -> None:
    assert CarrierState.IN_STORE.label_in("en") == "In store"
    assert Classification.SECRET.label_in("en") == "Secret"
    assert Classification.SECRET.label_in("zh_CN") == "机密"
    assert Role.CLERK.label_in("en") == "Clerk"
    assert CarrierType.USB.label_in("en") == "USB stick"
