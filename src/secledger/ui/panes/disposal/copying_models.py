"""Table model of the copying pane: the copy (excerpt, compilation) requests (DTO list)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from secledger.domain.copying import CopyKind, CopyMedium, CopyStatus
from secledger.domain.enums import Classification
from secledger.services.disposal.copying import CopyRequestDTO
from secledger.ui.labels import label_for, label_of
from secledger.ui.widgets.tablemodel import Column, DtoTableModel

R = CopyRequestDTO


class RequestsModel(DtoTableModel[R]):
    CONTEXT = "DisposalColumns"
    COLUMNS = (
        Column[R](QT_TRANSLATE_NOOP("DisposalColumns", "Request no."), lambda r: r.request_no),
        Column[R](QT_TRANSLATE_NOOP("DisposalColumns", "Kind"),
                  lambda r: label_for(CopyKind(r.kind))),
        Column[R](QT_TRANSLATE_NOOP("DisposalColumns", "Status"), lambda r: label_of(CopyStatus, r.status)),
        Column[R](QT_TRANSLATE_NOOP("DisposalColumns", "Requester"), lambda r: r.requester),
        Column[R](QT_TRANSLATE_NOOP("DisposalColumns", "Title"), lambda r: r.source.title + (
            f" …(+{len(r.sources) - 1})" if len(r.sources) > 1 else "")),
        Column[R](QT_TRANSLATE_NOOP("DisposalColumns", "Level"),
                  lambda r: label_of(Classification, r.top_level)),
        Column[R](QT_TRANSLATE_NOOP("DisposalColumns", "Copies"), lambda r: str(r.copies)),
        Column[R](QT_TRANSLATE_NOOP("DisposalColumns", "Medium"), lambda r: label_of(CopyMedium, r.medium)),
        Column[R](QT_TRANSLATE_NOOP("DisposalColumns", "Copy no."), lambda r: r.copy_reg_no),
        Column[R](QT_TRANSLATE_NOOP("DisposalColumns", "Copy numbers"),
                  lambda r: r.copy_nos_text),
        Column[R](QT_TRANSLATE_NOOP("DisposalColumns", "Derived document"),
                  lambda r: r.derived_reg_no),
    )

