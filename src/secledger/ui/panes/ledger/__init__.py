"""ui/panes/ledger"""
