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
        "更换主密钥失败：{detail}。台账仍使用原主密钥；请重新打开台账后再试。",
        "Changing the master key failed: {detail}. The ledger keeps its previous key; "
        "reopen the ledger and try again.",
    ),
    "ledger.keyslots_write_failed": (
        "无法写入密钥槽文件“{path}”：{detail}。请检查台账文件夹及其 backups 文件夹可写，然后重试。",
        "Cannot write the key-slot file “{path}”: {detail}. Check that the ledger folder and "
        "its backups folder are writable, then try again.",
    ),
}
