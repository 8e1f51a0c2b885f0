"""Timing figures of issue 4 (not a test): ``python -m secledger.bench_registration``.

On a ledger filled to ``--carriers`` carriers (bench_data.fill; 1,000,000 for the issue's
figures): registering a document with 10 copies (events and chain included, target ≤ 30 ms),
printing a 5,000-row 收文登记簿 (≤ 5 s) and exporting 100,000 register rows to XLSX
against openpyxl write-only on the same rows, measured in the same run (≤ 1.3×).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from secledger.domain.enums import Clearance, Register, Role
from secledger.services.registers import RegisterFilter, iter_rows
from secledger.services.registers_print import export_register_xlsx
from secledger.services.registration_form import DocumentDraft, submit_draft
from secledger.services.timing import local_tz


def _ledger(folder: Path, carriers: int):  # type: ignore[no-untyped-def]
    from secledger.bench_data import fill
    from secledger.services import people, users
    from secledger.services.ledger import create_ledger, open_ledger
    from secledger.store.keyslots import TEST_KDF

    admin, _ = create_ledger(folder / "l", unit_name="某某市保密局", admin_username="admin",
                             admin_password="Admin1234", kdf=TEST_KDF)
    p = people.create_person(admin, name="李机要", department_id=None, clearance=Clearance.CORE)
    users.create_user(admin, username="clerk", password="Clerk1234", person_id=p.id,
                      roles={Role.CLERK}, must_change_password=False)
    if carriers:
        fill(admin, carriers)
    admin.close()
    return open_ledger(folder / "l", username="clerk", password="Clerk1234", kdf=TEST_KDF)


def bench_register(led, n: int = 30) -> float:  # type: ignore[no-untyped-def]
    """Median ms to register one received document with 10 copies."""
    times = []
    for i in range(n):
        draft = DocumentDraft(register=Register.RECEIPT, title=f"基准测试文件{i}", unit="省保密局",
                              doc_no=f"基〔2026〕{i}号", mark_text="机密★10年", copies=10,
                              copy_nos_text="1-10", pages=3)
        t = time.perf_counter()
        submit_draft(led, draft)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def _busiest_year(led) -> RegisterFilter:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with led.db.read() as s:
        y = s.execute(text("SELECT year FROM documents WHERE register = 'receipt' GROUP BY year "
                           "ORDER BY count(*) DESC LIMIT 1")).scalar()
    return RegisterFilter(year=int(y or 2026))


def bench_print(led, folder: Path, rows: int = 5000) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from secledger.reports.registers import render_register
    from secledger.services.registers_print import form_meta

    f = _busiest_year(led)
    with led.db.read() as s:
        data = [r for _, r in zip(range(rows), iter_rows(s, f, local_tz(led)), strict=False)]
    t = time.perf_counter()
    meta = replace(form_meta(led, title="收文登记簿", subtitle=f.period_text()))
    render_register(folder / "reg.pdf", meta, data)
    return len(data), time.perf_counter() - t


def bench_xlsx(led, folder: Path, rows: int = 100_000) -> tuple[int, float, float]:  # type: ignore[no-untyped-def]
    """(rows, raw openpyxl CPU s, export CPU s) for the same register rows."""
    from secledger.reports.registers import receipt_values

    f = _busiest_year(led)
    with led.db.read() as s:
        values = [receipt_values(r) for _, r in zip(range(rows), iter_rows(s, f, local_tz(led)),
                                                     strict=False)]
    t = time.process_time()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("raw")
    for v in values:
        ws.append(v)
    wb.save(folder / "raw.xlsx")
    raw = time.process_time() - t
    t = time.process_time()
    export_register_xlsx(led, f, folder / "ours.xlsx")
    return len(values), raw, time.process_time() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--carriers", type=int, default=200_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        led = _ledger(folder, args.carriers)
        try:
            print(f"register 10 copies: median {bench_register(led):.1f} ms")
            n, secs = bench_print(led, folder)
            print(f"register PDF, {n} rows: {secs:.2f} s")
            n, raw, ours = bench_xlsx(led, folder)
            print(f"XLSX, {n} rows (CPU): openpyxl write-only {raw:.2f} s, export {ours:.2f} s, "
                  f"ratio {ours / raw:.2f}")
        finally:
            led.close()


if __name__ == "__main__":
    main()
