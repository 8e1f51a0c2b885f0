"""reports/audit"""
