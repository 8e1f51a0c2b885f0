"""services/registration"""
