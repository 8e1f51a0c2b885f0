"""The subcommands: init, demo, verify, rekey (``commands_backup`` has backup, its list,
verify-backup and restore). Each returns the process exit code."""

from __future__ import annotations

import argparse
from pathlib import Path

from secledger.cli.console import Console
from secledger.domain.credentials import check_password_rules, validate_username
from secledger.domain.errors import LedgerError
from secledger.services.ledger.server import (
    create_server_ledger,
    move_to_server,
    prepare_server,
)
from secledger.services.ledger.session import (
    Ledger,
    check_ledger_folder,
    check_new_folder,
    create_ledger,
    open_ledger,
)
from secledger.store.server import AdminUrl, locate, parse_url

OK, UNSOUND = 0, 1
#: the DBA's password for ``init --server`` / ``server-upgrade`` when the URL has none
DBA_PASSWORD_ENV = "SECLEDGER_DBA_PASSWORD"


def require_ledger(path: Path) -> None:
    """Refuse a folder that is not a ledger, or whose database is missing, empty or foreign,
    before asking for a password. A server ledger's connection file is checked as it loads."""
    folder, server = locate(path)
    if server is None:
        check_ledger_folder(folder)


def refuse_existing(path: Path) -> None:
    """Refuse anything but an empty or new folder before asking for a password."""
    check_new_folder(path)


def open_as(args: argparse.Namespace, con: Console) -> Ledger:
    path = Path(args.path)
    require_ledger(path)
    user = args.user or "admin"
    password = con.password(f"用户“{user}”的密码：", f"Password of “{user}”: ")
    return open_ledger(path, username=user, password=password)


# -- init -------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace, con: Console) -> int:
    path = Path(args.path)
    refuse_existing(path)
    validate_username(args.admin)
    password = con.password(f"为保密员账户“{args.admin}”设置密码：",
                            f"New password for the security officer “{args.admin}”: ",
                            confirm=True)
    check_password_rules(password)
    if getattr(args, "server", None):
        led, code = create_server_ledger(
            path, admin=server_admin(args, con), unit_name=args.unit, admin_username=args.admin,
            admin_password=password, admin_name=args.name or args.admin, kdf=con.kdf())
    else:
        led, code = create_ledger(path, unit_name=args.unit, admin_username=args.admin,
                                  admin_password=password, admin_name=args.name or args.admin,
                                  kdf=con.kdf())
    led.close()
    con.say(f"已创建台账：{path.resolve()}", f"Ledger created: {path.resolve()}")
    con.say(f"保密员账户：{args.admin}", f"Security officer account: {args.admin}")
    if args.unit:
        con.say(f"单位：{args.unit}", f"Unit: {args.unit}")
    print_recovery_code(con, code)
    return OK


def server_admin(args: argparse.Namespace, con: Console) -> AdminUrl:
    """The DBA's URL of ``--server``, its password asked for when the URL has none (never
    stored); ``--role`` names the application's role."""
    admin = parse_url(args.server)
    if getattr(args, "role", None):
        admin = AdminUrl(admin.config.with_ledger("", args.role), admin.user, admin.password)
    if not admin.password:
        asked = con.secret(DBA_PASSWORD_ENV, f"数据库管理员“{admin.user}”的密码：",
                           f"Password of the database administrator “{admin.user}”: ")
        admin = AdminUrl(admin.config, admin.user, asked)
    return admin


def cmd_server_upgrade(args: argparse.Namespace, con: Console) -> int:
    """As the DBA: the schema to this program's head, grants and the append-only trigger
    renewed (after new tables); the role's password stays."""
    admin = server_admin(args, con)
    prepare_server(admin, admin.config.role, None)
    con.say(f"服务器台账数据库已升级：{admin.config.database}",
            f"Server ledger database upgraded: {admin.config.database}")
    return OK


def cmd_move_to_server(args: argparse.Namespace, con: Console) -> int:
    """The folder ledger PATH copied into a new server ledger reached from NEWFOLDER."""
    require_ledger(Path(args.path))
    refuse_existing(Path(args.target))
    admin = server_admin(args, con)
    user = args.user or "admin"
    password = con.password(f"用户“{user}”的密码：", f"Password of “{user}”: ")
    counts = move_to_server(args.path, args.target, admin=admin, username=user,
                            password=password, kdf=con.kdf())
    con.say(f"已迁移到服务器：载体 {counts['carriers']} 件，事件 {counts['events']} 条。",
            f"Moved to the server: {counts['carriers']} carriers, {counts['events']} events.")
    con.say(f"服务器台账：{Path(args.target).resolve()}（原台账文件夹未改动，请封存）",
            f"Server ledger: {Path(args.target).resolve()} (the folder ledger is left as it "
            "was; archive it)")
    return OK


