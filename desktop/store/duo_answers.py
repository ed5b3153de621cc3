"""DUO's answers for one client, imported from a file in DUO's format (domain/duo_import.py).

They set the clocks they start on the client's plan (the duty's start; DUO's notice SS139, from
which the PIP is due in ten weeks; DUO's term with its extensions, a term carried over, an exemption
or release: domain/duo_term_facts.py) and the leerbaarheidstoets in the newest intake's language part.
A file for another person (its BSN differs from the client's) is refused whole; a part that does
not parse is reported and the others are still applied.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.store.errors import RecordNotFound
from domain.duo_import import DuoReturn, plan_clocks, read_duo_file
from domain.errors import FieldError, RecordInvalid
from domain.plan import plan_id_for


@dataclass
class DuoImport:
    duo: DuoReturn
    applied: list[str] = field(default_factory=list)  # "plan", "intake"
    problems: dict[str, str] = field(default_factory=dict)  # part -> what was wrong


def import_duo_answers(store, client_id: str, data) -> DuoImport:
    duo = read_duo_file(data)
    report = DuoImport(duo, problems=dict(duo.problems))
    client = store.clients.get(client_id)
    if duo.bsn and client.get("bsn") and duo.bsn != client["bsn"]:
        raise RecordInvalid({"bsn": FieldError.BSN_INVALID})  # DUO's answers about someone else
    clocks = plan_clocks(duo)
    if clocks:
        try:
            store.plans.update(plan_id_for(client_id), clocks, from_duo=True)
            report.applied.append("plan")
        except RecordNotFound:
            report.problems["plan"] = "the client has no plan yet"
        except RecordInvalid as refused:
            report.problems["plan"] = "refused: " + ", ".join(f"{k} {v}" for k, v in sorted(refused.errors.items()))
    if duo.lbt:
        intakes = store.intakes.for_client(client_id)
        if not intakes:
            report.problems["intake"] = "the client has no intake yet"
        else:
            intake = store.intakes.get(intakes[0]["id"])
            part = intake["parts"].get("language") or {"answers": {}, "notes": ""}
            store.intakes.save_part(intake["id"], client_id, "language", {**part["answers"], **duo.lbt},
                                    part.get("notes") or "")
            report.applied.append("intake")
    return report
