"""DUO's answers read from a JSON file in DUO's own format, and the clocks they start.

The file holds, per person, DUO's response bodies keyed by the operation that returns them
(the GET operations of Inburgeringsplicht, Inburgeringstermijn, Leerbaarheidstoets, Vrijstelling
and Ontheffing) and the notifications DUO posts (Notificatie.openapi.yml), for instance:

    {"bsn": "111222333",
     "getInburgeringsplichtByBsn": {"indicatorInburgeringsplicht": true, "begindatum": "2024-01-15"},
     "getDoelgroepByBsn": {"indeling": "Asielstatushouder"},
     "getInburgeringstermijnByBsn": {"startdatum": "2024-03-11", "einddatum": "2027-09-11",
                                     "verlengingsgrondcode": "3", "verlengingsgrondomschrijving": "..."},
     "getInburgeringstermijnhistorieByBsn": [...], "getLbtResultatenByBsn": [...],
     "getVrijstellingenByBsn": [...], "getOntheffingenByBsn": [...],
     "notificaties": [{"registratieDatumTijd": "2024-02-01T09:00:00Z", "gebeurtenisId": "SS139"}]}

Each part is read on its own: a part that does not parse is reported by its key and the others
are still read. No values go into the problems, only the part and what was wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from domain.bsn import bsn_or_none
from domain.duo_term_facts import term_facts
from domain.forms import SCORE_PATTERN
from domain.law_term import Exemption, Extension, Release, Term, as_date

LBT_RESULT = {"B1-route haalbaar": "b1_feasible", "B1-route niet haalbaar": "b1_not_feasible",
              "Onbekend": "unknown"}  # Leerbaarheidstoets.openapi.yml LeerbaarheidstoetsResultaat
NOTICE_EVENT = "SS139"  # the ten weeks for the PIP start (Gebeurtenissen.md)
MOVED_WITH_PIP = "SS121"  # settled here with a previous municipality's PIP: route and term carry over
DUTY_MET_EVENTS = {"SS106", "SS107", "SS108"}  # diploma, whole exemption, whole release
_EXEMPTIONS = {"GeheleVrijstelling": "whole", "TijdelijkeVrijstelling": "temporary",
               "GedeeltelijkeVrijstelling": "partial"}
_RELEASES = {"GeheleOntheffing": "whole", "GedeeltelijkeOntheffing": "partial"}


class PartInvalid(ValueError):
    """A part of DUO's file is not in DUO's format; the message names the field, never a value."""


@dataclass
class DuoReturn:
    bsn: str | None = None
    duty: bool | None = None
    duty_start_on: date | None = None
    duty_notified_on: date | None = None  # datumKennisgevingInburgeringsplicht
    no_duty_reason: str | None = None
    asylum: bool | None = None
    term: Term | None = None
    lbt: dict | None = None  # the intake's answers: lbt_result, lbt_score, lbt_required_score, lbt_date
    exemptions: list[Exemption] = field(default_factory=list)
    releases: list[Release] = field(default_factory=list)
    events: list[tuple[str, date]] = field(default_factory=list)  # (gebeurtenisId, day registered)
    problems: dict[str, str] = field(default_factory=dict)  # part -> what was wrong

    def event_day(self, event_id: str) -> date | None:
        """The latest day DUO registered this event."""
        days = [d for e, d in self.events if e == event_id]
        return max(days) if days else None


def _day(value, name: str, required: bool = False) -> date | None:
    if value is None and not required:
        return None
    day = as_date(value) if isinstance(value, str) else None
    if day is None:
        raise PartInvalid(f"{name} is not a date")
    return day


def _obj(value, name: str) -> dict:
    if not isinstance(value, dict):
        raise PartInvalid(f"{name} is not an object")
    return value


def _list(value, name: str) -> list:
    if not isinstance(value, list):
        raise PartInvalid(f"{name} is not a list")
    return value


def _duty(out: DuoReturn, body) -> None:
    body = _obj(body, "inburgeringsplicht")
    if not isinstance(body.get("indicatorInburgeringsplicht"), bool):
        raise PartInvalid("indicatorInburgeringsplicht is required and true or false")
    out.duty = body["indicatorInburgeringsplicht"]
    out.duty_start_on = _day(body.get("begindatum"), "begindatum")
    out.duty_notified_on = _day(body.get("datumKennisgevingInburgeringsplicht"), "datumKennisgevingInburgeringsplicht")
    out.no_duty_reason = body.get("redenGeenInburgeringsplicht")


def _doelgroep(out: DuoReturn, body) -> None:
    indeling = _obj(body, "doelgroep").get("indeling")
    if indeling not in (None, "Asielstatushouder", "Gezinsmigrant en overige migrant"):
        raise PartInvalid("indeling is not one of DUO's doelgroepen")
    out.asylum = None if indeling is None else indeling == "Asielstatushouder"


def _extension(body: dict, name: str) -> Extension | None:
    code = body.get("verlengingsgrondcode")
    if not code:
        return None
    if not isinstance(code, str) or len(code) > 10:
        raise PartInvalid(f"{name}.verlengingsgrondcode is not a code of DUO's list")
    return Extension(_day(body.get("einddatum"), f"{name}.einddatum", required=True), code,
                     body.get("verlengingsgrondomschrijving") or "",
                     _day(body.get("wijzigingsdatum"), "wijzigingsdatum"))


def _term(out: DuoReturn, body, history) -> None:
    body = _obj(body, "inburgeringstermijn")
    start = _day(body.get("startdatum"), "startdatum", required=True)
    end = _day(body.get("einddatum"), "einddatum", required=True)
    earlier = (_extension(_obj(h, "historie"), "historie") for h in _list(history or [], "historie"))
    extensions = [e for e in earlier if e]
    current = _extension(body, "inburgeringstermijn")
    if current and current not in extensions:
        extensions.append(current)
    extensions.sort(key=lambda e: (e.changed_on or date.min, e.end))
    out.term = Term(start, end, tuple(extensions))


def _lbt(out: DuoReturn, body) -> None:
    results = [_obj(r, "resultaat") for r in _list(body, "resultaten")]
    if not results:
        return
    latest = max(results, key=lambda r: _day(r.get("datumAfname"), "datumAfname", required=True))
    if latest.get("resultaat") not in LBT_RESULT:
        raise PartInvalid("resultaat is not one of DUO's outcomes")
    for key in ("behaaldeScore", "benodigdeScore"):
        if not isinstance(latest.get(key), str) or not SCORE_PATTERN.match(latest[key]):
            raise PartInvalid(f"{key} is not a score like 47,50")
    out.lbt = {"lbt_result": LBT_RESULT[latest["resultaat"]], "lbt_score": latest["behaaldeScore"],
               "lbt_required_score": latest["benodigdeScore"], "lbt_date": latest["datumAfname"]}


def _decisions(items, kinds: dict, build, name: str) -> list:
    out = []
    for item in _list(items, name):
        for key, body in _obj(item, name).items():
            if key not in kinds:
                raise PartInvalid(f"{key} is not a kind of {name}")
            body = _obj(body, key)
            if body.get("oordeel") not in ("Toekenning", "Afwijzing"):
                raise PartInvalid(f"{key}.oordeel is required: Toekenning or Afwijzing")
            out.append(build(kinds[key], body))
    return out


def _exemption(kind: str, body: dict) -> Exemption:
    return Exemption(kind, body["oordeel"] == "Toekenning", body.get("reden") or "",
                     _day(body.get("datumOordeel"), "datumOordeel"), _day(body.get("startdatum"), "startdatum"),
                     _day(body.get("einddatum"), "einddatum"), body.get("examenonderdeel"), body.get("examenniveau"))


def _release(kind: str, body: dict) -> Release:
    hours = body.get("urenBelastbaarheidParticipatieactiviteit")
    if hours is not None and (not isinstance(hours, int) or isinstance(hours, bool) or not 0 <= hours <= 9999):
        raise PartInvalid("urenBelastbaarheidParticipatieactiviteit is not a number of hours")
    return Release(kind, body["oordeel"] == "Toekenning", body.get("grond") or "",
                   _day(body.get("datumOordeel"), "datumOordeel"), body.get("examenonderdeel"), hours)


def _events(out: DuoReturn, items) -> None:
    for item in _list(items, "notificaties"):
        item = _obj(item, "notificatie")
        event, stamp = item.get("gebeurtenisId"), item.get("registratieDatumTijd")
        if not isinstance(event, str) or not 1 <= len(event) <= 6:
            raise PartInvalid("gebeurtenisId is required")
        try:
            day = datetime.fromisoformat(stamp).date()
        except (TypeError, ValueError):
            raise PartInvalid("registratieDatumTijd is not a date and time") from None
        out.events.append((event, day))


def read_duo_file(data) -> DuoReturn:
    """Every part of DUO's file that is in DUO's format; the others in `problems`."""
    out = DuoReturn()
    if not isinstance(data, dict):
        out.problems["file"] = "the file is not an object of DUO's answers"
        return out
    out.bsn = bsn_or_none(data.get("bsn")) if isinstance(data.get("bsn"), str) else None
    if data.get("bsn") is not None and out.bsn is None:
        out.problems["bsn"] = "the BSN is not 8 or 9 digits passing the 11-check"
    parts = {
        "getInburgeringsplichtByBsn": lambda v: _duty(out, v),
        "getDoelgroepByBsn": lambda v: _doelgroep(out, v),
        "getInburgeringstermijnByBsn": lambda v: _term(out, v, data.get("getInburgeringstermijnhistorieByBsn")),
        "getLbtResultatenByBsn": lambda v: _lbt(out, v),
        "getVrijstellingenByBsn":
            lambda v: out.exemptions.extend(_decisions(v, _EXEMPTIONS, _exemption, "vrijstelling")),
        "getOntheffingenByBsn": lambda v: out.releases.extend(_decisions(v, _RELEASES, _release, "ontheffing")),
        "notificaties": lambda v: _events(out, v),
    }
    for key, read in parts.items():
        if key in data:
            try:
                read(data[key])
            except PartInvalid as problem:
                out.problems[key] = str(problem)
    if out.term and out.event_day(MOVED_WITH_PIP):
        out.term = Term(out.term.start, out.term.end, out.term.extensions, carried_over_from=MOVED_WITH_PIP)
    return out


def plan_clocks(duo: DuoReturn) -> dict:
    """The plan's fields DUO's answers set: the duty's start (Inburgeringsplicht.begindatum),
    the notice that starts the ten weeks for the PIP (event SS139), and DUO's term with its
    extensions, a term carried over, and an exemption or release (domain/duo_term_facts.py)."""
    changes = term_facts(duo.term, duo.exemptions, duo.releases)
    if duo.duty_start_on:
        changes["duty_start_on"] = duo.duty_start_on.isoformat()
    notice = duo.event_day(NOTICE_EVENT)
    if notice:
        changes["duo_notice_on"] = notice.isoformat()
    return changes
