"""ui/panes/people"""
