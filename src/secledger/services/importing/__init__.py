"""Bringing an office's existing registers in (导入登记簿): .xlsx, .xls and .csv files of a
收文 or 发文 register, previewed row by row, then written all or nothing.

The wizard's steps, as services (no Qt; every call takes the open ``Ledger``):

1. ``inspect_file(path) -> SourceFile``: refuses a .et, encrypted, damaged or oversized
   file with one message (``ImportFileError``); lists ``sheets``; gives ``sha256``.
2. ``detect_layout(led, path, register=Register.RECEIPT, sheet=None) -> SheetLayout``: the
   heading row (under merged title rows), ``mapping`` column index -> field (one of
   ``domain.importing.FIELDS``), ``remembered`` when the clerk's mapping for the same
   heading was used, a ``sample`` of rows. ``columns.SYNONYMS`` lists the headings known.
3. ``preview_import(led, path, register=…, sheet=…, header_row=…, mapping=…,
   include_non_secret=False, progress=…) -> ImportPreview``: every source row as a
   ``PreviewRow`` (``row`` as the file numbers it, ``status`` ok / error / excluded /
   skipped, ``cells``, ``problems``: ``RowProblem`` with ``column``, ``header``,
   ``message(lang)`` and ``fix(lang)``; ``reason`` of excluded and skipped rows, in words
   via ``reason_text(row, lang)``; ``notes`` (code, params) such as who will hold the
   carriers). ``ok_rows``, ``error_rows``, ``excluded_rows``, ``skipped_rows``,
   ``problems``, ``carriers``.
4. ``commit_import(led, preview, exclude_rows=(…), progress=…) -> ImportResult``: one
   transaction; ``ImportRefused`` (``problems``) while a problem row is not excluded;
   ``ImportCancelled`` when ``progress(done, total)`` returns False (nothing written).
   Fits ``AppContext.write_long(lambda progress: commit_import(…, progress=progress),
   cancellable=True)``.

``import_records(led)`` / ``import_record(led, id)`` read the records, with each excluded
row, its reason and its cells. ``register_of("收文")`` reads a register's name.
Exporting a register in the same layout: ``services.registration.export_layout``.
"""

from secledger.domain.importing import (
    FIELDS,
    ImportCancelled,
    ImportFileError,
    ImportRefused,
    RowProblem,
)
from secledger.services.importing.columns import SYNONYMS
from secledger.services.importing.commit import (
    ImportResult,
    commit_import,
    exclude,
    reason_text,
    register_of,
)
from secledger.services.importing.preview import (
    ImportPreview,
    SheetLayout,
    detect_layout,
    preview_import,
)
from secledger.services.importing.reading import SourceFile, inspect_file
from secledger.services.importing.records import (
    ExcludedRowDTO,
    ImportRecordDTO,
    import_record,
    import_records,
)
from secledger.services.importing.rows import Entry, PreviewRow
from secledger.services.importing.start import SheetStart, open_sheet, with_header_row

__all__ = [
    "FIELDS", "SYNONYMS", "Entry", "ExcludedRowDTO", "ImportCancelled", "ImportFileError",
    "ImportPreview", "ImportRecordDTO", "ImportRefused", "ImportResult", "PreviewRow",
    "RowProblem", "SheetLayout", "SheetStart", "SourceFile", "commit_import", "detect_layout",
    "exclude", "import_record", "import_records", "inspect_file", "open_sheet",
    "preview_import", "reason_text", "register_of", "with_header_row",
]
