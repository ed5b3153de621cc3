"""The plan as a PDF for the person and the chain's partners.

The text is Dutch, the language of the plan, whatever language the screens are in: the
app's Dutch translation is put in front while the document is written. The section
headings are given in the person's language too when the app has a translation for it
(resources/translations/ketenplan_<lang>.qm; English is the source language, so always),
read through a translator of its own: adding a language is adding its .qm file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.paths import translations_dir
from desktop.views.common import plan_labels as words
from desktop.views.common.field_widgets import format_date
from desktop.views.common.pdf_pages import write_a4_pdf
from desktop.views.plan.plan_goals import goal_name
from desktop.views.plan.plan_widgets import term_details, value_text

translate = QCoreApplication.translate
Translate = Callable[[str, str], str]
DUTCH = "nl"
ROUTE_ROWS = ("leerroute", "niveau", "leerroute_reason", "intensity_hours", "literacy_education", "guidance",
              "dual_track", "dual_track_note", "knm_planned_on", "knm_done_on", "map_planned_on", "map_done_on",
              "pvt_planned_on", "pvt_done_on", "zroute_done_on", "duo_notice_on", "duty_start_on", "pip_dated_on")


def heading_words(translate: Translate) -> dict[str, str]:
    """The section headings through the given translate (literal calls, so lupdate finds them)."""
    return {
        "title": translate("PlanPdf", "Integration and participation plan"),
        "route": translate("PlanPdf", "Learning route"),
        "goals": translate("PlanPdf", "Goals"),
        "actions": translate("PlanPdf", "Actions by partner"),
        "agreement": translate("PlanPdf", "Agreement"),
        "signatures": translate("PlanPdf", "Signatures"),
    }


@dataclass
class PlanPrint:
    """What the PDF shows: the plan as store.plans.get() gives it, and who is who."""

    plan: dict
    client_name: str
    language: str | None = None  # the person's language, for the second headings
    names: dict[str, str] = field(default_factory=dict)  # worker and organisation ids -> names
    changed_since_agreed: bool = False
    printed_on: date = field(default_factory=date.today)


def person_language(client: dict) -> str | None:
    """The language to add to the headings: the interpreter's, else the first the person speaks."""
    if client.get("interpreter_language"):
        return client["interpreter_language"]
    return next((code for code in client.get("languages") or [] if code != DUTCH), None)


def second_headings(language: str | None, folder: Path | None = None) -> dict[str, str]:
    """The headings in the person's language; empty when it is Dutch or has no translation."""
    if not language or language == DUTCH:
        return {}
    if language == "en":  # the source language
        return heading_words(lambda _context, text: text)
    translator = QTranslator()
    path = (folder or translations_dir()) / f"ketenplan_{language}.qm"
    if not path.exists() or not translator.load(str(path)):
        return {}
    return {k: v for k, v in heading_words(translator.translate).items() if v}


@contextmanager
def in_dutch(folder: Path | None = None) -> Iterator[None]:
    """Every translate() call in Dutch for a moment, whatever the screens are in."""
    app = QCoreApplication.instance()
    translator = QTranslator()
    path = (folder or translations_dir()) / f"ketenplan_{DUTCH}.qm"
    installed = app is not None and path.exists() and translator.load(str(path)) and app.installTranslator(translator)
    try:
        yield
    finally:
        if installed:
            app.removeTranslator(translator)


STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #1d2b36; }
h1 { font-size: 17pt; margin-bottom: 0; color: #1d2b36; }
h2 { font-size: 12.5pt; margin-top: 16px; margin-bottom: 4px; color: #2f6690; }
h3 { font-size: 10.5pt; margin-top: 10px; margin-bottom: 2px; color: #1d2b36; }
span.second { color: #6b7680; font-weight: normal; }
p.meta { color: #55606b; margin-top: 2px; }
p.warning { color: #7a5200; }
th { text-align: left; background: #e8eef3; color: #2f4858; padding: 3px 6px; }
td { padding: 3px 6px; vertical-align: top; border-bottom: 1px solid #e3e7eb; }
td.label { color: #55606b; }
td.overdue { color: #a12622; font-weight: 600; }
td.date { white-space: nowrap; }
span.goal { color: #6b7680; font-size: 8.5pt; }
td.sign { height: 60px; }
p.name { font-size: 13pt; font-weight: 600; margin-top: 6px; margin-bottom: 0; }
"""


def _heading(level: int, key: str, dutch: dict, second: dict) -> str:
    text = escape(dutch[key])
    other = second.get(key)
    if other and other != dutch[key]:
        text += f" <span class='second'>/ {escape(other)}</span>"
    return f"<h{level}>{text}</h{level}>"


def _cell(text: str, css: str = "", width: int = 0) -> str:
    """A table cell holding `text`, escaped."""
    attributes = (f" class='{css}'" if css else "") + (f" width='{width}%'" if width else "")
    return f"<td{attributes}>{escape(text)}</td>"


def _table(header: list[str] | None, rows: list[list[str]], widths: list[int]) -> str:
    """Rows of cells made with _cell (or plain text, escaped here); `header` None: no header row."""
    out = ["<table width='100%' cellspacing='0'>"]
    if header is not None:
        out.append("<tr>" + "".join(f"<th width='{w}%'>{escape(t)}</th>" for t, w in zip(header, widths,
                                                                                        strict=True)) + "</tr>")
    for row in rows:
        out.append("<tr>" + "".join(c if c.startswith("<td") else _cell(c) for c in row) + "</tr>")
    out.append("</table>")
    return "".join(out)


def _facts(rows: list[tuple[str, str]]) -> str:
    """Label and value pairs, two columns without a header."""
    return _table(None, [[_cell(label, "label", 38), _cell(value)] for label, value in rows], [38, 62])


def _version_line(plan: dict, changed: bool) -> str:
    versions = plan.get("versions") or []
    if not versions:
        return translate("PlanPdf", "Draft: not agreed yet.")
    latest = versions[-1]
    line = translate("PlanPdf", "Version {number}, agreed on {date}.").format(
        number=latest["number"], date=format_date(latest.get("agreed_on")))
    if changed:
        line += " " + translate("PlanPdf", "Changed since; the changes are not agreed yet.")
    return line


def plan_html(doc: PlanPrint, folder: Path | None = None) -> str:
    """The plan as HTML, in Dutch, with second headings in the person's language."""
    with in_dutch(folder):
        return _plan_html(doc, heading_words(translate), second_headings(doc.language, folder))


def _plan_html(doc: PlanPrint, dutch: dict, second: dict) -> str:
    plan, names = doc.plan, doc.names
    out = [f"<html><head><style>{STYLE}</style></head><body>", _heading(1, "title", dutch, second),
           f"<p class='name'>{escape(doc.client_name)}</p>",
           "<p class='meta'>{} {}</p>".format(escape(_version_line(plan, doc.changed_since_agreed)), escape(
               translate("PlanPdf", "Printed on {date}.").format(date=doc.printed_on.strftime("%d-%m-%Y"))))]

    out.append(_heading(2, "route", dutch, second))
    rows = [(words.field_label(f), value_text("plans", f, plan.get(f), names))
            for f in ROUTE_ROWS if plan.get(f) not in (None, "", "none")]
    rows += [(words.deadline_label(d.key), " ".join([format_date(d.due.isoformat()), *term_details(d)]))
             for d in plan.get("deadlines") or []]  # the term: DUO's or computed, its extensions and grounds
    out.append(_facts(rows) if rows else _paragraph(translate("PlanPdf", "No route chosen yet.")))

    out.append(_heading(2, "goals", dutch, second))
    goals = plan.get("goals") or []
    out.append(_table([words.field_label("domain"), words.field_label("result"), words.field_label("target_on"),
                       words.field_label("status")],
                      [[words.domain_label(g.get("domain")), g.get("result") or "",
                        _cell(format_date(g.get("target_on")), "date"), words.goal_status_label(g.get("status"))]
                       for g in goals], [18, 52, 15, 15])
               if goals else _paragraph(translate("PlanPdf", "No goals yet.")))

    out.append(_heading(2, "actions", dutch, second))
    out.append(_actions(plan, names))

    out.append(_heading(2, "agreement", dutch, second))
    out.append(_agreement(plan, names))
    out.append(_heading(3, "signatures", dutch, second))
    date_line = translate("PlanPdf", "Date:")
    out.append(_table([doc.client_name, translate("PlanPdf", "For the municipality")],
                      [[_cell(date_line, "sign"), _cell(date_line, "sign")]], [50, 50]))
    out.append("</body></html>")
    return "".join(out)


def _actions(plan: dict, names: dict) -> str:
    actions = plan.get("actions") or []
    if not actions:
        return _paragraph(translate("PlanPdf", "No actions yet."))
    goals = {g["id"]: goal_name(g) for g in plan.get("goals") or []}
    by_partner: dict[str, list[dict]] = {}
    for action in actions:
        partner = action.get("organisation_name") or translate("PlanPdf", "Without a partner organisation")
        by_partner.setdefault(partner, []).append(action)
    out = []
    for partner in sorted(by_partner):
        out.append(f"<h3>{escape(partner)}</h3>")
        rows = []
        for action in by_partner[partner]:
            what = escape(action.get("description") or "")
            if action.get("goal_id") in goals:
                what += f"<br><span class='goal'>{escape(goals[action['goal_id']])}</span>"
            rows.append([_cell(format_date(action.get("due_on")), "date overdue" if action.get("overdue") else "date"),
                         f"<td>{what}</td>", action.get("worker_name") or "",
                         words.action_status_label(action.get("status"))])
        out.append(_table([words.field_label("due_on"), words.field_label("description"),
                           words.field_label("worker_id"), words.field_label("status")], rows, [14, 53, 19, 14]))
    return "".join(out)


def _agreement(plan: dict, names: dict) -> str:
    versions = plan.get("versions") or []
    if not versions:
        return _paragraph(translate("PlanPdf", "The plan has not been agreed yet."))
    latest = versions[-1]
    present = [names.get(i, "?") for i in latest.get("present_ids") or []]
    if latest.get("present_others"):
        present.append(latest["present_others"])
    agrees = (translate("PlanPdf", "Yes ({how})").format(how=words.agreement_how_label(latest.get("agreement_how")))
              if latest.get("client_agrees") else translate("PlanPdf", "No"))
    rows = [(translate("PlanPdf", "Version"), str(latest["number"])),
            (translate("PlanPdf", "Agreed on"), format_date(latest.get("agreed_on"))),
            (translate("PlanPdf", "PIP date"), format_date(latest.get("pip_dated_on"))),
            (translate("PlanPdf", "Present"), ", ".join(present) or "—"),
            (translate("PlanPdf", "The person agrees"), agrees)]
    if latest.get("agreement_note"):
        rows.append((translate("PlanPdf", "Note"), latest["agreement_note"]))
    return _facts(rows)


def save_plan_pdf(doc: PlanPrint, path: str, folder: Path | None = None) -> None:
    """Write the plan as an A4 PDF with the person's name and page numbers at the foot of each page."""
    with in_dutch(folder):
        footer = translate("PlanPdf", "{name} · page {page} of {pages}")
    write_a4_pdf(path, translate("PlanPdf", "Plan: {name}").format(name=doc.client_name), plan_html(doc, folder),
                 lambda page, pages: footer.format(name=doc.client_name, page=page, pages=pages))


def _paragraph(text: str) -> str:
    return f"<p>{escape(text)}</p>"
