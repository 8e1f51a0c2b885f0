"""reports/kit"""
