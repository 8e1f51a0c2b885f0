"""No test names an absolute path of the machine: tests read and write only their tmp_path.

A test that copied PDFs to a hard-coded ``/tmp/i6`` passed on the machine that had the
folder and failed everywhere else. This guard reads every test module and fails on a
string literal that is an absolute path (POSIX ``/tmp/...``, ``/home/...``, a Windows
``C:\\...``), except the few read-only system paths listed below with their reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent

# Read-only system facts some tests inspect on purpose (never written to).
ALLOWED = {
    "/proc/self/maps": "test_no_network reads the loaded libraries of its own process",
    "/proc/self/fd": "tests list their own process's open files (no handle left behind)",
    "/x": "a placeholder path inside an error message, never opened",
}
_POSIX = re.compile(r"^/(tmp|home|root|var|usr|opt|etc|mnt|media|srv|proc|dev|work|run)(/|$)")
_WINDOWS = re.compile(r"^[A-Za-z]:[\\/]")


def machine_paths(source: str) -> list[tuple[int, str]]:
    """(line, literal) for every absolute machine path written as a string in *source*."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            value = node.value.strip()
            if value in ALLOWED:
                continue
            if _POSIX.match(value) or _WINDOWS.match(value):
                found.append((node.lineno, value))
    return found


def test_the_guard_sees_the_old_mistake() -> None:
    # The sample is built at run time, so this file itself names no machine path.
    root = "/"
    bad = (f'import shutil\nshutil.copy(f, f"{root}tmp/i6/{{name}}")\n'
           f'open("{root}home/x/a.pdf")\n')
    assert sorted(line for line, _ in machine_paths(bad)) == [2, 3]
    assert machine_paths('p = tmp_path / "i6"\nq = "/proc/self/maps"\n') == []


def test_no_test_names_an_absolute_machine_path() -> None:
    offenders = []
    for path in sorted(TESTS.rglob("*.py")):
        if path == Path(__file__).resolve():
            continue
        for line, literal in machine_paths(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(TESTS)}:{line}: {literal!r}")
    assert not offenders, (
        "tests must use their tmp_path, not a path of this machine:\n" + "\n".join(offenders)
    )
