"""Administration: devices and the audit log."""
