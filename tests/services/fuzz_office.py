"""The office the state-machine fuzz runs in, and the checks it makes after every step.

``build_template`` makes one ledger with people, clearances and accounts (built once per
test run; every Hypothesis example works on a copy). ``Checker`` reads the database with its
own read-only engine, so the projection can be compared while the ledger is locked too.
"""

from __future__ import annotations

import shutil
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from secledger.domain.enums import CarrierState, Clearance, Role

START = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)  # 09:00 in Beijing


class Clock:
    """An injectable clock (``Ledger.clock``): the machine moves time without sleeping."""

    def __init__(self, start: datetime) -> None:
        self.t = start

    def __call__(self) -> datetime:
        return self.t


@dataclass(frozen=True)
class Account:
    username: str
    password: str
    roles: frozenset[Role]


#: username -> (person name, department index, clearance, post, roles)
ACCOUNTS: dict[str, tuple[str, int, Clearance, str, frozenset[Role]]] = {
    "clerk": ("李机要", 0, Clearance.CORE, "机要员",
              frozenset({Role.CLERK, Role.ARCHIVIST, Role.APPROVER})),
    "clerk2": ("周机要", 0, Clearance.CORE, "机要员", frozenset({Role.CLERK, Role.ARCHIVIST})),
    "leader": ("张局长", 0, Clearance.CORE, "局长", frozenset({Role.APPROVER})),
    "leader2": ("刘副局长", 0, Clearance.CORE, "副局长", frozenset({Role.APPROVER})),
    "auditor": ("吴审计", 0, Clearance.IMPORTANT, "审计员", frozenset({Role.AUDITOR})),
}
#: people without an account: name -> (department index, clearance, post)
PEOPLE: dict[str, tuple[int, Clearance, str]] = {
    "陈副局长": (0, Clearance.CORE, "副局长"),  # paper approver, witness
    "赵科员": (0, Clearance.GENERAL, "科员"),  # 一般: 秘密 only
    "孙重要": (0, Clearance.IMPORTANT, "科员"),  # 重要: up to 机密
    "钱会计": (1, Clearance.CORE, "会计"),  # core, but outside 办公室's 知悉范围
    "马群众": (0, Clearance.NONE, "工勤"),  # 非涉密
    "郑退休": (0, Clearance.CORE, "退休干部"),  # deactivated at setup
}
ADMIN = Account("admin", "Admin1234", frozenset({Role.SECURITY_OFFICER}))


def password(username: str) -> str:
    return ADMIN.password if username == "admin" else f"{username.capitalize()}-pass1"


@dataclass
class Template:
    path: Path
    people: dict[str, int]  # person name -> id
    user_person: dict[str, int]  # username -> person id
    departments: list[int]


def build_template(path: Path) -> Template:
    """A closed ledger at *path* with the office's people and accounts."""
    from secledger.services.ledger.session import create_ledger
    from secledger.services.ledger.timing import set_workflow_policy
    from secledger.services.people import accounts as users
    from secledger.services.people import persons as people
    from secledger.store.keyslots import TEST_KDF

    led, _code = create_ledger(path, unit_name="某某市保密局", admin_username=ADMIN.username,
                               admin_password=ADMIN.password, admin_name="王保密",
                               clock=Clock(START), kdf=TEST_KDF)
    try:
        set_workflow_policy(led, "timezone", "Asia/Shanghai")
        depts = [people.create_department(led, name=n).id for n in ("办公室", "财务处")]
        ids: dict[str, int] = {}
        user_person: dict[str, int] = {"admin": led.user.person_id}
        for username, (name, dept, clearance, post, roles) in ACCOUNTS.items():
            p = people.create_person(led, name=name, department_id=depts[dept],
                                     clearance=clearance, post=post)
            users.create_user(led, username=username, password=password(username),
                              person_id=p.id, roles=set(roles), must_change_password=False)
            ids[name], user_person[username] = p.id, p.id
        for name, (dept, clearance, post) in PEOPLE.items():
            ids[name] = people.create_person(led, name=name, department_id=depts[dept],
                                             clearance=clearance, post=post).id
        people.deactivate_person(led, person_id=ids["郑退休"], reason="退休")
    finally:
        led.close()
    _seed_documents(path, depts[0])
    return Template(path, ids, user_person, depts)