def cmd_server_restore(args: argparse.Namespace, con: Console) -> int:
    """A sealed server dump restored into the DBA's new database, reached from NEWFOLDER."""
    from secledger.services.ledger.server_backup import restore_server

    refuse_existing(Path(args.target))
    admin = server_admin(args, con)
    user = args.user or "admin"
    password = con.password(f"用户“{user}”的密码（备份时的）：",
                            f"Password of “{user}” (at the time of the backup): ")
    restore_server(Path(args.file), Path(args.target), admin=admin, username=user,
                   password=password, keyslots=Path(args.keyslots) if args.keyslots else None)
    con.say(f"已恢复到服务器台账：{Path(args.target).resolve()}",
            f"Restored to the server ledger: {Path(args.target).resolve()}")
    return OK


def print_recovery_code(con: Console, code: str) -> None:
    bar = "=" * 60
    con.say(bar)
    con.say("应急恢复密钥（只显示这一次）：", "RECOVERY CODE (shown only this once):")
    con.say(f"    {code}")
    con.say(
        "请立即打印或抄写此密钥，签字后密封存放在保密柜中。所有密码都遗失时，只有它能打开台账；\n"
        "不要把它保存在本机或任何联网设备上。",
        "Print or write it down now, sign it and keep it sealed in the safe. If every password\n"
        "is lost, only this code opens the ledger. Never store it on this or any networked computer.",
    )
    con.say(bar)


# -- demo -------------------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace, con: Console) -> int:
    path = Path(args.path)
    if getattr(args, "server", ""):
        _demo_on_server(args, path, con)
    else:
        path = build_demo_ledger(path, args.documents, args.user, con).path
    con.say(f"登录：secledger-gui --ledger {path} --user {args.user}",
            f"Log in: secledger-gui --ledger {path} --user {args.user}")
    return OK


def _demo_on_server(args: argparse.Namespace, path: Path, con: Console) -> None:
    """The demo built as a folder ledger in a temporary folder, then moved to the server
    (the bulk loader writes SQLite); the temporary folder is removed."""
    import tempfile

    refuse_existing(path)
    admin = server_admin(args, con)
    with tempfile.TemporaryDirectory(prefix="secledger-demo-") as tmp:
        folder = Path(tmp) / "demo"
        summary = build_demo_ledger(folder, args.documents, args.user, con)
        move_to_server(folder, path, admin=admin, username="admin",
                       password=summary.password, kdf=con.kdf())
    con.say(f"已迁移到服务器台账：{path.resolve()}", f"Moved to the server ledger: {path.resolve()}")


def demo_usernames() -> tuple[str, ...]:
    from secledger.demo.build import ACCOUNTS

    return ("admin", *ACCOUNTS)


def build_demo_ledger(path: Path, documents: int, user: str, con: Console):  # type: ignore[no-untyped-def]
    """Build the demo ledger at *path*, telling the user where it is and how to log in."""
    from secledger.demo.build import build_demo

    names = demo_usernames()
    if user not in names:
        raise LedgerError("cli.demo_user", username=user, usernames="、".join(names))
    refuse_existing(path)
    progress = _progress(con, "生成", "Generating") if con.err.isatty() else None
    summary = build_demo(path, documents=documents, kdf=con.kdf(), progress=progress)
    if progress is not None:
        print(file=con.err)
    con.say(
        f"已生成演示台账：{path.resolve()}（文件 {summary.documents} 件，载体 {summary.carriers} 件，"
        f"事件 {summary.events} 条，用时 {summary.seconds:.1f} 秒）",
        f"Demo ledger created: {path.resolve()} ({summary.documents} documents, "
        f"{summary.carriers} carriers, {summary.events} events, {summary.seconds:.1f} s)",
    )
    con.say(f"账户：{'、'.join(summary.usernames)}；密码均为 {summary.password}",
            f"Accounts: {', '.join(summary.usernames)}; password for all: {summary.password}")
    con.say("demo 兼有机要员、档案员、审批人和审计员角色；admin 为保密员；archivist 档案员；"
            "leader 审批人；auditor 审计员。",
            "“demo” is clerk + archivist + approver + auditor; “admin” is the security officer; "
            "“archivist”, “leader” (approver) and “auditor” have one role each.")
    return summary


