"""Sync as the user sees it: status, signing in to the server, refused changes, conflicts,
duplicates.
"""
