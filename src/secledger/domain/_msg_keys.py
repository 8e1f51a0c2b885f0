"""Messages of the ledger's security promises (keys); merged into messages.MESSAGES."""

from __future__ import annotations

# code: (zh_CN, en)
MESSAGES: dict[str, tuple[str, str]] = {
    "ledger.rekey_busy": (
        "台账正被其他操作使用，无法更换主密钥。请等待打印、导出等操作结束后重试。",
        "The ledger is in use by another operation, so the master key cannot be changed. "
        "Wait until printing or exporting has finished, then try again.",
    ),
    "ledger.rekey_failed": (
        "更换主密钥未完成：{detail}。请关闭并重新打开台账（打开时会完成或撤销这次更换），然后再试。",
        "Changing the master key did not complete: {detail}. Close and reopen the ledger "
        "(opening finishes or undoes the change), then try again.",
    ),
    "ledger.keyslots_write_failed": (
        "无法写入密钥槽文件“{path}”：{detail}。请检查台账文件夹及其 backups 文件夹可写，然后重试。",
        "Cannot write the key-slot file “{path}”: {detail}. Check that the ledger folder and "
        "its backups folder are writable, then try again.",
    ),
}
