"""services/audit"""
