"""Messages of a server ledger (PostgreSQL); merged into messages.MESSAGES."""

from __future__ import annotations

# code: (zh_CN, en)
MESSAGES: dict[str, tuple[str, str]] = {
    "server.bad_file": (
        "服务器连接文件“{path}”无法读取或不是本程序的连接文件（{detail}）。",
        "The server connection file “{path}” cannot be read or is not this program's "
        "connection file ({detail}).",
    ),
    "server.bad_url": (
        "服务器地址“{url}”无效：应为 postgresql://用户@主机:端口/数据库。",
        "The server address “{url}” is not valid: it should be "
        "postgresql://user@host:port/database.",
    ),
    "server.bad_name": (
        "数据库{what}名“{name}”无效：只能用小写字母、数字和下划线，且不以数字开头。",
        "The database {what} name “{name}” is not valid: use lower-case letters, digits and "
        "underscores, not starting with a digit.",
    ),
    "server.unreachable": (
        "无法连接台账服务器 {host} 上的数据库“{database}”：{detail}。请检查网络、服务器和证书，"
        "或联系数据库管理员。",
        "Cannot connect to the database “{database}” on the ledger server {host}: {detail}. "
        "Check the network, the server and its certificate, or ask the database administrator.",
    ),
    "server.not_a_ledger": (
        "服务器上的数据库“{database}”不是台账数据库，或本程序的数据库账号无权读取（{detail}）。",
        "The database “{database}” on the server is not a ledger database, or the program's "
        "database role may not read it ({detail}).",
    ),
    "server.schema_mismatch": (
        "服务器上的台账数据库“{database}”的结构版本为 {found}，本程序需要 {expected}。"
        "请数据库管理员先用 secledger server-upgrade 升级数据库，或换用相应版本的程序。",
        "The ledger database “{database}” on the server has schema version {found}; this "
        "program needs {expected}. Ask the database administrator to upgrade it with "
        "secledger server-upgrade, or use the matching program version.",
    ),
    "server.foreign": (
        "服务器上的数据库“{database}”属于另一本台账（{found}），不是本连接文件的台账（{expected}）。",
        "The database “{database}” on the server belongs to another ledger ({found}), not to "
        "this connection file's ledger ({expected}).",
    ),
    "server.not_empty": (
        "服务器上的数据库“{database}”中已有一本台账，不会被覆盖。请使用新的空数据库。",
        "The database “{database}” on the server already holds a ledger; it is not "
        "overwritten. Use a new, empty database.",
    ),
    "server.unsupported": (
        "服务器台账不能{action}：{reason}",
        "A server ledger cannot {action}: {reason}",
    ),
    "server.changed_elsewhere": (
        "该载体（或事项）刚被其他用户修改，已刷新。请查看其当前状态后重试：{reason}",
        "This carrier (or item) was just changed by another user — refreshed. Check its "
        "present state and try again: {reason}",
    ),
}
