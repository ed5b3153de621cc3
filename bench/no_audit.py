"""The audit log's three calls as no-ops, for the access benchmark's baseline server (bench/access.py).

Each takes what the real call takes; tests/unit/test_bench_stubs.py holds them to the real
signatures: a no-op that no longer fitted made the baseline server answer 500 to every push.
"""

NO_AUDIT = {
    "answered_before": lambda earlier: set(),
    "record_push": lambda conn, device, ops, results, answered, known=None: None,
    "read_lines": lambda conn, device, changes: [],
}
