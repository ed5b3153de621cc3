"""The access benchmark's baseline server replaces the audit log's calls with no-ops; each must take
what the real call takes, as the endpoints call it. One that no longer fitted (the push's audit took
one argument more) made the baseline answer 500 to every push, and the benchmark stopped."""

from __future__ import annotations

import inspect

import pytest

from bench.no_audit import NO_AUDIT
from server import audit


@pytest.mark.parametrize("name", sorted(NO_AUDIT))
def test_each_no_op_takes_what_the_real_call_takes(name):
    real = inspect.signature(getattr(audit, name))
    stub = inspect.signature(NO_AUDIT[name])
    params = list(real.parameters.values())
    required = [p for p in params if p.default is inspect.Parameter.empty]
    stub.bind(*[None] * len(required))  # as called with only what it needs
    stub.bind(*[None] * len(params))  # and with every argument it takes, by position
    stub.bind(*[None] * len(required), **{p.name: None for p in params if p not in required})  # or by name
