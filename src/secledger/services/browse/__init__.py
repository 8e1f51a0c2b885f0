"""services/browse"""
