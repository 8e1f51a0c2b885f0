"""Year-end vocabulary: the period a statistic covers, the carrier flows it counts, and the
words of the evidence a self-inspection item is judged on (what was counted, what went
wrong and how much that weighs).

A ``Period`` is a run of local days, both ends included (``Period.of_year(2026)`` is 1
January to 31 December); its months are the statistics' month buckets. ``Flow`` names what
happened to carriers in the period (收文, 制作, 复制, 发出, 销毁, 清退, 解密, 遗失); the carriers
still held at the period's end are ``ON_HAND``.

Evidence: ``METRICS`` are the counts a provider reports (code → Chinese, English) and
``FINDINGS`` the kinds of exception it lists (code → Chinese, English, weight). A ``MAJOR``
finding makes the ledger propose 不符合, a ``MINOR`` one 基本符合 (``domain.selfinspection``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from secledger.domain.enums import Labelled
from secledger.domain.errors import ValidationError
from secledger.domain.marks import format_cn_date

#: the longest period a statistic covers (months): ten years
MAX_MONTHS = 120
#: how many sending / receiving units the statistics name (the rest are 其他)
TOP_UNITS = 10


@dataclass(frozen=True, slots=True)
class Period:
    """Local days *start* to *end*, both included."""

    start: date
    end: date

    @classmethod
    def of_year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    def check(self) -> Period:
        """The period itself, or ``ValidationError`` when it runs backwards or is too long."""
        if self.end < self.start:
            raise ValidationError("yearend.period_backwards", field="period",
                                  start=self.start.isoformat(), end=self.end.isoformat())
        if len(self.months()) > MAX_MONTHS:
            raise ValidationError("yearend.period_too_long", field="period",
                                  months=MAX_MONTHS // 12)
        return self

    @property
    def end_exclusive(self) -> date:
        return self.end + timedelta(days=1)

    @property
    def whole_year(self) -> int | None:
        """The year when the period is exactly one calendar year."""
        y = self.start.year
        return y if self == Period.of_year(y) else None

    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every month the period touches, in order."""
        out: list[tuple[int, int]] = []
        y, m = self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    def month_starts(self) -> list[date]:
        """The first day of each month bucket, the first clipped to ``start``."""
        return [max(self.start, date(y, m, 1)) for y, m in self.months()]

    def label(self) -> str:
        """``2026年度`` for a calendar year, else ``2026年1月1日至2026年6月30日``."""
        if self.whole_year is not None:
            return f"{self.whole_year}年度"
        return f"{format_cn_date(self.start)}至{format_cn_date(self.end)}"

    def label_en(self) -> str:
        if self.whole_year is not None:
            return f"Year {self.whole_year}"
        return f"{self.start.isoformat()} to {self.end.isoformat()}"


def month_label(year: int, month: int, *, en: bool = False, with_year: bool = False) -> str:
    if en:
        names = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                 "Nov", "Dec")
        return f"{names[month - 1]} {year}" if with_year else names[month - 1]
    return f"{year}年{month}月" if with_year else f"{month}月"


class Flow(Labelled):
    """What happened to carriers in a period (the columns of the 统计表)."""

    RECEIVED = "received"  # 收文登记
    PRODUCED = "produced"  # 制作（发文登记）
    COPIED = "copied"  # 复制件登记
    DISPATCHED = "dispatched"  # 发出
    DESTROYED = "destroyed"  # 销毁
    RECALLED = "recalled"  # 清退
    DECLASSIFIED = "declassified"  # 解密
    LOST = "lost"  # 遗失

    @property
    def label(self) -> str:
        return _FLOW_LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _FLOW_LABELS[self][1]


_FLOW_LABELS = {
    Flow.RECEIVED: ("收文", "Received"),
    Flow.PRODUCED: ("制作", "Produced"),
    Flow.COPIED: ("复制", "Copied"),
    Flow.DISPATCHED: ("发出", "Dispatched"),
    Flow.DESTROYED: ("销毁", "Destroyed"),
    Flow.RECALLED: ("清退", "Returned to issuer"),
    Flow.DECLASSIFIED: ("解密", "Declassified"),
    Flow.LOST: ("遗失", "Lost"),
}
#: the flows that add carriers to the ledger (the others take them out of custody)
INFLOWS = (Flow.RECEIVED, Flow.PRODUCED, Flow.COPIED)
ON_HAND_LABEL = ("期末在管", "Held at the end")


