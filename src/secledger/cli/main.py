"""``secledger`` subcommands (no Qt). ``launcher.main`` starts the GUI when none is given.

Exit codes: 0 done; 1 ``verify`` found the ledger unsound; 2 bad arguments; 3 refused or
failed (wrong password, not a ledger, in use, damaged, …); 130 cancelled with Ctrl-C.
Every failure is one line on stderr, never a traceback (``SECLEDGER_DEBUG=1`` shows one).
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from secledger import __version__
from secledger.cli.console import Console, debug, quiet_sqlcipher
from secledger.domain.errors import DomainError

BAD_ARGS, FAILED, CANCELLED = 2, 3, 130
LANGS = ("zh_CN", "en")
DEMO_DEFAULT_DOCUMENTS = 2000

Command = Callable[[argparse.Namespace, Console], int]


class UsageError(Exception):
    pass


def lazy(module: str, name: str) -> Command:
    """The subcommand function *name* of ``secledger.cli.<module>``, imported when it runs,
    so that ``--version`` and ``--help`` import no service, SQLAlchemy or Alembic."""

    def command(args: argparse.Namespace, con: Console) -> int:
        func: Command = getattr(importlib.import_module(f"secledger.cli.{module}"), name)
        return func(args, con)

    command.__name__ = name
    return command


# argparse's own messages, in the Chinese the rest of the program speaks
_ARGPARSE_ZH = (
    (r"the following arguments are required: (.*)", r"缺少参数 \1"),
    (r"unrecognized arguments: (.*)", r"无法识别的参数 \1"),
    (r"argument (\S+): invalid int value: '(.*)'", r"参数 \1 应为整数，不能是“\2”"),
    (r"argument 子命令: invalid choice: '?([^' ]*)'? \(choose from (.*)\)", r"没有子命令“\1”，可选 \2"),
    (r"argument (\S+): invalid choice: '?([^' ]*)'? \(choose from (.*)\)", r"参数 \1 不能是“\2”，可选 \3"),
    (r"argument (\S+): expected one argument", r"参数 \1 后面缺少取值"),
    (r"argument (\S+): (.*)", r"参数 \1：\2"),
)


def zh_usage(message: str) -> str:
    for pattern, repl in _ARGPARSE_ZH:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, repl, message)
    return message


class Parser(argparse.ArgumentParser):
    """Raises UsageError instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"文件数应为正整数，不能是“{text}”") from None
    if not 1 <= n <= 5_000_000:
        raise argparse.ArgumentTypeError(f"文件数应在 1 至 5000000 之间，不能是 {n}")
    return n


def build_parser() -> Parser:
    common = Parser(add_help=False)
    common.add_argument("--lang", choices=LANGS, default=argparse.SUPPRESS,
                        help="界面与提示语言 / language (zh_CN, en)")
    p = Parser(prog="secledger", parents=[common],
               description="涉密载体台账 SecLedger。不带子命令时启动图形界面。")
    p.add_argument("--version", action="version", version=f"secledger {__version__}")
    sub = p.add_subparsers(dest="command", metavar="子命令", parser_class=Parser)

    init = sub.add_parser("init", parents=[common], help="新建台账及保密员账户")
    init.add_argument("path", help="台账文件夹（新建或空文件夹）")
    init.add_argument("--admin", required=True, help="保密员（系统管理员）用户名")
    init.add_argument("--name", default="", help="保密员姓名（默认同用户名）")
    init.add_argument("--unit", default="", help="单位名称，印在表单上")
    init.add_argument("--server", default="", metavar="URL",
                      help="服务器台账：postgresql://管理员@主机:端口/数据库（数据库管理员账户，只用这一次）")
    init.add_argument("--role", default="", help="服务器台账的应用数据库账户（默认 secledger_app）")
    init.set_defaults(func=lazy("commands", "cmd_init"))

    upgrade = sub.add_parser("server-upgrade", parents=[common],
                             help="数据库管理员：升级服务器台账数据库的结构和权限")
    upgrade.add_argument("server", metavar="URL", help="postgresql://管理员@主机:端口/数据库")
    upgrade.add_argument("--role", default="", help="应用数据库账户（默认 secledger_app）")
    upgrade.set_defaults(func=lazy("commands", "cmd_server_upgrade"))

    move = sub.add_parser("move-to-server", parents=[common],
                          help="把台账文件夹迁移到服务器台账（保密员；数据库管理员账户只用这一次）")
    move.add_argument("path", help="现有台账文件夹")
    move.add_argument("target", help="新的服务器台账文件夹（新建或空文件夹）")
    move.add_argument("--server", required=True, metavar="URL",
                      help="postgresql://管理员@主机:端口/数据库（空数据库）")
    move.add_argument("--role", default="", help="应用数据库账户（默认 secledger_app）")
    move.add_argument("--user", default="admin", help="保密员用户名（默认 admin）")
    move.set_defaults(func=lazy("commands", "cmd_move_to_server"))

    srestore = sub.add_parser("server-restore", parents=[common],
                              help="把服务器台账的备份（ledger-…-server.dump）恢复到新的空数据库")
    srestore.add_argument("file", help="备份文件 ledger-<时间>-server.dump")
    srestore.add_argument("target", help="新的服务器台账文件夹（新建或空文件夹）")
    srestore.add_argument("--server", required=True, metavar="URL",
                          help="postgresql://管理员@主机:端口/新的空数据库")
    srestore.add_argument("--role", default="", help="应用数据库账户（默认 secledger_app）")
    srestore.add_argument("--keyslots", help="密钥槽文件（默认为同名的 keyslots-<时间>-backup.json）")
    srestore.add_argument("--user", default="admin", help="账户（默认 admin）")
    srestore.set_defaults(func=lazy("commands", "cmd_server_restore"))

    demo = sub.add_parser("demo", parents=[common],
                          help="生成演示台账（不给文件夹时在临时文件夹生成并打开图形界面）")
    demo.add_argument("path", nargs="?", help="新台账文件夹")
    demo.add_argument("--documents", type=_positive, default=DEMO_DEFAULT_DOCUMENTS,
                      help=f"文件件数（默认 {DEMO_DEFAULT_DOCUMENTS}）")
    demo.add_argument("--user", default="demo", help="图形界面登录账户（默认 demo）")
    demo.add_argument("--server", default="", metavar="URL",
                      help="演示服务器台账：postgresql://管理员@主机:端口/空数据库")
    demo.add_argument("--role", default="", help="服务器台账的应用数据库账户（默认 secledger_app）")
    demo.set_defaults(func=lazy("commands", "cmd_demo"))

    verify = sub.add_parser("verify", parents=[common], help="校验哈希链与载体状态")
    verify.add_argument("path", help="台账文件夹")
    verify.add_argument("--user", default="admin", help="登录用户名（默认 admin，任何账户均可）")
    verify.set_defaults(func=lazy("commands", "cmd_verify"))

    backup = sub.add_parser("backup", parents=[common], help="备份加密数据库和密钥槽（保密员）")
    backup.add_argument("path", help="台账文件夹")
    backup.add_argument("--to", help="备份到此文件夹（默认为台账的 backups 文件夹）")
    backup.add_argument("--user", default="admin", help="保密员用户名（默认 admin）")
    backup.add_argument("--list", action="store_true", help="列出备份（时间、大小、链头、校验）")
    backup.set_defaults(func=lazy("commands_backup", "cmd_backup"))

    rekey = sub.add_parser("rekey", parents=[common],
                           help="更换主密钥和应急恢复密钥（保密员；账户停用或密码泄露后）")
    rekey.add_argument("path", help="台账文件夹")
    rekey.add_argument("--user", default="admin", help="保密员用户名（默认 admin）")
    rekey.add_argument("--sheet", help="应急恢复密钥表 PDF 的保存位置（默认当前文件夹）")
    rekey.set_defaults(func=lazy("commands", "cmd_rekey"))
    _backup_file_commands(sub, common)
    from secledger.cli import importing

    importing.add_commands(sub, common)
    return p


