"""Messages of classified devices and storage media on a destruction manifest
(services.disposal.destruction_media); merged into messages.MESSAGES."""

from __future__ import annotations

# code: (zh_CN, en)
MESSAGES: dict[str, tuple[str, str]] = {
    "destruction.media_not_awaiting": (
        "{device_no}（{type}）当前为“{state_label}”：只有已报废待销毁的涉密设备和存储介质才能"
        "列入销毁清单，请先在设备台账中办理报废。",
        "{device_no} ({type}) is {state_en}: only devices and media marked for destruction can "
        "go on a destruction manifest. Mark it for destruction in the register first.",
    ),
    "destruction.media_on_other": (
        "{device_no}（{type}）已列入销毁清单{other}，不能重复列入。",
        "{device_no} ({type}) is already on destruction manifest {other}.",
    ),
    "media.on_manifest": (
        "{device_no}已列入销毁清单{reg_no}：请先从清单中移出，再撤销报废。",
        "{device_no} is on destruction manifest {reg_no}: take it off the list first.",
    ),
}
