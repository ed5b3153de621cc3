"""Monitoring on the desktop: the chain's figures from what the store holds, and their exports.

Qt-free, so the command line, the benchmark and (later) the screens share it.
See docs/monitoring.md and docs/decisions/0025-monitoring-figures-on-the-desktop.md.
"""
