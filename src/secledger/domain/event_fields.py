"""How the payload values of events read in words: names for person ids, 登记号/份号 for
carrier ids, labels for codes, local dates and times, before → after lists.

``domain.event_text`` fills its sentences through ``FIELDS`` (by payload key); a kind may
override a key there (``Kind.fields``). The ids a payload names are resolved by the caller
through a ``Names`` (the services read them from the ledger in one query per table).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from typing import Any, Protocol

from secledger.domain.copying import CopyMedium
from secledger.domain.custody import HandoverReason, LossKind
from secledger.domain.destruction import DestructionMethod
from secledger.domain.docfacts import FACT_LABELS
from secledger.domain.enums import (
    CarrierType,
    Classification,
    Clearance,
    DispatchChannel,
    Register,
    Role,
    Urgency,
)

#: payload keys that name one person / several people, carriers, documents, departments
PERSON_KEYS = frozenset({
    "holder_before", "holder_after", "person_id", "reader_id", "borrower_id", "giver_id",
    "receiver_id", "witness_id", "checker_id", "copier_id", "requester_id", "reporter_id",
    "to_person_id"})
PEOPLE_KEYS = frozenset({"escort_ids", "witness_ids", "readers", "person_ids"})
CARRIER_KEYS = frozenset({"carrier_ids", "source_carrier_id"})
DOCUMENT_KEYS = frozenset({"document_ids"})
DEPARTMENT_KEYS = frozenset({"department_id", "department_ids"})


class Names(Protocol):
    """What the ledger knows about the ids a payload names."""

    def person(self, pid: int) -> str: ...

    def carrier(self, cid: int) -> str: ...

    def document(self, did: int) -> str: ...

    def department(self, did: int) -> str: ...


@dataclass(frozen=True)
class Lookup:
    """A ``Names`` from plain dicts (the services fill them; tests may pass them by hand)."""

    people: Mapping[int, str] = field(default_factory=dict)
    carriers: Mapping[int, str] = field(default_factory=dict)
    documents: Mapping[int, str] = field(default_factory=dict)
    departments: Mapping[int, str] = field(default_factory=dict)

    def person(self, pid: int) -> str:
        return self.people.get(pid, f"#{pid}")

    def carrier(self, cid: int) -> str:
        return self.carriers.get(cid, f"#{cid}")

    def document(self, did: int) -> str:
        return self.documents.get(did, f"#{did}")

    def department(self, did: int) -> str:
        return self.departments.get(did, f"#{did}")


@dataclass(frozen=True)
class Ctx:
    """One rendering: the language, the names and the ledger's time zone."""

    lang: str
    names: Names
    tz: tzinfo = UTC

    @property
    def en(self) -> bool:
        return self.lang.lower().startswith("en")

    def pick(self, zh: str, en: str) -> str:
        return en if self.en else zh

    def join(self, parts: Iterable[str]) -> str:
        return (", " if self.en else "、").join(p for p in parts if p)


#: a formatter: (value, the whole payload, ctx) -> words ("" leaves an optional part out)
Fmt = Callable[[Any, Mapping[str, Any], Ctx], str]