# -- evidence vocabulary -----------------------------------------------------------------
class Weight(StrEnum):
    MINOR = "minor"  # 基本符合: a slip to put right
    MAJOR = "major"  # 不符合: a rule broken or a risk left open


#: count code -> (Chinese, English)
METRICS: dict[str, tuple[str, str]] = {
    "received": ("收文登记载体", "carriers received"),
    "produced": ("制作（发文）登记载体", "carriers produced"),
    "copied": ("复制件", "copies made"),
    "copy_requests": ("复制审批", "copy approvals"),
    "dispatched": ("发出载体", "carriers dispatched"),
    "dispatches": ("发出批次", "dispatches"),
    "receipts_back": ("已收回执", "receipts back"),
    "destroyed": ("销毁载体", "carriers destroyed"),
    "manifests": ("执行的销毁清单", "destruction lists executed"),
    "recalled": ("清退载体", "carriers returned to issuers"),
    "recall_requests": ("清退通知", "return requests"),
    "circulations": ("传阅", "circulation legs"),
    "loans": ("借阅", "loans"),
    "retentions": ("个人领用", "personal retentions"),
    "retention_out": ("期末仍在个人手中", "still with a person at the end"),
    "knowers": ("知悉人员登记（机密以上）", "knowers registered (secret and above)"),
    "documents_known": ("有知悉记录的机密以上文件", "secret and top secret documents read"),
    "held": ("期末在管载体", "carriers held at the end"),
    "archived": ("归档载体", "carriers in the archive"),
    "stocktakes": ("完成的清查盘点", "stocktakes finished"),
    "checked": ("盘点核对载体", "carriers checked"),
    "losses": ("遗失/泄密报告", "loss reports"),
    "on_time": ("24小时内上报", "reported within 24 hours"),
    "classifiers": ("在任定密责任人", "designated classifiers"),
    "designations": ("定密决定", "classification decisions"),
    "proposals": ("定密（变更、解密）申请", "proposals"),
    "changes": ("变更、延期决定", "changes and extensions"),
    "declassifications": ("解密（含自行解密）", "declassifications (incl. by expiry)"),
    "notices": ("书面通知", "written notices"),
    "reviewed": ("已年度审核的文件", "documents reviewed this year"),
    "rectifications": ("整改事项", "rectifications"),
    "closed": ("已完成整改", "rectifications closed"),
    "events": ("台账事件", "ledger events"),
    "backups": ("备份", "backups"),
    "departures": ("完成离岗手续", "departures completed"),
    "carry_outs": ("携带外出（次）", "carry-outs issued"),
    "carried_out": ("携带外出载体（件）", "carriers carried out"),
    "carry_outs_foreign": ("涉外活动或出境携带（次）", "carry-outs to foreign-affairs activities or abroad"),
    "cooling_off": ("期末处于脱密期", "in a cooling-off period at the end"),
    "verified": ("链校验", "chain verifications"),
    # classified devices and storage media (涉密计算机和存储介质台账)
    "media_items": ("在册涉密设备和存储介质", "classified devices and media registered"),
    "media_devices": ("其中涉密计算机和设备", "of which computers and devices"),
    "media_storage": ("其中存储介质", "of which storage media"),
    "media_loans": ("介质借用", "media loans"),
    "repairs": ("设备维修", "repairs"),
    "repairs_outside": ("外来人员或送外维修", "repairs by outsiders or sent out"),
}

