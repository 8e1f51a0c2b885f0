"""Dialogs of the devices and media pane: register or correct an item, a new 责任人, a higher
level, a loan request, a repair request and a repair's return. Each saves through
``ctx.write`` (``FormDialog``): a refusal stays under the form, which keeps its input."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from secledger.domain.enums import Classification
from secledger.domain.media import MediaType, RepairMode
from secledger.services.ledger.timing import local_now, local_tz
from secledger.services.media import items, lending, repair
from secledger.services.media.items import MediaEdit, MediaInput
from secledger.services.media.read import MediaItemDTO
from secledger.services.media.records import MediaRepairDTO
from secledger.ui.context import AppContext
from secledger.ui.labels import label_for
from secledger.ui.panes.custody.routing import fill_people
from secledger.ui.widgets.dates import DateLine, parse_when
from secledger.ui.widgets.forms import FormDialog, named, pydate, qdate

LEVELS = (Classification.TOP_SECRET, Classification.SECRET, Classification.CONFIDENTIAL)


def _combo(name: str, members: Any, current: Any = None) -> QComboBox:
    box = named(QComboBox(), name)
    for m in members:
        box.addItem(label_for(m), m.value)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box


def _text(name: str, value: str = "") -> QLineEdit:
    return named(QLineEdit(value), name)


def _lines(name: str, placeholder: str) -> QPlainTextEdit:
    edit = named(QPlainTextEdit(), name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(80)
    return edit


T = TypeVar("T")


def _new(value: T, old: T) -> T | None:
    """*value* when it differs from *old*, else None (unchanged)."""
    return value if value != old else None


def _moment(ctx: AppContext, line: DateLine, what: str) -> datetime | None:
    """The local time typed in *line* (aware), None when blank (now)."""
    got = parse_when(line.text(), what, line.objectName())
    if got is None:
        return None
    day, at = got
    return datetime.combine(day, at or time(0), tzinfo=local_tz(ctx.ledger))


class ItemDialog(FormDialog):
    """登记 (no *item*) or 修改 of a device or medium. Its type, level and 责任人 are set at
    registration; afterwards the level only rises and the holder changes by handover."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 item: MediaItemDTO | None = None) -> None:
        title = self.tr("Register a device or medium") if item is None else \
            self.tr("Correct {device_no}").format(device_no=item.device_no)
        super().__init__(ctx, title, parent, min_width=480)
        self.item = item
        led = ctx.ledger
        self.kind = _combo("mediaType", MediaType, item.media_type if item else None)
        self.device_no = _text("mediaDeviceNo", item.device_no if item else "")
        self.level = _combo("mediaLevel", LEVELS, item.level if item else Classification.SECRET)
        self.holder = named(QComboBox(), "mediaHolder")
        fill_people(self.holder, led, placeholder=self.tr("— choose —"))
        self.serial = _text("mediaSerial", item.serial_no if item else "")
        self.brand = _text("mediaBrand", item.brand_model if item else "")
        self.purpose = _text("mediaPurpose", item.purpose if item else "")
        self.location = _text("mediaLocation", item.location if item else "")
        self.started = DateLine("mediaStarted")
        self.started.set_date(item.started_on if item else None)
        self.remarks = _text("mediaRemarks", item.remarks if item else "")
        self.reason = _text("mediaReason")
        f = self.form
        f.addRow(self.tr("Type:"), self.kind)
        f.addRow(self.tr("Device no.:"), self.device_no)
        f.addRow(self.tr("Level (the highest it ever held):"), self.level)
        f.addRow(self.tr("Accountable holder:"), self.holder)
        f.addRow(self.tr("Brand and model:"), self.brand)
        f.addRow(self.tr("Serial no.:"), self.serial)
        f.addRow(self.tr("Purpose:"), self.purpose)
        f.addRow(self.tr("Location:"), self.location)
        f.addRow(self.tr("In use since:"), self.started)
        f.addRow(self.tr("Remarks:"), self.remarks)
        if item is None:
            self.reason.hide()
            return
        self.holder.setCurrentIndex(max(0, self.holder.findData(item.holder_id)))
        for w in (self.kind, self.level, self.holder):
            w.setEnabled(False)
        f.addRow(self.tr("Reason for the correction:"), self.reason)

    def save(self) -> Any:
        led = self.ctx.ledger
        got = parse_when(self.started.text(), self.tr("In use since"), "started_on")
        started = got[0] if got is not None else None
        if self.item is None:
            return items.register_item(led, MediaInput(
                media_type=MediaType(self.kind.currentData()), device_no=self.device_no.text(),
                level=Classification(self.level.currentData()),
                holder_id=int(self.holder.currentData() or 0), serial_no=self.serial.text(),
                brand_model=self.brand.text(), purpose=self.purpose.text(),
                location=self.location.text(), started_on=started, remarks=self.remarks.text()))
        it = self.item
        edit = MediaEdit(
            device_no=_new(self.device_no.text(), it.device_no),
            serial_no=_new(self.serial.text(), it.serial_no),
            brand_model=_new(self.brand.text(), it.brand_model),
            purpose=_new(self.purpose.text(), it.purpose),
            location=_new(self.location.text(), it.location),
            remarks=_new(self.remarks.text(), it.remarks),
            started_on=_new(started, it.started_on))
        return items.edit_item(led, it.id, edit, reason=self.reason.text())


