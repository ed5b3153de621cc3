"""One part of a conversation form as widgets, and the words for every code of the forms."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit

from desktop.views.common.field_widgets import CheckList, DateField
from desktop.views.common.fieldwork_labels import (
    option_label,
    outcome_label,
    part_title,
    question_label,
    status_label,
    variant_label,
)
from desktop.views.common.form_part_view import FormPartView, valid_part
from domain.errors import FieldError
from domain.forms import Kind
from domain.handover import HANDOVER, Status, Variant
from domain.intake import INTAKE
from domain.visits import VISIT_REPORT, Outcome
from tests.gui.conftest import TIMEOUT_MS

FORMS = (HANDOVER, INTAKE, VISIT_REPORT)


def _view(qtbot, form, part_key, **kwargs) -> FormPartView:
    view = FormPartView(form, form.part(part_key), **kwargs)
    qtbot.addWidget(view)
    view.show()
    return view


def _choose(combo: QComboBox, data) -> None:
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == data
                               and type(combo.itemData(i)) is type(data)))


# -- words -------------------------------------------------------------------------
@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.key)
def test_every_part_question_and_option_has_words_not_its_code(form):
    for part in form.parts:
        assert part_title(form.key, part.key) not in ("", part.key), (form.key, part.key)
        for question in part.questions:
            label = question_label(form.key, part.key, question.key)
            assert label not in ("", question.key), (form.key, part.key, question.key)
            for option in question.options:
                assert option_label(option) not in ("", option), option


def test_outcomes_variants_and_statuses_have_words():
    for code in [*Outcome, *Variant, *Status]:
        label = {Outcome: outcome_label, Variant: variant_label, Status: status_label}[type(code)](code.value)
        assert label and label != code.value


# -- widgets by kind -----------------------------------------------------------------
def test_each_kind_gets_its_widget_and_the_notes_box_comes_last(qtbot):
    view = _view(qtbot, INTAKE, "language")
    assert isinstance(view.field("dutch_level"), QComboBox)
    assert view.field("dutch_level").itemText(0) == ""  # unanswered is a choice too
    assert isinstance(view.field("lbt_score"), QLineEdit) and view.field("lbt_score").validator()
    assert isinstance(view.field("lbt_date"), DateField)
    conclusion = _view(qtbot, INTAKE, "conclusion")
    assert isinstance(conclusion.field("support_needed"), CheckList)
    assert isinstance(conclusion.field("starting_position"), QPlainTextEdit)
    identity = _view(qtbot, HANDOVER, "identity")
    yesno = identity.field("identity_checked")
    assert [yesno.itemData(i) for i in range(yesno.count())] == [None, True, False]
    assert view.focus_widgets()[-1] is view.notes_edit
    assert view.focus_widgets()[5] is view.field("lbt_date").edit


def test_values_round_trip_and_leave_out_what_is_unanswered(qtbot):
    view = _view(qtbot, INTAKE, "language")
    answers = {"dutch_level": "a2", "literacy": "limited", "lbt_score": "41,25", "lbt_date": "2026-02-03"}
    view.set_values(answers, "Wil graag snel naar B1.")
    assert view.values() == (answers, "Wil graag snel naar B1.")
    assert view.field("lbt_date").edit.text() == "03-02-2026"  # shown as the users read dates
    view.clear()
    assert view.values() == ({}, "")
    conclusion = _view(qtbot, INTAKE, "conclusion")
    conclusion.set_values({"support_needed": ["language", "work"], "support_level": "coached"}, "")
    assert conclusion.values()[0] == {"support_needed": ["language", "work"], "support_level": "coached"}


def test_set_values_emits_nothing_but_every_user_change_does(qtbot):
    view = _view(qtbot, HANDOVER, "education_work")
    seen = []
    view.edited.connect(seen.append)
    view.set_values({"education_level": "higher", "diplomas": True, "profession": "Leraar"}, "Notities")
    assert seen == []
    qtbot.keyClicks(view.field("profession"), " wiskunde")
    _choose(view.field("work_experience"), True)
    qtbot.keyClicks(view.notes_edit, "!")
    assert seen and set(seen) == {"education_work"}
    assert view.values() == ({"education_level": "higher", "diplomas": True, "work_experience": True,
                              "profession": "Leraar wiskunde"}, "Notities!")


def test_a_date_is_typed_either_way_and_given_back_as_iso(qtbot):
    view = _view(qtbot, HANDOVER, "agreements")
    date_edit = view.field("intake_planned_on").edit
    qtbot.keyClicks(date_edit, "5-3-2026")
    assert view.values()[0] == {"intake_planned_on": "2026-03-05"}
    date_edit.clear()
    qtbot.keyClicks(date_edit, "2026-03-07")
    assert view.values()[0] == {"intake_planned_on": "2026-03-07"}
    date_edit.clear()
    qtbot.keyClicks(date_edit, "31-02-2026")  # no such day: handed back as typed, so it is refused
    assert valid_part(view.part, *view.values())[2] == {"intake_planned_on": FieldError.DATE_INVALID}


def test_invalid_answers_are_split_off_and_marked_at_their_field(qtbot):
    view = _view(qtbot, HANDOVER, "pre_integration")
    _choose(view.field("classes_started"), True)
    qtbot.keyClicks(view.field("hours_followed"), "2500")  # above the 2000 allowed
    kept, notes, errors = valid_part(view.part, *view.values())
    assert kept == {"classes_started": True} and errors == {"hours_followed": FieldError.NUMBER_OUT_OF_RANGE}
    view.show_errors(errors)
    assert "0" in view.error("hours_followed") and "2000" in view.error("hours_followed")
    assert view.error("classes_started") == ""
    view.show_errors({"notes": FieldError.TOO_LONG})
    assert view.error("hours_followed") == "" and view.error("notes")
    view.show_errors({})
    assert view.error("notes") == ""


def test_the_notes_stop_at_their_maximum_length(qtbot):
    from domain.forms import MAX_NOTES
    view = _view(qtbot, HANDOVER, "urgent")
    view.notes_edit.setPlainText("x" * (MAX_NOTES + 25))
    assert len(view.values()[1]) == MAX_NOTES


def test_only_the_health_part_carries_the_special_category_marker(qtbot):
    for form in (HANDOVER, INTAKE, VISIT_REPORT):
        for part in form.parts:
            view = _view(qtbot, form, part.key, show_title=False)
            if part.special:
                assert view.special_marker is not None and view.special_marker.isVisible()
                assert view.special_marker.text()
            else:
                assert view.special_marker is None
    assert [p.key for f in FORMS for p in f.parts if p.special] == ["health"] * 3


def test_read_only_keeps_the_values_but_takes_no_typing(qtbot):
    view = _view(qtbot, HANDOVER, "education_work")
    view.set_values({"profession": "Kok"}, "")
    view.set_read_only(True)
    qtbot.keyClicks(view.field("profession"), "x")
    assert view.values()[0] == {"profession": "Kok"}
    assert not view.field("diplomas").isEnabled()


def test_tab_runs_through_the_questions_then_the_notes(qtbot):
    view = _view(qtbot, INTAKE, "language")
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=TIMEOUT_MS)
    widgets = view.focus_widgets()
    widgets[0].setFocus()
    visited = []
    for _ in widgets:
        visited.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert visited == widgets
    assert [q.kind for q in view.part.questions][:3] == [Kind.CHOICE] * 3


def test_an_lbt_score_keeps_its_decimals_as_duo_writes_them(qtbot):
    view = _view(qtbot, INTAKE, "language")
    qtbot.keyClicks(view.field("lbt_score"), "47.5")
    qtbot.keyClicks(view.field("lbt_required_score"), "52,25")
    answers = view.values()[0]
    assert (answers["lbt_score"], answers["lbt_required_score"]) == ("47,50", "52,25")
    view.set_values({"lbt_score": 412}, "")  # stored before scores had decimals
    assert view.field("lbt_score").text() == "412,00" and view.values()[0]["lbt_score"] == "412,00"
