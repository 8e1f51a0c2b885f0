"""Vocabulary of the demo ledger: departments, people, external units, titles, marks.

Pure Python with a caller-supplied ``random.Random``, so a seed gives the same ledger.
All names, units and numbers are fictitious (滨江市 is an invented city).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from itertools import accumulate

from secledger.domain.enums import Classification, Clearance, DispatchChannel, Urgency
from secledger.domain.marks import ClassificationMark, Retention, add_years, make_mark

UNIT_NAME = "滨江市发展和改革委员会"
OWN_PREFIX = "滨发改"

DEPARTMENTS: tuple[str, ...] = (
    "办公室", "机要室", "档案室", "综合处", "政策法规处", "保密科",
    "发展规划处", "财务处", "人事处", "督查室", "信息中心",
)


@dataclass(frozen=True, slots=True)
class PersonSpec:
    name: str
    department: str
    post: str
    clearance: Clearance


#: The people behind the demo accounts (username -> person).
ACCOUNT_PEOPLE: dict[str, PersonSpec] = {
    "demo": PersonSpec("李机要", "机要室", "机要员", Clearance.CORE),
    "archivist": PersonSpec("陈档案", "档案室", "档案员", Clearance.IMPORTANT),
    "leader": PersonSpec("赵建国", "办公室", "分管副主任", Clearance.CORE),
    "auditor": PersonSpec("孙审计", "督查室", "审计员", Clearance.IMPORTANT),
}

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_GIVEN = (
    "伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超",
    "秀英", "建华", "志强", "海燕", "晓东", "丽华", "国庆", "文博", "思远", "雪梅", "立新",
    "红霞", "永刚", "春燕", "宏伟", "佳琪", "子涵", "浩然", "俊杰", "雅婷", "振华", "卫东",
)
_POSTS: tuple[tuple[str, Clearance], ...] = (
    ("处长", Clearance.CORE), ("副处长", Clearance.IMPORTANT), ("主任科员", Clearance.IMPORTANT),
    ("一级科员", Clearance.GENERAL), ("科员", Clearance.GENERAL), ("四级调研员", Clearance.IMPORTANT),
)


def make_people(rng: random.Random, per_department: int = 4) -> list[PersonSpec]:
    """Staff of every department (besides the account holders), unique names."""
    seen = {p.name for p in ACCOUNT_PEOPLE.values()} | {"王保密"}
    out: list[PersonSpec] = []
    for dept in DEPARTMENTS:
        for i in range(per_department):
            name = _unique_name(rng, seen)
            post, clearance = _POSTS[0] if i == 0 else rng.choice(_POSTS[1:])
            if dept == "办公室" and i == 0:
                post = "主任"
            out.append(PersonSpec(name, dept, post, clearance))
    out.append(PersonSpec(_unique_name(rng, seen), "办公室", "党组书记、主任", Clearance.CORE))
    return out


def _unique_name(rng: random.Random, seen: set[str]) -> str:
    while True:
        name = rng.choice(_SURNAMES) + rng.choice(_GIVEN)
        if name not in seen:
            seen.add(name)
            return name


# (unit, 文号 prefix, weight): who sends us classified documents
EXTERNAL_UNITS: tuple[tuple[str, str, int], ...] = (
    ("国家保密局", "国保发", 2), ("国家发展和改革委员会", "发改办", 4),
    ("省委办公厅", "省委办发", 6), ("省政府办公厅", "省政办发", 8), ("省保密局", "省保发", 4),
    ("省发展和改革委员会", "省发改", 10), ("省公安厅", "省公发", 2), ("省国家安全厅", "省安发", 1),
    ("市委办公室", "滨委办发", 10), ("市政府办公室", "滨政办发", 14), ("市保密局", "滨保发", 5),
    ("市公安局", "滨公发", 4), ("市财政局", "滨财发", 6), ("市审计局", "滨审发", 3),
    ("市应急管理局", "滨应急发", 3), ("市委组织部", "滨组发", 2), ("滨江警备区", "滨警发", 1),
)
_UNIT_CUM = list(accumulate(u[2] for u in EXTERNAL_UNITS))
# where our own documents go
RECIPIENTS: tuple[str, ...] = (
    "省发展和改革委员会", "市委办公室", "市政府办公室", "市保密局", "市财政局", "市公安局",
    "市审计局", "各区县发展和改革局", "市国防动员办公室", "省政府办公厅",
)

_VERBS = ("加强", "进一步规范", "做好", "开展", "深入推进", "切实抓好", "组织开展", "认真落实")
_TOPICS = (
    "涉密载体管理", "年度保密自查自评", "重大活动安全保卫", "国防动员准备", "重点项目前期",
    "粮食和物资储备", "能源安全保障", "应急物资调拨", "重要经济数据报送", "保密要害部门部位管理",
    "涉密人员上岗前审查", "国民经济动员预案修订", "涉密会议管理", "重大项目选址论证",
    "价格调控监测", "防汛抗旱物资储备", "网络安全等级保护", "专项资金使用检查",
)
_KINDS_IN = ("通知", "通知", "意见", "通报", "决定", "批复", "函", "会议纪要")
_KINDS_OUT = ("报告", "请示", "通知", "意见", "函", "情况汇报")
_YEAR_TOPICS = ("保密检查情况", "重点工作安排", "国防动员工作要点", "储备粮轮换计划", "预算执行情况")


def title_for(rng: random.Random, year: int, outgoing: bool) -> str:
    """关于…的通知/意见/报告/批复, composed from parts."""
    kind = rng.choice(_KINDS_OUT if outgoing else _KINDS_IN)
    r = rng.random()
    if kind == "批复":
        return f"关于同意{rng.choice(_TOPICS)}实施方案的批复"
    if kind == "会议纪要":
        return f"{year}年第{rng.randint(1, 12)}次{rng.choice(_TOPICS)}专题会议纪要"
    if r < 0.15:
        return f"关于{year}年度{rng.choice(_YEAR_TOPICS)}的{kind}"
    if r < 0.25 and kind in ("通知", "意见"):
        return f"关于印发《{rng.choice(_TOPICS)}工作规定》的{kind}"
    return f"关于{rng.choice(_VERBS)}{rng.choice(_TOPICS)}工作的{kind}"


def pick_unit(rng: random.Random) -> tuple[str, str]:
    unit, prefix, _ = rng.choices(EXTERNAL_UNITS, cum_weights=_UNIT_CUM)[0]
    return unit, prefix


#: the bulk history's 文号 numbers start above this; the scripted steps after it (the week,
#: classification, excerpts, carry-out …) receive documents numbered below it through the
#: services, so none of them is a repeat of an old receipt (重复收文 is refused)
BULK_FROM = 200


def doc_no(prefix: str, year: int, rng: random.Random,
           used: dict[tuple[str, int], set[int]] | None = None) -> str:
    """文号 like ``国保发〔2026〕12号``. With *used*, never one the same sender already used
    that year: a second receipt of the same document with the same 份号 is refused by the
    ledger (重复收文), so the demo, written in bulk, must not make one."""
    n = BULK_FROM + rng.randint(1, 160)
    if used is not None:
        taken = used.setdefault((prefix, year), set())
        if n in taken:
            n = max(taken) + 1
        taken.add(n)
    return f"{prefix}〔{year}〕{n}号"



_LEVELS = (Classification.TOP_SECRET, Classification.SECRET, Classification.CONFIDENTIAL,
           Classification.WORK_SECRET)
_LEVEL_CUM = list(accumulate((2, 20, 63, 15)))


def pick_level(rng: random.Random) -> Classification:
    """Few 绝密, more 机密, most 秘密, some 工作秘密."""
    return rng.choices(_LEVELS, cum_weights=_LEVEL_CUM)[0]


_YEARS = {
    Classification.TOP_SECRET: (10, 20, 30),
    Classification.SECRET: (3, 5, 10, 15, 20),
    Classification.CONFIDENTIAL: (1, 2, 3, 5, 10),
}


def pick_mark(rng: random.Random, level: Classification, issued: date) -> ClassificationMark:
    """Mixed periods: mostly marked years, some bare (maximum), months, dates, 长期."""
    if not level.is_state_secret:
        return ClassificationMark.bare(level)
    r = rng.random()
    if r < 0.30:
        return ClassificationMark.bare(level)
    if r < 0.80:
        return make_mark(level, Retention.of_years(rng.choice(_YEARS[level])))
    if r < 0.88:
        return make_mark(level, Retention.of_months(rng.choice((3, 6, 6, 9))))
    if r < 0.96:
        until = add_years(issued, rng.randint(1, min(5, level.max_years or 5)))
        return make_mark(level, Retention.until_date(until), issued=issued)
    return make_mark(level, Retention.long())


_COPIES = (1, 2, 3, 4, 5, 6, 8, 10)
_COPIES_CUM = list(accumulate((18, 12, 12, 8, 14, 8, 12, 16)))  # about 4.8 copies a document
_URGENCIES = (Urgency.NORMAL, Urgency.URGENT, Urgency.EXTRA_URGENT)
_CHANNELS = (DispatchChannel.CONFIDENTIAL_COURIER, DispatchChannel.CONFIDENTIAL_POST,
             DispatchChannel.BY_HAND)


def pick_copies(rng: random.Random) -> int:
    return rng.choices(_COPIES, cum_weights=_COPIES_CUM)[0]


def pick_urgency(rng: random.Random) -> Urgency:
    return rng.choices(_URGENCIES, cum_weights=(85, 95, 100))[0]


def pick_channel(rng: random.Random) -> DispatchChannel:
    return rng.choices(_CHANNELS, cum_weights=(50, 85, 100))[0]


CABINETS = tuple(f"档案室{c}柜" for c in "ABCDEF")


def pick_shelf(rng: random.Random) -> tuple[str, str]:
    """(档案柜, 档案盒) as ``archive.archive_carrier`` takes them."""
    return rng.choice(CABINETS), f"{rng.randint(1, 5)}层{rng.randint(1, 40):02d}盒"


#: share of issues that are 领用 (approved personal retention) rather than 分发/承办
RETENTION_SHARE = 0.25
RETENTION_PURPOSES = ("起草文件参考", "会议准备", "学习传达", "专项工作", "研究办理意见")


def handler_name(rng: random.Random) -> str:
    """接收单位经手人 (someone at another unit)."""
    return rng.choice(_SURNAMES) + rng.choice(_GIVEN)
