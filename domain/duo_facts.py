"""What DUO and the file know about a person when a message is built: the facts the rules need.

Unknown facts are None and never refuse: a rule that needs a fact nobody has is left to DUO.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.law_term import Term


@dataclass(frozen=True)
class PipOnRecord:
    """A PIP DUO has registered (ours or a previous municipality's)."""

    dated_on: date
    leerroute: str
    ours: bool = True


@dataclass(frozen=True)
class DuoFacts:
    bsn: str
    today: date
    duty_start_on: date | None = None  # start of the inburgeringsplicht (DUO)
    settled_on: date | None = None  # vestiging in this municipality
    asylum: bool | None = None  # doelgroep asielstatushouder; None: not known
    first_pip: PipOnRecord | None = None  # the first PIP for the person, any municipality
    current_pip: PipOnRecord | None = None  # the PIP DUO holds now
    term: Term | None = None  # as DUO states it, extensions included
    zroute_done_on: date | None = None  # datum afronding Z-route registered at DUO
    duty_met_via_zroute: bool = False
    map_registered_by: str | None = None  # "us", "other" or None (nothing registered)
    pvt_registered_by: str | None = None
    course_hours_registered: bool | None = None  # cursusdeelnameuren on the current inburgeringsaanbod

    @property
    def first(self) -> bool:
        """No PIP registered yet for this person, by any municipality."""
        return self.first_pip is None and self.current_pip is None
