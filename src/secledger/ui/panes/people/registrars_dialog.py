"""绝密载体收发人员: the security officer ticks the people designated to receive, sign for and
dispatch 绝密 carriers (only 核心-cleared people are accepted). With nobody ticked the registry
clerks handle 绝密 收发, and the dialog says so."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from secledger.services.custody import two_person
from secledger.ui.context import AppContext
from secledger.ui.widgets.forms import FormDialog, named
from secledger.ui.widgets.people_checklist import PeopleChecklist


class RegistrarsDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("People designated for top-secret receipt and dispatch"),
                         parent, min_width=520)
        now = two_person.registrars(ctx.ledger)
        self.people = PeopleChecklist("registrarList", height=260)
        self.people.fill(ctx.ledger, checked=[i for i, _n in now.designated])
        self.note = named(QLabel(self._note(now)), "registrarNote")
        self.note.setWordWrap(True)
        self.form.addRow(self.tr("Designated:"), self.people)
        self.form.addRow("", self.note)

    def _note(self, now: two_person.RegistrarsDTO) -> str:
        if now.is_set:
            return self.tr("Only the people ticked may register, sign for and dispatch top-secret "
                           "carriers. Only Core-cleared people can be designated.")
        return self.tr("Nobody is designated yet: the registry clerks ({names}) receive and "
                       "dispatch top-secret carriers. Tick the people the unit designated to "
                       "limit it to them.").format(names="、".join(n for _i, n in now.clerks))

    def save(self) -> Any:
        return two_person.set_registrars(self.ctx.ledger, self.people.checked_ids())
