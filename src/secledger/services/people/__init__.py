"""services/people"""