#: finding code -> (Chinese, English, weight)
FINDINGS: dict[str, tuple[str, str, Weight]] = {
    "scope_missing": ("绝密文件未注明知悉范围", "top secret without a stated circle of knowledge",
                      Weight.MINOR),
    "receipt_unsigned": ("收文未记签收人", "received without a signature", Weight.MINOR),
    "bad_channel": ("以普通邮政或快递发出", "sent by ordinary post or express", Weight.MAJOR),
    "receipt_overdue": ("发出回执逾期未回", "dispatch receipt overdue", Weight.MINOR),
    "copy_no_approval": ("复制件无审批依据", "copy without an approval reference", Weight.MAJOR),
    "circulation_overdue": ("传阅逾期未退回", "circulation overdue", Weight.MINOR),
    "loan_overdue": ("借阅逾期未还", "loan overdue", Weight.MINOR),
    "distribution_overdue": ("分发承办逾期未交回", "distributed copy overdue", Weight.MINOR),
    "retention_overdue": ("个人领用逾期未交回", "personal retention overdue", Weight.MINOR),
    "returned_late": ("逾期后才交回", "returned late", Weight.MINOR),
    "no_location": ("归档载体无存放位置", "archived without a location", Weight.MINOR),
    "stocktake_unresolved": ("盘点缺失未查明", "missing at a stocktake, unresolved",
                             Weight.MAJOR),
    "no_stocktake": ("期内未完成清查盘点", "no stocktake finished in the period", Weight.MAJOR),
    "manifest_waiting": ("销毁清单批准后久未执行", "approved destruction list not carried out",
                         Weight.MINOR),
    "recall_overdue": ("清退逾期未办", "return to issuer overdue", Weight.MINOR),
    "clearance_short": ("知悉人员涉密等级不足", "reader's clearance below the level",
                        Weight.MAJOR),
    "loss_late": ("遗失超过24小时才上报", "loss reported upstream after 24 hours",
                  Weight.MAJOR),
    "loss_unreported": ("遗失未上报", "loss not reported upstream", Weight.MAJOR),
    "no_classifier": ("未指定定密责任人", "no classifier designated", Weight.MAJOR),
    "not_designated": ("本单位文件无定密审批记录", "own document without a classification record",
                       Weight.MINOR),
    "proposal_overdue": ("定密申请超过时限未决", "proposal past its time limit", Weight.MINOR),
    "marking_open": ("已解密载体未作解密标注", "declassified carrier not yet marked",
                     Weight.MINOR),
    "relabel_open": ("变更后未换标", "new label not yet printed", Weight.MINOR),
    "notice_unsigned": ("变更（解密）通知未签收", "notice not acknowledged", Weight.MINOR),
    "review_missing": ("未作年度审核", "not reviewed this year", Weight.MINOR),
    "rectification_overdue": ("整改逾期未完成", "rectification overdue", Weight.MAJOR),
    "numbering_gap": ("登记号不连续", "gap in a register's numbers", Weight.MAJOR),
    "no_holder": ("在管载体无保管人", "held carrier without a holder", Weight.MAJOR),
    "no_backup": ("期内没有备份", "no backup in the period", Weight.MINOR),
    "carry_out_overdue": ("携带外出逾期未带回", "carried out and overdue", Weight.MINOR),
    "carry_out_lost": ("携带外出期间遗失", "lost while carried out", Weight.MAJOR),
    "top_secret_abroad": ("绝密级载体携带参加涉外活动或出境", "top secret carrier taken to a "
                          "foreign-affairs activity or abroad", Weight.MAJOR),
    "departure_open": ("离岗手续逾期未完成", "departure left open for over a month",
                       Weight.MINOR),
    "left_without_departure": ("涉密人员停用未办理离岗和脱密期",
                               "classified person deactivated without a departure",
                               Weight.MAJOR),
    # classified devices and storage media
    "media_register_empty": ("台账中未登记涉密计算机和存储介质", "no classified device or medium "
                             "registered", Weight.MINOR),
    "media_no_holder": ("涉密设备或介质无责任人", "device or medium without an accountable holder",
                        Weight.MAJOR),
    "media_no_device_no": ("涉密设备或介质无设备编号", "device or medium without a number",
                           Weight.MAJOR),
    "media_unlabelled": ("涉密设备或介质未打印密级标识", "device or medium never labelled",
                         Weight.MINOR),
    "media_loan_overdue": ("介质借用逾期未还", "medium lent and overdue", Weight.MINOR),
    "repair_unwatched": ("外来人员维修未拆除存储部件且无人旁站陪同", "outsider's repair without "
                         "removed storage or an escort", Weight.MAJOR),
    "repair_storage_left": ("送外维修未拆除存储部件", "sent out for repair with its storage",
                            Weight.MAJOR),
}


def metric_label(code: str, *, en: bool = False) -> str:
    pair = METRICS.get(code)
    return code if pair is None else pair[1] if en else pair[0]


def finding_label(code: str, *, en: bool = False) -> str:
    entry = FINDINGS.get(code)
    return code if entry is None else entry[1] if en else entry[0]


def finding_weight(code: str) -> Weight:
    entry = FINDINGS.get(code)
    return Weight.MAJOR if entry is None else entry[2]


