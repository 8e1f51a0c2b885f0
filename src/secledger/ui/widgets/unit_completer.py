"""Autocomplete of units seen before (来文单位 / 发往单位), matching anywhere in the name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


def attach_unit_completer(edit: QLineEdit, units: Sequence[str]) -> QCompleter:
    completer = QCompleter(edit)
    completer.setModel(QStringListModel(list(units), completer))
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    edit.setCompleter(completer)
    return completer


def update_units(edit: QLineEdit, units: Sequence[str]) -> None:
    completer = edit.completer()
    if completer is None:
        attach_unit_completer(edit, units)
        return
    model = completer.model()
    if isinstance(model, QStringListModel):
        model.setStringList(list(units))
