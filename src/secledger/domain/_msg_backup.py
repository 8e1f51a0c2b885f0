"""Messages of the ledger's security promises (backup); merged into messages.MESSAGES."""

from __future__ import annotations

# code: (zh_CN, en)
MESSAGES: dict[str, tuple[str, str]] = {
    "backup.disk_full": (
        "备份失败：“{target}”所在磁盘空间不足。写了一半的文件已删除，没有留下不完整的备份。"
        "请清理空间或换一个有足够空间的文件夹后重试。",
        "Backup failed: the disk holding “{target}” is full. The half-written files were removed; "
        "no incomplete backup is left. Free some space or choose another folder and try again.",
    ),
    "backup.copy_damaged": (
        "备份失败：写入的数据库副本校验不通过（{detail}），已删除。请检查存储设备后重试。",
        "Backup failed: the database copy did not check out ({detail}) and was removed. "
        "Check the storage device and try again.",
    ),
    "backup.head_mismatch": (
        "备份失败：副本的链头（事件 #{copy}）与台账的链头（事件 #{live}）不一致，副本已删除。请重试。",
        "Backup failed: the copy ends at event #{copy} but the ledger at #{live}; the copy was "
        "removed. Try again.",
    ),
    "backup.slots_incomplete": (
        "备份失败：密钥槽副本不完整（写入 {written} 字节，应为 {expected} 字节），数据库副本和密钥槽副本都已删除。"
        "没有完整的密钥槽，备份无法打开。请检查磁盘空间后重试。",
        "Backup failed: the key-slot copy is incomplete ({written} of {expected} bytes); both copies "
        "were removed, since a backup without its key slots cannot be opened. Check the free space "
        "and try again.",
    ),
    "backup.missing": (
        "找不到备份文件“{path}”。请检查路径，或插入存放备份的介质。",
        "The backup file “{path}” does not exist. Check the path or insert the medium holding it.",
    ),
    "backup.no_keyslots": (
        "找不到与备份“{database}”配对的密钥槽文件“{keyslots}”：没有它备份无法打开。"
        "请把两个文件放在同一文件夹，或指定密钥槽文件。",
        "The key-slot file “{keyslots}” that belongs to “{database}” is missing; without it the "
        "backup cannot be opened. Put both files in one folder or name the key-slot file.",
    ),
    "backup.not_openable": (
        "无法打开备份数据库“{path}”（{detail}）：文件已损坏，或与密钥槽文件不配对。",
        "Cannot open the backup database “{path}” ({detail}): it is damaged or does not belong "
        "to the key-slot file.",
    ),
    "backup.foreign": (
        "“{path}”不是本台账的备份（属于另一本台账）。请选择本台账的备份。",
        "“{path}” is a backup of another ledger. Choose a backup of this ledger.",
    ),
    "backup.wrong_password": (
        "备份中账户“{username}”的密钥槽无法用该密码打开。备份可能早于密码修改或主密钥更换："
        "请输入备份时有效的密码，或使用应急恢复密钥。",
        "The password does not open the key slot of “{username}” in this backup. The backup may "
        "predate a password or master-key change: use the password valid when it was made, or "
        "the recovery code.",
    ),
    "backup.wrong_recovery_code": (
        "应急恢复密钥无法打开此备份：请核对密钥（备份早于主密钥更换时，须用当时的恢复密钥）。",
        "The recovery code does not open this backup. Check it (a backup made before a master-key "
        "change needs the recovery code of that time).",
    ),
    "backup.target_is_live": (
        "不能恢复到正在使用的台账文件夹“{path}”或其中：恢复只写入台账以外的新文件夹。",
        "Cannot restore into the live ledger folder “{path}” or inside it: choose a new folder "
        "outside the ledger.",
    ),
    "backup.target_not_empty": (
        "恢复目标“{path}”已存在且不是空文件夹：恢复只写入新的文件夹，不覆盖任何文件。请另选一个新文件夹。",
        "“{path}” exists and is not an empty folder: a restore only writes into a new folder and "
        "never overwrites files. Choose a new folder.",
    ),
    "backup.unsound": (
        "备份校验未通过：{detail}。该备份不能使用，已复制的文件已删除；请改用另一份备份。",
        "The backup is not sound: {detail}. It cannot be used and the copied files were removed; "
        "use another backup.",
    ),
    "backup.restore_failed": (
        "恢复失败：无法写入“{target}”（{detail}）。已写入的文件已删除。请换一个可写且空间足够的文件夹。",
        "Restore failed: cannot write “{target}” ({detail}). The files written were removed. "
        "Choose a writable folder with enough space.",
    ),
}
