"""services/approvals"""
