"""ui/panes/audit"""
