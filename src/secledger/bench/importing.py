"""Benchmark of importing a register: ``python -m secledger.bench import`` (or
``python -m secledger.bench.importing``).

Writes a 收文登记簿 workbook of *rows* entries the way offices keep them (a merged title
row, the heading on row 3, dates as real dates, text and Excel serial numbers, marks with
and without periods, 份号 as ranges and with leading zeros, numbers stored as text, a 合计
row), then, *repeat* times into a fresh ledger each time: reads and previews it, and commits
it (one transaction, every event chained). Prints the medians and writes them as JSON.
Target: 10,000 rows previewed and committed in ≤ 20 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

TARGET_S = 20.0
HEAD = ["收文编号", "收文日期", "来文单位", "文号", "文件标题", "密级及保密期限", "份号", "份数",
        "页数", "处理情况", "签收人", "备注"]
_UNITS = ("省国家保密局", "市委办公室", "市人民政府办公室", "省公安厅", "市发展改革委")
_MARKS = ("机密★10年", "秘密", "机密 ★ 5年", "绝密★长期", "秘密★6个月", "机密")


def _row(i: int) -> list[Any]:
    day = datetime(2024, 1, 1) + timedelta(days=i % 360)
    date_cell: Any = (day, f"{day.year}.{day.month}.{day.day}", f"{day:%Y/%m/%d}",
                      (day - datetime(1899, 12, 30)).days)[i % 4]
    copies = 1 + i % 3
    copy_nos = f"{1:03d}-{copies:03d}" if copies > 1 else "0001"
    return [f"2024-{i + 1:05d}", date_cell, _UNITS[i % 5], f"某保发〔2024〕{i + 1}号",
            f"关于做好第{i + 1}批涉密载体管理工作的通知", _MARKS[i % 6], copy_nos, str(copies),
            str(2 + i % 20), "归档" if i % 10 == 0 else "", "", ""]


def write_register(path: Path, rows: int) -> Path:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("收文登记簿")
    ws.append(["某某市保密局2024年收文登记簿"])
    ws.append([])
    ws.append(HEAD)
    for i in range(rows):
        ws.append(_row(i))
    ws.append(["合计", None, None, None, None, None, None, str(rows)])
    wb.save(path)
    return path


def _ledger(folder: Path) -> Any:
    from secledger.domain.enums import Clearance, Role
    from secledger.services.ledger.session import create_ledger, open_ledger
    from secledger.services.people import accounts, persons
    from secledger.store.keyslots import TEST_KDF

    admin, _code = create_ledger(folder, unit_name="某某市国家保密局", admin_username="admin",
                                 admin_password="Admin1234", admin_name="王保密", kdf=TEST_KDF)
    dept = persons.create_department(admin, name="办公室")
    clerk = persons.create_person(admin, name="李机要", department_id=dept.id,
                                  clearance=Clearance.CORE, post="机要员")
    accounts.create_user(admin, username="clerk", password="Clerk1234", person_id=clerk.id,
                         roles={Role.CLERK, Role.ARCHIVIST}, must_change_password=False)
    admin.close()
    return open_ledger(folder, username="clerk", password="Clerk1234", kdf=TEST_KDF)


def run_once(folder: Path, workbook: Path) -> dict[str, float]:
    """Seconds to preview and to commit *workbook* into a new ledger at *folder* (wall
    clock, and the process's CPU time: the machine may be shared)."""
    from secledger.domain.enums import Register
    from secledger.services import importing

    led = _ledger(folder)
    try:
        c0, t0 = time.process_time(), time.perf_counter()
        preview = importing.preview_import(led, str(workbook), register=Register.RECEIPT)
        t1 = time.perf_counter()
        result = importing.commit_import(led, preview)
        t2, c2 = time.perf_counter(), time.process_time()
        assert result.documents == len(preview.ok_rows) and not preview.problems
    finally:
        led.close()
    return {"preview_s": t1 - t0, "commit_s": t2 - t1, "total_s": t2 - t0, "cpu_s": c2 - c0}


def run(rows: int, repeat: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        workbook = write_register(folder / "收文登记簿.xlsx", rows)
        runs = [run_once(folder / f"ledger{i}", workbook) for i in range(repeat)]
        size = workbook.stat().st_size
    medians = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    return {"rows": rows, "repeat": repeat, "cpus": os.cpu_count(), "file_bytes": size,
            **{f"median_{k}": round(v, 3) for k, v in medians.items()},
            "runs": [{k: round(v, 3) for k, v in r.items()} for r in runs],
            "target_s": TARGET_S, "ok": medians["total_s"] <= TARGET_S}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m secledger.bench import", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3, help="fresh ledgers (median; default 3)")
    ap.add_argument("--json", type=Path, default=Path("bench-results") / "importing.json")
    args = ap.parse_args(argv)
    out = run(args.rows, args.repeat)
    print(f"import {out['rows']} rows: preview {out['median_preview_s']:.2f} s, commit "
          f"{out['median_commit_s']:.2f} s, total {out['median_total_s']:.2f} s "
          f"(CPU {out['median_cpu_s']:.2f} s) "
          f"(median of {out['repeat']}; ≤ {TARGET_S:g} s) {'ok' if out['ok'] else 'NOT OK'}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
    print(f"wrote {args.json}")
    return 0 if out["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
