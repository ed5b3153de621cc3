"""The brede intake in words: as HTML for the screen, and as a PDF to file or hand on.

Built from what the intake screen shows, so the summary is never behind the typing.
Every answer becomes words through the translator (Dutch by default); whatever people
typed is escaped, so a note can never change the layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.views.common.field_widgets import format_date
from desktop.views.common.fieldwork_labels import form_title, option_label, part_title, question_label, yes_no_label
from desktop.views.common.labels import language_label
from desktop.views.common.pdf_pages import write_a4_pdf
from domain.forms import Form, Kind, Question

translate = QCoreApplication.translate

STYLE = """
body { font-family: sans-serif; font-size: 10pt; color: #1d2b36; }
h1 { font-size: 16pt; margin-bottom: 2px; }
h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 4px; color: #2f6690; }
p.meta { color: #55606b; margin-top: 0; }
p.special { color: #6b4a00; font-size: 9pt; margin: 0; }
td.q { color: #55606b; padding-right: 14px; }
td.a { font-weight: 600; }
p.notes { margin-top: 4px; white-space: pre-wrap; }
"""


@dataclass
class IntakeSummary:
    """What the summary shows; answers and notes by part key, as the intake screen holds them."""

    client_name: str
    held_on: str | None = None  # ISO date
    conversation_language: str = ""
    interpreter_present: bool = False
    present: list[str] = field(default_factory=list)  # names of the chain's workers present
    status: str = "draft"
    completed_at: str | None = None  # UTC stamp
    answers: dict[str, dict] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)


def answer_in_words(question: Question, value) -> str:
    if value in (None, "", []):
        return "—"
    kind = question.kind
    if kind is Kind.CHOICE:
        return option_label(value)
    if kind is Kind.MULTI:
        return ", ".join(option_label(v) for v in value)
    if kind is Kind.YESNO:
        return yes_no_label(value) if isinstance(value, bool) else str(value)
    if kind is Kind.DATE:
        return format_date(value)
    return str(value)


def _paragraphs(text: str) -> str:
    return "<br>".join(escape(line) for line in text.strip().splitlines())


def summary_html(form: Form, summary: IntakeSummary) -> str:
    title = translate("IntakeSummary", "{form}: {name}").format(
        form=form_title(form.key), name=summary.client_name)
    facts = [translate("IntakeSummary", "Held on {date}").format(
        date=format_date(summary.held_on) or translate("IntakeSummary", "(no date)"))]
    if summary.conversation_language:
        facts.append(translate("IntakeSummary", "in {language}").format(
            language=language_label(summary.conversation_language)))
    facts.append(translate("IntakeSummary", "with an interpreter") if summary.interpreter_present
                 else translate("IntakeSummary", "without an interpreter"))
    meta = ", ".join(facts) + "."
    if summary.present:
        meta += " " + translate("IntakeSummary", "Present: {names}.").format(names=", ".join(summary.present))
    if summary.status == "complete" and summary.completed_at:
        meta += " " + translate("IntakeSummary", "Completed on {date}.").format(
            date=format_date(summary.completed_at[:10]))
    else:
        meta += " " + translate("IntakeSummary", "Draft: not completed yet.")

    out = [f"<html><head><style>{STYLE}</style></head><body>",
           f"<h1>{escape(title)}</h1>", f"<p class='meta'>{escape(meta)}</p>"]
    for part in form.parts:
        answers = summary.answers.get(part.key, {})
        out.append(f"<h2>{escape(part_title(form.key, part.key))}</h2>")
        if part.special:
            out.append("<p class='special'>{}</p>".format(escape(translate(
                "IntakeSummary", "Special category of personal data: share only with those who may see it."))))
        out.append("<table width='100%' cellspacing='0' cellpadding='2'>")
        for question in part.questions:
            label = question_label(form.key, part.key, question.key)
            value = answer_in_words(question, answers.get(question.key))
            out.append(f"<tr><td class='q' width='42%'>{escape(label)}</td>"
                       f"<td class='a'>{_paragraphs(value)}</td></tr>")
        out.append("</table>")
        notes = summary.notes.get(part.key, "")
        if notes.strip():
            out.append(f"<p class='notes'><i>{escape(translate('IntakeSummary', 'Notes'))}:</i> "
                       f"{_paragraphs(notes)}</p>")
    printed = translate("IntakeSummary", "Made with Ketenplan on {date}.").format(
        date=datetime.now().strftime("%d-%m-%Y %H:%M"))
    out.append(f"<p class='meta'><br>{escape(printed)}</p></body></html>")
    return "".join(out)


def save_pdf(html: str, path: str, title: str) -> None:
    """Write the summary as an A4 PDF: the same pages as the plan's (words broken only at a
    hyphen, headings kept with what follows), the title and page number at each foot."""
    footer = translate("IntakeSummary", "{title} · page {page} of {pages}")
    write_a4_pdf(path, title, html, lambda page, pages: footer.format(title=title, page=page, pages=pages),
                 language=QLocale().name().split("_")[0])
