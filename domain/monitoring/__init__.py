"""Monitoring: the chain's targets computed from the client files (docs/monitoring.md).

Pure Python, so the desktop (from what the device holds) and the server (for the region)
compute the same figures with the same code.
"""
