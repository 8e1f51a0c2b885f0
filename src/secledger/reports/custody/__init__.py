"""reports/custody"""