def plain(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if isinstance(value, bool):
        return ctx.pick("是", "yes") if value else ctx.pick("否", "no")
    if isinstance(value, list | tuple):
        return ctx.join(plain(v, body, ctx) for v in value)
    if isinstance(value, dict):
        return ctx.join(f"{k}: {plain(v, body, ctx)}" for k, v in sorted(value.items()))
    return str(value)


def person(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
    return ctx.names.person(value) if isinstance(value, int) else plain(value, body, ctx)


def people(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
    ids = value if isinstance(value, list) else []
    return ctx.join(person(v, body, ctx) for v in ids)


#: at most this many carriers are named in a sentence; the rest are counted
SHOWN_CARRIERS = 3


def carriers(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
    ids = [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, int)]
    if not ids:
        return ""
    shown = ctx.join(ctx.names.carrier(i) for i in ids[:SHOWN_CARRIERS])
    if len(ids) == 1:
        return shown
    more = len(ids) > SHOWN_CARRIERS
    if ctx.en:
        return f"{len(ids)} carriers ({shown}{', …' if more else ''})"
    return f"{len(ids)}件（{shown}{'等' if more else ''}）"


def documents(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
    ids = value if isinstance(value, list) else []
    return ctx.join(ctx.names.document(i) for i in ids if isinstance(i, int))


def departments(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
    ids = value if isinstance(value, list) else [value]
    return ctx.join(ctx.names.department(i) for i in ids if isinstance(i, int))


def day(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
    """A date: ``2026年11月20日`` / ``2026-11-20``."""
    try:
        d = date.fromisoformat(str(value)[:10])
    except ValueError:
        return plain(value, body, ctx)
    return d.isoformat() if ctx.en else f"{d.year}年{d.month}月{d.day}日"


def moment(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
    """A stored (UTC) time in the ledger's time zone: ``2026-11-20 17:30``."""
    try:
        t = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return plain(value, body, ctx)
    if t.tzinfo is None:
        t = t.replace(tzinfo=UTC)
    return f"{t.astimezone(ctx.tz):%Y-%m-%d %H:%M}"


def mid_sentence(label: str) -> str:
    """An English label inside a sentence: ``By designated staff`` -> ``by designated
    staff`` (``USB stick`` stays)."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


def labelled(enum: Any) -> Fmt:
    """The label of a stored code of *enum* (``label_in`` where it has English)."""
    def fmt(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
        if value in (None, ""):
            return ""
        try:
            member = enum(value)
        except ValueError:
            return str(value)
        label_in = getattr(member, "label_in", None)
        if not callable(label_in):
            return str(member.label)
        return mid_sentence(str(label_in(ctx.lang))) if ctx.en else str(label_in(ctx.lang))
    return fmt


def choice(**words: tuple[str, str]) -> Fmt:
    """Words for a small set of codes: ``choice(app=("系统内", "in the app"))``."""
    def fmt(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
        pair = words.get(str(value).lower())
        return ctx.pick(*pair) if pair else plain(value, body, ctx)
    return fmt


def roles(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
    """Role codes in the order the roles are listed everywhere (机要员 first)."""
    codes = {str(v) for v in value} if isinstance(value, list) else set()
    known = [r.label_in(ctx.lang) for r in Role if r.value in codes]
    text = ctx.join([*known, *sorted(codes - {r.value for r in Role})])
    return text or ctx.pick("（无）", "(none)")


def copy_nos(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
    nums = value if isinstance(value, list) else [value]
    return ctx.join(f"{n:06d}" if isinstance(n, int) else str(n) for n in nums)


def copies(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
    """``2份`` / ``2 copies``."""
    if not isinstance(value, int):
        return plain(value, body, ctx)
    return (f"{value} cop{'y' if value == 1 else 'ies'}") if ctx.en else f"{value}份"


#: the ledger's settings by key (policy.changed)
SETTINGS: dict[str, tuple[str, str]] = {
    "auto_lock_minutes": ("自动锁定时间（分钟）", "auto-lock time (minutes)"),
    "circulation_due_days": ("传阅默认退回期限（天）", "default reading time (days)"),
    "workday_end": ("工作日结束时间", "end of the working day"),
    "loan_days": ("外借默认期限（天）", "default loan time (days)"),
    "loan_renew_days": ("每次续借延长（天）", "days added by a renewal"),
    "loan_renew_limit": ("最多续借次数", "most renewals"),
    "retention_days": ("领用默认期限（天）", "default retention time (days)"),
    "timezone": ("时区", "time zone"),
    "backup_reminder_days": ("未备份提醒（天）", "backup reminder (days)"),
    "copy_approver_posts": ("机密、秘密级载体复制的审批职务",
                            "posts that approve copying Secret and Confidential carriers"),
    "copy_top_approver_posts": ("绝密级载体复制的审批职务",
                                "posts that approve copying Top secret carriers"),
    "destruction_approver_posts": ("涉密载体销毁的审批职务", "posts that approve destruction"),
}


def setting(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
    pair = SETTINGS.get(str(value))
    return (ctx.pick("“{}”", "“{}”").format(ctx.pick(*pair))) if pair else str(value)


def size(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
    return f"{int(value) / 1_048_576:.1f} MB" if isinstance(value, int) else ""


#: names of the facts a before/after pair may change, beyond the document's (docfacts)
MORE_FACTS: dict[str, tuple[str, str]] = {
    "serial_no": ("序列号", "serial number"),
    "carrier_type": ("载体类型", "carrier type"),
    "copy_no": ("份号", "copy number"),
    "name": ("姓名", "name"),
    "department_id": ("部门", "department"),
    "clearance": ("涉密等级", "clearance"),
    "post": ("职务", "post"),
}


def fact_name(key: str, ctx: Ctx) -> str:
    pair = FACT_LABELS.get(key) or MORE_FACTS.get(key)
    return ctx.pick(*pair) if pair else key


def changes(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
    """``after`` against ``before``: ``标题：甲 → 乙；页数：3 → 4``."""
    after = value if isinstance(value, dict) else {}
    before = body.get("before") if isinstance(body.get("before"), dict) else {}
    assert isinstance(before, dict)
    parts = []
    for key in after:
        if before.get(key) == after[key]:
            continue
        fmt = FIELDS.get(key, plain)
        old, new = fmt(before.get(key), body, ctx) or "—", fmt(after[key], body, ctx) or "—"
        parts.append(f"{fact_name(key, ctx)}{ctx.pick('：', ': ')}{old} → {new}")
    return ctx.pick("；", "; ").join(parts)


def need_to_know(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
    if not isinstance(value, dict):
        return plain(value, body, ctx)
    if value.get("unrestricted"):
        return ctx.pick("不限", "unrestricted")
    parts = [departments(value.get("department_ids") or [], body, ctx),
             people(value.get("person_ids") or [], body, ctx), str(value.get("note") or "")]
    return ctx.pick("；", "; ").join(p for p in parts if p) or ctx.pick("未指定", "not set")


def scope(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
    """A stocktake's scope: location (and everything under it), level, holder."""
    if not isinstance(value, dict):
        return plain(value, body, ctx)
    parts = []
    if value.get("location"):
        parts.append(ctx.pick("存放位置", "location") + ctx.pick("：", ": ") + str(value["location"]))
    if value.get("level"):
        parts.append(ctx.pick("密级", "level") + ctx.pick("：", ": ")
                     + labelled(Classification)(value["level"], body, ctx))
    if value.get("holder_id") is not None:
        parts.append(ctx.pick("保管人", "holder") + ctx.pick("：", ": ")
                     + person(value["holder_id"], body, ctx))
    return ctx.pick("，", ", ").join(parts) or ctx.pick("全部在管载体", "every carrier held")


def counts(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
    c = value if isinstance(value, dict) else {}
    if ctx.en:
        return (f"{c.get('found', 0)} found, {c.get('missing', 0)} missing, "
                f"{c.get('misplaced', 0)} in the wrong place or hands, "
                f"{c.get('unexpected', 0)} not on the list")
    return (f"已核{c.get('found', 0)}件，缺失{c.get('missing', 0)}件，"
            f"位置/保管人不符{c.get('misplaced', 0)}件，账外{c.get('unexpected', 0)}件")


def subject(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
    if isinstance(value, dict):
        return str(value.get("summary") or "")
    return plain(value, body, ctx)


def attempts(value: Any, body: Mapping[str, Any], ctx: Ctx) -> str:
    rows = value if isinstance(value, list) else []
    names = dict.fromkeys(str(a.get("account") or "") for a in rows if isinstance(a, dict))
    return ctx.join(n or ctx.pick("不存在的账户", "no such account") for n in names)


SUBJECTS = choice(loan=("借阅", "a loan"), copy=("复制", "copying"),
                  destruction=("销毁", "a destruction list"),
                  retention=("个人领用", "personal retention"))

#: payload key -> formatter (a kind may override one in ``Kind.fields``)
FIELDS: dict[str, Fmt] = {
    **dict.fromkeys(PERSON_KEYS, person),
    **dict.fromkeys(PEOPLE_KEYS, people),
    **dict.fromkeys(CARRIER_KEYS, carriers),
    **dict.fromkeys(DOCUMENT_KEYS, documents),
    **dict.fromkeys(DEPARTMENT_KEYS, departments),
    **dict.fromkeys(("issued_on", "due_on", "returned_on", "destroyed_on", "receipt_on",
                     "received_on", "needed_by", "paper_date", "origin_date"), day),
    **dict.fromkeys(("due_at", "signed_at", "found_at", "discovered_at", "deadline_at",
                     "reported_at", "due_before", "due_after", "first", "last"), moment),
    "medium": labelled(CopyMedium),
    "method": labelled(DestructionMethod),
    "channel": labelled(DispatchChannel),
    "level": labelled(Classification),
    "clearance": labelled(Clearance),
    "register": labelled(Register),
    "carrier_type": labelled(CarrierType),
    "urgency": labelled(Urgency),
    "need_to_know": need_to_know,
    "take_out": choice(true=("准予外借", "may be taken out"),
                       false=("阅览室查阅", "reading room only")),
    "sign_via": choice(app=("系统内确认", "confirmed in the app"),
                       slip=("传阅单签名", "signed on the slip")),
    "layout": choice(single=("单张标签", "single label"), sheet=("整页标签", "label sheet")),
    "decision": choice(approved=("批准", "Approved"), rejected=("不批准", "Rejected")),
    "via": choice(app=("系统内审批", "in the app"), paper=("据纸质审批单", "on a signed paper form")),
    "with": choice(recovery_code=("应急恢复密钥", "the recovery code"),
                   password=("密码", "a password")),
    "ok": choice(true=("通过", "passed"), false=("未通过", "failed")),
    "subject_kind": SUBJECTS,
    "subject": subject,
    "scope": scope,
    "counts": counts,
    "after": changes,
    "copy_nos": copy_nos,
    "copies": copies,
    "bytes": size,
    "attempts": attempts,
    "roles": roles,
}

#: per-kind meanings of keys that mean something else in most events
HANDOVER_REASON = labelled(HandoverReason)
LOSS_KIND = labelled(LossKind)
