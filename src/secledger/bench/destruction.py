"""Benchmark of a big 销毁清单: ``python -m secledger.bench.destruction``.

Builds a fresh ledger with *n* carriers in store (documents of ten copies, every level and
medium), adds them one by one to a manifest as a scanner would (each scan is one
transaction: checks, item row, event), then prints the manifest. Targets: printing a
5,000-item manifest ≤ 5 s; one scan stays instant however long the list already is.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

PRINT_TARGET_S = 5.0
SCAN_TARGET_MS = 50.0


@dataclass(frozen=True)
class ManifestBench:
    items: int
    first_scans_ms: float  # mean of the first 100 scans
    last_scans_ms: float  # mean of the last 100 scans (a long list is no slower)
    print_s: float
    pages: int

    @property
    def ok(self) -> bool:
        return self.print_s <= PRINT_TARGET_S and self.last_scans_ms <= SCAN_TARGET_MS

    def text(self) -> str:
        return (f"销毁清单 {self.items} 件: scan (first 100) {self.first_scans_ms:.1f} ms, "
                f"scan (last 100) {self.last_scans_ms:.1f} ms (≤ {SCAN_TARGET_MS:g}), "
                f"print {self.print_s:.2f} s for {self.pages} pages (≤ {PRINT_TARGET_S:g} s) "
                f"{'ok' if self.ok else 'NOT OK'}")


def _fill(led: object, n: int) -> list[str]:
    from secledger.domain.enums import CarrierType, Register
    from secledger.domain.marks import parse_mark
    from secledger.services.registration.register import DocumentInput, register_document

    marks = ("秘密★10年", "机密★20年", "绝密★30年")
    labels: list[str] = []
    for k in range((n + 9) // 10):
        copies = min(10, n - 10 * k)
        electronic = k % 5 == 4
        doc = register_document(led, DocumentInput(  # type: ignore[arg-type]
            register=Register.RECEIPT, title=f"关于做好第{k + 1}批涉密载体清理工作的通知",
            mark=parse_mark(marks[k % 3]), copy_nos=tuple(range(1, copies + 1)),
            doc_no=f"某保发〔2026〕{k + 1}号", unit="某某省国家保密局", pages=0 if electronic else 12,
            carrier_type=CarrierType.USB if electronic else CarrierType.PAPER,
            serial_nos=tuple(f"U{k:05d}-{i}" for i in range(copies)) if electronic else (),
            issued_on=date(2026, 1, 5)))
        labels += [c.label_id for c in doc.carriers]
    return labels


def _clerk_ledger(folder: Path) -> object:
    from secledger.domain.enums import Clearance, Role
    from secledger.services.ledger.session import create_ledger, open_ledger
    from secledger.services.people import accounts as users
    from secledger.services.people import persons as people
    from secledger.store.keyslots import TEST_KDF

    admin, _code = create_ledger(folder, unit_name="某某市国家保密局", admin_username="admin",
                                 admin_password="Admin1234", admin_name="王保密", kdf=TEST_KDF)
    dept = people.create_department(admin, name="办公室")
    clerk = people.create_person(admin, name="李机要", department_id=dept.id,
                                 clearance=Clearance.CORE, post="机要员")
    users.create_user(admin, username="clerk", password="Clerk1234", person_id=clerk.id,
                      roles={Role.CLERK, Role.ARCHIVIST}, must_change_password=False)
    admin.close()
    return open_ledger(folder, username="clerk", password="Clerk1234", kdf=TEST_KDF)


def _mean_ms(times: list[float]) -> float:
    return 1000 * sum(times) / max(1, len(times))


def run(folder: Path, n: int = 5000) -> ManifestBench:
    """Fill a ledger at *folder* (must not exist), scan *n* carriers in, print the manifest."""
    from secledger.services.disposal import destruction
    from secledger.services.disposal import destruction_print as disposal_print

    led = _clerk_ledger(folder)
    try:
        labels = _fill(led, n)
        m = destruction.new_manifest(led)  # type: ignore[arg-type]
        times: list[float] = []
        for label in labels:
            t0 = time.perf_counter()
            destruction.add_item(led, manifest_id=m.id, label=label)  # type: ignore[arg-type]
            times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        out = disposal_print.print_manifest(led, m.id, folder / "manifest.pdf")  # type: ignore[arg-type]
        print_s = time.perf_counter() - t0
        return ManifestBench(len(labels), _mean_ms(times[:100]), _mean_ms(times[-100:]),
                             print_s, _pages(out))
    finally:
        led.close()  # type: ignore[attr-defined]


def _pages(pdf: Path) -> int:
    return pdf.read_bytes().count(b"/Type /Page") - pdf.read_bytes().count(b"/Type /Pages")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m secledger.bench.destruction",
                                 description=__doc__)
    ap.add_argument("--items", type=int, default=5000)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as d:
        result = run(Path(d) / "ledger", args.items)
    print(result.text())
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
