"""ui/panes/custody"""
