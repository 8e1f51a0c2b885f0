"""The demo's classified meetings, done through the real services after the classification
work (``build_demo`` runs it): the 涉密会议 pane has a finished meeting and one under way.

- 全市保密工作会议 (yesterday and today, 机密): two documents registered with the meeting's
  numbers, every attendee signed for a copy of each, all scanned back but three: one kept as
  领用 by a department head (approved by the leader, with a 文件目录单), one explained as
  still with its reader, and the meeting closed;
- 重点项目保密协调会 (today and tomorrow, 秘密): its document issued to two attendees, still out.

Every step runs as the account a real office would use, at the demo's last moment (the clock
only moves forward), so it is reproducible for a seed.
"""

from __future__ import annotations

from datetime import timedelta

from secledger.demo.classification import _Run as Steps
from secledger.demo.scripted import Clock
from secledger.demo.week import Cast
from secledger.domain.enums import Classification
from secledger.domain.marks import parse_mark
from secledger.services.custody import meetings as mt
from secledger.services.custody import meetings_issue as mi
from secledger.services.custody.meetings_read import MeetingDTO
from secledger.services.ledger.session import Ledger
from secledger.services.registration.register import get_document


def run(led: Ledger, password: str, clock: Clock, cast: Cast) -> None:
    """Add the meetings (see the module docstring); leaves *led* open as demo."""
    r = Steps(led, clock, cast, password)
    r.as_user("demo")
    _finished(r)
    _under_way(r)


def _meeting(r: Steps, name: str, level: Classification, days: tuple[int, int],
             attendees: int, place: str) -> MeetingDTO:
    r.tick(1)
    host = r.cast.cleared[0].department_id
    return mt.create_meeting(r.led, mt.MeetingInput(
        name=name, starts_on=r.today + timedelta(days=days[0]),
        ends_on=r.today + timedelta(days=days[1]), host_department_id=host, level=level,
        place=place, attendee_ids=tuple(p.id for p in r.cast.cleared[:attendees])))


def _register(r: Steps, m: MeetingDTO, title: str, mark: str) -> list[int]:
    """The copies (carrier ids) of a document registered for *m*, one per attendee."""
    r.tick(1)
    m = mt.register_meeting_document(r.led, mt.MeetingDocumentInput(
        meeting_id=m.id, title=title, mark=parse_mark(mark), copies=len(m.attendees),
        pages=12))
    return [c.id for c in get_document(r.led, m.documents[-1].document_id).carriers]


def _finished(r: Steps) -> None:
    m = _meeting(r, "全市保密工作会议", Classification.SECRET, (-1, 0), 5, "机关三楼第一会议室")
    speech = _register(r, m, "在全市保密工作会议上的讲话", "机密★10年")
    points = _register(r, m, "年度保密工作要点（讨论稿）", "秘密★5年")
    for i, a in enumerate(m.attendees):
        r.tick(1)
        mi.issue(r.led, meeting_id=m.id, person_id=a.person_id,
                 carrier_ids=[speech[i], points[i]])
    r.tick(20)
    for cid in speech[1:-1] + points[:-1]:
        r.tick(1)
        mi.collect(r.led, meeting_id=m.id, carrier_id=cid)
    r.tick(1)
    mi.keep(r.led, meeting_id=m.id, person_id=m.attendees[0].person_id,
            carrier_ids=[speech[0]], approver_person_id=r.cast.leader.id,
            due_on=r.today + timedelta(days=30), form_no="会留-01")
    r.tick(1)
    mi.explain(r.led, meeting_id=m.id, carrier_ids=[speech[-1], points[-1]],
               note="参会人员会后直接赴外地调研，承诺返回当日交回")
    r.tick(1)
    mi.close(r.led, meeting_id=m.id)


def _under_way(r: Steps) -> None:
    m = _meeting(r, "重点项目保密协调会", Classification.CONFIDENTIAL, (0, 1), 3, "机关二楼小会议室")
    plan = _register(r, m, "重点项目保密工作方案", "秘密★5年")
    for i, a in enumerate(m.attendees[:2]):
        r.tick(1)
        mi.issue(r.led, meeting_id=m.id, person_id=a.person_id, carrier_ids=[plan[i]])