#: (mark, copies, office only, 须清退, USB) of the documents every example starts with
SEED = [("机密★10年", 2, True, False, False), ("秘密★6个月", 2, False, False, False),
        ("绝密★长期", 1, False, False, False), ("机密", 1, False, True, False),
        ("秘密★5年", 1, False, False, True)]


def _seed_documents(path: Path, office: int) -> None:
    from secledger.domain.access import NeedToKnow
    from secledger.domain.enums import CarrierType, Register
    from secledger.domain.marks import parse_mark
    from secledger.services.ledger.session import open_ledger
    from secledger.services.registration.register import DocumentInput, register_document
    from secledger.store.keyslots import TEST_KDF

    with open_ledger(path, username="clerk", password=password("clerk"), clock=Clock(START),
                     kdf=TEST_KDF) as led:
        for i, (mark, copies, office_only, recall, usb) in enumerate(SEED, start=1):
            register_document(led, DocumentInput(
                register=Register.RECEIPT, title=f"种子文件{i}", mark=parse_mark(mark),
                copy_nos=tuple(range(1, copies + 1)), unit="省保密局",
                need_to_know=NeedToKnow.of(departments=[office]) if office_only
                else NeedToKnow.everyone(), recall_required=recall,
                carrier_type=CarrierType.USB if usb else CarrierType.PAPER,
                serial_nos=tuple(f"U{i}-{n}" for n in range(copies)) if usb else ()))


def copy_template(t: Template, to: Path) -> Path:
    shutil.copytree(t.path, to, ignore=shutil.ignore_patterns("ledger.lock*"))
    return to


# -- what the checks read ---------------------------------------------------------------
TERMINAL = {s.value for s in CarrierState if s.is_terminal}

#: (table, counter register, year column, number column) of every gapless numbering
NUMBERED = [
    ("destruction_manifests", "destruction", "year", "number"),
    ("handovers", "handover", "year", "number"),
    ("copy_requests", "copy_request", "year", "number"),
    ("copy_requests", "copy", "copy_year", "copy_number"),
    ("recall_returns", "recall", "year", "number"),
    ("stocktakes", "stocktake", "year", "number"),
    ("loss_reports", "loss", "year", "number"),
    ("dispatches", "dispatch", "year", "number"),
]


