"""reports/registration"""