# -- statistics tables ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class StatColumn:
    zh: str
    en: str
    kind: str = "int"  # int | float | text | date | datetime


@dataclass(frozen=True, slots=True)
class Words:
    """A cell in words (a kind, a level, 按时/逾期): Chinese on forms, either on screen."""

    zh: str
    en: str

    def __str__(self) -> str:
        return self.zh

    def label_in(self, lang: str) -> str:
        return self.en if lang.lower().startswith("en") else self.zh


@dataclass(frozen=True, slots=True)
class StatRow:
    """One row: its heading in both languages, then one value per further column."""

    zh: str
    en: str
    values: tuple[object, ...]


@dataclass(frozen=True, slots=True)
class StatTable:
    """One table of the statistics, as the screen, the PDF and the XLSX sheet show it; the
    first column holds the rows' headings (``head``)."""

    key: str
    zh: str
    en: str
    head: StatColumn
    columns: tuple[StatColumn, ...]
    rows: tuple[StatRow, ...]
    total: StatRow | None = None

    def column(self, zh: str) -> int:
        """The index in ``values`` of the column headed *zh*."""
        return next(i for i, c in enumerate(self.columns) if c.zh == zh)

    def value(self, row_zh: str, col_zh: str) -> object:
        """A cell by the Chinese headings of its row (or 合计) and column."""
        rows = [*self.rows, *([self.total] if self.total else [])]
        row = next(r for r in rows if r.zh == row_zh)
        return row.values[self.column(col_zh)]


# -- charts --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ChartSpec:
    """A bar chart of a statistics table: the table's rows along the axis (``rows``: the
    first so many, 0 for all), one bar per column named (Chinese headings)."""

    table: str
    zh: str
    en: str
    columns: tuple[str, ...]
    rows: int = 0


#: the charts the screen and the printed 统计表 draw, in order
CHARTS = (
    ChartSpec("by_month", "按月收发情况", "Month by month", ("收文", "制作", "发出", "销毁")),
    ChartSpec("by_level", "按密级", "By level", ("收文", "制作", "期末在管")),
    ChartSpec("by_type", "按载体类型", "By carrier type", ("收文", "制作", "期末在管")),
    ChartSpec("custody", "传阅、借阅、领用与分发", "Circulation, loans, retention, distribution",
              ("期内送出", "逾期")),
)


@dataclass(frozen=True, slots=True)
class ChartData:
    spec: ChartSpec
    categories: tuple[tuple[str, str], ...]  # (Chinese, English) per bar group
    series: tuple[tuple[str, str, tuple[float, ...]], ...]  # (Chinese, English, values)

    @property
    def empty(self) -> bool:
        return not any(v for _zh, _en, values in self.series for v in values)


def chart_data(spec: ChartSpec, tables: dict[str, StatTable]) -> ChartData | None:
    """The bars of *spec* from the computed tables (None when its table is absent)."""
    t = tables.get(spec.table)
    if t is None:
        return None
    rows = t.rows[: spec.rows] if spec.rows else t.rows
    series = []
    for zh in spec.columns:
        col = t.columns[t.column(zh)]
        values = tuple(float(v) if isinstance(v, int | float) else 0.0
                       for v in (r.values[t.column(zh)] for r in rows))
        series.append((col.zh, col.en, values))
    return ChartData(spec, tuple((r.zh, r.en) for r in rows), tuple(series))


def evidence_summary(counts: tuple[tuple[str, int], ...], totals: tuple[tuple[str, int], ...],
                     *, recorded: bool, en: bool = False) -> str:
    """The evidence of an item in one line: what was counted, then the exceptions (or that
    there were none); or that this ledger does not record the matter."""
    if not recorded:
        return ("This ledger does not record this yet: the security officer assesses it."
                if en else "本台账尚未记录此项，由保密员自行评定。")
    sep, colon = ("; ", ": ") if en else ("；", "：")
    counted = sep.join(f"{metric_label(k, en=en)}{colon}{n:,}" for k, n in counts)
    found = [(k, n) for k, n in totals if n]
    if found:
        wrong = sep.join(f"{finding_label(k, en=en)}{colon}{n:,}" for k, n in found)
        tail = f"exceptions{colon}{wrong}" if en else f"例外{colon}{wrong}"
    else:
        tail = "no exceptions" if en else "无例外"
    text = f"{counted}{sep}{tail}" if counted else tail
    return text[:1].upper() + text[1:] if en else text
