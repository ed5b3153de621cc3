"""Small pieces the plan's sections share: the look, choice boxes, money, deadline badges,
and any stored value of the plan in words (for the history and the comparison of versions)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop.views.common import plan_labels as words
from desktop.views.common.field_widgets import format_date
from desktop.views.common.style import repolish
from domain.law_term import as_date
from domain.plan_rules import Deadline

translate = QCoreApplication.translate

PLAN_STYLE = """
QFrame#planCard { background: #ffffff; border: 1px solid #d8dde3; border-radius: 8px; }
QScrollArea#planScroll, QWidget#planColumn { background: #f3f5f7; border: none; }
QLabel#panelTitle { font-size: 17px; font-weight: 600; color: #1d2b36; }
QLabel#cardTitle { font-size: 13px; font-weight: 600; color: #2f6690; }
QLabel#versionChip { border-radius: 9px; padding: 1px 9px; background: #e8eef3; color: #2f4858; }
QLabel#versionChip[state="agreed"] { background: #dcefe1; color: #1f6f3a; }
QLabel#versionChip[state="changed"] { background: #fdf0d5; color: #7a5200; }
QLabel#deadlineBadge { border-radius: 9px; padding: 2px 10px; background: #e8eef3; color: #2f4858; }
QLabel#deadlineBadge[state="soon"] { background: #fdf0d5; color: #7a5200; }
QLabel#deadlineBadge[state="overdue"] { background: #f9dedc; color: #a12622; font-weight: 600; }
QLabel#deadlineBadge[state="met"] { background: #dcefe1; color: #1f6f3a; }
QTabWidget#planSections::pane { border: none; }
QFrame#recordEditor { background: #ffffff; border: 1px solid #d8dde3; border-radius: 8px; }
QTreeWidget { background: #ffffff; alternate-background-color: #f6f8fa; }
QTreeWidget::item { padding: 3px 2px; }
QTextBrowser#planCompare { background: #ffffff; border: 1px solid #d8dde3; border-radius: 8px; }
"""

OVERDUE_COLOUR = "#a12622"
OVERDUE_BACKGROUND = "#fdecea"
MUTED_COLOUR = "#77818b"
_EUROS = re.compile(r"^\s*(?:€\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?\s*$")


# -- choices ------------------------------------------------------------------------------
def choice_combo(parent: QWidget, items: Iterable[tuple[object, str]], empty: str | None = "") -> QComboBox:
    """A combo of (code, label) pairs; `empty` (a label) first, for "not chosen", unless None."""
    combo = QComboBox(parent)
    set_choices(combo, items, empty)
    return combo


def set_choices(combo: QComboBox, items: Iterable[tuple[object, str]], empty: str | None = "") -> None:
    """Replace the choices, keeping what was chosen; emits nothing."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if empty is not None:
        combo.addItem(empty, None)
    for code, label in items:
        combo.addItem(label, code)
    set_combo_value(combo, current)
    combo.blockSignals(False)


def set_combo_value(combo: QComboBox, code) -> None:
    """Choose `code`; an unknown code is added as itself rather than lost on the next save."""
    if code in (None, ""):
        index = combo.findData(None)
        if index < 0:
            index = combo.findData("")
        combo.setCurrentIndex(max(index, 0))
        return
    index = combo.findData(code)
    if index < 0:
        combo.addItem(str(code), code)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


# -- money --------------------------------------------------------------------------------
def parse_euros(text: str) -> int | None | str:
    """'1.250,50', '€ 300' or '300' as cents; None when empty; the text itself when it is no amount."""
    if not text.strip():
        return None
    match = _EUROS.match(text)
    if not match:
        return text
    whole = int(match.group(1).replace(".", ""))
    cents = int((match.group(2) or "0").ljust(2, "0"))
    return whole * 100 + cents


def format_euros(cents: int | None) -> str:
    if cents is None:
        return ""
    whole, rest = divmod(int(cents), 100)
    return f"€ {whole:,}".replace(",", ".") + f",{rest:02d}"


# -- deadlines ----------------------------------------------------------------------------
def deadline_text(deadline: Deadline) -> str:
    return translate("PlanWidgets", "{what}: {date} ({state})").format(
        what=words.deadline_label(deadline.key), date=format_date(deadline.due.isoformat()),
        state=words.deadline_state_label(deadline.state))


def extension_text(ground: str, text: str, last_day) -> str:
    """One extension DUO granted: its ground in DUO's own words (its list of grounds, GET
    /verlengingsgronden, in Dutch), else its code, and the term's new last day."""
    day = format_date(last_day.isoformat())
    if text:
        return translate("PlanWidgets", "extended to {date}, ground: {ground}").format(date=day, ground=text)
    return translate("PlanWidgets", "extended to {date}, ground {code}").format(date=day, code=ground)


def term_details(deadline: Deadline) -> list[str]:
    """What stands behind the term's date: DUO's term or a computed one, each extension with its
    ground, a term carried over, and what an exemption or release does to it."""
    if deadline.key != "inburgeringstermijn":
        return []
    if deadline.computed:
        out = [translate("PlanWidgets", "Integration term computed: three years from the day after the first "
                                        "agreed PIP; DUO's own term is not known yet.")]
    else:
        out = [translate("PlanWidgets", "Integration term as DUO set it, from {date}.").format(
            date=format_date(deadline.start.isoformat()) if deadline.start else "—")]
    if deadline.carried_over:
        out.append(translate("PlanWidgets", "Carried over from a previous municipality: the term runs on "
                                            "from there."))
    out += [extension_text(g, t, d)[:1].upper() + extension_text(g, t, d)[1:] + "."
            for g, t, d in deadline.extensions]
    on = format_date(deadline.exemption_on.isoformat()) if deadline.exemption_on else "—"
    if deadline.exemption in ("whole_exemption", "whole_release"):
        out.append(translate("PlanWidgets", "Duty met by a {kind} from DUO on {date}: the term no longer runs.")
                   .format(kind=words.exemption_label(deadline.exemption), date=on))
    elif deadline.exemption == "temporary_exemption":
        until = format_date(deadline.exemption_end.isoformat()) if deadline.exemption_end else "—"
        out.append(translate("PlanWidgets", "Paused by a temporary exemption from {start} to {end}: DUO "
                                            "sets the term again when it ends.").format(start=on, end=until))
    return out


def deadline_badge(deadline: Deadline, parent: QWidget) -> QLabel:
    badge = QLabel(deadline_text(deadline), parent)
    badge.setObjectName("deadlineBadge")
    badge.setTextFormat(Qt.TextFormat.PlainText)
    badge.setProperty("state", str(deadline.state))
    badge.setProperty("deadline", deadline.key)
    details = term_details(deadline)
    badge.setAccessibleName(" ".join([deadline_text(deadline), *details]))
    if details:
        badge.setToolTip("\n".join(details))
    repolish(badge)
    return badge


def card_title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("cardTitle")
    return label


# -- stored values in words ------------------------------------------------------------------
_CODES = {
    "leerroute": words.leerroute_label, "literacy_education": words.literacy_label, "guidance": words.guidance_label,
    "dual_track": words.dual_track_label, "map_culpable": words.culpable_label, "pvt_culpable": words.culpable_label,
    "domain": words.domain_label, "skill": words.skill_label,
}
_STATUS = {"plan_goals": words.goal_status_label, "plan_actions": words.action_status_label}
_KIND = {"plan_debt_signals": words.debt_kind_label, "plan_milestones": words.milestone_label}
_NAMED = ("organisation_id", "worker_id", "budgetcoach_org_id", "goal_id")


def _stored_extension(item) -> str:
    """An extension as kept on the plan: end_on is DUO's einddatum (exclusive), shown as the last day."""
    end = as_date(item.get("end_on")) if isinstance(item, dict) else None
    if end is None:
        return str(item)
    return extension_text(item.get("ground") or "", item.get("text") or "", end - timedelta(days=1))


def value_text(entity: str, field: str, value, names: dict[str, str] | None = None) -> str:
    """A stored value as people read it: dates as dd-mm-yyyy, codes as words, ids as names."""
    if value is None or value == "" or value == []:
        if field.endswith("_culpable"):
            return words.culpable_label("")
        return "—"
    if isinstance(value, bool) or field in ("budgetcoach", "may_finish_education", "checked", "deleted",
                                             "duo_term_carried_over"):
        return words.yes_no(value not in (False, 0, "0"))
    if field.endswith(("_on", "_start", "_end")):
        return format_date(str(value))
    if field in _CODES:
        return _CODES[field](value)
    if field == "status" and entity in _STATUS:
        return _STATUS[entity](value)
    if field == "kind" and entity in _KIND:
        return _KIND[entity](value)
    if field == "duo_exemption_kind":
        return words.exemption_label(value)
    if field == "duo_term_extensions":
        return "; ".join(_stored_extension(e) for e in value)
    if field == "ontzorgen_costs":
        return ", ".join(words.fixed_cost_label(c) for c in value)
    if field == "amount_cents":
        return format_euros(value)
    if field in _NAMED:
        return (names or {}).get(value) or translate("PlanWidgets", "(unknown)")
    return str(value)
