"""What the handover recorded is offered in the intake as answers to confirm, not asked again;
stored as intake answers only when confirmed (the real panel and store)."""

import pytest
from PySide6.QtCore import Qt

from domain.handover import HANDOVER
from domain.intake import INTAKE
from domain.intake_from_handover import CARRIED, carried_answers, fits
from tests.gui.conftest import TIMEOUT_MS, wait_saved
from tests.gui.test_intake import _start, _stored, chain, panel  # noqa: F401  (fixtures)

HANDOVER_ANSWERS = {
    "identity": {"identity_checked": True, "family_reunification": True},
    "languages": {"dutch_level": "a2", "literacy": "limited", "interpreter_needed": True},
    "education_work": {"education_level": "vocational", "work_experience": True, "profession": "Lasser"},
    "health": {"in_treatment": False},
}


@pytest.fixture
def handed_over(store, client_id):
    handover_id = store.handovers.start(client_id, {})
    for part, answers in HANDOVER_ANSWERS.items():
        store.handovers.save_part(handover_id, client_id, part, answers)
    return handover_id


def test_every_carried_answer_fits_the_intakes_question():
    assert all(fits(source, target) for source, target in CARRIED.items())
    assert {p for p, _q in CARRIED} <= {p.key for p in HANDOVER.parts}
    assert {p for p, _q in CARRIED.values()} <= {p.key for p in INTAKE.parts}


def test_the_newest_handover_answer_wins_and_unanswered_ones_carry_nothing():
    newer = {"languages": {"answers": {"dutch_level": "b1"}}}
    older = {"languages": {"answers": {"dutch_level": "a1", "literacy": "illiterate"}},
             "education_work": {"answers": {"profession": ""}}}
    assert carried_answers([newer, older]) == {"language": {"dutch_level": "b1", "literacy": "illiterate"}}


def test_the_intake_offers_the_handovers_answers_to_confirm(qtbot, panel, store, worker, chain, client_id,  # noqa: F811
                                                           handed_over):
    _start(qtbot, panel, client_id)
    language = panel.part_views["language"]
    offer = language.suggestion("dutch_level")
    assert offer.isHidden() is False and offer.text() == "From the handover: A2 — confirm"
    assert language.field("dutch_level").currentData() is None  # not an answer until confirmed
    assert _stored(store, client_id)["parts"].get("language", {}).get("answers", {}) == {}
    work = panel.part_views["work"]
    assert work.suggestion("has_work_experience").text() == "From the handover: Yes — confirm"
    assert work.suggestion("profession").text() == "From the handover: Lasser — confirm"
    assert panel.part_views["family"].suggestion("family_reunification").isHidden() is False
    assert panel.part_views["health"].suggestion("in_care").text() == "From the handover: No — confirm"
    assert language.suggestion("lbt_result").isHidden()  # the handover does not know it

    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    assert language.field("dutch_level").currentData() == "a2"
    assert offer.isHidden()
    wait_saved(qtbot, panel, worker)
    qtbot.waitUntil(lambda: _stored(store, client_id)["parts"]["language"]["answers"].get("dutch_level") == "a2",
                    timeout=TIMEOUT_MS)

    # an answer of the intake's own is never replaced, and no longer offered
    literacy = language.field("literacy")
    literacy.setCurrentIndex(literacy.findData("literate_latin"))
    assert language.suggestion("literacy").isHidden()
    wait_saved(qtbot, panel, worker)
    panel.load_client(None)
    panel.load_client(client_id)
    qtbot.waitUntil(lambda: panel.page == "form", timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: language.field("literacy").currentData() == "literate_latin", timeout=TIMEOUT_MS)
    assert language.suggestion("literacy").isHidden()
    assert offer.isHidden()
    assert work.suggestion("profession").isHidden() is False  # still to confirm after a reload
