"""Every event kind the code can emit reads as a sentence in Chinese and in English.

The kinds are collected from the source: every ``….event(s, KIND, …)`` call and every
``append(…, kind=KIND)``; a kind written as a constant is resolved through the module-level
string constants of the package. A kind computed at run time must be listed in ``DYNAMIC``
with what it can be, so that a new emitter cannot slip past this test.
"""

from __future__ import annotations

import ast
import re
from datetime import UTC, timedelta, timezone
from pathlib import Path

import pytest

from secledger.domain import event_fields as f
from secledger.domain.classification import EVENT_KINDS
from secledger.domain.event_text import KINDS, describe, kind_name
from secledger.domain.media import MediaAction
from secledger.domain.states import Action

SRC = Path(__file__).resolve().parents[2] / "src" / "secledger"
#: tools, not the product: they write the product's kinds (the demo) or none
SKIP = ("demo/", "bench/")
#: "file:expression" of each kind computed at run time -> the kinds it can be
DYNAMIC: dict[str, tuple[str, ...]] = {
    "services/ledger/session.py:kind": (),  # Ledger.event itself passes its argument on
    "services/carriers/transition.py:move.kind": tuple(f"carrier.{a.value}" for a in Action)
    + tuple(f"media.{a.value}" for a in MediaAction),
    "services/classification/decisions.py:EVENT_KINDS[spec.kind]": tuple(EVENT_KINDS.values()),
    "services/audit/output_log.py:kind_of(path)": ("report.printed", "report.exported"),
    "services/custody/circulation.py:f'circulation.plan_{status}'": (
        "circulation.plan_completed", "circulation.plan_cancelled"),
}
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def _files() -> list[tuple[str, ast.Module]]:
    out = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if not rel.startswith(SKIP):
            out.append((rel, ast.parse(path.read_text(encoding="utf-8"))))
    return out


def _constants(files: list[tuple[str, ast.Module]]) -> dict[str, set[str]]:
    """Module-level ``NAME = "text"`` and ``A, B = ("x", "y")`` of the whole package."""
    out: dict[str, set[str]] = {}
    for _rel, tree in files:
        for node in tree.body:
            if not isinstance(node, ast.Assign):
                continue
            for target in node.targets:
                names = target.elts if isinstance(target, ast.Tuple) else [target]
                values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
                for n, v in zip(names, values, strict=False):
                    if isinstance(n, ast.Name) and isinstance(v, ast.Constant) \
                            and isinstance(v.value, str):
                        out.setdefault(n.id, set()).add(v.value)
    return out


def _kind_args(node: ast.Call) -> list[ast.expr]:
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name == "event" and len(node.args) >= 2:
        return [node.args[1]]
    if name == "append":
        return [k.value for k in node.keywords if k.arg == "kind"]
    return []


def emitted_kinds() -> tuple[set[str], list[str]]:
    """(every kind the code can emit, the emitters this test cannot resolve)."""
    files = _files()
    consts = _constants(files)
    kinds: set[str] = set()
    unknown: list[str] = []
    for rel, tree in files:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            for arg in _kind_args(node):
                key = f"{rel}:{ast.unparse(arg)}"
                name = arg.attr if isinstance(arg, ast.Attribute) else getattr(arg, "id", None)
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    kinds.add(arg.value)
                elif key in DYNAMIC:
                    kinds.update(DYNAMIC[key])
                elif name in consts and all("." in v for v in consts[name]):
                    kinds.update(consts[name])
                else:
                    unknown.append(key)
    return kinds, unknown


def test_the_source_scan_finds_the_emitters() -> None:
    kinds, unknown = emitted_kinds()
    assert not unknown, ("an event kind computed at run time: list it in DYNAMIC with the kinds "
                         f"it can be: {unknown}")
    # a sample of every way of emitting: literal, constant, transition, output log, f-string
    assert {"document.registered", "ledger.backed_up", "carrier.issue_to", "report.printed",
            "circulation.plan_cancelled", "auth.recovered"} <= kinds
    assert len(kinds) > 60


