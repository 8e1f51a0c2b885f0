"""reports/ledger"""
