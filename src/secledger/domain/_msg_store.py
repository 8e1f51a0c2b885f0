"""Messages of the ledger's security promises (store); merged into messages.MESSAGES."""

from __future__ import annotations

# code: (zh_CN, en)
MESSAGES: dict[str, tuple[str, str]] = {
    # a ledger.db that cannot be opened (DatabaseDamaged: the restore advice is appended)
    "ledger.db_missing": (
        "台账文件夹“{path}”中没有数据库文件 ledger.db（被移走、改名或删除）。",
        "The ledger folder “{path}” has no database file ledger.db (moved, renamed or deleted).",
    ),
    "ledger.db_empty": (
        "数据库文件“{db}”是空文件（0 字节），台账数据不在其中。",
        "The database file “{db}” is empty (0 bytes): the ledger's data is not in it.",
    ),
    "ledger.db_truncated": (
        "数据库文件“{db}”不完整：{reason}，可能在复制、写入或断电时被截断。密码是正确的。",
        "The database file “{db}” is incomplete: {reason}; it was cut short while being "
        "copied or written. The password is right.",
    ),
    "ledger.db_foreign": (
        "数据库文件“{db}”不是本台账的数据库：{reason}。",
        "The database file “{db}” is not this ledger's database: {reason}.",
    ),
    "ledger.db_not_database": (
        "数据库文件“{db}”无法用本台账的密钥打开（首页校验失败）：它已损坏、被别的文件（如 PDF、"
        "随机数据）替换，或是另一本台账的数据库。密码是正确的。",
        "The database file “{db}” does not open with this ledger's key (its first page fails "
        "the check): it is damaged, was replaced by another file (a PDF, random data) or is "
        "another ledger's database. The password is right.",
    ),
    "ledger.db_damaged": (
        "数据库文件“{db}”已损坏，无法打开（{detail}）。密码是正确的。",
        "The database file “{db}” is damaged and does not open ({detail}). The password is right.",
    ),
    "ledger.restore_backup": (
        "台账的文件未被改动。请关闭本程序，把“{backups}”中最新的备份“{backup}”复制为 ledger.db"
        "（若是“备份”命令生成的，同时把同一时间的 keyslots-…-backup.json 复制为 keyslots.json），"
        "再重新打开，并报告保密员。",
        " The ledger's files were left as they are. Close the program, copy the latest backup “{backup}” "
        "from “{backups}” to ledger.db (for a backup made by the backup command, also copy the "
        "keyslots-…-backup.json of the same time to keyslots.json), open the ledger again and "
        "tell the security officer.",
    ),
    "ledger.restore_no_backup": (
        "台账的文件未被改动。“{backups}”中没有备份：请找到最近的备份（如备份光盘），复制为 ledger.db "
        "后重新打开，并报告保密员。",
        " The ledger's files were left as they are. “{backups}” holds no backup: find the latest backup "
        "(e.g. on the backup disc), copy it to ledger.db, open the ledger again and tell the "
        "security officer.",
    ),
    # the reasons filled into the messages above
    "ledger.why.partial_page": (
        "文件长 {size} 字节，不是整数个 {page_size} 字节的数据库页",
        "its {size} bytes are not a whole number of {page_size}-byte pages",
    ),
    "ledger.why.short": (
        "文件在第 {pages} 页（{size} 字节）后就结束了，比数据库应有的长度短",
        "the file ends after {pages} pages ({size} bytes), before the database does",
    ),
    "ledger.why.plain_sqlite": (
        "它是未加密的普通 SQLite 数据库，而台账数据库总是加密的",
        "it is a plain, unencrypted SQLite database, and a ledger's database is always encrypted",
    ),
    "ledger.why.no_tables": (
        "本台账的密钥能打开它，但其中没有台账的数据表（缺少 {tables}）",
        "this ledger's key opens it, but it lacks the ledger's tables ({tables})",
    ),
    "ledger.why.no_version": (
        "其中没有结构版本记录（alembic_version 为空）",
        "it records no schema version (alembic_version is empty)",
    ),
    "ledger.why.no_ledger_id": (
        "其中没有台账编号，是一个未初始化的空数据库",
        "it holds no ledger id: it is a blank, never initialised database",
    ),
    "ledger.why.other_ledger": (
        "它属于另一本台账（编号 {found}，本台账为 {expected}）",
        "it belongs to another ledger (id {found}; this ledger is {expected})",
    ),
    # errors that are not damage
    "ledger.db_unreadable": (
        "无法读取数据库文件“{db}”：{detail}。请检查文件权限和磁盘后重试；文件未作任何改动。",
        "The database file “{db}” cannot be read: {detail}. Check the file's permissions and "
        "the disk, then try again; the file was left as it is.",
    ),
    "ledger.folder_not_empty": (
        "文件夹“{path}”不是空的（已有 {entries}）。新台账只能建在空文件夹或新文件夹中，以免覆盖任何文件；"
        "请另选或新建一个文件夹。",
        "The folder “{path}” is not empty (it holds {entries}). A new ledger is created only in "
        "an empty or new folder, so that no file is overwritten; choose or make another folder.",
    ),
    "ledger.not_a_folder": (
        "“{path}”是一个文件，不是文件夹。请为新台账选择一个空文件夹或新文件夹。",
        "“{path}” is a file, not a folder. Choose an empty or new folder for the new ledger.",
    ),
}
