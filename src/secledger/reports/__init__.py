"""PDF (reportlab) and XLSX (openpyxl) forms built from service DTOs."""
