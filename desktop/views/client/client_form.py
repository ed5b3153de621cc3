"""The client file as a form: every field of domain.client, in sections, usable by keyboard.

The form knows nothing of the store: it is given a record and choices, and hands back a
record. Fields are laid out in two columns of sections (fits a 1366x768 laptop beside the
caseload) inside a scroll area; the tab order runs section by section, top to bottom.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.views.common.field_widgets import (
    CheckList,
    DateField,
    FieldSlot,
    LanguageList,
    OrganisationList,
    value_changed_signal,
)
from desktop.views.common.labels import (
    country_label,
    field_error_message,
    household_role_label,
    language_label,
    sex_label,
    stage_label,
)
from domain.client import (
    CLIENT_FIELDS,
    DEFAULT_MAX_TEXT,
    LANGUAGES,
    MAX_TEXT,
    ORIGINS,
    HouseholdRole,
    Sex,
    Stage,
    empty_client,
)
from domain.errors import FieldError

# Kept from the record given, not shown: the household is managed by the household panel.
HIDDEN_FIELDS = ("household_id",)


class ClientForm(QWidget):
    """All fields of one client. `edited` fires on every change the user makes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._inputs: dict[str, QWidget] = {}
        self._slots: dict[str, FieldSlot] = {}
        self._labels: dict[str, QLabel] = {}
        self._hidden: dict = {name: None for name in HIDDEN_FIELDS}
        self._loading = False
        self._build()
        for name, widget in self._inputs.items():
            value_changed_signal(widget).connect(self._user_edited)
            if name not in self._slots:
                raise AssertionError(f"{name} has no slot")
        missing = set(CLIENT_FIELDS) - set(self._inputs) - set(HIDDEN_FIELDS)
        if missing:
            raise AssertionError(f"fields without an input: {sorted(missing)}")
        self._set_tab_order()
        self.clear()

    # -- public ------------------------------------------------------------------
    def set_record(self, record: dict) -> None:
        """Show a record; fields it lacks show their empty value. Clears any error marks."""
        full = {**empty_client(), **{k: v for k, v in record.items() if k in CLIENT_FIELDS}}
        self._loading = True
        try:
            for name in CLIENT_FIELDS:
                if name in self._hidden:
                    self._hidden[name] = full[name]
                else:
                    self._set_value(name, full[name])
        finally:
            self._loading = False
        self.clear_errors()

    def record(self) -> dict:
        """The values shown, keyed by CLIENT_FIELDS (nothing else)."""
        return {name: self._hidden[name] if name in self._hidden else self._value(name)
                for name in CLIENT_FIELDS}

    def set_choices(self, workers: list[dict], organisations: list[dict]) -> None:
        """Workers (rows with id, name, role) for the chain, and the partner organisations."""
        self._loading = True
        try:
            roles = (("klantmanager_id", "klantmanager"), ("begeleider_id", "begeleider"))
            for name, role in roles:
                combo: QComboBox = self._inputs[name]
                current = combo.currentData()
                combo.clear()
                combo.addItem(self.tr("(nobody yet)"), None)
                for row in workers:
                    if row.get("role") == role:
                        combo.addItem(row["name"], row["id"])
                self._select(combo, current)
            orgs: OrganisationList = self._inputs["partner_org_ids"]
            orgs.set_organisations(organisations)
        finally:
            self._loading = False

    def show_errors(self, errors: dict[str, FieldError]) -> None:
        """Mark each field with its message; focus the first marked field in form order."""
        self.clear_errors()
        first = None
        for name in self._order:
            if name in errors:
                self._slots[name].set_error(field_error_message(FieldError(errors[name])))
                first = first or name
        if first is not None:
            self._scroll.ensureWidgetVisible(self._slots[first])
            self._inputs[first].setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_errors(self) -> None:
        for slot in self._slots.values():
            slot.clear_error()

    def error(self, name: str) -> str:
        """The message shown at a field, "" when it is not marked."""
        return self._slots[name].error

    def field(self, name: str) -> QWidget:
        """The input of a field (tests and the editor focus or read it)."""
        return self._inputs[name]

    def label_text(self, name: str) -> str:
        """A field's label as shown, without its mnemonic."""
        label = self._labels.get(name)
        return label.text().replace("&", "").rstrip(":") if label is not None else name

    def focus_first(self) -> None:
        self._scroll.verticalScrollBar().setValue(0)
        self._inputs[self._order[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        """Empty every field, error and tooltip: nothing of the last client stays."""
        self.set_record(empty_client())
        self._scroll.verticalScrollBar().setValue(0)

    @property
    def field_order(self) -> tuple[str, ...]:
        """The fields in tab order."""
        return tuple(self._order)

    # -- building ----------------------------------------------------------------
    def _build(self) -> None:
        self._order: list[str] = []
        identity = self._section(self.tr("Identity"), [
            ("given_names", self.tr("&Given names (permit)"), self._line(),
             self.tr("As written on the residence permit")),
            ("family_name", self.tr("&Family name (permit)"), self._line(),
             self.tr("As written on the residence permit")),
            ("given_names_usual", self.tr("Given names (&usual)"), self._line(),
             self.tr("As usually written, when it differs from the permit")),
            ("family_name_usual", self.tr("Family name (usua&l)"), self._line(),
             self.tr("As usually written, when it differs from the permit")),
            ("date_of_birth", self.tr("Date of &birth"), DateField(), ""),
            ("sex", self.tr("Se&x"), self._combo(
                [(None, "")] + [(s.value, sex_label(s.value)) for s in Sex]), ""),
            ("country_of_origin", self.tr("C&ountry of origin"), self._combo(
                [(None, "")] + [(c, country_label(c)) for c in ORIGINS]), ""),
            ("v_number", self.tr("&V-nummer"), self._line(self.tr("10 digits")),
             self.tr("The number COA gives; identifies the person in the AZC")),
            ("bsn", self.tr("BS&N"), self._line(self.tr("optional")),
             self.tr("Not everyone has a BSN yet while in the AZC")),
            ("household_role", self.tr("&Role in household"), self._combo(
                [(r.value, household_role_label(r.value)) for r in HouseholdRole]), ""),
        ])
        languages = LanguageList()
        needed = QCheckBox(self.tr("&Interpreter needed"))
        language = self._section(self.tr("Language"), [
            ("languages", self.tr("L&anguages"), languages, ""),
            ("interpreter_needed", "", needed, ""),
            ("interpreter_language", self.tr("Inter&preter language"), self._combo(
                [("", "")] + [(c, language_label(c)) for c in LANGUAGES]), ""),
        ])
        contact = self._section(self.tr("Contact"), [
            ("phone", self.tr("P&hone"), self._line(), ""),
            ("email", self.tr("&E-mail"), self._line(), ""),
        ])
        living = self._section(self.tr("Where they live"), [
            ("azc_location", self.tr("A&ZC location"), self._line(),
             self.tr("The AZC the person lives in until housed")),
            ("address_street", self.tr("S&treet and number"), self._line(),
             self.tr("Once housed in the municipality")),
            ("address_postcode", self.tr("Post&code"), self._line("1234 AB"), ""),
            ("address_city", self.tr("Cit&y"), self._line(), ""),
        ])
        route = self._section(self.tr("Route"), [
            ("stage", self.tr("&Stage"), self._combo([(Stage.KOPPELING.value, stage_label(Stage.KOPPELING.value))]),
             self.tr("Follows from what is recorded: handover, intake, plan, settling. Only "
                     "\"Zelfstandig\" (guidance ended) is set by hand, once the person is housed.")),
            ("koppeling_date", self.tr("&Koppeling date"), DateField(),
             self.tr("The day COA linked the person to the municipality")),
            ("vestiging_date", self.tr("Vestiging &date"), DateField(),
             self.tr("The day the person settled in the municipality")),
        ])
        chain = self._section(self.tr("Chain"), [
            ("klantmanager_id", self.tr("Klant&manager"), self._combo([(None, "")]), ""),
            ("begeleider_id", self.tr("Maatschappeli&jk begeleider"),
             self._combo([(None, "")]), ""),
            # No Alt letter: each of its letters is another field's.
            ("partner_org_ids", self.tr("Partner organisations"), OrganisationList(),
             self.tr("Partner organisations involved with this person")),
        ])
        notes_edit = QPlainTextEdit()
        notes_edit.setTabChangesFocus(True)
        notes_edit.setFixedHeight(notes_edit.fontMetrics().lineSpacing() * 7 + 12)
        notes_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        notes = self._section(self.tr("N&otes"), [("notes", "", notes_edit, "")])

        # Section order is tab order: the left column, then the right, then notes.
        left, right = QVBoxLayout(), QVBoxLayout()
        for column, boxes in ((left, (identity, language, contact)),
                              (right, (living, route, chain))):
            column.setSpacing(10)
            for box in boxes:
                column.addWidget(box)
            column.addStretch(1)
        self._align_labels((identity, language, contact))
        self._align_labels((living, route, chain))
        columns = QHBoxLayout()
        columns.setSpacing(10)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        content = QWidget()
        content.setObjectName("clientFormContent")
        body = QVBoxLayout(content)
        body.setContentsMargins(2, 2, 8, 8)
        body.setSpacing(10)
        body.addLayout(columns)
        body.addWidget(notes)
        body.addStretch(1)

        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)

    def _section(self, title: str, rows: list[tuple[str, str, QWidget, str]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(6)
        for name, label_text, widget, tip in rows:
            widget.setObjectName(name)
            if isinstance(widget, DateField):
                widget.edit.setObjectName(f"{name}_edit")
            if tip:
                widget.setToolTip(tip)
            slot = FieldSlot(widget)
            self._inputs[name] = widget
            self._slots[name] = slot
            self._order.append(name)
            if isinstance(widget, CheckList):
                # A list of choices reads best under its label, across the whole section.
                label = QLabel(label_text)
                label.setBuddy(widget)
                form.addRow(label)
                form.addRow(slot)
            elif label_text:
                label = QLabel(label_text)
                label.setBuddy(widget.focusProxy() or widget)
                form.addRow(label, slot)
            else:
                label = None
                form.addRow("", slot)
            if label is not None:
                self._labels[name] = label
        return box

    def _align_labels(self, boxes) -> None:
        """One label width per column, so fields of stacked sections start at one line.
        A label longer than that wraps rather than squeezing every field of its column."""
        labels = [lab for name, lab in self._labels.items()
                  if not isinstance(self._inputs[name], CheckList)
                  and any(box.isAncestorOf(lab) for box in boxes)]
        limit = self.fontMetrics().horizontalAdvance("M" * 14)
        width = min(max((lab.sizeHint().width() for lab in labels), default=0), limit)
        for label in labels:
            if label.sizeHint().width() > width:
                label.setWordWrap(True)
                label.setMaximumWidth(width)
        for box in boxes:
            form: QFormLayout = box.layout()
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and item.widget() is not None:
                    item.widget().setMinimumWidth(width)

    def _line(self, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        return edit

    def _combo(self, items: list[tuple[str | None, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        for code, label in items:
            combo.addItem(label, code)
        return combo

    def _set_tab_order(self) -> None:
        widgets = [self._inputs[name] for name in self._order]
        for first, second in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(first, second)
        for name in self._order:
            if isinstance(self._inputs[name], QLineEdit):
                limit = MAX_TEXT.get(name, DEFAULT_MAX_TEXT)
                self._inputs[name].setMaxLength(limit)

    # -- values ------------------------------------------------------------------
    def _value(self, name: str):
        widget = self._inputs[name]
        if isinstance(widget, (DateField, CheckList)):
            return widget.value()
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        raise TypeError(name)

    def _set_value(self, name: str, value) -> None:
        widget = self._inputs[name]
        if isinstance(widget, (DateField, CheckList)):
            widget.set_value(value)
        elif isinstance(widget, QLineEdit):
            widget.setText(value or "")  # also drops the field's own undo history
        elif name == "stage":
            self._show_stage(widget, value)
        elif isinstance(widget, QComboBox):
            self._select(widget, value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")

    def _show_stage(self, combo: QComboBox, stage: str | None) -> None:
        """The stage follows from the records (domain stage_of); the one choice left to the
        worker is that guidance ended, and that counts only once the person is housed."""
        stage = stage or Stage.KOPPELING.value
        housed = (Stage.GEVESTIGD.value, Stage.ZELFSTANDIG.value)
        combo.clear()
        for code in housed if stage in housed else (stage,):
            combo.addItem(stage_label(code), code)
        combo.setCurrentIndex(max(combo.findData(stage), 0))
        combo.setEnabled(stage in housed)

    def _select(self, combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index < 0 and value not in (None, ""):
            # A value this device does not offer (a worker not synced yet): keep, do not drop.
            label = self.tr("Unknown worker") if combo.objectName().endswith("_id") else value
            combo.addItem(label, value)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def _user_edited(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()
