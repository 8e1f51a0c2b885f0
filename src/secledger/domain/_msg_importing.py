"""Messages of importing and exporting registers; merged into messages.MESSAGES.

``import.*`` say what is wrong with a file or a row; ``import.fix.*`` say how to fix it (per
problem code, else per field); ``import.reason.*`` why a row was left out; ``import.note.*``
what the import did that the clerk should know.
"""

from __future__ import annotations

# code: (zh_CN, en)
MESSAGES: dict[str, tuple[str, str]] = {
    # -- the file as a whole (nothing written) ----------------------------------------------
    "import.too_big": (
        "文件“{name}”有 {size_mb} MB，超过 50 MB 的上限，未导入任何内容。请按年度或按登记簿拆分成"
        "较小的文件后再导入。",
        "“{name}” is {size_mb} MB, over the 50 MB limit; nothing was imported. Split it by year "
        "or by register into smaller files and import those.",
    ),
    "import.wps_et": (
        "“{name}”是 WPS 表格（.et）文件，不能直接导入，未导入任何内容。请在 WPS 表格中打开它，"
        "选择“文件 → 另存为”，文件类型选“Excel 文件（*.xlsx）”，再导入另存的 .xlsx 文件。",
        "“{name}” is a WPS Spreadsheets (.et) file, which cannot be imported directly; nothing "
        "was imported. Open it in WPS Spreadsheets, choose File → Save As, pick “Excel file "
        "(*.xlsx)” and import the saved .xlsx file.",
    ),
    "import.encrypted": (
        "“{name}”设有打开密码（已加密），无法读取，未导入任何内容。请在 Excel 或 WPS 中用密码打开，"
        "清除文档密码（文件 → 信息 → 保护工作簿 / 文档加密）后另存为 .xlsx，再导入。",
        "“{name}” is protected with a password (encrypted) and cannot be read; nothing was "
        "imported. Open it with the password in Excel or WPS, remove the password (File → Info "
        "→ Protect Workbook / document encryption), save it as .xlsx and import that.",
    ),
    "import.corrupt": (
        "无法读取“{name}”：文件已损坏，或不是 Excel、WPS 或 CSV 表格（{detail}）。未导入任何内容。"
        "请在 Excel 或 WPS 中打开它并另存为 .xlsx 后再导入。",
        "Cannot read “{name}”: the file is damaged or is not an Excel, WPS or CSV spreadsheet "
        "({detail}). Nothing was imported. Open it in Excel or WPS, save it as .xlsx and "
        "import that.",
    ),
    "import.unsupported": (
        "不能导入“{name}”：只支持 .xlsx、.xls 和 .csv 文件。请在 Excel 或 WPS 中另存为 .xlsx 后再导入。",
        "Cannot import “{name}”: only .xlsx, .xls and .csv files are read. Save it as .xlsx "
        "in Excel or WPS and import that.",
    ),
    "import.no_file": (
        "找不到文件“{name}”。请检查文件名和位置。",
        "The file “{name}” does not exist. Check its name and folder.",
    ),
    "import.no_sheet": (
        "“{name}”中没有名为“{sheet}”的工作表。现有工作表：{sheets}。",
        "“{name}” has no sheet named “{sheet}”. Its sheets: {sheets}.",
    ),
    "import.no_header": (
        "工作表“{sheet}”的前 {rows} 行中找不到登记簿的表头（例如“收文号、来文单位、文号、标题、"
        "密级、份号”），未导入任何内容。请检查是否选对了工作表（--sheet），或在表头行写明各列的列名"
        "后再导入。",
        "No register heading (such as 收文号, 来文单位, 文号, 标题, 密级, 份号) was found in the "
        "first {rows} rows of the sheet “{sheet}”; nothing was imported. Check that this is the "
        "right sheet (--sheet), or write the column names in the heading row and import again.",
    ),
    "import.required_column": (
        "工作表“{sheet}”中没有“{field_label}”列，未导入任何内容。导入至少需要标题、密级和日期三列："
        "请在表头中写明该列（例如“{example}”），或在导入向导中把对应的列指定为“{field_label}”。",
        "The sheet “{sheet}” has no “{field_en}” column; nothing was imported. An import needs "
        "at least the title, the classification and the date: name that column in the heading "
        "(e.g. “{example}”) or map the right column to it in the import wizard.",
    ),
    "import.no_rows": (
        "工作表“{sheet}”的表头下没有可导入的登记行，未导入任何内容。",
        "The sheet “{sheet}” has no entries below its heading; nothing was imported.",
    ),
    "import.refused": (
        "有 {count} 行存在问题（第 {rows} 行），未导入任何内容。请改正源文件后重新导入，或排除这些行"
        "（命令行用 --exclude-rows），被排除的行及原因都记入导入记录。",
        "{count} rows have problems (rows {rows_en}); nothing was imported. Correct the source file "
        "and import it again, or exclude those rows (--exclude-rows on the command line); "
        "excluded rows and the reasons are kept in the import record.",
    ),
    "import.cancelled": (
        "已取消导入，台账未作任何改动。",
        "The import was cancelled; nothing was written to the ledger.",
    ),
    "import.bad_rows_option": (
        "要排除的行号“{text}”无效：请写成用逗号分隔的行号，例如“5,8,12”。",
        "“{text}” is not a list of rows to exclude: write row numbers separated by commas, "
        "e.g. 5,8,12.",
    ),
    "import.row_not_in_sheet": (
        "要排除的第 {row} 行不是工作表“{sheet}”中的登记行（登记行为第 {first} 至 {last} 行）。",
        "Row {row} is not an entry of the sheet “{sheet}” (entries are rows {first} to {last}).",
    ),
    "import.bad_register": (
        "登记簿只能是“收文”或“发文”，不能是“{text}”。",
        "The register is 收文 (receipt) or 发文 (outgoing), not “{text}”.",
    ),
    "import.where": (
        "第 {row} 行 {column} 列（{header}）：",
        "Row {row}, column {column} ({header}): ",
    ),
    # -- problems at a row -------------------------------------------------------------------
    "import.bad_date": (
        "“{text}”不是可识别的日期。",
        "“{text}” is not a date that can be read.",
    ),
    "import.impossible_date": (
        "日期“{text}”不存在（{year}年{month}月没有{day}日）。",
        "The date “{text}” does not exist ({year}-{month} has no day {day}).",
    ),
    "import.future_date": (
        "日期{date}在今天之后。",
        "The date {date} is after today.",
    ),
    "import.date_missing": (
        "没有日期。",
        "The date is missing.",
    ),
    "import.title_missing": (
        "没有标题。",
        "The title is missing.",
    ),
    "import.mark_missing": (
        "没有密级。",
        "The classification is missing.",
    ),
    "import.bad_number": (
        "“{text}”不是整数。",
        "“{text}” is not a whole number.",
    ),
    "import.bad_urgency": (
        "无法识别紧急程度“{text}”。",
        "Unknown urgency “{text}”.",
    ),
    "import.bad_carrier_type": (
        "无法识别载体类型“{text}”。",
        "Unknown carrier type “{text}”.",
    ),
    "import.duplicate_in_file": (
        "与第 {other} 行是同一文件（来文单位、文号相同，份号 {copies} 重叠）。",
        "The same document as row {other} (same unit and document number, copy numbers "
        "{copies} overlap).",
    ),
    "import.duplicate_in_ledger": (
        "台账中已登记过同一文件：{reg_no}（来文单位、文号相同，份号 {copies} 重叠）。",
        "The ledger already holds the same document: {reg_no} (same unit and document number, "
        "copy numbers {copies} overlap).",
    ),
    # -- how to fix --------------------------------------------------------------------------
    "import.fix.import.bad_date": (
        "请写成 2024-03-05、2024.3.5、2024/03/05 或 2024年3月5日。",
        "Write it as 2024-03-05, 2024.3.5, 2024/03/05 or 2024年3月5日.",
    ),
    "import.fix.import.impossible_date": (
        "请对照纸质登记簿或原件核对日期后改正。",
        "Check the date against the paper register or the document and correct it.",
    ),
    "import.fix.import.future_date": (
        "请核对年份（常见为录入时把年份写错）后改正。",
        "Check the year (often mistyped) and correct it.",
    ),
    "import.fix.import.date_missing": (
        "请补上收文（登记）日期；确实无从查考的，可排除此行后单独登记。",
        "Fill in the date received; if it cannot be found, exclude the row and register the "
        "document by hand.",
    ),
    "import.fix.import.title_missing": (
        "请对照原件补上标题。",
        "Fill in the title from the document.",
    ),
    "import.fix.import.mark_missing": (
        "请补上密级（如“机密★10年”或“秘密”）；非国家秘密的文件可写“内部”，将默认不导入。",
        "Fill in the classification (e.g. 机密★10年 or 秘密); write 内部 for a document that is "
        "not a state secret (such rows are left out by default).",
    ),
    "import.fix.import.duplicate_in_file": (
        "同一文件只保留一行：删除重复的一行，或排除其中一行；若确为不同文件，请核对文号和份号。",
        "Keep one row per document: delete or exclude the repeated row; if they are different "
        "documents, check the document numbers and copy numbers.",
    ),
    "import.fix.import.duplicate_in_ledger": (
        "该文件已在台账中，请排除此行；若确为不同份，请核对份号。",
        "The document is already in the ledger: exclude this row; if these are other copies, "
        "check the copy numbers.",
    ),
    "import.fix.import.bad_urgency": (
        "请写“平件”“加急”或“特急”，或留空。",
        "Write 平件, 加急 or 特急, or leave it blank.",
    ),
    "import.fix.import.bad_carrier_type": (
        "请写“纸质”“光盘”“U盘”“移动硬盘”或“其他”。",
        "Write 纸质, 光盘, U盘, 移动硬盘 or 其他.",
    ),
    "import.fix.field.mark": (
        "请写成“机密★10年”“秘密★6个月”“绝密★长期”或只写密级（按最长期限计）。",
        "Write it as 机密★10年, 秘密★6个月, 绝密★长期, or the level alone (maximum period).",
    ),
    "import.fix.field.period": (
        "请写成“10年”“6个月”“长期”或解密日期。",
        "Write it as 10年, 6个月, 长期 or a declassification date.",
    ),
    "import.fix.field.copy_nos": (
        "请写成“1-5”“0012”“001-003”或“3,5,7”，并与份数一致。",
        "Write it as 1-5, 0012, 001-003 or 3,5,7, matching the number of copies.",
    ),
    "import.fix.field.copies": (
        "请写份数的阿拉伯数字，例如“3”。",
        "Write the number of copies in digits, e.g. 3.",
    ),
    "import.fix.field.pages": (
        "请写页数的阿拉伯数字，例如“12”，或留空。",
        "Write the number of pages in digits, e.g. 12, or leave it blank.",
    ),
    "import.fix.field.serial_nos": (
        "光盘、U盘等电子载体每份须有序列号：请在“序列号”列或备注中写“序列号：…”，多份用逗号分隔。",
        "Each copy of an electronic carrier needs a serial number: write it in the serial "
        "number column or as 序列号：… in the remarks, separated by commas.",
    ),
    "import.fix.doc.serial_required": (
        "请在“序列号”列或备注中写“序列号：…”，每份一个，用逗号分隔；不是电子载体的，请去掉备注中的“光盘”“U盘”等字样。",
        "Write one serial number per copy in the serial number column or as 序列号：… in the "
        "remarks, separated by commas; if it is not an electronic carrier, remove the word "
        "for the medium from the remarks.",
    ),
    "import.fix.doc.serial_count": (
        "序列号的个数须与份数相同：请补齐或核对序列号，用逗号分隔。",
        "Give as many serial numbers as copies, separated by commas.",
    ),
    "import.fix.doc.text_too_long": (
        "请把这一格缩短到{limit}字以内后重新导入，或排除此行。",
        "Shorten this cell to at most {limit} characters and import again, or exclude the row.",
    ),
    "import.fix.doc.unit_empty": (
        "请补上来文单位。",
        "Fill in the sending unit.",
    ),
    "import.fix.generic": (
        "请改正源文件中的这一格后重新导入，或排除此行。",
        "Correct this cell in the source file and import again, or exclude the row.",
    ),
    # -- why a row was left out, and what the import did -------------------------------------
    "import.reason.non_secret": (
        "“{mark}”不是国家秘密，默认不导入台账。",
        "“{mark}” is not a state secret; such rows are left out by default.",
    ),
    "import.reason.voided": (
        "源登记簿中已作废（{remarks}）。",
        "Voided in the source register ({remarks}).",
    ),
    "import.reason.by_clerk": (
        "经办人选择不导入此行。{problems}",
        "The clerk chose to leave this row out. {problems}",
    ),
    "import.skip.blank": ("空行", "blank row"),
    "import.skip.total": ("合计行", "totals row"),
    "import.note.signer_unknown": (
        "签收人“{name}”不是台账中的在职人员，载体由导入人保管。",
        "The signer “{name}” is not an active person of the ledger; the importing clerk holds "
        "the carriers.",
    ),
    "import.note.signer_not_cleared": (
        "签收人“{name}”的涉密等级或知悉范围不够，载体由导入人保管。",
        "The signer “{name}” is not cleared for it; the importing clerk holds the carriers.",
    ),
    "import.note.kept": (
        "“{header}”一列的内容“{text}”保留在登记附注中，未作为台账事项办理。",
        "“{text}” in the column “{header}” is kept with the entry, not acted upon.",
    ),
    # -- export ------------------------------------------------------------------------------
    "export.bad_register": (
        "只能导出收文或发文登记簿，不能是“{text}”。",
        "Only the 收文 (receipt) and 发文 (outgoing) registers are exported, not “{text}”.",
    ),
    "export.bad_suffix": (
        "导出文件须以 .xlsx 结尾，不能是“{name}”。",
        "The export file must end in .xlsx, not “{name}”.",
    ),
}
