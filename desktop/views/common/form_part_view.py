"""One part of a conversation form as widgets: one input per question, and free notes.

The view knows nothing of the store: it is given answers and hands them back. Which
widget a question gets follows its Kind; every input sits in a FieldSlot, so a refused
value is marked at the field with a translated message.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QIntValidator, QRegularExpressionValidator, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.views.common.field_widgets import CheckList, DateField, FieldSlot, value_changed_signal
from desktop.views.common.fieldwork_labels import option_label, part_title, question_label, yes_no_label
from desktop.views.common.labels import field_error_message
from domain.errors import FieldError
from domain.forms import MAX_NOTES, MAX_SHORT_TEXT, Form, Kind, Part, Question, check_part, normalise_score

NOTES_KEY = "notes"  # the key check_part uses for a part's free notes


class LimitedTextEdit(QPlainTextEdit):
    """Several lines of text that stop at a maximum length, as QLineEdit.maxLength does.

    Tab moves on to the next field: these forms are filled in from the keyboard.
    """

    def __init__(self, limit: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._limit = limit
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._enforce)

    def _enforce(self) -> None:
        excess = len(self.toPlainText()) - self._limit
        if excess <= 0:
            return
        cursor = self.textCursor()
        if cursor.position() < excess:  # text set as a whole: cut its end
            cursor.movePosition(QTextCursor.MoveOperation.End)
        # drop what was just typed or pasted past the limit
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, excess)
        cursor.removeSelectedText()

    def set_text(self, text: str) -> None:
        """Replace the text, with the cursor at its end to write on."""
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)


def valid_part(part: Part, answers: dict, notes: str) -> tuple[dict, str, dict[str, FieldError]]:
    """(answers that can be stored, notes, errors): drafts keep what is valid, so one wrong
    value never holds back the rest of the part (docs/decisions/0006)."""
    errors = check_part(part, answers, notes)
    kept = {k: v for k, v in answers.items() if k not in errors}
    return kept, notes[:MAX_NOTES], errors


class FormPartView(QWidget):
    """Edits one Part of a Form: one widget per question (by Kind: CHOICE -> combo with an empty
    first entry, MULTI -> checkboxes, YESNO -> combo (unanswered/yes/no), TEXT -> line edit,
    NOTES -> plain text edit, DATE -> a date line edit accepting dd-mm-jjjj and yyyy-mm-dd,
    NUMBER -> line edit with int validator) plus a free 'notes' box. Special parts (health)
    show a visible marker "special category of personal data".

    notes_beside puts the notes to the right of the questions (a wide column, as in the
    handover); show_title=False leaves the part's title to the screen around it.
    """

    edited = Signal(str)  # the part key; on every user change

    def __init__(self, form: Form, part: Part, parent: QWidget | None = None, *,
                 notes_beside: bool = False, show_title: bool = True, label_width: int = 200):
        super().__init__(parent)
        self.form = form
        self.part = part
        self._inputs: dict[str, QWidget] = {}
        self._slots: dict[str, FieldSlot] = {}
        self._suggestions: dict[str, QPushButton] = {}  # an answer known elsewhere, to confirm
        self._suggested: dict[str, object] = {}
        self._read_only = False
        self._loading = False
        self.setObjectName(f"part_{part.key}")
        self._label_width = label_width  # alike in every part, so stacked parts line up
        self._build(notes_beside, show_title)
        for widget in self._inputs.values():
            value_changed_signal(widget).connect(self._user_edited)
            value_changed_signal(widget).connect(self._update_suggestions)
        fields = self.focus_widgets()  # each question's offered answer right after it
        widgets = [w for index, question in enumerate(self.part.questions)
                   for w in (fields[index], self._suggestions[question.key])] + [self.notes_edit]
        for first, second in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- public ------------------------------------------------------------------
    def set_values(self, answers: dict, notes: str) -> None:
        """Show stored answers and notes; clears error marks and emits nothing."""
        self._loading = True
        try:
            for question in self.part.questions:
                self._set_value(question, answers.get(question.key))
            self.notes_edit.set_text(notes or "")
        finally:
            self._loading = False
        self.show_errors({})

    def set_suggestions(self, values: dict, text: str) -> None:
        """Answers known elsewhere (the handover's), each offered beside its unanswered question
        as `text` ({value} in it) on a button that takes it over; nothing is stored until then."""
        self._suggested = {k: v for k, v in values.items() if k in self._suggestions}
        for key, button in self._suggestions.items():  # none left named when there is nothing to offer
            value = self._suggested.get(key)
            button.setText(text.format(value=self._value_text(self.part.question(key), value))
                           if key in self._suggested else "")
            button.setAccessibleName(button.text())
        self._update_suggestions()

    def suggestion(self, key: str) -> QPushButton:
        """The button offering a known answer to question `key` (hidden when there is none)."""
        return self._suggestions[key]

    def values(self) -> tuple[dict, str]:
        """(answers without the unanswered ones, notes) as typed: possibly invalid."""
        answers = {}
        for question in self.part.questions:
            value = self._value(question)
            if value not in (None, "", []):
                answers[question.key] = value
        return answers, self.notes_edit.toPlainText()

    def show_errors(self, errors: dict) -> None:
        """A FieldError per question key (or 'notes'); marks those, clears the others."""
        for key, slot in self._slots.items():
            if key in errors:
                slot.set_error(self._message(key, FieldError(errors[key])))
            else:
                slot.clear_error()

    def error(self, key: str) -> str:
        """The message shown at a question (or 'notes'); "" when it is not marked."""
        return self._slots[key].error

    def clear(self) -> None:
        self.set_values({}, "")
        self.set_suggestions({}, "")

    def focus_widgets(self) -> list[QWidget]:
        """The inputs in tab order, questions first, then the notes."""
        out = []
        for question in self.part.questions:
            widget = self._inputs[question.key]
            out.append(widget.edit if isinstance(widget, DateField) else widget)
        out.append(self.notes_edit)
        return out

    def field(self, key: str) -> QWidget:
        """The input of a question (or 'notes')."""
        return self._inputs[key]

    def set_read_only(self, read_only: bool) -> None:
        """A completed form is read, not edited; text stays selectable."""
        self._read_only = read_only
        self._update_suggestions()
        for widget in self._inputs.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
            elif isinstance(widget, DateField):
                widget.edit.setReadOnly(read_only)
                widget.button.setEnabled(not read_only)
            else:
                widget.setEnabled(not read_only)

    # -- building ----------------------------------------------------------------
    def _build(self, notes_beside: bool, show_title: bool) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        self.title_label: QLabel | None = None
        self.special_marker: QLabel | None = None
        if show_title or self.part.special:
            heading = QHBoxLayout()
            heading.setSpacing(10)
            if show_title:
                self.title_label = QLabel(part_title(self.form.key, self.part.key), self)
                self.title_label.setObjectName("partTitle")
                self.title_label.setStyleSheet("font-weight: 600; font-size: 15px; color: #1d2b36;")
                heading.addWidget(self.title_label)
            if self.part.special:
                self.special_marker = self._special_marker()
                heading.addWidget(self.special_marker)
            heading.addStretch(1)
            outer.addLayout(heading)

        questions = QFormLayout()
        questions.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        questions.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        questions.setHorizontalSpacing(14)
        questions.setVerticalSpacing(6)
        for question in self.part.questions:
            widget = self._input(question)
            widget.setObjectName(f"{self.part.key}__{question.key}")
            if isinstance(widget, DateField):
                widget.edit.setObjectName(f"{self.part.key}__{question.key}_edit")
            widget.setAccessibleName(question_label(self.form.key, self.part.key, question.key))
            slot = FieldSlot(widget, self)
            label = QLabel(self._label_text(question), self)
            label.setBuddy(widget.edit if isinstance(widget, DateField) else widget)
            label.setWordWrap(True)
            label.setFixedWidth(self._label_width)
            if question.required:
                label.setToolTip(self.tr("Needed before the form can be completed"))
            self._inputs[question.key], self._slots[question.key] = widget, slot
            suggestion = QPushButton(self)
            suggestion.setObjectName(f"{self.part.key}__{question.key}_suggestion")
            suggestion.setProperty("suggestion", True)
            suggestion.setStyleSheet("QPushButton { background: #eef5fb; color: #1d4f7a; border: 1px solid #b8d3ea; "
                                     "border-radius: 9px; padding: 2px 10px; }")
            suggestion.setAutoDefault(False)
            suggestion.hide()
            suggestion.clicked.connect(lambda _checked=False, q=question: self._take_suggestion(q))
            self._suggestions[question.key] = suggestion
            row = QHBoxLayout()
            row.setSpacing(8)
            row.addWidget(slot, 1)
            row.addWidget(suggestion, 0, Qt.AlignmentFlag.AlignTop)
            questions.addRow(label, row)

        self.notes_edit = LimitedTextEdit(MAX_NOTES, self)
        self.notes_edit.setObjectName(f"{self.part.key}__notes")
        self.notes_edit.setPlaceholderText(self.tr("What else was said about this"))
        self.notes_edit.setAccessibleName(self.tr("Notes on {part}").format(
            part=part_title(self.form.key, self.part.key)))
        self._inputs[NOTES_KEY] = self.notes_edit
        self._slots[NOTES_KEY] = FieldSlot(self.notes_edit, self)
        notes_label = QLabel(self.tr("Notes"), self)
        notes_label.setObjectName("notesLabel")
        notes_label.setStyleSheet("color: #55606b;")
        notes_box = QVBoxLayout()
        notes_box.setSpacing(2)
        notes_box.addWidget(notes_label)
        notes_box.addWidget(self._slots[NOTES_KEY], 1)

        if notes_beside:
            row = QHBoxLayout()
            row.setSpacing(18)
            row.addLayout(questions, 3)
            # as tall as the questions beside it, with room for a few lines at least
            self.notes_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 14)
            self.notes_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            row.addLayout(notes_box, 2)
            outer.addLayout(row)
        else:
            outer.addLayout(questions)
            self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
            outer.addLayout(notes_box)

    def _special_marker(self) -> QLabel:
        marker = QLabel(self.tr("Special category of personal data"), self)
        marker.setObjectName("specialMarker")
        marker.setToolTip(self.tr("Health data (AVG article 9): record only what the support needs, "
                                  "share only with those who may see it."))
        marker.setStyleSheet("background: #fff4d6; color: #6b4a00; border: 1px solid #e5c56b; "
                             "border-radius: 9px; padding: 1px 8px; font-size: 11px;")
        marker.setAccessibleName(marker.text())
        return marker

    def _label_text(self, question: Question) -> str:
        text = question_label(self.form.key, self.part.key, question.key)
        return f"{text} *" if question.required else text

    def _input(self, question: Question) -> QWidget:
        kind = question.kind
        if kind is Kind.CHOICE:
            combo = QComboBox(self)
            combo.addItem("", None)
            for option in question.options:
                combo.addItem(option_label(option), option)
            combo.setMinimumWidth(160)
            return combo
        if kind is Kind.YESNO:
            combo = QComboBox(self)
            combo.addItem("", None)
            combo.addItem(yes_no_label(True), True)
            combo.addItem(yes_no_label(False), False)
            combo.setMinimumWidth(90)
            combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            return combo
        if kind is Kind.MULTI:
            checks = CheckList(self, columns=2)
            checks.set_items([(option, option_label(option)) for option in question.options])
            return checks
        if kind is Kind.TEXT:
            edit = QLineEdit(self)
            edit.setMaxLength(MAX_SHORT_TEXT)
            return edit
        if kind is Kind.NOTES:
            edit = LimitedTextEdit(MAX_NOTES, self)
            edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
            return edit
        if kind is Kind.DATE:
            field = DateField(self)
            field.setMaximumWidth(field.sizeHint().width() + 40)
            return field
        if kind is Kind.SCORE:
            edit = QLineEdit(self)
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\d{0,3}([.,]\d{0,2})?$"), edit))
            edit.setPlaceholderText(self.tr("e.g. 47,50"))
            edit.setMaximumWidth(110)
            return edit
        if kind is Kind.NUMBER:
            edit = QLineEdit(self)
            edit.setValidator(QIntValidator(question.low, question.high, edit))
            edit.setPlaceholderText(f"{question.low}–{question.high}")
            edit.setMaximumWidth(110)
            return edit
        raise AssertionError(kind)

    # -- values ------------------------------------------------------------------
    def _value(self, question: Question):
        widget = self._inputs[question.key]
        kind = question.kind
        if kind in (Kind.CHOICE, Kind.YESNO):
            return widget.currentData()
        if kind is Kind.MULTI:
            return widget.value()
        if kind is Kind.TEXT:
            return widget.text().strip()
        if kind is Kind.NOTES:
            return widget.toPlainText()
        if kind is Kind.DATE:
            return widget.value()
        if kind is Kind.SCORE:
            return normalise_score(widget.text())  # typed "47.5" is stored as DUO writes it, "47,50"
        if kind is Kind.NUMBER:
            text = widget.text().strip()
            try:
                return int(text)
            except ValueError:
                return text  # "-" and the like: reported as out of range, never dropped silently
        raise AssertionError(kind)

    def _set_value(self, question: Question, value) -> None:
        widget = self._inputs[question.key]
        kind = question.kind
        if kind in (Kind.CHOICE, Kind.YESNO):
            index = next((i for i in range(widget.count())
                          if widget.itemData(i) is not None and widget.itemData(i) == value
                          and type(widget.itemData(i)) is type(value)), 0)
            if value is not None and index == 0 and kind is Kind.CHOICE:
                widget.addItem(str(value), value)  # a code this version does not know: keep it
                index = widget.count() - 1
            widget.setCurrentIndex(index)
        elif kind is Kind.MULTI:
            widget.set_value(list(value or []))
        elif kind is Kind.TEXT:
            widget.setText(value or "")
        elif kind is Kind.NOTES:
            widget.set_text(value or "")
        elif kind is Kind.DATE:
            widget.set_value(value)
        elif kind is Kind.SCORE:
            widget.setText(normalise_score(value))
        elif kind is Kind.NUMBER:
            widget.setText("" if value is None else str(value))

    def _message(self, key: str, error: FieldError) -> str:
        if error is FieldError.NUMBER_OUT_OF_RANGE and key != NOTES_KEY:
            question = self.part.question(key)
            return self.tr("Enter a whole number from {low} to {high}.").format(
                low=question.low, high=question.high)
        return field_error_message(error)

    def _value_text(self, question: Question, value) -> str:
        if question.kind is Kind.YESNO:
            return yes_no_label(value)
        if question.kind is Kind.CHOICE:
            return option_label(value)
        if question.kind is Kind.MULTI:
            return ", ".join(option_label(v) for v in value)
        return str(value)

    def _take_suggestion(self, question: Question) -> None:
        self._set_value(question, self._suggested[question.key])  # emits: saved as if typed
        focus = self._inputs[question.key]
        (focus.edit if isinstance(focus, DateField) else focus).setFocus()

    def _update_suggestions(self, *_args) -> None:
        for key, button in self._suggestions.items():
            question = self.part.question(key)
            button.setVisible(key in self._suggested and not self._read_only
                              and self._value(question) in (None, "", []))

    def _user_edited(self, *_args) -> None:
        if not self._loading:
            self.edited.emit(self.part.key)