def _progress(con: Console, zh: str, en: str):  # type: ignore[no-untyped-def]
    def show(done: int, total: int) -> None:
        print(f"\r{con.t(zh, en)} {done}/{total}", end="", file=con.err, flush=True)

    return show


# -- verify -----------------------------------------------------------------------------
def cmd_verify(args: argparse.Namespace, con: Console) -> int:
    from secledger.services.audit.verify import verify
    from secledger.services.classification.expiry import run_auto_declassification

    led = open_as(args, con)
    try:
        ended = run_auto_declassification(led).documents  # periods that ended are recorded first
        if ended:
            con.say(f"保密期限届满、已自行解密的文件 {ended} 件已记入台账。",
                    f"{ended} documents whose secrecy period ended were recorded as declassified.")
        progress = _progress(con, "已校验事件", "Events checked") if con.err.isatty() else None
        report = verify(led, progress)
        if progress is not None:
            print(file=con.err)
    finally:
        led.close()
    con.say(f"台账：{Path(args.path).resolve()}", f"Ledger: {Path(args.path).resolve()}")
    con.say(f"已校验事件 {report.events} 条，载体 {report.carriers} 件。",
            f"Checked {report.events} events and {report.carriers} carriers.")
    con.say(f"链头：#{report.head_id} {report.head_hash}",
            f"Chain head: #{report.head_id} {report.head_hash}")
    first = report.first
    if first is None:
        con.say("结论：哈希链完整，载体状态与事件日志一致。",
                "Result: the hash chain is intact and the carriers match the event log.")
        return OK
    where = f"#{first.event_id}" if first.event_id is not None else "?"
    con.say(f"结论：校验未通过（首个问题在事件 {where}）。",
            f"Result: NOT sound (first problem at event {where}).")
    print(con.t(f"校验未通过：{first.message}",
                f"Verification failed: {first.message_en or first.message}"),
          file=con.err)
    return UNSOUND


# -- rekey ------------------------------------------------------------------------------
def cmd_rekey(args: argparse.Namespace, con: Console) -> int:
    from secledger.services.ledger.rekey import rekey_ledger

    path = Path(args.path)
    require_ledger(path)
    user = args.user or "admin"
    password = con.password(f"保密员“{user}”的密码：", f"Password of the security officer “{user}”: ")
    led = open_ledger(path, username=user, password=password)
    try:
        result = rekey_ledger(led, password=password)
        sheet = write_recovery_sheet(led, result.recovery_code, args.sheet)
    finally:
        led.close()
    con.say(f"已更换主密钥：{path.resolve()}", f"Master key changed: {path.resolve()}")
    con.say(f"可打开台账的账户：{'、'.join(result.users)}",
            f"Accounts that open the ledger: {', '.join(result.users)}")
    for name, temp in sorted(result.temporary_passwords.items()):
        con.say(f"账户“{name}”的一次性临时密码：{temp}（登录后须修改）",
                f"One-time temporary password of “{name}”: {temp} (must be changed at login)")
    print_recovery_code(con, result.recovery_code)
    con.say(f"应急恢复密钥表已保存：{sheet}。打印后立即删除该文件；原恢复密钥表按涉密载体销毁。",
            f"Recovery sheet saved: {sheet}. Print it, then delete the file; destroy the old "
            "sheet as a classified carrier.")
    return OK


def write_recovery_sheet(led: Ledger, code: str, target: str | None) -> Path:
    from datetime import UTC

    from secledger.reports.ledger.recovery_sheet import render_recovery_sheet

    now = led.now()
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = Path(target) if target else Path.cwd() / f"应急恢复密钥-{led.path.name}-{stamp}.pdf"
    return render_recovery_sheet(path, unit_name=led.unit_name, ledger_id=led.ledger_id,
                                 ledger_path=led.path.resolve(), created_at=now.astimezone(),
                                 code=code, printed_by=led.user.person_name)
