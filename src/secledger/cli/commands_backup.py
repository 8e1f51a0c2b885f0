"""``backup`` (and its ``--list``), ``verify-backup`` and ``restore``. Each returns the process exit code.

``verify-backup`` and ``restore`` need no open ledger: the backup's own key-slot file is
opened with the password of ``--user`` as it was when the backup was made, or with the
应急恢复密钥 (``--recovery``; asked, or ``SECLEDGER_RECOVERY_CODE``). With ``--ledger PATH``
they also log in to that (live) ledger and record the verification or the restore in its
event log; the live ledger's files are never written otherwise.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from secledger.cli.commands import OK, UNSOUND, open_as
from secledger.cli.console import Console
from secledger.services.ledger.backup import BackupInfo, backup_ledger, list_backups
from secledger.services.ledger.restore import (
    BackupCheck,
    Secret,
    check_backup,
    restore_backup,
    restore_files,
    verify_backup,
)
from secledger.services.ledger.session import open_ledger

RECOVERY_ENV = "SECLEDGER_RECOVERY_CODE"


# -- backup -----------------------------------------------------------------------------
def cmd_backup(args: argparse.Namespace, con: Console) -> int:
    if getattr(args, "list", False):
        return cmd_list(args, con)
    led = open_as(args, con)
    try:
        result = backup_ledger(led, to=Path(args.to) if args.to else None)
    finally:
        led.close()
    con.say(f"已备份数据库：{result.database}", f"Database backed up: {result.database}")
    con.say(f"已备份密钥槽：{result.keyslots}", f"Key slots backed up: {result.keyslots}")
    con.say(f"备份已校验，包含事件至 #{result.head_id}。两个文件须一并保存，缺一不能恢复。",
            f"The backup was checked and holds events up to #{result.head_id}. "
            "Keep both files together.")
    return OK


def _secret(args: argparse.Namespace, con: Console) -> tuple[str, Secret]:
    """(password of --user, what opens the backup's slot)."""
    user = args.user or "admin"
    password = con.password(f"用户“{user}”的密码：", f"Password of “{user}”: ") \
        if args.ledger or not args.recovery else ""
    if not args.recovery:
        return password, Secret(user, password)
    code = os.environ.get(RECOVERY_ENV) or con._ask(con.t("应急恢复密钥：", "Recovery code: "))
    return password, Secret(user, "", code)


def _report(con: Console, check: BackupCheck) -> int:
    con.say(f"已校验事件 {check.events} 条，载体 {check.carriers} 件。",
            f"Checked {check.events} events and {check.carriers} carriers.")
    con.say(f"链头：#{check.head_id} {check.head_hash}",
            f"Chain head: #{check.head_id} {check.head_hash}")
    if check.ok:
        con.say("结论：备份完整，哈希链完整，载体状态与事件日志一致。",
                "Result: the backup is sound: pages, hash chain and carriers check out.")
        return OK
    con.say("结论：备份校验未通过。", "Result: the backup is NOT sound.")
    print(con.t(f"备份校验未通过：{check.problem}", f"Backup verification failed: {check.problem}"),
          file=con.err)
    return UNSOUND


def cmd_verify_backup(args: argparse.Namespace, con: Console) -> int:
    password, secret = _secret(args, con)
    con.say(f"备份：{Path(args.file).resolve()}", f"Backup: {Path(args.file).resolve()}")
    if args.ledger:
        with open_ledger(Path(args.ledger), username=secret.username, password=password) as led:
            check = verify_backup(led, database=args.file, keyslots=args.keyslots,
                                  password=secret.password, recovery_code=secret.recovery_code)
    else:
        check = check_backup(args.file, secret, keyslots=args.keyslots)
    return _report(con, check)


def cmd_restore(args: argparse.Namespace, con: Console) -> int:
    password, secret = _secret(args, con)
    if args.ledger:
        with open_ledger(Path(args.ledger), username=secret.username, password=password) as led:
            check = restore_backup(led, database=args.file, target=args.folder,
                                   keyslots=args.keyslots, password=secret.password,
                                   recovery_code=secret.recovery_code)
    else:
        check = restore_files(args.file, args.folder, secret, keyslots=args.keyslots)
    target = Path(args.folder).resolve()
    con.say(f"已恢复到新文件夹：{target}（已校验，事件至 #{check.head_id}）",
            f"Restored into the new folder {target} (verified; events up to #{check.head_id}).")
    con.say(f"用 secledger verify {target} 可再次校验；在登录界面选择该文件夹即可打开。",
            f"Run secledger verify {target} to check it again; choose the folder at login to open it.")
    return OK


def cmd_list(args: argparse.Namespace, con: Console) -> int:
    led = open_as(args, con)
    try:
        rows = list_backups(led)
    finally:
        led.close()
    if not rows:
        con.say("还没有备份。", "No backups yet.")
    for row in rows:
        con.say(_line(row, con))
    return OK


def _line(row: BackupInfo, con: Console) -> str:
    when = row.made_at.astimezone().strftime("%Y-%m-%d %H:%M") if row.made_at else "?"
    size = f"{row.size / 1048576:.1f} MB" if row.size >= 104858 else f"{row.size / 1024:.0f} KB"
    head = f"#{row.head_id}" if row.head_id is not None else "#?"
    if row.verified_ok is None:
        state = con.t("未全面校验", "not verified")
    else:
        state = con.t("校验通过", "verified") if row.verified_ok else con.t("校验未通过", "FAILED")
    notes = []
    if not row.exists:
        notes.append(con.t("文件缺失", "files missing") if row.complete or not row.database.exists()
                     else con.t("缺少密钥槽文件", "key-slot file missing"))
    if row.before_rekey:
        notes.append(con.t("早于主密钥更换：只能用当时有效的密码或恢复密钥打开",
                           "made before the key change: opens only with the credentials of that time"))
    tail = f"  [{'; '.join(notes)}]" if notes else ""
    return f"{when}  {size:>9}  {head:>8}  {state}  {row.database}{tail}"
