"""The monitoring meeting's report as a PDF (docs/decisions/0034-the-monitoring-meeting-and-its-report.md)."""
