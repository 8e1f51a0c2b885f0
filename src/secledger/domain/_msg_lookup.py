"""Messages of the carrier resolver (what was not found, why a carrier cannot be used in a
field) and of duplicate receipts; merged into messages.MESSAGES."""

from __future__ import annotations

# code: (zh_CN, en)
MESSAGES: dict[str, tuple[str, str]] = {
    "lookup.label_not_found": (
        "未找到标签为{label}的载体。请核对标签，或输入登记号和份号（例如收2026-00420/000003）。",
        "No carrier in the ledger has the label {label}. Check the label, or type the "
        "registration number and copy number (e.g. 收2026-00420/000003).",
    ),
    "lookup.reg_not_found": (
        "未找到登记号{reg_no}：台账中没有这一登记。请核对登记号（例如收2026-00420），或输入标题、文号查找。",
        "There is no registration {reg_no} in the ledger. Check the number (e.g. 收2026-00420), "
        "or search by title or document number.",
    ),
    "lookup.copy_not_found": (
        "{reg_no}没有第{copy_no}份：该登记的份号为{copies}。",
        "{reg_no} has no copy {copy_no}: its copy numbers are {copies}.",
    ),
    "lookup.number_not_found": (
        "未找到登记号为“{text}”的文件。请输入完整登记号（例如收2026-00420），或输入标题、文号查找。",
        "No registration is numbered “{text}”. Type the full number (e.g. 收2026-00420), or "
        "search by title or document number.",
    ),
    "lookup.nothing": (
        "没有与“{text}”相符的载体。可扫描标签，输入登记号（可带份号），或输入标题、文号、来文单位中的文字。",
        "Nothing matches “{text}”. Scan the label, type the registration number (with the copy "
        "number if you like), or words of the title, document number or unit.",
    ),
    "lookup.copy_without_document": (
        "只输入了份号{copy_no}：请连同登记号一起输入，例如收2026-00420/{copy_no}，或先选定文件。",
        "Only a copy number ({copy_no}) was typed: type it with the registration number, e.g. "
        "收2026-00420/{copy_no}, or choose the document first.",
    ),
    "lookup.not_usable": (
        "{reg_no}第{copy_no}份当前“{state_label}”（保管人：{holder}），不能在此{purpose}："
        "{purpose}只能用{allowed}的载体。",
        "{reg_no} copy {copy_no} is {state_en} (holder: {holder}); it cannot be used here for "
        "{purpose_en}: only carriers that are {allowed_en} can.",
    ),
    "lookup.none_usable": (
        "“{text}”的{count}件载体都不能在此{purpose}（{states}）：{purpose}只能用{allowed}的载体。",
        "None of the {count} carriers of “{text}” can be used here for {purpose_en} "
        "({states_en}): only carriers that are {allowed_en} can.",
    ),
    "receipt.copy_overlap": (
        "{unit}{doc_no}的份号{copies}已登记在{reg_no}中：同一份载体不能在台账上登记两次。请核对份号；"
        "如确属另一次来文（例如来文单位重发），请勾选“另行登记”并写明理由。",
        "Copy number(s) {copies} of {doc_no} from {unit} are already registered as {reg_no}: the "
        "same copy cannot be on the ledger twice. Check the copy numbers; if this really is "
        "another delivery (e.g. sent again by the unit), tick “separate receipt” and give the "
        "reason.",
    ),
    "receipt.separate_reason_required": (
        "另行登记须写明理由，例如“来文单位重发”。",
        "A separate receipt needs a reason, e.g. “sent again by the unit”.",
    ),
}
