"""Money in the plan: ontzorgen (fixed costs paid from the benefit) with its end and reminder,
the budget coach, the furnishing loan's tranches, and signals of debt."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.tasks import DbWorker
from desktop.views.common import plan_labels as words
from desktop.views.common.autosave import Autosaver
from desktop.views.common.field_widgets import CheckList, FieldSlot, format_date
from desktop.views.common.style import set_role
from desktop.views.plan.plan_header_fields import HeaderFields
from desktop.views.plan.plan_record_fields import Column, Field, Spec
from desktop.views.plan.plan_records import RecordSection
from desktop.views.plan.plan_route import date_slot, plan_card, scroll_column
from desktop.views.plan.plan_widgets import choice_combo, deadline_badge, format_euros, set_choices
from domain.plan import DEBT_KINDS, FIXED_COSTS, check_debt_signal, check_tranche
from domain.plan_rules import ONTZORGEN_MONTHS, ontzorgen_end


class MoneySection(QWidget):
    def __init__(self, worker: DbWorker, autosaver: Autosaver, fields: HeaderFields, parent: QWidget | None = None):
        super().__init__(parent)
        self._fields = fields
        self._badge: QLabel | None = None
        self._badge_deadline = None
        scroll, column = scroll_column(self)
        column.addWidget(self._ontzorgen_card())
        column.addWidget(self._budgetcoach_card())
        self.tranches = RecordSection(worker, autosaver, Spec(
            part="tranches", entity="plan_tranches",
            fields=(Field("amount_cents", self.tr("Amount"), "money", placeholder="€ 0,00"),
                    Field("paid_on", self.tr("Paid on"), "date"),
                    Field("purpose", self.tr("For"), stretch=3, placeholder=self.tr("Beds, a fridge, curtains")),
                    Field("checked", self.tr("Spending checked"), "check")),
            columns=(Column(self.tr("Paid on"), lambda t: format_date(t.get("paid_on")), field="paid_on"),
                     Column(self.tr("Amount"), lambda t: format_euros(t.get("amount_cents")), field="amount_cents"),
                     Column(self.tr("For"), lambda t: t.get("purpose") or "", True, "purpose"),
                     Column(self.tr("Checked"), lambda t: format_date(t.get("checked_on")) if t.get("checked")
                            else "", field="checked")),
            rows=(("amount_cents", "paid_on", "purpose", "checked"),),
            check=check_tranche,
            empty_text=self.tr("No tranches of the furnishing loan paid yet."),
            new_text=self.tr("New &tranche"),
        ), self)
        self.tranches.table.max_rows = 5
        self.tranche_total = QLabel(self)
        set_role(self.tranche_total, "hint")
        card, layout = plan_card(self, self.tr("Furnishing loan (inrichtingskrediet)"))
        layout.addWidget(self.tranches)
        layout.addWidget(self.tranche_total)
        column.addWidget(card)

        self.debts = RecordSection(worker, autosaver, Spec(
            part="debt_signals", entity="plan_debt_signals",
            fields=(Field("noticed_on", self.tr("Noticed on"), "date"),
                    Field("kind", self.tr("Kind"), "choice", tuple((k, words.debt_kind_label(k)) for k in DEBT_KINDS),
                          stretch=2),
                    Field("note", self.tr("Note"), stretch=4, max_length=8000,
                          placeholder=self.tr("Who sent it, how much, what was agreed"))),
            columns=(Column(self.tr("Noticed on"), lambda d: format_date(d.get("noticed_on")), field="noticed_on"),
                     Column(self.tr("Kind"), lambda d: words.debt_kind_label(d.get("kind")), field="kind"),
                     Column(self.tr("Note"), lambda d: d.get("note") or "", True, "note")),
            rows=(("noticed_on", "kind", "note"),),
            check=check_debt_signal,
            empty_text=self.tr("No signals of debt."),
            new_text=self.tr("New si&gnal"),
            add_text=self.tr("A&dd signal"),  # Alt+A is the tranches' Add, on the same page
        ), self)
        self.debts.table.max_rows = 5
        card, layout = plan_card(self, self.tr("Signals of debt"))
        layout.addWidget(self.debts)
        column.addWidget(card)
        column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _ontzorgen_card(self) -> QWidget:
        card, layout = plan_card(self, self.tr("Ontzorgen: fixed costs paid from the benefit"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        start, end = date_slot(card, "ontzorgen_start"), date_slot(card, "ontzorgen_end")
        self._end = end
        costs = CheckList(card, columns=4)
        costs.set_items([(c, words.fixed_cost_label(c)) for c in FIXED_COSTS])
        costs.setObjectName("ontzorgen_costs")
        costs.setAccessibleName(words.field_label("ontzorgen_costs"))
        costs_slot = FieldSlot(costs, card)
        for name, slot in (("ontzorgen_start", start), ("ontzorgen_end", end), ("ontzorgen_costs", costs_slot)):
            self._fields.add(name, slot)
        for column, (text, slot) in enumerate(((self.tr("&Starts"), start), (self.tr("&Ends"), end))):
            label = QLabel(text, card)
            label.setBuddy(slot.field.edit)
            grid.addWidget(label, 0, column)
            grid.addWidget(slot, 1, column)
        self._badge_row = QHBoxLayout()
        self._badge_row.addStretch(1)
        grid.addLayout(self._badge_row, 1, 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        costs_label = QLabel(self.tr("&Fixed costs paid"), card)
        costs_label.setBuddy(costs)
        layout.addWidget(costs_label)
        layout.addWidget(costs_slot)
        self.end_hint = QLabel(card)
        self.end_hint.setWordWrap(True)
        set_role(self.end_hint, "hint")
        layout.addWidget(self.end_hint)
        return card

    def _budgetcoach_card(self) -> QWidget:
        card, layout = plan_card(self, self.tr("Budget coach"))
        row = QHBoxLayout()
        check = QCheckBox(self.tr("A &budget coach helps"), card)
        check.setObjectName("budgetcoach")
        self.coach_org = choice_combo(card, [])
        self.coach_org.setObjectName("budgetcoach_org_id")
        self.coach_org.setAccessibleName(words.field_label("budgetcoach_org_id"))
        check_slot, org_slot = FieldSlot(check, card), FieldSlot(self.coach_org, card)
        self._fields.add("budgetcoach", check_slot)
        self._fields.add("budgetcoach_org_id", org_slot)
        label = QLabel(self.tr("Fro&m"), card)
        label.setBuddy(self.coach_org)
        row.addWidget(check_slot)
        row.addSpacing(16)
        row.addWidget(label)
        row.addWidget(org_slot, 1)
        layout.addLayout(row)
        return card

    # -- showing -----------------------------------------------------------------
    def set_plan(self, plan_id: str | None) -> None:
        self.tranches.set_plan(plan_id)
        self.debts.set_plan(plan_id)

    def set_organisations(self, organisations: list[dict]) -> None:
        # budget coaching organisations first: they are the usual answer
        ordered = sorted(organisations, key=lambda o: (o.get("kind") != "budgetcoach", o["name"]))
        set_choices(self.coach_org, [(o["id"], o["name"]) for o in ordered])

    def show_money(self, plan: dict) -> None:
        self.tranches.set_records(plan.get("tranches", []))
        self.debts.set_records(plan.get("debt_signals", []))
        total = sum(t.get("amount_cents") or 0 for t in plan.get("tranches", []))
        self.tranche_total.setText(self.tr("Paid in all: {amount}").format(amount=format_euros(total))
                                   if total else "")
        computed = ontzorgen_end(plan.get("ontzorgen_start"))
        self._end.field.edit.setPlaceholderText(format_date(computed.isoformat()) if computed else
                                                self.tr("dd-mm-yyyy"))
        self.end_hint.setText(self.tr("Without an end date, ontzorgen ends {months} months after it starts.")
                              .format(months=ONTZORGEN_MONTHS))
        deadline = next((d for d in plan.get("deadlines", []) if d.key == "ontzorgen_end"), None)
        if self._badge is not None and deadline == self._badge_deadline:
            return
        if self._badge is not None:
            self._badge.deleteLater()
            self._badge = None
        if deadline is not None:
            self._badge = deadline_badge(deadline, self)
            self._badge_deadline = deadline
            self._badge_row.addWidget(self._badge)

    def clear(self) -> None:
        self.tranches.clear()
        self.debts.clear()
        self.tranche_total.clear()
        if self._badge is not None:
            self._badge.deleteLater()
            self._badge = None

    def reminder(self) -> tuple[str, str] | None:
        """(state, text) of the ontzorgen reminder shown."""
        return (self._badge.property("state"), self._badge.text()) if self._badge else None