def test_every_kind_the_code_emits_has_a_sentence_in_both_languages() -> None:
    kinds, _unknown = emitted_kinds()
    missing = sorted(kinds - set(KINDS))
    assert not missing, ("event kinds without words; add them to KINDS in "
                         f"secledger/domain/event_text.py: {missing}")


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_sentence_is_complete(kind: str) -> None:
    k = KINDS[kind]
    assert k.name and CJK.search(k.name) and k.name_en and not CJK.search(k.name_en)
    assert CJK.search(k.zh), kind
    assert not CJK.search(k.en), f"{kind}: Chinese in the English sentence: {k.en}"
    fields = re.compile(r"\{(\w+)\??\}")
    assert set(fields.findall(k.zh)) == set(fields.findall(k.en)), kind
    assert k.zh.count("[") == k.zh.count("]") and k.en.count("[") == k.en.count("]")


def _sample(kind: str) -> dict[str, object]:
    """A payload with every key the sentence names, filled with plausible values."""
    k = KINDS[kind]
    body: dict[str, object] = {}
    for key in re.findall(r"\{(\w+)\??\}", k.zh):
        if key in f.PERSON_KEYS:
            body[key] = 7
        elif key in f.PEOPLE_KEYS or key in f.CARRIER_KEYS or key in f.DOCUMENT_KEYS:
            body[key] = [7, 8]
        elif key.endswith(("_at", "_after", "_before")) or key in ("first", "last"):
            body[key] = "2026-03-05T04:00:00"
        elif key.endswith(("_on", "_date", "_by")):
            body[key] = "2026-03-05"
        else:
            body[key] = 2 if key in ("copies", "count", "expected", "renewal", "rows") else "值"
    return body


NAMES = f.Lookup(people={7: "张三"}, carriers={7: "收2026-00001/000001", 8: "收2026-00001/000002"},
                 documents={7: "收2026-00001", 8: "收2026-00002"})


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_sentence_renders_without_keys_or_brackets(kind: str) -> None:
    body = _sample(kind)
    for lang in ("zh_CN", "en"):
        text = describe(kind, body, f.Ctx(lang, NAMES, UTC))
        assert text and not re.search(r"[{}\[\]]|\w+=", text), (kind, lang, text)
        assert describe(kind, {}, f.Ctx(lang, NAMES))  # an old event without its keys


def test_examples_read_as_people_write_them() -> None:
    tz = timezone(timedelta(hours=8))
    zh, en = (f.Ctx(lang, NAMES, tz) for lang in ("zh_CN", "en"))
    req = {"copies": 2, "medium": "photocopy", "request_no": "复申2026-00003", "pages": 0,
           "requester_id": 7, "reason": "会议学习", "needed_by": "2026-03-06"}
    assert describe("copy.requested", req, zh) == (
        "张三申请复制2份（复印），申请号复申2026-00003，事由：会议学习，2026年3月6日前用")
    assert describe("copy.requested", req, en) == (
        "张三 asks for 2 copies (photocopy), request 复申2026-00003; reason: 会议学习; "
        "needed by 2026-03-06")
    lent = {"action": "lend", "holder_after": 7, "loan_no": "借2026-00001", "take_out": False,
            "due_at": "2026-03-05T09:30:00"}
    assert describe("carrier.lend", lent, zh) == (
        "借给张三，借阅号借2026-00001，阅览室查阅，2026-03-05 17:30前归还")  # local time
    assert describe("carrier.label_printed", {"layout": "sheet"}, en) == "Label printed (label sheet)"
    gone = {"carrier_ids": list(range(1, 72)), "reg_no": "销2026-00001"}
    assert "71件" in describe("destruction.executed", gone, zh)
    assert "71 carriers" in describe("destruction.executed", gone, en)
    assert kind_name("carrier.issue_to") == "分发/领用" and kind_name("carrier.issue_to", "en") == "Issued"
    assert describe("no.such_kind", {"a": 1}, zh) == "a=1"  # never silent


def test_a_renewal_flag_shows_only_when_true() -> None:
    zh = f.Ctx("zh_CN", NAMES)
    body = {"loan_no": "借2026-00001", "due_after": "2026-03-05T04:00:00", "overdue": False}
    assert "逾期" not in describe("loan.renewed", body, zh)
    assert "续借时已逾期" in describe("loan.renewed", {**body, "overdue": True}, zh)
