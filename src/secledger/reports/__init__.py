"""PDF (reportlab) and XLSX (XlsxWriter) forms built from plain data (service DTOs).

reportlab and XlsxWriter live only here (openpyxl reads imported workbooks in
``services.importing``); reports import ``domain`` and nothing above it.

- ``pdf``: ``FormMeta``, ``FormDocument`` (A4 page template, header, footer with
  ``第 x 页 共 y 页``, printed-by and the chain digest), ``kv_block``, ``totals_block``,
  ``signature_block``, ``paragraph``.
- ``longtable``: ``LongTable`` for registers of any length (headings on every page,
  struck-through voided rows); ``columns``: ``Column``, ``RowData``, ``cell_text``.
- ``register.render_register_pdf``; ``xlsx.write_table_xlsx``;
  ``recovery_sheet.render_recovery_sheet``; ``labels.render_label_sheet`` /
  ``render_single_labels``.
- ``atomic``: every renderer takes ``progress(done, total) -> bool``; False raises
  ``Cancelled``; output is written to a temporary sibling and renamed on success only.
- ``fonts.register_fonts``: the embedded CJK TrueType font (system 仿宋/宋体, else bundled).
"""
