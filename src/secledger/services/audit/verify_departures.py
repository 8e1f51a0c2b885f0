"""The departures half of ``verify``: replay the departure events (``person.departure_opened``,
``person.departed``, ``person.departure_voided``, ``person.cooling_off_ended``) against the
``departures`` table, and check that no carrier or device was given to a person after their
departure was opened (保守国家秘密法第四十六条; the one transition function refuses it, so a
move found here was written around it). The first problem is returned, in words."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

#: (event id, carrier id, 中文, English)
Found = tuple[int | None, int | None, str, str]

_KINDS = ("person.departure_opened", "person.departed", "person.departure_voided",
          "person.cooling_off_ended")
_STATUS = {"person.departure_opened": "open", "person.departed": "completed",
           "person.departure_voided": "voided"}


@dataclass(slots=True)
class Facts:
    """What the log says of one departure."""

    person_id: int
    status: str
    opened: int  # event id
    closed: int | None  # the event that voided it (the bar lifts there)
    cooling_from: str | None
    cooling_until: str | None
    ended: bool
    last: int


def problems(cur: Any) -> list[Found]:
    replay = _replay(cur)
    found = _rows(cur, replay) or _moves(cur, replay)
    return [found] if found is not None else []


def _replay(cur: Any) -> dict[int, Facts]:
    marks = ", ".join("?" for _ in _KINDS)
    replay: dict[int, Facts] = {}
    for ev, kind, payload in cur.execute(
            f"SELECT id, kind, payload FROM events WHERE kind IN ({marks}) ORDER BY id", _KINDS
    ).fetchall():
        body = json.loads(payload)
        did = body.get("departure_id")
        if not isinstance(did, int):
            continue
        f = replay.get(did)
        if f is None:
            f = replay[did] = Facts(int(body.get("person_id") or 0), "open", int(ev), None,
                                    None, None, False, int(ev))
        f.status, f.last = _STATUS.get(kind, f.status), int(ev)
        if kind == "person.departed":
            f.cooling_from, f.cooling_until = body.get("cooling_from"), body.get("cooling_until")
        elif kind == "person.departure_voided":
            f.closed = int(ev)
        elif kind == "person.cooling_off_ended":
            f.ended = True
    return replay


def _rows(cur: Any, replay: dict[int, Facts]) -> Found | None:
    seen: set[int] = set()
    for did, reg_no, pid, status, cfrom, cuntil, ended in cur.execute(
            "SELECT id, reg_no, person_id, status, cooling_from, cooling_until, ended_at"
            " FROM departures ORDER BY id").fetchall():
        seen.add(int(did))
        f = replay.get(int(did))
        if f is None:
            return (None, None, f"离岗记录{reg_no}没有办理事件",
                    f"Departure record {reg_no} has no opening event")
        expect = (f.person_id, f.status, f.cooling_from, f.cooling_until, f.ended)
        got = (pid, status, _day(cfrom), _day(cuntil), ended is not None)
        if got != expect:
            return (f.last, None, f"离岗记录{reg_no}的人员、状态或脱密期与事件日志不符"
                    f"（最后事件 #{f.last}）",
                    f"Departure record {reg_no}: its person, status or cooling-off period "
                    f"differ from the event log (last event #{f.last})")
    missing = sorted(set(replay) - seen)
    if missing:
        f = replay[missing[0]]
        return (f.opened, None, f"离岗记录 #{missing[0]} 在事件日志中存在，但离岗记录表中缺失",
                f"Departure #{missing[0]} is in the event log but missing from the records")
    return None


def _day(value: Any) -> str | None:
    return str(value)[:10] if value is not None else None


#: the moves (of carriers, devices and media) after event :a that made someone a holder
_GIVEN = ("SELECT id, json_extract(payload, '$.holder_after'),"
          " json_extract(payload, '$.holder_before') FROM events WHERE id > ?"
          " AND ((kind >= 'carrier.' AND kind < 'carrier/') OR (kind >= 'media.'"
          " AND kind < 'media/'))"
          " AND CAST(json_extract(payload, '$.holder_after') AS INTEGER) IN ({marks})"
          " ORDER BY id")


def _moves(cur: Any, replay: dict[int, Facts]) -> Found | None:
    """One pass over the moves after the first departure: none may give a departing or
    departed person anything between the opening and a voiding."""
    barred: dict[int, list[Facts]] = {}
    for f in replay.values():
        barred.setdefault(f.person_id, []).append(f)
    if not barred:
        return None
    first = min(f.opened for f in replay.values())
    marks = ", ".join("?" for _ in barred)
    for ev, after, before in cur.execute(_GIVEN.format(marks=marks), (first, *barred)):
        if after == before:
            continue
        for f in barred.get(int(after), ()):
            if f.opened < ev and (f.closed is None or ev < f.closed):
                return (int(ev), None,
                        f"事件 #{ev}：人员 #{f.person_id} 已办理离岗（事件 #{f.opened}），"
                        "却又成为涉密载体或设备的保管人",
                        f"Event #{ev}: person #{f.person_id} was made a holder after their "
                        f"departure was opened (event #{f.opened})")
    return None
