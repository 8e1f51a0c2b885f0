"""ui/panes/approvals"""
