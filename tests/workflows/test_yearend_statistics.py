"""年度统计 on a ledger built to known figures: every flow by level, type, register and
month (the local month boundary at midnight in Beijing), carriers held at each year's end,
units, departments, circulation back late, a loss reported late; and who may read them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from tests.backends import ledger_backend  # noqa: F401  (each test on SQLite and PostgreSQL)

from secledger.domain.errors import PermissionDenied, ValidationError
from secledger.domain.yearend import Period
from secledger.services.yearend import statistics

from .yearend_helpers import build

FLOWS = ("收文", "制作", "复制", "发出", "销毁", "清退", "解密", "遗失")


def _row(table: Any, zh: str) -> dict[str, object]:
    row = next(r for r in (*table.rows, table.total) if r.zh == zh)
    return {c.zh: v for c, v in zip(table.columns, row.values, strict=True)}


def test_the_two_years_counted_exactly(office: Any) -> None:
    build(office)
    led = office.led
    y25 = statistics.compute(led, Period.of_year(2025))
    assert _row(y25.table("by_level"), "机密") == dict(zip(FLOWS, (2, 0, 0, 0, 0, 0, 0, 0),
                                                         strict=True)) | {"期末在管": 2}
    assert _row(y25.table("by_level"), "秘密")["收文"] == 1  # 23:59:59 on 31 December
    assert _row(y25.table("by_level"), "合计")["期末在管"] == 3
    assert _row(y25.table("by_month"), "12月")["收文"] == 3

    y26 = statistics.compute(led, Period.of_year(2026))
    level = y26.table("by_level")
    assert _row(level, "机密") == {"收文": 0, "制作": 3, "复制": 0, "发出": 1, "销毁": 1,
                                 "清退": 1, "解密": 0, "遗失": 0, "期末在管": 2}
    assert _row(level, "秘密") == {"收文": 1, "制作": 0, "复制": 0, "发出": 0, "销毁": 0,
                                 "清退": 0, "解密": 1, "遗失": 1, "期末在管": 1}
    assert _row(level, "合计")["期末在管"] == 3
    kinds = y26.table("by_type")
    assert _row(kinds, "U盘")["制作"] == 3 and _row(kinds, "U盘")["发出"] == 1
    assert _row(kinds, "纸质")["收文"] == 1 and _row(kinds, "纸质")["期末在管"] == 1
    register = y26.table("by_register")
    assert _row(register, "发文登记")["发出"] == 1 and _row(register, "收文登记")["销毁"] == 1
    month = y26.table("by_month")
    assert [_row(month, f"{m}月")[f] for m, f in (
        (1, "收文"), (3, "制作"), (4, "发出"), (5, "销毁"), (6, "清退"), (7, "遗失"),
        (9, "解密"))] == [1, 3, 1, 1, 1, 1, 1]
    assert sum(_row(month, "合计")[f] for f in FLOWS) == 9  # type: ignore[misc]


def test_units_departments_custody_and_losses(office: Any) -> None:
    build(office)
    y26 = statistics.compute(office.led, Period.of_year(2026))
    assert _row(y26.table("units_in"), "市委办公室") == {"文件": 1, "载体": 1}
    assert _row(y26.table("units_out"), "省政府办公厅") == {"发出批次": 1, "载体": 1, "已收回执": 0}
    office_row = _row(y26.table("by_department"), "办公室")
    assert office_row["制作文件"] == 1 and office_row["传阅"] == 1 and office_row["逾期"] == 1
    custody = _row(y26.table("custody"), "传阅")
    assert custody == {"期内送出": 1, "期内交回": 1, "逾期": 1, "期末仍在外": 0,
                       "平均在外天数": 4.0}
    losses = y26.table("losses")
    assert [r.zh for r in losses.rows] == ["失2026-00001"]
    values = _row(losses, "失2026-00001")
    assert str(values["24小时内上报"]) == "逾期上报" and values["件数"] == 1 and values["已找回"] == 1
    assert values["发现时间"].hour == 9  # type: ignore[union-attr]  # local time
    assert y26.table("stocktakes").rows == ()
    assert statistics.compute(office.led, Period.of_year(2025)).table("custody").rows[0].values[0] == 0


def test_any_period_and_its_limits(office: Any) -> None:
    build(office)
    led = office.led
    half = statistics.compute(led, Period(date(2025, 12, 1), date(2026, 6, 30)))
    months = [r.zh for r in half.table("by_month").rows]
    assert months[0] == "2025年12月" and months[-1] == "2026年6月" and len(months) == 7
    assert _row(half.table("by_level"), "合计")["收文"] == 4
    with pytest.raises(ValidationError) as exc:
        statistics.compute(led, Period(date(2026, 2, 1), date(2026, 1, 1)))
    assert exc.value.code == "yearend.period_backwards"
    with pytest.raises(ValidationError):
        statistics.compute(led, Period(date(2000, 1, 1), date(2026, 1, 1)))


def test_who_may_read_the_statistics(office: Any) -> None:
    build(office)
    boss = office.as_approver()
    with pytest.raises(PermissionDenied):
        statistics.compute(boss, Period.of_year(2026))
    admin = office.login("admin", "Admin1234")
    assert statistics.compute(admin, Period.of_year(2026)).table("by_level")
