#!/usr/bin/env python3
"""Translation tooling for SecLedger's Qt UI.

Workflow
--------
* UI code writes ENGLISH source strings through Qt: ``self.tr("Unlock ledger")`` in a QObject
  subclass (context = the class name), or ``QCoreApplication.translate("Context", "Text")``
  elsewhere. Plurals: ``self.tr("%n carrier(s)", "", n)``. Never build strings for tr() with
  f-strings or ``%``/``format`` before the call: lupdate only sees literal strings; use
  ``self.tr("Carrier {code}").format(code=...)`` instead.
* Chinese translations live in small JSON catalogues ``resources/i18n/zh_CN/*.json``, one
  or more per module/engineer (e.g. ``zh_CN/ledger_pane.json``), each a flat object::

      {"Unlock ledger": "解锁台账", "LoginDialog|Open": "打开台账", "%n carrier(s)": "%n 件载体"}

  A plain key applies in every context; a key ``"Context|source"`` overrides it for one
  context. A plural may be a list of forms (Chinese needs one). Catalogues are the source of
  truth: the ``.ts`` files are GENERATED, so merge conflicts in them are resolved by rerunning
  ``update``, never by hand. Two catalogues giving different translations for the same key
  is an error.
* ``python tools/i18n.py update`` runs ``pyside6-lupdate`` over ``src/secledger/ui/**/*.py``,
  writes ``resources/i18n/secledger_zh_CN.ts`` (filled from the catalogues; untranslated
  entries stay ``type="unfinished"``) and ``secledger_en.ts`` (translation = source), drops
  entries whose source string vanished, runs ``pyside6-lrelease`` to write the ``.qm`` next to
  each ``.ts``, and lists the strings still missing a Chinese translation as JSON lines ready
  to paste into a catalogue. Commit the catalogue, the ``.ts`` and the ``.qm`` files.
* ``python tools/i18n.py check`` (run by tests/test_i18n.py) exits 1 and lists problems when
  a zh_CN entry is unfinished, a tr() string in the UI is missing from the ``.ts``, a
  catalogue is broken, or a ``.qm`` does not match its ``.ts`` (stale or missing; compared by
  content, since a fresh clone's file times mean nothing). Entries left in the ``.ts`` whose
  source string vanished are reported as a warning.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "src" / "secledger" / "ui"
I18N_DIR = ROOT / "resources" / "i18n"
CATALOGUE_DIR = I18N_DIR / "zh_CN"
BASENAME = "secledger"
LANGUAGES = ("zh_CN", "en")
EMPTY_TS = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1">\n</TS>\n'

Key = tuple[str, str, str]  # (context, source, disambiguation comment)
Translation = str | list[str]


@dataclass
class Paths:
    ui_dir: Path = UI_DIR
    i18n_dir: Path = I18N_DIR
    catalogue_dir: Path = CATALOGUE_DIR

    def ts(self, lang: str) -> Path:
        return self.i18n_dir / f"{BASENAME}_{lang}.ts"

    def qm(self, lang: str) -> Path:
        return self.i18n_dir / f"{BASENAME}_{lang}.qm"


@dataclass
class Catalogue:
    entries: dict[str, Translation] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    used: set[str] = field(default_factory=set)

    def lookup(self, context: str, source: str) -> Translation | None:
        for key in (f"{context}|{source}", source):
            if key in self.entries:
                self.used.add(key)
                return self.entries[key]
        return None


# ----------------------------------------------------------------------------- Qt tools
def qt_tool(name: str) -> str:
    """Path of pyside6-<name>: next to the running python first, then on PATH."""
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    if exe.exists():
        return str(exe)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6 in this environment")
    return found


def ui_sources(ui_dir: Path) -> list[Path]:
    return sorted(p for p in ui_dir.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(sources: list[Path], ts_path: Path, language: str) -> None:
    """Write a FRESH .ts for `sources` (no merge with an existing file, no locations)."""
    ts_path.parent.mkdir(parents=True, exist_ok=True)
    ts_path.unlink(missing_ok=True)
    if not sources:
        ts_path.write_text(EMPTY_TS, encoding="utf-8")
        return
    cmd = [
        qt_tool("lupdate"),
        *map(str, sources),
        "-ts",
        str(ts_path),
        "-silent",
        "-locations",
        "none",
        "-no-obsolete",
        "-source-language",
        "en",
        "-target-language",
        language,
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not ts_path.exists():
        raise SystemExit(f"lupdate failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")


def run_lrelease(ts_path: Path, qm_path: Path) -> None:
    cmd = [qt_tool("lrelease"), str(ts_path), "-qm", str(qm_path), "-silent"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not qm_path.exists():
        raise SystemExit(f"lrelease failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")


# ----------------------------------------------------------------------------- .ts files
def messages(root: ET.Element) -> Iterator[tuple[Key, ET.Element]]:
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source") or "", msg.findtext("comment") or "")
            yield key, msg


def is_unfinished(msg: ET.Element) -> bool:
    tr = msg.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
        return True
    forms = tr.findall("numerusform")
    texts = [f.text or "" for f in forms] if forms else [tr.text or ""]
    return not all(texts)


def set_translation(msg: ET.Element, value: Translation) -> None:
    tr = msg.find("translation")
    if tr is None:
        tr = ET.SubElement(msg, "translation")
    tr.attrib.pop("type", None)
    tr.text = None
    for child in list(tr):
        tr.remove(child)
    if msg.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value]
        for form in forms:
            ET.SubElement(tr, "numerusform").text = form
    else:
        tr.text = value if isinstance(value, str) else value[0]


def write_ts(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def ts_keys(path: Path) -> set[Key]:
    return {key for key, _ in messages(ET.parse(path).getroot())}


# ----------------------------------------------------------------------------- catalogues
def load_catalogue(catalogue_dir: Path) -> Catalogue:
    cat = Catalogue()
    origin: dict[str, str] = {}
    for path in sorted(catalogue_dir.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            cat.problems.append(f"{path.name}: not valid JSON: {exc}")
            continue
        if not isinstance(data, dict):
            cat.problems.append(f"{path.name}: must be a JSON object")
            continue
        for key, value in data.items():
            ok = isinstance(value, str) or (
                isinstance(value, list) and value and all(isinstance(v, str) for v in value)
            )
            if not ok or not value:
                cat.problems.append(
                    f"{path.name}: {key!r}: translation must be a non-empty "
                    "string (or list of strings for a plural)"
                )
            elif key in cat.entries and cat.entries[key] != value:
                cat.problems.append(
                    f"{path.name}: {key!r} conflicts with {origin[key]}: "
                    f"{value!r} != {cat.entries[key]!r}"
                )
            else:
                cat.entries[key], origin[key] = value, path.name
    return cat


# ----------------------------------------------------------------------------- commands
def generate(paths: Paths, out_dir: Path) -> tuple[list[Key], Catalogue]:
    """Write both .ts and .qm files into out_dir; return the untranslated zh_CN keys."""
    sources = ui_sources(paths.ui_dir)
    catalogue = load_catalogue(paths.catalogue_dir)
    missing: list[Key] = []
    for lang in LANGUAGES:
        ts = out_dir / paths.ts(lang).name
        run_lupdate(sources, ts, lang)
        tree = ET.parse(ts)
        for key, msg in messages(tree.getroot()):
            value: Translation | None
            if lang == "en":  # English: the source is the text; plurals have two forms
                value = [key[1], key[1]] if msg.get("numerus") == "yes" else key[1]
            else:
                value = catalogue.lookup(key[0], key[1])
            if value is not None:
                set_translation(msg, value)
            elif lang == "zh_CN":
                missing.append(key)
        tree.getroot().set("language", lang)
        tree.getroot().set("sourcelanguage", "en")
        write_ts(tree.getroot(), ts)
        run_lrelease(ts, out_dir / paths.qm(lang).name)
    return missing, catalogue


def update(paths: Paths | None = None, *, verbose: bool = True) -> list[Key]:
    paths = paths or Paths()
    paths.i18n_dir.mkdir(parents=True, exist_ok=True)
    missing, catalogue = generate(paths, paths.i18n_dir)
    if verbose:
        for problem in catalogue.problems:
            print(f"catalogue problem: {problem}")
        unused = sorted(set(catalogue.entries) - catalogue.used)
        if unused:
            print(
                f"{len(unused)} catalogue entries not used by the UI (stale?): "
                + ", ".join(map(repr, unused[:20]))
            )
        count = len(ui_sources(paths.ui_dir))
        print(
            f"{count} UI source file(s); wrote .ts/.qm for {', '.join(LANGUAGES)} "
            f"in {paths.i18n_dir}"
        )
        print(f"{len(missing)} string(s) missing a zh_CN translation")
        for ctx, source, _comment in missing:
            # A context-qualified key is exact; plain keys may be used where safe.
            print(f'    {json.dumps(f"{ctx}|{source}", ensure_ascii=False)}: "",')
    return missing


def check(paths: Paths | None = None) -> tuple[list[str], list[str]]:
    """Return (problems, warnings) for the committed .ts/.qm files."""
    paths = paths or Paths()
    problems: list[str] = list(load_catalogue(paths.catalogue_dir).problems)
    warnings: list[str] = []
    sources = ui_sources(paths.ui_dir)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        run_lupdate(sources, fresh, "zh_CN")
        wanted = ts_keys(fresh)
        for lang in LANGUAGES:
            ts, qm = paths.ts(lang), paths.qm(lang)
            if not ts.exists():
                if wanted:
                    problems.append(f"{ts.name} is missing; run: python tools/i18n.py update")
                continue
            root = ET.parse(ts).getroot()
            have = {key for key, _ in messages(root)}
            for ctx, source, _ in sorted(wanted - have):
                problems.append(
                    f"{ts.name}: missing source string {ctx}|{source!r} "
                    "(run: python tools/i18n.py update)"
                )
            for ctx, source, _ in sorted(have - wanted):
                warnings.append(f"{ts.name}: obsolete entry {ctx}|{source!r}")
            if lang == "zh_CN":
                for (ctx, source, _), msg in messages(root):
                    if is_unfinished(msg):
                        problems.append(
                            f"{ts.name}: unfinished translation {ctx}|{source!r} "
                            "(add it to a resources/i18n/zh_CN/*.json catalogue)"
                        )
            rebuilt = Path(tmp) / qm.name
            run_lrelease(ts, rebuilt)
            if not qm.exists():
                problems.append(f"{qm.name} is missing; run: python tools/i18n.py update")
            elif qm.read_bytes() != rebuilt.read_bytes():
                problems.append(
                    f"{qm.name} is stale (older than {ts.name}); run: python tools/i18n.py update"
                )
    return problems, warnings


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["update"]:
        update()
        return 0
    if args == ["check"]:
        problems, warnings = check()
        for w in warnings:
            print(f"warning: {w}")
        for p in problems:
            print(f"problem: {p}")
        print(f"i18n check: {len(problems)} problem(s), {len(warnings)} warning(s)")
        return 1 if problems else 0
    print(__doc__)
    print("usage: python tools/i18n.py update|check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
