"""The figures a benchmark prints of repeated runs: the median with its spread, never one sample."""

from __future__ import annotations

import statistics


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def spread(values: list[float], scale: float = 1.0, digits: int = 2) -> dict[str, float | int]:
    """The median of repeated runs with their spread (lowest, highest, how many), for the JSON line."""
    scaled = [v * scale for v in values]
    return {"median": round(statistics.median(scaled), digits), "min": round(min(scaled), digits),
            "max": round(max(scaled), digits), "runs": len(scaled)}


def describe(values: list[float], unit: str, scale: float = 1.0, digits: int = 2) -> str:
    """"median 1.23 s (1.10-1.40 s, 5 runs)": what a benchmark prints of repeated runs."""
    s = spread(values, scale, digits)
    return f"median {s['median']} {unit} ({s['min']}-{s['max']} {unit}, {s['runs']} runs)"
