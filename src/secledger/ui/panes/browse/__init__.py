"""ui/panes/browse"""
