"""The plan's route: the leerroute and its level, KNM/MAP/PVT and their results, the law's dates.

Every field saves on its own as it is edited (plan_header_fields.py); the law's refusals
are shown at the field just changed. The law's clocks (PIP due, the integration term,
the end of ontzorgen) are computed by the store and shown as coloured badges.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.views.common import plan_labels as words
from desktop.views.common.field_widgets import DateField, FieldSlot
from desktop.views.common.style import set_role
from desktop.views.plan.plan_header_fields import HeaderFields
from desktop.views.plan.plan_widgets import card_title, choice_combo, deadline_badge, term_details
from domain.plan import CULPABLE, DUAL_TRACKS, GUIDANCE, LEERROUTES, LITERACY_EDUCATION, MAX_INTENSITY_HOURS, NIVEAUS


def plan_card(parent: QWidget, title: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame(parent)
    card.setObjectName("planCard")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 10, 16, 12)
    layout.setSpacing(8)
    layout.addWidget(card_title(title, card))
    return card, layout


def scroll_column(parent: QWidget) -> tuple[QScrollArea, QVBoxLayout]:
    """A scrolling column of cards on the panel's grey."""
    column = QWidget()
    column.setObjectName("planColumn")
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 8, 6, 8)
    layout.setSpacing(10)
    scroll = QScrollArea(parent)
    scroll.setObjectName("planScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(column)
    return scroll, layout


def date_slot(parent: QWidget, name: str) -> FieldSlot:
    field = DateField(parent)
    field.setObjectName(name)
    field.edit.setObjectName(f"{name}_edit")
    field.edit.setAccessibleName(words.field_label(name))
    return FieldSlot(field, parent)


class RouteSection(QWidget):
    def __init__(self, fields: HeaderFields, parent: QWidget | None = None):
        super().__init__(parent)
        self._fields = fields
        self._names: list[str] = []  # the header fields shown here, in tab order
        self._deadlines: list = []
        scroll, column = scroll_column(self)
        column.addWidget(self._route_card())
        column.addWidget(self._parts_card())
        column.addWidget(self._law_card())
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- building ----------------------------------------------------------------
    def _add(self, name: str, widget: QWidget) -> FieldSlot:
        widget.setObjectName(name)
        widget.setAccessibleName(words.field_label(name))
        slot = FieldSlot(widget, self)
        self._bind(name, slot)
        return slot

    def _bind(self, name: str, slot: FieldSlot) -> None:
        self._fields.add(name, slot)
        self._names.append(name)

    def _route_card(self) -> QFrame:
        card, layout = plan_card(self, self.tr("Learning route"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        route = self._add("leerroute", choice_combo(card, [(c, words.leerroute_label(c)) for c in LEERROUTES]))
        niveau = self._add("niveau", choice_combo(card, [(c, c) for c in NIVEAUS]))
        reason = QLineEdit(card)
        reason.setPlaceholderText(self.tr("Why this route: the learnability test, education, wishes"))
        reason_slot = self._add("leerroute_reason", reason)
        hours = QLineEdit(card)
        hours.setValidator(QIntValidator(1, MAX_INTENSITY_HOURS, hours))
        hours.setMaximumWidth(90)
        hours.setToolTip(self.tr("DUO's estimated intensity of the B1 route, in hours"))
        hours_slot = self._add("intensity_hours", hours)
        literacy = self._add("literacy_education", choice_combo(
            card, [(c, words.literacy_label(c)) for c in LITERACY_EDUCATION]))
        finish = self._add("may_finish_education", QCheckBox(self.tr("May finish the &education started"), card))
        guidance = self._add("guidance", choice_combo(card, [(c, words.guidance_label(c)) for c in GUIDANCE]))
        dual = self._add("dual_track", choice_combo(card, [(c, words.dual_track_label(c)) for c in DUAL_TRACKS],
                                                    empty=None))
        dual_note = QLineEdit(card)
        dual_note.setPlaceholderText(self.tr("Which work, how many hours a week"))
        dual_note_slot = self._add("dual_track_note", dual_note)

        rows = ((self.tr("Learning &route"), route, self.tr("&Level"), niveau),
                (self.tr("Reason"), reason_slot, None, None),
                (self.tr("Estimated &hours"), hours_slot, self.tr("Li&teracy classes"), literacy),
                (self.tr("G&uidance"), guidance, None, finish),
                (self.tr("&Dual track"), dual, self.tr("What"), dual_note_slot))
        top = Qt.AlignmentFlag.AlignTop  # a message under one field leaves its neighbour in place
        for row, (text, slot, text2, slot2) in enumerate(rows):
            self._label(grid, row, 0, text, slot)
            if text2 is None and slot2 is None:
                grid.addWidget(slot, row, 1, 1, 3, top)
                continue
            grid.addWidget(slot, row, 1, top)
            if text2:
                self._label(grid, row, 2, text2, slot2)
            grid.addWidget(slot2, row, 3, top)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        return card

    def _parts_card(self) -> QFrame:
        card, layout = plan_card(self, self.tr("Parts of the duty and their results"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        for column, text in ((1, self.tr("Planned")), (2, self.tr("Done")), (3, self.tr("Shortfall culpable"))):
            head = QLabel(text, card)
            set_role(head, "hint")
            grid.addWidget(head, 0, column)
        parts = (("knm", self.tr("KNM: knowledge of Dutch society"), None),
                 ("map", self.tr("MAP: labour market orientation"), "map_culpable"),
                 ("pvt", self.tr("PVT: participation declaration"), "pvt_culpable"),
                 ("zroute", self.tr("Z-route completed"), None))
        for row, (key, text, culpable) in enumerate(parts, start=1):
            label = QLabel(text, card)
            grid.addWidget(label, row, 0)
            if key != "zroute":
                planned = date_slot(card, f"{key}_planned_on")
                self._bind(f"{key}_planned_on", planned)
                grid.addWidget(planned, row, 1)
            done = date_slot(card, f"{key}_done_on")
            self._bind(f"{key}_done_on", done)
            label.setBuddy(done.field.edit if key == "zroute" else planned.field.edit)
            grid.addWidget(done, row, 2)
            if culpable:
                grid.addWidget(self._add(culpable, choice_combo(
                    card, [(c, words.culpable_label(c)) for c in CULPABLE], empty=None)), row, 3)
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        hint = QLabel(self.tr("A done date is DUO's result: the MAP's closing interview, the PVT's signing."), card)
        hint.setWordWrap(True)
        set_role(hint, "hint")
        layout.addWidget(hint)
        return card

    def _law_card(self) -> QFrame:
        card, layout = plan_card(self, self.tr("The law's dates"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        for column, (name, text) in enumerate((("duo_notice_on", self.tr("DUO &notice received")),
                                               ("duty_start_on", self.tr("Integration duty &starts")),
                                               ("pip_dated_on", self.tr("P&IP date")))):
            slot = date_slot(card, name)
            self._bind(name, slot)
            label = QLabel(text, card)
            label.setBuddy(slot.field.edit)
            grid.addWidget(label, 0, column)
            grid.addWidget(slot, 1, column, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        hint = QLabel(self.tr("The PIP date is set when the plan is agreed; the integration term counts from "
                              "the first agreed PIP."), card)
        hint.setWordWrap(True)
        set_role(hint, "hint")
        layout.addWidget(hint)
        self._badges = QHBoxLayout()
        self._badges.setSpacing(6)
        self._badges.addStretch(1)
        layout.addLayout(self._badges)
        # DUO's term behind the badge, read-only: only DUO's answers set it (import of DUO's file)
        self.term_detail = QLabel(card)
        self.term_detail.setObjectName("termDetail")
        self.term_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.term_detail.setWordWrap(True)
        self.term_detail.setVisible(False)
        layout.addWidget(self.term_detail)
        self.no_deadlines = QLabel(self.tr("No deadlines yet: they follow from DUO's notice and the first "
                                           "agreed PIP."), card)
        self.no_deadlines.setWordWrap(True)
        set_role(self.no_deadlines, "hint")
        layout.addWidget(self.no_deadlines)
        return card

    def _label(self, grid: QGridLayout, row: int, column: int, text: str, slot: QWidget) -> None:
        label = QLabel(text, self)
        buddy = slot.field if isinstance(slot, FieldSlot) else slot
        label.setBuddy(buddy.edit if isinstance(buddy, DateField) else buddy)
        grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)

    # -- showing -----------------------------------------------------------------
    def show_deadlines(self, deadlines: list) -> None:
        if deadlines == self._deadlines:
            return
        self._deadlines = list(deadlines)
        while self._badges.count() > 1:
            item = self._badges.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for index, deadline in enumerate(deadlines):
            self._badges.insertWidget(index, deadline_badge(deadline, self))
        details = [line for d in deadlines for line in term_details(d)]
        self.term_detail.setText("\n".join(details))
        self.term_detail.setVisible(bool(details))
        self.no_deadlines.setVisible(not deadlines)

    def badge_texts(self) -> list[tuple[str, str, str]]:
        """(deadline key, state, text) of the badges shown."""
        out = []
        for index in range(self._badges.count()):
            widget = self._badges.itemAt(index).widget()
            if widget is not None:
                out.append((widget.property("deadline"), widget.property("state"), widget.text()))
        return out

    def focus_widgets(self) -> list[QWidget]:
        fields = (self._fields.slot(name).field for name in self._names)
        return [f.edit if isinstance(f, DateField) else f for f in fields]

    def clear(self) -> None:
        self.show_deadlines([])
