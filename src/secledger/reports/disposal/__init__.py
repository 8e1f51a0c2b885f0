"""reports/disposal"""
