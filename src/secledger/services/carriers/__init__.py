"""services/carriers"""
