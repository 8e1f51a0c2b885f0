"""ui/session"""