def _backup_file_commands(sub: argparse._SubParsersAction[Parser], common: Parser) -> None:
    for name, help_, func in (
        ("verify-backup", "校验备份（用备份时有效的密码或应急恢复密钥）",
         lazy("commands_backup", "cmd_verify_backup")),
        ("restore", "把备份恢复到新文件夹并校验（不改动正在使用的台账）",
         lazy("commands_backup", "cmd_restore")),
    ):
        cmd = sub.add_parser(name, parents=[common], help=help_)
        cmd.add_argument("file", help="备份数据库 ledger-<时间>-backup.db")
        if name == "restore":
            cmd.add_argument("folder", help="新的（不存在或空的）台账文件夹")
        cmd.add_argument("--keyslots", help="密钥槽文件（默认为同名的 keyslots-<时间>-backup.json）")
        cmd.add_argument("--user", default="admin", help="账户（默认 admin）")
        cmd.add_argument("--recovery", action="store_true", help="用应急恢复密钥打开备份")
        cmd.add_argument("--ledger", help="同时登录此台账并在其事件日志中记录")
        cmd.set_defaults(func=func)


def parse(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


def lang_of(argv: Sequence[str]) -> str:
    """The --lang given, even when the rest of the arguments do not parse."""
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if a.startswith("--lang="):
            return a.split("=", 1)[1]
    return "zh_CN"


def run(args: argparse.Namespace, con: Console) -> int:
    """Run a parsed subcommand; every failure becomes one line on stderr."""
    func: Command = args.func
    try:
        quiet_sqlcipher()
        return func(args, con)
    except DomainError as exc:
        con.fail(exc)
        return FAILED
    except KeyboardInterrupt:
        con.fail(DomainError("cli.cancelled"))
        return CANCELLED
    except OSError as exc:
        if debug():
            _print_traceback()
        con.fail(DomainError("cli.io_error", path=exc.filename or "", detail=exc.strerror or exc))
        return FAILED
    except Exception as exc:
        if debug():
            _print_traceback()
        con.fail(DomainError("cli.unexpected", detail=f"{type(exc).__name__}: {exc}"))
        return FAILED


def _print_traceback() -> None:
    import traceback

    traceback.print_exc()


def usage_error(con: Console, message: str) -> int:
    detail = message if con.en else zh_usage(message)
    con.fail(DomainError("cli.bad_arguments", detail=detail))
    return BAD_ARGS


def main(argv: Sequence[str] | None = None, *, no_command: Command | None = None,
         demo_without_folder: Command | None = None) -> int:
    """The command line. ``launcher.main`` passes what it does with no subcommand (start the
    GUI) and for ``demo`` without a folder (a demo in a new temporary folder, then the GUI);
    without them both are usage errors, since the command line has no GUI."""
    argv = list(sys.argv[1:] if argv is None else argv)
    con = Console(lang_of(argv))
    try:
        args = parse(argv)
    except UsageError as exc:
        return usage_error(con, str(exc))
    con.lang = getattr(args, "lang", con.lang)
    if args.command is None:
        if no_command is None:
            return usage_error(con, "请指定子命令 init、demo、verify、backup、verify-backup、restore 或 rekey")
        args.func = no_command
    elif args.command == "demo" and args.path is None:
        if demo_without_folder is None:
            return usage_error(con, "请指定新台账的文件夹")
        args.func = demo_without_folder
    return run(args, con)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