class HolderDialog(FormDialog):
    """责任人变更: the new accountable holder and why."""

    def __init__(self, ctx: AppContext, item: MediaItemDTO, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New accountable holder of {device_no}")
                         .format(device_no=item.device_no), parent, min_width=420)
        self.item = item
        self.holder = named(QComboBox(), "newHolder")
        fill_people(self.holder, ctx.ledger, placeholder=self.tr("— choose —"))
        self.reason = _text("holderReason")
        self.form.addRow(self.tr("Now held by:"), named(QLabel(item.holder_name), "oldHolder"))
        self.form.addRow(self.tr("New holder:"), self.holder)
        self.form.addRow(self.tr("Reason:"), self.reason)

    def save(self) -> Any:
        return items.change_holder(self.ctx.ledger, self.item.id,
                                   int(self.holder.currentData() or 0), reason=self.reason.text())


class LevelDialog(FormDialog):
    """提升密级: only higher levels are offered (a level never goes down)."""

    def __init__(self, ctx: AppContext, item: MediaItemDTO, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Raise the level of {device_no}")
                         .format(device_no=item.device_no), parent, min_width=420)
        self.item = item
        now = Classification(item.level)
        self.level = _combo("raisedLevel", [c for c in LEVELS if c.rank > now.rank])
        self.reason = _text("levelReason")
        self.form.addRow(self.tr("Level now:"), named(QLabel(label_for(now)), "levelNow"))
        self.form.addRow(self.tr("Raise to:"), self.level)
        self.form.addRow(self.tr("Reason:"), self.reason)

    def save(self) -> Any:
        value = self.level.currentData()
        return items.raise_level(self.ctx.ledger, self.item.id,
                                 Classification(value) if value else Classification(self.item.level),
                                 reason=self.reason.text())


class LoanDialog(FormDialog):
    """借用申请: borrower, due date, purpose."""

    def __init__(self, ctx: AppContext, item: MediaItemDTO, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Lend {device_no}").format(device_no=item.device_no),
                         parent, min_width=420)
        self.item = item
        led = ctx.ledger
        self.borrower = named(QComboBox(), "loanBorrower")
        fill_people(self.borrower, led, placeholder=self.tr("— choose —"))
        self.due = named(QDateEdit(qdate(local_now(led).date())), "loanDueOn")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.purpose = _text("loanWhy")
        self.remarks = _text("loanRemarks")
        self.form.addRow(self.tr("Borrower:"), self.borrower)
        self.form.addRow(self.tr("Due back on:"), self.due)
        self.form.addRow(self.tr("Purpose:"), self.purpose)
        self.form.addRow(self.tr("Remarks:"), self.remarks)

    def save(self) -> Any:
        return lending.request_loan(
            self.ctx.ledger, media_id=self.item.id,
            borrower_id=int(self.borrower.currentData() or 0), due_on=pydate(self.due.date()),
            purpose=self.purpose.text(), remarks=self.remarks.text())


