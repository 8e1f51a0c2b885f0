"""The save prompt of every print and export says what the file is: classified material of
the highest level it contains, to be managed as a classified carrier of that level. The
level comes from the services (``services.output_levels``) before the dialog opens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from secledger.domain.enums import Classification
from secledger.ui.labels import label_for


def classified_notice(level: Classification | None) -> str:
    """``此文件含机密级内容，须按机密级涉密载体管理`` ("" below state secrets)."""
    if level is None or not level.is_state_secret:
        return ""
    return QCoreApplication.translate(
        "SaveNotice", "This file contains {level} content and must be managed as a {level} "
        "classified carrier").format(level=label_for(level))


def classified_title(title: str, level: Classification | None) -> str:
    """The save dialog's title with the notice appended."""
    notice = classified_notice(level)
    return f"{title} — {notice}" if notice else title
