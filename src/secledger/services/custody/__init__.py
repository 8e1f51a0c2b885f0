"""services/custody"""
