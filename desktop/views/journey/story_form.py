"""Writing a story down: who told it and when, the stage and life domain, what changed and why it
matters, the teller's own words with a Dutch translation, and the person's consent to use it
outside the client file, asked plainly and "no" until they say otherwise. The form only holds
values; the panel checks and stores them (domain/journey_records.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.views.common.field_widgets import DateField, FieldSlot
from desktop.views.common.journey_labels import consent_use_label, kind_label, stage_label
from desktop.views.common.labels import field_error_message, language_label
from desktop.views.common.plan_labels import domain_label
from desktop.views.common.shortcuts import shortcut
from domain.client import LANGUAGES
from domain.errors import FieldError
from domain.journey_records import LIFE_DOMAINS, MAX_TITLE
from domain.monitoring.journey import CONSENT_USE, TELLER_KINDS, Stage, stages_from

TEXT_FIELDS = ("what_changed", "why_it_matters", "text_original", "text_nl")


class StoryForm(QFrame):
    """A new story or a change to one; `submitted` carries its fields, unchecked."""

    submitted = Signal(dict)
    cancelled = Signal()
    edited = Signal()  # typed into (not filled by the program): the panel keeps the draft

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("storyForm")
        self.story_id: str | None = None
        self._filling = False
        self._stages: tuple[Stage, ...] = stages_from(None)

        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-size: 16px; font-weight: 600; color: #1d2b36;")
        self.stage = self._combo("storyStage")
        self.life_domain = self._combo("storyDomain")
        self.life_domain.addItem(self.tr("(none in particular)"), "")
        for code in LIFE_DOMAINS:
            self.life_domain.addItem(domain_label(code), code)
        self.told_by_kind = self._combo("storyKind")
        for kind in TELLER_KINDS:
            self.told_by_kind.addItem(kind_label(kind), kind)
        self.told_by = QLineEdit(self)
        self.told_by.setObjectName("storyToldBy")
        self.told_by.setMaxLength(200)
        self.told_by.setPlaceholderText(self.tr("A name, or the organisation"))
        self.told_on = DateField(self)
        self.told_on.setObjectName("storyToldOn")
        self.told_on.edit.setObjectName("storyToldOnEdit")
        self.title = QLineEdit(self)
        self.title.setObjectName("storyTitle")
        self.title.setMaxLength(MAX_TITLE)
        self.texts = {name: self._text(name) for name in TEXT_FIELDS}
        self.original_language = self._combo("storyLanguage")
        self.original_language.addItem(self.tr("(not written down)"), "")
        for code in LANGUAGES:
            self.original_language.addItem(language_label(code), code)

        self.consent_question = QLabel(self.tr(
            "May this story be used outside the client file, for example in the monitoring meeting? "
            "Ask the person; without a clear yes it stays in the file."), self)
        self.consent_question.setWordWrap(True)
        self.consent_group = QButtonGroup(self)
        self.consent_buttons: dict[str, QRadioButton] = {}
        consent_row = QHBoxLayout()
        for use, text in zip(CONSENT_USE, (self.tr("No, only in the client file"),
                                           self.tr("Yes, without a name"), self.tr("Yes, with the name")),
                             strict=True):
            button = QRadioButton(text, self)
            button.setObjectName(f"storyConsent_{use}")
            button.setToolTip(consent_use_label(use))
            self.consent_group.addButton(button)
            self.consent_buttons[use] = button
            consent_row.addWidget(button)
            button.toggled.connect(self._consent_toggled)
        consent_row.addStretch(1)
        self.consent_on = DateField(self)
        self.consent_on.setObjectName("storyConsentOn")
        self.consent_on.edit.setObjectName("storyConsentOnEdit")

        self._slots = {key: FieldSlot(widget, self) for key, widget in (
            ("stage", self.stage), ("life_domain", self.life_domain), ("told_by_kind", self.told_by_kind),
            ("told_by", self.told_by), ("told_on", self.told_on), ("title", self.title),
            *self.texts.items(), ("original_language", self.original_language), ("consent_on", self.consent_on))}

        self.submit_button = QPushButton(self.tr("Sa&ve story"), self)
        self.submit_button.setObjectName("submitStory")
        self.submit_button.setProperty("primary", True)
        self.submit_button.clicked.connect(self._submit)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelStory")
        self.cancel_button.clicked.connect(self.cancelled)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut(keys, self, self._submit, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut(Qt.Key.Key_Escape, self, self.cancelled.emit, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for signal in (self.stage.activated, self.life_domain.activated, self.told_by_kind.activated,
                       self.original_language.activated, self.told_by.textEdited, self.title.textEdited,
                       self.told_on.changed, self.consent_on.changed, self.consent_group.buttonClicked,
                       *(t.textChanged for t in self.texts.values())):
            signal.connect(self._edited)

        who = QGridLayout()
        who.setHorizontalSpacing(12)
        who.setVerticalSpacing(2)
        for column, (text, key) in enumerate(((self.tr("&Stage *"), "stage"), (self.tr("&Life domain"), "life_domain"),
                                              (self.tr("Told &by *"), "told_by_kind"), (self.tr("&Who"), "told_by"),
                                              (self.tr("Told &on *"), "told_on"))):
            who.addWidget(self._label(text, self._slots[key].field), 0, column)
            who.addWidget(self._slots[key], 1, column, Qt.AlignmentFlag.AlignTop)
        who.setColumnStretch(3, 1)
        texts = QGridLayout()  # side by side: what changed beside why; the teller's words beside the Dutch
        texts.setHorizontalSpacing(12)
        texts.setVerticalSpacing(2)
        title_row = QHBoxLayout()
        title_row.addWidget(self._label(self.tr("&Title *"), self.title))
        title_row.addWidget(self._slots["title"], 1)
        language_row = QHBoxLayout()
        language_row.addWidget(self._label(self.tr("In their own &words, in"), self.texts["text_original"]))
        language_row.addWidget(self._slots["original_language"], 1)
        for row, column, label, key in (
                (0, 0, self._label(self.tr("What &changed"), self.texts["what_changed"]), "what_changed"),
                (0, 1, self._label(self.tr("Why it &matters"), self.texts["why_it_matters"]), "why_it_matters"),
                (2, 0, language_row, "text_original"),
                (2, 1, self._label(self.tr("In &Dutch *"), self.texts["text_nl"]), "text_nl")):
            if isinstance(label, QHBoxLayout):
                texts.addLayout(label, row, column)
            else:
                texts.addWidget(label, row, column, Qt.AlignmentFlag.AlignBottom)
            texts.addWidget(self._slots[key], row + 1, column)
        consent = QFrame(self)
        consent.setObjectName("storyConsent")
        consent.setStyleSheet("QFrame#storyConsent { background: #f4f6f8; border: 1px solid #d8dde3; "
                              "border-radius: 6px; }")
        consent_layout = QVBoxLayout(consent)
        consent_layout.setContentsMargins(10, 8, 10, 4)
        consent_layout.addWidget(self.consent_question)
        consent_layout.addLayout(consent_row)
        day = QHBoxLayout()
        day.addWidget(self._label(self.tr("Consent given &on"), self.consent_on))
        day.addWidget(self._slots["consent_on"])
        day.addStretch(1)
        consent_layout.addLayout(day)

        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 8, 0)
        inner_layout.addLayout(who)
        inner_layout.addLayout(title_row)
        inner_layout.addLayout(texts)
        inner_layout.addWidget(consent)
        inner_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        buttons = QHBoxLayout()
        hint = QLabel(self.tr("Ctrl+Enter saves, Esc cancels"), self)
        hint.setProperty("role", "hint")
        buttons.addWidget(hint)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(self.title_label)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.set_stages(self._stages)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        return combo

    def _text(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(f"story_{name}")
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(76)
        return edit

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy.edit if isinstance(buddy, DateField) else buddy)
        return label

    # -- public ------------------------------------------------------------------
    def set_stages(self, stages: tuple[Stage, ...]) -> None:
        self._stages = stages
        current = self.stage.currentData()
        self.stage.clear()
        for stage in stages:
            self.stage.addItem(stage_label(stage), stage.key)
        self._choose(self.stage, current)

    def start_new(self, told_on: str, stage: str | None = None) -> None:
        self.story_id = None
        self.submit_button.setEnabled(True)
        self.title_label.setText(self.tr("New story"))
        self._fill({"told_on": told_on, "stage": stage or self._stages[0].key, "told_by_kind": "person",
                    "consent_use": "none"})
        self.stage.setFocus()

    def start_change(self, story: dict) -> None:
        self.story_id = story["id"]
        self.submit_button.setEnabled(True)
        self.title_label.setText(self.tr("Change the story"))
        self._fill(story)
        self.title.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        """Another organisation's story on a partner's device: shown, not changed (the server would refuse)."""
        self.submit_button.setEnabled(not read_only)
        if read_only:
            self.title_label.setText(self.tr("A story of another organisation (read only)"))

    def values(self) -> dict:
        use = next((u for u, b in self.consent_buttons.items() if b.isChecked()), "none")
        return {"stage": self.stage.currentData() or "", "life_domain": self.life_domain.currentData() or "",
                "told_by_kind": self.told_by_kind.currentData() or "", "told_by": self.told_by.text().strip(),
                "told_on": self.told_on.value() or "", "title": self.title.text().strip(),
                **{name: edit.toPlainText().strip() for name, edit in self.texts.items()},
                "original_language": self.original_language.currentData() or "",
                "consent_use": use, "consent_on": (self.consent_on.value() or "") if use != "none" else ""}

    def restore(self, values: dict) -> None:
        self._fill(values)

    def show_errors(self, errors: dict) -> None:
        for key, slot in self._slots.items():
            if key in errors:
                slot.set_error(field_error_message(FieldError(errors[key])))
            else:
                slot.clear_error()
        first = next((key for key in self._slots if key in errors), None)
        if first:
            self._slots[first].setFocus()

    def error(self, key: str) -> str:
        return self._slots[key].error

    def clear(self) -> None:
        self.story_id = None
        self._fill({"consent_use": "none"})

    # -- inside ------------------------------------------------------------------
    def _fill(self, values: dict) -> None:
        self._filling = True
        try:
            self._choose(self.stage, values.get("stage"))
            self._choose(self.life_domain, values.get("life_domain") or "")
            self._choose(self.told_by_kind, values.get("told_by_kind") or "person")
            self._choose(self.original_language, values.get("original_language") or "")
            self.told_by.setText(values.get("told_by") or "")
            self.told_on.set_value(values.get("told_on"))
            self.title.setText(values.get("title") or "")
            for name, edit in self.texts.items():
                edit.setPlainText(values.get(name) or "")
            use = values.get("consent_use") if values.get("consent_use") in CONSENT_USE else "none"
            self.consent_buttons[use].setChecked(True)
            self.consent_on.set_value(values.get("consent_on"))
            self._consent_toggled()
        finally:
            self._filling = False
        self.show_errors({})

    @staticmethod
    def _choose(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    def _consent_toggled(self, *_args) -> None:
        self.consent_on.setEnabled(not self.consent_buttons["none"].isChecked())

    def _edited(self, *_args) -> None:
        if not self._filling and not self.isHidden():
            self.edited.emit()

    def _submit(self) -> None:
        if self.isVisible():
            self.submitted.emit(self.values())
