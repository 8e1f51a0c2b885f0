"""ui/panes/registration"""
