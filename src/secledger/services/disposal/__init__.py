"""services/disposal"""