class Checker:
    """Reads the ledger with its own read-only engine (works while the ledger is locked)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        with engine.connect() as conn:
            self.tables = [str(r[0]) for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))]

    def dispose(self) -> None:
        self.engine.dispose()

    def rows(self, sql: str, **params: Any) -> list[tuple[Any, ...]]:
        with self.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of every table (events, projection, workflow records, counters)."""
        with self.engine.connect() as conn:
            return {t: [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{t}"'))]
                    for t in self.tables}

    def counts(self) -> dict[str, int]:
        """Rows per table (full-text index tables left out: they merge segments)."""
        tables = [t for t in self.tables if not t.startswith(("doc_search", "sqlite_"))]
        sql = "SELECT " + ", ".join(f'(SELECT count(*) FROM "{t}")' for t in tables)
        return dict(zip(tables, (int(n) for n in self.rows(sql)[0]), strict=True))

    def event_count(self) -> int:
        return int(self.rows("SELECT count(*) FROM events")[0][0])

    def carrier(self, cid: int) -> tuple[str, int | None, str]:
        got = self.rows("SELECT state, holder_id, location FROM carriers WHERE id = :i", i=cid)
        return got[0] if got else ("", None, "")  # type: ignore[return-value]

    # -- invariants ---------------------------------------------------------------------
    def holder_problems(self) -> list[str]:
        out = []
        for cid, state, holder, active in self.rows(
                "SELECT c.id, c.state, c.holder_id, p.active FROM carriers c"
                " LEFT JOIN people p ON p.id = c.holder_id"):
            if state in TERMINAL:
                if holder is not None:
                    out.append(f"terminal carrier #{cid} ({state}) still has holder {holder}")
            elif holder is None or active is None:
                out.append(f"live carrier #{cid} ({state}) has no holder (holder_id={holder})")
            elif not active:
                out.append(f"live carrier #{cid} ({state}) is held by inactive person {holder}")
        return out

    def numbering_problems(self) -> list[str]:
        counters = {(r, int(y)): int(n) for r, y, n in self.rows(
            "SELECT register, year, last FROM counters")}
        seen: dict[tuple[str, int], list[int]] = {}
        for reg, year, number in self.rows("SELECT register, year, number FROM documents"):
            seen.setdefault((reg, int(year)), []).append(int(number))
        for loan_no, in self.rows("SELECT loan_no FROM loans"):
            year, number = str(loan_no)[1:].split("-")
            seen.setdefault(("loan", int(year)), []).append(int(number))
        for table, reg, ycol, ncol in NUMBERED:
            if table not in self.tables:
                continue
            for year, number in self.rows(f"SELECT {ycol}, {ncol} FROM {table}"
                                          f" WHERE {ncol} IS NOT NULL"):
                seen.setdefault((reg, int(year)), []).append(int(number))
        out = []
        for key, nums in sorted(seen.items()):
            if sorted(nums) != list(range(1, len(nums) + 1)):
                out.append(f"{key}: numbers {sorted(nums)} are not 1..{len(nums)}")
            if counters.get(key) != len(nums):
                out.append(f"{key}: counter {counters.get(key)} but {len(nums)} records")
        for key, last in counters.items():
            if key not in seen and last:
                out.append(f"{key}: counter at {last} but no record took a number")
        return out

    def workflow_problems(self) -> list[str]:
        """Each open workflow record matches its carrier's state, and back. A carrier lost
        while out keeps its record open (the loss report names the reader); found, it is
        back in store and the record is closed."""
        out = []
        checks = [
            ("circulating", "SELECT carrier_id FROM circulations WHERE returned_at IS NULL",
             "open circulation legs"),
            ("with_holder", "SELECT carrier_id FROM retentions WHERE returned_at IS NULL",
             "open retentions"),
            ("on_loan", "SELECT carrier_id FROM loan_items WHERE issued_at IS NOT NULL"
                        " AND returned_at IS NULL", "open loan items"),
        ]
        states = dict(self.rows("SELECT id, state FROM carriers"))
        for state, sql, what in checks:
            open_ = Counter(int(r[0]) for r in self.rows(sql))
            for cid, n in open_.items():
                if n != 1 or states.get(cid) not in (state, "lost"):
                    out.append(f"carrier #{cid} ({states.get(cid)}) has {n} {what}")
            for cid, st in states.items():
                if st == state and cid not in open_:
                    out.append(f"carrier #{cid} is {state} without any of the {what}")
        return out


# -- the machine's plumbing ---------------------------------------------------------------
def diff(before: dict[str, list[Any]], after: dict[str, list[Any]]) -> str:
    """Which tables changed, with a few rows each (for the failure message)."""
    out = []
    for table in sorted(set(before) | set(after)):
        b, a = before.get(table, []), after.get(table, [])
        if b != a:
            gone = [r for r in b if r not in a][:3]
            new = [r for r in a if r not in b][:3]
            out.append(f"{table}: -{gone} +{new}")
    return "; ".join(out)


def pick(seq: list[Any] | tuple[Any, ...], k: int) -> Any:
    """The *k*-th item of *seq*, wrapping (integers shrink well and print short)."""
    return seq[k % len(seq)]
