"""What the handover recorded that the brede intake asks again: carried over as answers to confirm.

The COA begeleider already told the klantmanager the person's Dutch level, literacy, schooling,
work, family reunification and whether they are in treatment. The intake shows those beside its
own questions ("from the handover: confirm"); they become intake answers only when confirmed,
so a stale handover never slips into the intake unseen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from domain.handover import HANDOVER
from domain.intake import INTAKE

# (handover part, question) -> (intake part, question); the same options on both sides.
CARRIED: Mapping[tuple[str, str], tuple[str, str]] = {
    ("languages", "dutch_level"): ("language", "dutch_level"),
    ("languages", "literacy"): ("language", "literacy"),
    ("education_work", "education_level"): ("education", "education_level"),
    ("education_work", "work_experience"): ("work", "has_work_experience"),
    ("education_work", "profession"): ("work", "profession"),
    ("identity", "family_reunification"): ("family", "family_reunification"),
    ("health", "in_treatment"): ("health", "in_care"),
}


def fits(source: tuple[str, str], target: tuple[str, str]) -> bool:
    asked = HANDOVER.part(source[0]).question(source[1])
    meant = INTAKE.part(target[0]).question(target[1])
    return asked.kind == meant.kind and set(asked.options or ()) <= set(meant.options or ())


def carried_answers(handovers: Iterable[Mapping[str, Mapping]]) -> dict[str, dict[str, object]]:
    """Intake part -> {question: value} from the handovers' parts ({part: {"answers": ...}}),
    newest handover first: the newest answer of each question wins; unanswered ones carry nothing."""
    carried: dict[str, dict[str, object]] = {}
    for parts in handovers:
        for (part, question), (intake_part, intake_question) in CARRIED.items():
            value = (parts.get(part) or {}).get("answers", {}).get(question)
            if value in (None, "", []):
                continue
            carried.setdefault(intake_part, {}).setdefault(intake_question, value)
    return carried

