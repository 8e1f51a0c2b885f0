"""services/ledger"""
