"""ui/panes/disposal"""
