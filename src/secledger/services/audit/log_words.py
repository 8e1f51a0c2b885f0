"""The audit log's words: one line per event (what; state before → after; the sentence) and
the before → after pairs of its detail, in Chinese or English."""

from __future__ import annotations

from typing import Any, Protocol

from secledger.domain import event_fields as ef
from secledger.domain.enums import CarrierState
from secledger.services.browse.history import EventRow


class LoggedEvent(Protocol):
    """What the detail's before → after pairs read of an event (``audit.log.AuditEvent``)."""

    @property
    def kind(self) -> str: ...
    @property
    def body(self) -> dict[str, Any]: ...
    @property
    def state_before(self) -> str: ...
    @property
    def state_after(self) -> str: ...
    @property
    def holder_before(self) -> str: ...
    @property
    def holder_after(self) -> str: ...


def _english(lang: str) -> bool:
    return lang.lower().startswith("en")


def describe(row: EventRow, lang: str = "zh_CN") -> str:
    """``分发/领用 → 张三；在库 → 领用；交张三个人领用，…`` (English: ``Issued → 张三; …``)."""
    en = _english(lang)
    parts = [row.what_in(lang)]
    if row.state_before != row.state_after and (row.state_before or row.state_after):
        before, after = state_in(row.state_before, lang), state_in(row.state_after, lang)
        parts.append(f"{before or ('unregistered' if en else '未登记')} → {after}")
    if row.detail_in(lang):
        parts.append(row.detail_in(lang))
    return ("; " if en else "；").join(parts)


_STATES_BY_LABEL = {s.label: s for s in CarrierState}


def state_in(label: str, lang: str) -> str:
    """A Chinese state label (as history rows carry it) in *lang*."""
    state = _STATES_BY_LABEL.get(label)
    return state.label_in(lang) if state is not None else label


def changes(ev: LoggedEvent, lang: str = "zh_CN") -> list[tuple[str, str, str]]:
    """(what, before, after) of the event's payload: state and holder, ``x_before``/``x_after``
    pairs and ``before``/``after`` objects (corrections, policy and role changes)."""
    ctx = ef.Ctx(lang, ef.Lookup())
    body = ev.body
    out: list[tuple[str, str, str]] = []
    if ev.state_before or ev.state_after:
        out.append((ctx.pick("状态", "State"),
                    state_in(ev.state_before, lang) or ctx.pick("未登记", "unregistered"),
                    state_in(ev.state_after, lang)))
    if ev.holder_before or ev.holder_after:
        out.append((ctx.pick("保管人", "Holder"), ev.holder_before or "—", ev.holder_after or "—"))
    for key in sorted(body):
        if key.endswith("_before") and not key.startswith(("state", "holder")):
            name = key.removesuffix("_before")
            out.append((ef.fact_name(name, ctx), _value(key, body[key], body, ctx),
                        _value(key, body.get(f"{name}_after"), body, ctx)))
    before, after = body.get("before"), body.get("after")
    if isinstance(before, dict) or isinstance(after, dict):
        b, a = before if isinstance(before, dict) else {}, after if isinstance(after, dict) else {}
        out += [(ef.fact_name(k, ctx), _value(k, b.get(k), body, ctx), _value(k, a.get(k), body, ctx))
                for k in sorted(set(b) | set(a))]
    elif ev.kind.startswith("user.") and (isinstance(before, list) or isinstance(after, list)):
        out.append((ctx.pick("角色", "Roles"), ef.roles(before, body, ctx),
                    ef.roles(after, body, ctx)))
    elif before is not None or after is not None:
        setting = body.get("key")
        what = ef.setting(setting, body, ctx) if setting else ctx.pick("值", "Value")
        out.append((what, _value("", before, body, ctx), _value("", after, body, ctx)))
    return out


def _value(key: str, value: Any, body: dict[str, Any], ctx: ef.Ctx) -> str:
    """A before/after value in words (labels and dates; ids as they are)."""
    if value is None or value == "":
        return "—"
    fmt = ef.FIELDS.get(key)
    if fmt is None or key in ef.PERSON_KEYS | ef.DEPARTMENT_KEYS or key in ("after", "before"):
        fmt = ef.plain
    return fmt(value, body, ctx) or "—"
