"""Pieces several features use: widgets, prompts, formatting, style, shared labels, autosave, PDF
page helpers. Imports no feature.
"""
