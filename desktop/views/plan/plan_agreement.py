"""Agreeing on the plan: when, who was there, whether and how the person agreed. Each agreement
freezes the plan as the next numbered version; any two versions (or a version and the plan as
it stands now) compare side by side. A half-filled agreement is an encrypted draft until it is
agreed (common/form_draft.py): a lock or a crash does not lose it."""

from __future__ import annotations

import json
import logging
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.common import plan_labels as words
from desktop.views.common.field_widgets import CheckList, DateField, FieldSlot, format_date
from desktop.views.common.form_draft import FormDraft, focus_in, refocus
from desktop.views.common.shortcuts import shortcut
from desktop.views.common.style import set_role
from desktop.views.plan.plan_compare import PlanCompareView
from desktop.views.plan.plan_route import plan_card
from desktop.views.plan.plan_widgets import choice_combo, set_choices
from domain.errors import RecordInvalid
from domain.plan import AGREEMENT_HOW
from domain.plan_versions import compare_snapshots, make_snapshot

log = logging.getLogger(__name__)

NOW = "now"  # the compare choice for the plan as it stands, not agreed
NUMBER, AGREED_ON, PIP_DATE, AGREES, PRESENT = range(5)
DRAFT = "plan_agreement"


class AgreementSection(QWidget):
    agreed = Signal(str)  # the new version's id
    message = Signal(str, str)  # text, role
    route_missing = Signal(dict)  # the plan's own fields the agreement was refused on

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._plan_id: str | None = None
        self._versions: list[dict] = []
        self._compared_pair: tuple[str, str] | None = None  # what the comparison shows, to show again
        self._names: dict[str, str] = {}
        self._me: str | None = None
        self._filling = False  # the form is filled by the program: no edit to draft
        self.draft = FormDraft(worker, DRAFT, self)
        self._build()
        self.agreed_on.changed.connect(self._note_draft)
        self.pip_dated_on.changed.connect(self._note_draft)
        self.present.changed.connect(self._note_draft)
        self.present_others.textEdited.connect(self._note_draft)
        self.agreement_note.textEdited.connect(self._note_draft)
        self.client_agrees.activated.connect(self._note_draft)
        self.agreement_how.activated.connect(self._note_draft)

    # -- building ----------------------------------------------------------------
    def _build(self) -> None:
        card, form = plan_card(self, self.tr("Agree on the plan"))
        self.agreed_on = DateField(card)
        self.agreed_on.edit.setObjectName("agreed_on_edit")
        self.pip_dated_on = DateField(card)
        self.pip_dated_on.edit.setObjectName("agreement_pip_edit")
        self.pip_dated_on.edit.setPlaceholderText(self.tr("as agreed on"))
        self.present = CheckList(card, columns=2)
        self.present.setObjectName("present_ids")
        self.present.setMaximumHeight(4 * (self.fontMetrics().height() + 8))
        self.present_others = QLineEdit(card)
        self.present_others.setObjectName("present_others")
        self.present_others.setPlaceholderText(self.tr("Interpreter, partner, family"))
        self.client_agrees = choice_combo(card, [(True, self.tr("Yes, agrees")),
                                                 (False, self.tr("No, does not agree"))])
        self.client_agrees.setObjectName("client_agrees")
        self.agreement_how = choice_combo(card, [(h, words.agreement_how_label(h)) for h in AGREEMENT_HOW])
        self.agreement_how.setObjectName("agreement_how")
        for combo in (self.client_agrees, self.agreement_how):
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agreement_note = QLineEdit(card)
        self.agreement_note.setObjectName("agreement_note")
        self.agreement_note.setPlaceholderText(self.tr("What the person said, what still differs"))
        self.slots = {"agreed_on": FieldSlot(self.agreed_on), "pip_dated_on": FieldSlot(self.pip_dated_on),
                      "present_ids": FieldSlot(self.present), "present_others": FieldSlot(self.present_others),
                      "client_agrees": FieldSlot(self.client_agrees), "agreement_how": FieldSlot(self.agreement_how),
                      "agreement_note": FieldSlot(self.agreement_note)}
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        rows = ((self.tr("Agreed &on"), "agreed_on", self.tr("PIP &date"), "pip_dated_on"),
                (self.tr("Pre&sent"), "present_ids", None, None),
                (self.tr("A&lso present"), "present_others", None, None),
                (self.tr("The person a&grees"), "client_agrees", self.tr("&How"), "agreement_how"),
                (self.tr("No&te"), "agreement_note", None, None))
        for row, (text, key, text2, key2) in enumerate(rows):
            self._label(grid, row, 0, text, key)
            if key2 is None:
                grid.addWidget(self.slots[key], row, 1, 1, 4)
            else:
                grid.addWidget(self.slots[key], row, 1)
                self._label(grid, row, 2, text2, key2)
                grid.addWidget(self.slots[key2], row, 3)
        grid.setColumnStretch(4, 1)
        form.addLayout(grid)
        self.agree_button = QPushButton(self.tr("&Agree"), card)
        self.agree_button.setObjectName("agreePlan")
        self.agree_button.setProperty("primary", True)
        self.agree_button.setToolTip(self.tr("Freeze the plan as it is now as the next version (Ctrl+Enter)"))
        self.agree_button.clicked.connect(self.agree)
        self.since_label = QLabel(card)
        self.since_label.setObjectName("changesSinceAgreed")
        self.since_label.setWordWrap(True)
        set_role(self.since_label, "hint")
        bottom = QHBoxLayout()
        bottom.addWidget(self.since_label, 1)
        bottom.addWidget(self.agree_button, 0, Qt.AlignmentFlag.AlignBottom)
        form.addLayout(bottom)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut(keys, card, self.agree, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        card.setMaximumWidth(440)

        versions, vlayout = plan_card(self, self.tr("Agreed versions"))
        self.versions = QTreeWidget(versions)
        self.versions.setObjectName("planVersions")
        self.versions.setHeaderLabels([self.tr("No."), self.tr("Agreed on"), self.tr("PIP date"), self.tr("Agrees"),
                                       self.tr("Present")])
        self.versions.setRootIsDecorated(False)
        self.versions.setUniformRowHeights(True)
        self.versions.setAllColumnsShowFocus(True)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.versions.header()
        for column in range(PRESENT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PRESENT, QHeaderView.ResizeMode.Stretch)
        self.versions.itemActivated.connect(lambda item, _c: self._compare_with_previous(item))
        vlayout.addWidget(self.versions, 1)
        hint = QLabel(self.tr("Enter on a version compares it with the one before."), versions)
        set_role(hint, "hint")
        hint.setWordWrap(True)  # beside the card: a long line would widen the whole plan
        vlayout.addWidget(hint)
        self.left_choice, self.right_choice = QComboBox(self), QComboBox(self)
        self.left_choice.setObjectName("compareLeft")
        self.right_choice.setObjectName("compareRight")
        # Narrow at least, wide where there is room: the plan's widest page would otherwise push the
        # work page's splitter and narrow the caseload beside it.
        for choice in (self.left_choice, self.right_choice):
            choice.setMinimumContentsLength(16)
            choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.compare_button = QPushButton(self.tr("&Compare"), self)
        self.compare_button.setObjectName("compareVersions")
        self.compare_button.clicked.connect(lambda: self.compare(self.left_choice.currentData(),
                                                                 self.right_choice.currentData()))
        choose = QHBoxLayout()
        label = QLabel(self.tr("Co&mpare"), self)
        label.setBuddy(self.left_choice)
        choose.addWidget(label)
        choose.addWidget(self.left_choice, 1)
        choose.addWidget(QLabel(self.tr("with"), self))
        choose.addWidget(self.right_choice, 1)
        choose.addWidget(self.compare_button)
        choose.addStretch(1)

        self.compare_view = PlanCompareView(self)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(card)
        top.addWidget(versions, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(choose)
        layout.addWidget(self.compare_view, 1)

    def _label(self, grid: QGridLayout, row: int, column: int, text: str, key: str) -> None:
        label = QLabel(text, self)
        field = self.slots[key].field
        label.setBuddy(field.edit if isinstance(field, DateField) else field)
        grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)

    # -- public ------------------------------------------------------------------
    def set_plan(self, plan_id: str | None, me: str | None) -> None:
        if plan_id != self._plan_id:
            self.draft.flush()  # a draft belongs to the plan it was typed for
            self._worker.forget(self)  # answers about the plan shown before are dropped
            self._plan_id, self._me = plan_id, me
            self._versions = []
            self._compared_pair = None
            # Nothing of the plan shown before stays: not its versions, choices or comparison.
            self.compare_view.clear()
            self.versions.clear()
            self.since_label.clear()
            self._fill_choices()
            self._reset_form()
            if plan_id is not None:  # after the directory (one queue, answered in order)
                self.draft.read(self, lambda draft: self._resume_draft(plan_id, draft))

    def flush(self) -> None:
        self._note_draft()
        self.draft.flush()

    def draft_state(self) -> dict:
        focus, cursor = focus_in(self)
        return {"plan_id": self._plan_id, "values": self._values(), "focus": focus, "cursor": cursor}

    def set_directory(self, workers: list[dict], names: dict[str, str]) -> None:
        self._names = names
        checked = self.present.value() if self.present.count() else ([self._me] if self._me else [])
        self.present.set_items([(w["id"], w["name"]) for w in workers])
        self.present.set_value(checked)

    def show_versions(self, versions: list[dict], since) -> None:
        """The agreed versions, and what changed since the latest (a PlanDiff, None before any)."""
        number = (max((v["number"] for v in versions), default=0)) + 1
        self.agree_button.setText(self.tr("&Agree as version {number}").format(number=number))
        if since is None:
            self.since_label.setText(self.tr("Not agreed yet."))
        elif since.empty:
            self.since_label.setText(self.tr("The plan is as agreed in version {number}.").format(number=number - 1))
        else:
            self.since_label.setText(self.tr("Changed since version {number}: agree again to make it the plan.")
                                     .format(number=number - 1))
        if versions == self._versions:
            self._refresh_comparison(now_only=True)
            return
        self._versions = versions
        self.versions.clear()
        for version in reversed(versions):  # the newest first
            present = [self._names.get(i, "?") for i in version.get("present_ids") or []]
            if version.get("present_others"):
                present.append(version["present_others"])
            agrees = (self.tr("Yes, {how}").format(how=words.agreement_how_label(version.get("agreement_how")).lower())
                      if version.get("client_agrees") else self.tr("No"))
            item = QTreeWidgetItem([str(version["number"]), format_date(version.get("agreed_on")),
                                    format_date(version.get("pip_dated_on")), agrees, ", ".join(present)])
            item.setData(0, Qt.ItemDataRole.UserRole, version["id"])
            item.setToolTip(PRESENT, ", ".join(present))
            if version.get("agreed_by_name"):
                item.setToolTip(NUMBER, self.tr("Recorded by {name}").format(name=version["agreed_by_name"]))
            if version.get("agreement_note"):
                item.setToolTip(AGREES, version["agreement_note"])
            self.versions.addTopLevelItem(item)
        self._fill_choices()
        self._refresh_comparison(now_only=False)

    def _refresh_comparison(self, now_only: bool) -> None:
        """The comparison on screen follows the data: shown again when the versions or (for "the
        plan now") the plan changed; cleared when a version it showed is gone."""
        pair = self._compared_pair
        if pair is None or (now_only and NOW not in pair):
            return
        ids = {v["id"] for v in self._versions} | {NOW}
        if set(pair) <= ids:
            self.compare(*pair)
        else:
            self._compared_pair = None
            self.compare_view.clear()

    def clear(self) -> None:
        self.flush()
        self.set_plan(None, None)
        self.versions.clear()
        self.present.set_items([])
        self.since_label.clear()

    def agree(self) -> None:
        plan_id = self._plan_id
        if plan_id is None:
            return
        fields = self._values()
        self.agree_button.setEnabled(False)
        self._worker.write(lambda store: store.plans.agree(plan_id, fields), {"plan_versions", "plans"},
                           on_done=self._agreed, on_error=self._refused, asker=self)

    def compare(self, left: str | None, right: str | None) -> None:
        plan_id = self._plan_id
        if plan_id is None or not left or not right:
            return

        def snapshot(store, which):
            if which == NOW:
                plan = store.plans.get(plan_id)  # through JSON, as a stored snapshot is
                return json.loads(json.dumps(make_snapshot(plan, plan["goals"], plan["actions"])))
            return store.plans.version(which)["snapshot"]

        def work(store):
            old, new = snapshot(store, left), snapshot(store, right)
            diff = (store.plans.compare(left, right) if NOW not in (left, right)
                    else compare_snapshots(old, new))
            return diff, old, new

        self._compared_pair = (left, right)
        for choice, value in ((self.left_choice, left), (self.right_choice, right)):
            if choice.findData(value) >= 0:
                choice.setCurrentIndex(choice.findData(value))
        titles = (self.left_choice.itemText(max(self.left_choice.findData(left), 0)),
                  self.right_choice.itemText(max(self.right_choice.findData(right), 0)))
        self._worker.read(work, key="plan-compare", asker=self, on_done=lambda result: self._compared(result, titles),
                          on_error=lambda e: log.error("comparing plan versions failed", exc_info=e))

    def error(self, key: str) -> str:
        return self.slots[key].error

    # -- inside ------------------------------------------------------------------
    def _values(self) -> dict:
        return {"agreed_on": self.agreed_on.value(), "pip_dated_on": self.pip_dated_on.value(),
                "present_ids": self.present.value(), "present_others": self.present_others.text().strip(),
                "client_agrees": self.client_agrees.currentData(),
                "agreement_how": self.agreement_how.currentData() or "",
                "agreement_note": self.agreement_note.text().strip()}

    def _note_draft(self) -> None:
        """Typed into: the draft follows; typed back to the blank form: no draft."""
        if self._filling or self._plan_id is None:
            return  # no plan shown (locked, another client): its draft waits as it was
        if self._values() != self._blank():
            self.draft.keep(self.draft_state())
        else:
            self.draft.drop()

    def _resume_draft(self, plan_id: str, draft: dict | None) -> None:
        if not draft or draft.get("plan_id") != plan_id or plan_id != self._plan_id:
            return
        values = draft.get("values") or {}
        self._filling = True
        try:
            self.agreed_on.set_value(values.get("agreed_on"))
            self.pip_dated_on.set_value(values.get("pip_dated_on"))
            if self.present.count():  # else set_directory keeps it when the workers come
                self.present.set_value(values.get("present_ids") or [])
            self.present_others.setText(values.get("present_others") or "")
            for combo, key in ((self.client_agrees, "client_agrees"), (self.agreement_how, "agreement_how")):
                index = combo.findData(values.get(key))
                combo.setCurrentIndex(max(index, 0))
            self.agreement_note.setText(values.get("agreement_note") or "")
        finally:
            self._filling = False
        self.message.emit(self.tr("The agreement you were filling in is back; it is not agreed yet."), "hint")
        refocus(self, draft.get("focus"), draft.get("cursor"))

    def _reset_form(self) -> None:
        self._filling = True
        try:
            self._blank_form()
        finally:
            self._filling = False

    def _blank(self) -> dict:
        """What the form holds before anyone typed: not worth a draft."""
        return {"agreed_on": date.today().isoformat(), "pip_dated_on": None,
                "present_ids": [self._me] if self._me else [], "present_others": "",
                "client_agrees": self.client_agrees.itemData(0), "agreement_how": self.agreement_how.itemData(0) or "",
                "agreement_note": ""}

    def _blank_form(self) -> None:
        self.agreed_on.set_value(date.today().isoformat())
        self.pip_dated_on.set_value(None)
        self.present_others.clear()
        self.client_agrees.setCurrentIndex(0)
        self.agreement_how.setCurrentIndex(0)
        self.agreement_note.clear()
        self.present.set_value([self._me] if self._me else [])
        for slot in self.slots.values():
            slot.clear_error()
        self.agree_button.setEnabled(self._plan_id is not None)

    def _fill_choices(self) -> None:
        items = [(v["id"], self.tr("Version {number} ({date})").format(
            number=v["number"], date=format_date(v.get("agreed_on")))) for v in self._versions]
        now = self.tr("The plan now (not agreed)")
        for choice in (self.left_choice, self.right_choice):
            choice.clear()  # set_choices keeps a chosen id it does not know: here, another plan's version
        set_choices(self.left_choice, items, None)
        set_choices(self.right_choice, [*items, (NOW, now)], None)
        if len(items) >= 1:
            self.left_choice.setCurrentIndex(len(items) - 1)
            self.right_choice.setCurrentIndex(len(items))  # the latest against now
        self.compare_button.setEnabled(bool(items))

    def _compared(self, result, titles: tuple[str, str]) -> None:
        diff, old, new = result
        self.compare_view.show_diff(diff, old, new, self._names, *titles)

    def _compare_with_previous(self, item: QTreeWidgetItem) -> None:
        version_id = item.data(0, Qt.ItemDataRole.UserRole)
        ids = [v["id"] for v in self._versions]
        index = ids.index(version_id)
        left, right = (ids[index - 1], version_id) if index > 0 else (version_id, NOW)
        self.compare(left, right)

    def _agreed(self, version_id: str) -> None:
        self._reset_form()
        self.draft.drop()  # agreed: nothing left to keep
        self.message.emit(self.tr("Agreed: the plan is frozen as a new version."), "success")
        self.agreed.emit(version_id)

    def _refused(self, error: BaseException) -> None:
        self.agree_button.setEnabled(True)
        if not isinstance(error, RecordInvalid):
            log.error("agreeing on the plan failed", exc_info=error)
            self.message.emit(self.tr("The plan could not be agreed."), "problem")
            return
        for key, slot in self.slots.items():
            if key in error.errors:
                slot.set_error(words.plan_error_message(error.errors[key]))
            else:
                slot.clear_error()
        self.message.emit(self.tr("Not agreed: please correct the marked fields."), "problem")
        elsewhere = {k: v for k, v in error.errors.items() if k not in self.slots}
        if elsewhere:
            self.route_missing.emit(elsewhere)  # the panel names them, in place of the line above
