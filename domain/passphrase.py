"""Rules for the passphrase that protects the local store."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from zxcvbn import zxcvbn

MIN_LENGTH = 12


class PassphraseProblem(StrEnum):
    TOO_SHORT = "too_short"
    MISMATCH = "mismatch"
    TOO_WEAK = "too_weak"


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) .. 4 (strong), zxcvbn's scale
    crack_time: str  # zxcvbn's estimate for an offline attack, in English


def strength(passphrase: str) -> Strength:
    if not passphrase:
        return Strength(0, "")
    # zxcvbn slows down on very long input and adds nothing past 100 characters
    result = zxcvbn(passphrase[:100])
    return Strength(
        score=int(result["score"]),
        crack_time=str(result["crack_times_display"]["offline_slow_hashing_1e4_per_second"]),
    )


def check_new_passphrase(passphrase: str, confirmation: str) -> list[PassphraseProblem]:
    problems = []
    if len(passphrase) < MIN_LENGTH:
        problems.append(PassphraseProblem.TOO_SHORT)
    elif strength(passphrase).score < 2:
        problems.append(PassphraseProblem.TOO_WEAK)
    if passphrase != confirmation:
        problems.append(PassphraseProblem.MISMATCH)
    return problems
