"""The devices-and-media half of ``verify``: replay the ``media.*`` events against the media
table (``domain.media``) and compare with ``media_items``.

Each move must follow from the state the log left the item in, a live item must have one
holder, the level must never go down, and every row must say what its events say: state,
责任人, level, type, label id and 设备编号 (corrections included). A medium recorded as lent
has exactly one open loan (a lent medium reported lost keeps it until it is found), and a
lost item is on a loss report that has not found it. Only the media kinds are read
(``ix_events_kind``); the chain itself has been checked before this runs. The first problem is returned, in words, naming
its event."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from secledger.domain.enums import Classification
from secledger.domain.media import MediaState

#: (event id, carrier id, 中文, English)
Found = tuple[int | None, int | None, str, str]
_RANK = {c.value: c.rank for c in Classification}


@dataclass(slots=True)
class Facts:
    """What the log says of one item."""

    state: str
    holder: int | None
    level: str
    media_type: str
    label_id: str
    device_no: str
    last: int


def problems(cur: Any) -> list[Found]:
    """The first problem of the media register (an empty list when all agrees)."""
    replay: dict[int, Facts] = {}
    found = next(_replay(cur, replay), None) or next(_rows(cur, replay), None) \
        or next(_losses(cur), None) or next(_loans(cur), None)
    return [found] if found is not None else []


def _replay(cur: Any, replay: dict[int, Facts]) -> Iterator[Found]:
    rows = cur.execute("SELECT id, kind, payload FROM events WHERE kind >= 'media.'"
                       " AND kind < 'media/' ORDER BY id").fetchall()
    for ev, kind, payload in rows:
        body = json.loads(payload)
        mid = body.get("media_id")
        if not isinstance(mid, int):
            continue
        facts = replay.get(mid)
        if kind == "media.edited":
            if facts is not None and "device_no" in (body.get("after") or {}):
                facts.device_no, facts.last = str(body["after"]["device_no"]), int(ev)
            continue
        if "state_after" not in body:
            continue
        problem = _move(replay, int(ev), mid, body)
        if problem is not None:
            yield problem
            return


def _move(replay: dict[int, Facts], ev: int, mid: int, body: dict[str, Any]) -> Found | None:
    facts = replay.get(mid)
    if (facts.state if facts else None) != body.get("state_before"):
        return (ev, None, f"事件 #{ev}：设备/介质 #{mid} 的前序状态与日志不符",
                f"Event #{ev}: the state before of device/medium #{mid} does not follow the log")
    level = str(body.get("level_after") or (facts.level if facts else ""))
    if facts is not None and _RANK.get(level, -1) < _RANK.get(facts.level, -1):
        return (ev, None, f"事件 #{ev}：设备/介质 #{mid} 的密级被降低（密级只能提升）",
                f"Event #{ev}: the level of device/medium #{mid} went down (it may only rise)")
    holder = body.get("holder_after")
    if holder is None and not MediaState(str(body["state_after"])).is_terminal:
        return (ev, None, f"事件 #{ev}：设备/介质 #{mid} 没有责任人",
                f"Event #{ev}: device/medium #{mid} is left without an accountable holder")
    if facts is None:
        replay[mid] = Facts(str(body["state_after"]), holder, level,
                            str(body.get("media_type", "")), str(body.get("label_id", "")),
                            str(body.get("device_no", "")), ev)
    else:
        facts.state, facts.holder, facts.level, facts.last = (
            str(body["state_after"]), holder, level, ev)
    return None


_COLUMNS = ("state", "holder_id", "level", "media_type", "label_id", "device_no")
_WORDS = {"state": ("状态", "state"), "holder_id": ("责任人", "accountable holder"),
          "level": ("密级", "level"), "media_type": ("类型", "type"),
          "label_id": ("标签号", "label id"), "device_no": ("设备编号", "device number")}


def _rows(cur: Any, replay: dict[int, Facts]) -> Iterator[Found]:
    seen: set[int] = set()
    for row in cur.execute(f"SELECT id, {', '.join(_COLUMNS)} FROM media_items ORDER BY id"):
        mid = int(row[0])
        seen.add(mid)
        facts = replay.get(mid)
        if facts is None:
            yield (None, None, f"设备/介质 #{mid} 没有登记事件",
                   f"Device/medium #{mid} has no registration event")
            return
        expect = (facts.state, facts.holder, facts.level, facts.media_type, facts.label_id,
                  facts.device_no)
        bad = [c for c, got, want in zip(_COLUMNS, row[1:], expect, strict=True) if got != want]
        if bad:
            zh = "、".join(_WORDS[c][0] for c in bad)
            en = ", ".join(_WORDS[c][1] for c in bad)
            yield (facts.last, None,
                   f"设备/介质 #{mid}（{row[6]}）的{zh}与事件日志不符（最后事件 #{facts.last}）",
                   f"Device/medium #{mid} ({row[6]}): its {en} differ from the event log"
                   f" (last event #{facts.last})")
            return
    missing = sorted(set(replay) - seen)
    if missing:
        mid = missing[0]
        yield (replay[mid].last, None, f"设备/介质 #{mid} 在事件日志中存在，但台账中缺失",
               f"Device/medium #{mid} is in the event log but missing from the register")


def _loans(cur: Any) -> Iterator[Found]:
    """A medium recorded as lent has exactly one open loan, and an open loan's medium is lent
    (or was lent when it was reported lost: the loan closes when it is found)."""
    rows = cur.execute(
        "SELECT m.id, m.device_no, m.state, (SELECT count(*) FROM media_loans l"
        " WHERE l.media_id = m.id AND l.status = 'lent'), EXISTS (SELECT 1 FROM loss_items i"
        " WHERE i.media_id = m.id AND i.found_at IS NULL AND i.state_before = 'on_loan')"
        " FROM media_items m WHERE m.state IN ('on_loan', 'lost') OR m.id IN"
        " (SELECT media_id FROM media_loans WHERE status = 'lent')").fetchall()
    for mid, device_no, state, lent, lost_lent in rows:
        out = state == MediaState.ON_LOAN.value or (state == MediaState.LOST.value
                                                    and bool(lost_lent))
        if out != (lent == 1) or lent > 1:
            yield (None, None, f"设备/介质 #{mid}（{device_no}）的借用记录与其状态不符",
                   f"Device/medium #{mid} ({device_no}): its loans do not match its state")
            return


def _losses(cur: Any) -> Iterator[Found]:
    """A device or medium recorded as lost is on a loss report that has not found it."""
    row = cur.execute(
        "SELECT m.id, m.device_no FROM media_items m WHERE m.state = 'lost' AND NOT EXISTS"
        " (SELECT 1 FROM loss_items i WHERE i.media_id = m.id AND i.found_at IS NULL)"
        " ORDER BY m.id LIMIT 1").fetchone()
    if row is not None:
        yield (None, None, f"设备/介质 #{row[0]}（{row[1]}）记为遗失，但没有未找回的遗失报告",
               f"Device/medium #{row[0]} ({row[1]}) is recorded lost but no open loss report"
               " lists it")
