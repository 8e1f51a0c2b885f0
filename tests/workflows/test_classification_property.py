"""Any sequence of decisions (变更 of level, period, scope and instructions, 延期), accepted
or refused: the document's facts are those the accepted decisions give when replayed from
its registration, its carriers sort by the decided level, a refusal writes nothing, and
``verify`` replays it all."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.workflows.classification_helpers import snapshot, sql
from tests.workflows.conftest import assert_verified

from secledger.domain.access import NeedToKnow
from secledger.domain.classification import Change, DecisionKind, Facts, OriginatorNotice, replay
from secledger.domain.errors import DomainError
from secledger.domain.marks import ClassificationMark, Retention, parse_mark
from secledger.services.classification import decisions, read
from secledger.services.classification.common import facts_of
from secledger.store.models.registry import Document

_MARKS = st.sampled_from(["绝密★30年", "机密★20年", "机密★10年", "机密", "秘密★5年", "秘密★3年",
                          "秘密★2030年6月30日", "秘密★12年"])
_STEP = st.one_of(
    st.tuples(st.just("change"), st.none() | _MARKS, st.none() | st.sampled_from([0, 1, 2]),
              st.none() | st.booleans()),
    st.tuples(st.just("extend"), st.integers(1, 12)),
)


def _mark(text: str) -> ClassificationMark:
    level, _, period = text.partition("★")
    if period.endswith("年") and period[:-1].isdigit():  # unchecked: the service checks it
        return ClassificationMark(parse_mark(level).level, Retention.of_years(int(period[:-1])))
    return parse_mark(text)


def _facts(led: Any, doc_id: int) -> Facts:
    with led.db.read() as s:
        doc = s.get(Document, doc_id)
        assert doc is not None
        return facts_of(doc)


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(_STEP, min_size=1, max_size=5))
def test_marks_are_the_replay_of_the_decisions(office: Any, steps: list[tuple[Any, ...]]) -> None:
    o = office
    scopes = [NeedToKnow.of(persons=[o.leaders[0].id]), NeedToKnow.of(departments=[o.dept.id]),
              NeedToKnow.everyone()]
    doc = o.register("来文", mark="秘密★5年", copies=2, issued_on=date(2026, 11, 20))
    start = _facts(o.led, doc.id)
    notice = OriginatorNotice("省保密局", "省保通〔2026〕1号", date(2026, 11, 24))
    for step in steps:
        if step[0] == "change":
            inp = decisions.OriginatorDecisionInput(
                document_id=doc.id, kind=DecisionKind.CHANGE, notice=notice,
                mark=_mark(step[1]) if step[1] else None,
                need_to_know=scopes[step[2]] if step[2] is not None else None, no_copy=step[3])
        else:
            inp = decisions.OriginatorDecisionInput(
                document_id=doc.id, kind=DecisionKind.EXTEND, notice=notice,
                retention=Retention.of_years(step[1]))
        before = snapshot(o.led)
        try:
            decisions.record_originator_decision(o.led, inp)
        except DomainError:
            assert snapshot(o.led) == before
    recorded = [Change.from_dict({k: (v if k != "mark" else parse_mark(v).to_dict())
                                  for k, v in json.loads(r[0]).items()})
                for r in sql(o.led, "SELECT after FROM classification_decisions"
                                    " WHERE document_id = ? ORDER BY id", doc.id)]
    now = _facts(o.led, doc.id)
    assert replay(start, recorded) == now
    assert len(recorded) == len(read.decisions_of(o.led, doc.id))
    ranks = {r[0] for r in sql(o.led, "SELECT level_rank FROM carriers WHERE document_id = ?",
                                doc.id)}
    assert ranks == {now.mark.level.rank}
    assert_verified(o.led)
