"""An export reported as written is on the disk: the temporary file is fsynced before the
rename and the folder after it (PDF, XLSX and label sheets all go through atomic_output)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from secledger.reports.kit.xlsx import write_table_xlsx
from secledger.reports.ledger.recovery_sheet import render_recovery_sheet
from secledger.reports.registration.labels import LabelData, render_label_sheet

from .test_report_xlsx import COLS, rows

FDS = Path("/proc/self/fd")  # this process's open files


def _pdf(path: Path) -> Path:
    return render_recovery_sheet(path, unit_name="某某市国家保密局办公室", ledger_id="7f3c9a2e",
                                 ledger_path=path.parent, created_at=datetime(2026, 11, 24),
                                 code="ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789")


def _xlsx(path: Path) -> Path:
    return write_table_xlsx(path, title="收文登记簿", unit_name="某某市国家保密局办公室",
                            columns=COLS, rows=rows(20))


def _labels(path: Path) -> Path:
    return render_label_sheet(path, [LabelData("C0000000001X", "机密★10年", "SW-2026-0001",
                                               "000001", "某某市国家保密局办公室", "纸质文件")])


@pytest.mark.parametrize("render", [_pdf, _xlsx, _labels], ids=["pdf", "xlsx", "labels"])
def test_file_then_rename_then_folder_are_synced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, render: Callable[[Path], Path]
) -> None:
    steps: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        steps.append(("fsync", os.readlink(FDS / str(fd))))
        real_fsync(fd)

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        steps.append(("replace", str(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    target = tmp_path / "导出"
    target.mkdir()
    out = render(target / "form.out")
    assert out.is_file()
    i = steps.index(("replace", str(out)))
    before, after = steps[:i], steps[i + 1:]
    synced_tmp = [p for op, p in before if op == "fsync"]
    assert synced_tmp and Path(synced_tmp[-1]).parent == target
    assert Path(synced_tmp[-1]).name.startswith(".form.out.")  # the temporary, before the rename
    assert ("fsync", str(target)) in after  # the folder, after the rename