class RepairDialog(FormDialog):
    """维修申请: the fault, who repairs, the agreement, the storage, the escort."""

    def __init__(self, ctx: AppContext, item: MediaItemDTO, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Repair of {device_no}").format(device_no=item.device_no),
                         parent, min_width=520)
        self.item = item
        led = ctx.ledger
        self.requester = named(QComboBox(), "repairRequester")
        fill_people(self.requester, led, placeholder=self.tr("— choose —"))
        self.fault = _lines("repairFault", self.tr("What is wrong"))
        self.mode = _combo("repairMode", RepairMode)
        self.unit = _text("repairUnit")
        self.qualification = _text("repairQualification")
        self.agreement = named(QCheckBox(self.tr("Confidentiality agreement signed")),
                               "repairAgreement")
        self.agreement_ref = _text("repairAgreementRef")
        self.agreement_ref.setPlaceholderText(self.tr("Agreement number"))
        self.storage = named(QCheckBox(self.tr("Storage removed before the repair")),
                             "repairStorageRemoved")
        self.storage.setEnabled(not item.is_storage)
        self.storage_note = _text("repairStorageNote")
        self.storage_note.setPlaceholderText(self.tr("Where the removed storage is kept"))
        self.escort = named(QComboBox(), "repairEscort")
        fill_people(self.escort, led, placeholder=self.tr("— no escort —"))
        f = self.form
        f.addRow(self.tr("Requested by:"), self.requester)
        f.addRow(self.tr("Fault:"), self.fault)
        f.addRow(self.tr("Repaired:"), self.mode)
        f.addRow(self.tr("Repairer's unit:"), self.unit)
        f.addRow(self.tr("Its qualification:"), self.qualification)
        f.addRow(self.agreement, self.agreement_ref)
        f.addRow(self.storage, self.storage_note)
        f.addRow(self.tr("On-site escort:"), self.escort)

    def save(self) -> Any:
        escort = self.escort.currentData()
        return repair.request_repair(self.ctx.ledger, repair.RepairInput(
            media_id=self.item.id, requester_id=int(self.requester.currentData() or 0),
            fault=self.fault.toPlainText(), mode=RepairMode(self.mode.currentData()),
            repairer_unit=self.unit.text(), repairer_qualification=self.qualification.text(),
            agreement=self.agreement.isChecked(), agreement_ref=self.agreement_ref.text(),
            storage_removed=self.storage.isChecked(), storage_note=self.storage_note.text(),
            escort_id=int(escort) if escort else None))


class RepairReturnDialog(FormDialog):
    """维修返回: when, who repaired, what was done, parts replaced and the storage taken out
    for good (one serial number a line: each becomes an item to be destroyed)."""

    def __init__(self, ctx: AppContext, r: MediaRepairDTO, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Repair {no} returned").format(no=r.reg_no), parent,
                         min_width=520)
        self.repair = r
        self.returned = DateLine("repairReturnedAt", with_time=True)
        self.returned.setToolTip(self.tr("Blank: now"))
        self.repairer = _text("repairRepairer")
        self.work = _lines("repairWork", self.tr("The work done"))
        self.parts = _text("repairParts")
        self.storage_type = _combo("replacedType", MediaType, MediaType.OTHER)
        self.replaced = _lines("replacedStorage",
                               self.tr("Storage taken out for good: one serial number a line"))
        f = self.form
        f.addRow(self.tr("Returned at:"), self.returned)
        f.addRow(self.tr("Repaired by:"), self.repairer)
        f.addRow(self.tr("Work done:"), self.work)
        f.addRow(self.tr("Parts replaced:"), self.parts)
        f.addRow(self.tr("Replaced storage:"), self.replaced)
        f.addRow(self.tr("Its type:"), self.storage_type)

    def save(self) -> Any:
        kind = MediaType(self.storage_type.currentData())
        parts = [repair.ReplacedStorage(media_type=kind, serial_no=line.strip())
                 for line in self.replaced.toPlainText().splitlines() if line.strip()]
        return repair.return_repair(
            self.ctx.ledger, repair_id=self.repair.id, work_done=self.work.toPlainText(),
            returned_at=_moment(self.ctx, self.returned, self.tr("Returned at")),
            repairer_name=self.repairer.text(), parts_replaced=self.parts.text(),
            replaced_storage=parts)
