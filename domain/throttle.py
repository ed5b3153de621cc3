"""Waiting longer after each failed unlock makes guessing the passphrase slow."""


def unlock_delay_seconds(failed_attempts: int) -> float:
    """No wait for the first two mistakes, then 1, 2, 4 ... seconds, at most 30."""
    if failed_attempts < 3:
        return 0.0
    return float(min(30, 2 ** (failed_attempts - 3)))
