"""``secledger import`` and ``secledger export``: bring a 收文/发文 register in from an
.xlsx, .xls or .csv file (all or nothing; every problem listed by its row in the file), and
write a year of a register out in the layout the import reads back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secledger.cli.console import Console
from secledger.domain.errors import ValidationError

if TYPE_CHECKING:  # the services are imported when a command runs (a light --help)
    from secledger.domain.importing import RowProblem
    from secledger.services.importing.preview import ImportPreview
    from secledger.services.ledger.session import Ledger

OK, FAILED = 0, 3


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register ``import`` and ``export`` on the subcommand parser."""
    imp = sub.add_parser("import", parents=[common],
                         help="从 Excel/WPS（.xlsx、.xls）或 CSV 导入收文、发文登记簿（机要员）")
    imp.add_argument("file", help="要导入的 .xlsx、.xls 或 .csv 文件")
    imp.add_argument("--ledger", required=True, help="台账文件夹")
    imp.add_argument("--register", required=True, help="登记簿：收文 或 发文")
    imp.add_argument("--user", required=True, help="机要员用户名")
    imp.add_argument("--sheet", help="工作表名称（默认为第一个有表头的工作表）")
    imp.add_argument("--dry-run", action="store_true", help="只检查并列出结果，不写入台账")
    imp.add_argument("--exclude-rows", default="",
                     help="不导入的行（源文件中的行号，逗号分隔，如 5,8,12）")
    imp.add_argument("--include-non-secret", action="store_true",
                     help="同时导入内部、工作秘密等非国家秘密文件（默认不导入）")
    imp.set_defaults(func=cmd_import)

    exp = sub.add_parser("export", parents=[common],
                         help="按导入格式导出一个年度的收文或发文登记簿（.xlsx）")
    exp.add_argument("file", help="导出文件 FILE.xlsx")
    exp.add_argument("--ledger", required=True, help="台账文件夹")
    exp.add_argument("--register", required=True, help="登记簿：收文 或 发文")
    exp.add_argument("--year", required=True, type=int, help="年度，如 2024")
    exp.add_argument("--user", default="admin", help="登录用户名（默认 admin）")
    exp.set_defaults(func=cmd_export)


def _open(args: argparse.Namespace, con: Console) -> Ledger:
    from secledger.cli.commands import require_ledger
    from secledger.services.ledger.session import open_ledger

    path = Path(args.ledger)
    require_ledger(path)
    password = con.password(f"用户“{args.user}”的密码：", f"Password of “{args.user}”: ")
    return open_ledger(path, username=args.user, password=password)


def parse_rows(text: str) -> list[int]:
    """``5,8,12`` or ``5-8`` (source row numbers)."""
    out: list[int] = []
    for part in text.replace("，", ",").split(","):
        token = part.strip()
        if not token:
            continue
        low, _, high = token.partition("-")
        if not low.isdigit() or (high and not high.isdigit()):
            raise ValidationError("import.bad_rows_option", field="exclude_rows", text=token)
        out.extend(range(int(low), int(high or low) + 1))
    return out


def cmd_import(args: argparse.Namespace, con: Console) -> int:
    from secledger.domain.importing import ImportRefused
    from secledger.services import importing

    register = importing.register_of(args.register)
    rows = parse_rows(args.exclude_rows)
    led = _open(args, con)
    try:
        preview = importing.preview_import(
            led, args.file, register=register, sheet=args.sheet,
            include_non_secret=args.include_non_secret)
        preview = importing.exclude(preview, rows)
        _say_preview(con, preview)
        problems = preview.problems
        if problems:
            _list_problems(con, problems)
            raise ImportRefused(problems)
        if args.dry_run:
            con.say(f"检查通过：可导入 {len(preview.ok_rows)} 件文件、{preview.carriers} 份载体"
                    "（--dry-run，未写入台账）。",
                    f"Check passed: {len(preview.ok_rows)} documents, {preview.carriers} "
                    "carriers can be imported (--dry-run: nothing written).")
            return OK
        try:
            result = importing.commit_import(led, preview)
        except ImportRefused as exc:
            _list_problems(con, exc.problems)
            raise
        con.say(f"已导入{register.label}登记簿：{result.documents} 件文件、{result.carriers} 份载体，"
                f"登记号 {result.first_reg_no} 至 {result.last_reg_no}；导入记录 #{result.import_id}。",
                f"Imported into the {register.label_en.lower()} register: {result.documents} "
                f"documents, {result.carriers} carriers, {result.first_reg_no} to "
                f"{result.last_reg_no}; import record #{result.import_id}.")
        return OK
    finally:
        led.close()


def _say_preview(con: Console, preview: ImportPreview) -> None:
    from secledger.services import importing

    lay = preview.layout
    con.say(f"文件：{lay.source.name}（SHA-256 {lay.source.sha256}）工作表：{lay.sheet}，"
            f"表头在第 {lay.header_row} 行" + ("（沿用上次的列对应）" if lay.remembered else ""),
            f"File: {lay.source.name} (SHA-256 {lay.source.sha256}), sheet {lay.sheet}, "
            f"heading on row {lay.header_row}" + (" (mapping remembered)" if lay.remembered else ""))
    for r in preview.excluded_rows:
        con.say(f"  不导入第 {r.row} 行：{importing.reason_text(r, 'zh_CN')}",
                f"  Row {r.row} left out: {importing.reason_text(r, 'en')}")
    skipped = preview.skipped_rows
    if skipped:
        con.say("  跳过空行和合计行：第 " + "、".join(str(r.row) for r in skipped) + " 行",
                "  Blank and totals rows skipped: " + ", ".join(str(r.row) for r in skipped))
    lang = "en" if con.en else "zh_CN"
    from secledger.domain.messages import render

    for r in preview.ok_rows:
        for code, params in r.notes:
            con.say(f"  第 {r.row} 行：{render(code, lang, params)}",
                    f"  Row {r.row}: {render(code, lang, params)}")


def _list_problems(con: Console, problems: list[RowProblem]) -> None:
    lang = "en" if con.en else "zh_CN"
    for p in sorted(problems, key=lambda p: (p.row, p.column)):
        print(p.text(lang), file=con.err)


def cmd_export(args: argparse.Namespace, con: Console) -> int:
    from secledger.services import importing
    from secledger.services.registration.export_layout import export_register

    try:
        register = importing.register_of(args.register)
    except ValidationError:
        raise ValidationError("export.bad_register", field="register", text=args.register) from None
    target = Path(args.file)
    if target.suffix.lower() != ".xlsx":
        raise ValidationError("export.bad_suffix", field="file", name=target.name)
    led = _open(args, con)
    try:
        out = export_register(led, register, args.year, target)
    finally:
        led.close()
    con.say(f"已导出{args.year}年度{register.label}登记簿：{out.resolve()}。该文件须按其所含最高密级"
            "作为涉密载体管理。",
            f"Exported the {args.year} {register.label_en.lower()} register: {out.resolve()}. "
            "Manage the file as a classified carrier of the highest level it contains.")
    return OK
