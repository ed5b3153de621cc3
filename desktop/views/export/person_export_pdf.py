"""Everything held about one person as a PDF a person can read, beside the same as JSON.

The document (export_html) is written in the app's language, Dutch or English, from the
export desktop/store/person_export.py reads: codes become words through the label tables
the screens use, ids become the names they stand for, and special-category data (health,
AVG art. 9) is marked where it shows. PersonDataExport is the action behind it: it asks
where to save, writes both files on the DbWorker's thread, and says how it went.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.views.common import fieldwork_labels as talk
from desktop.views.common import plan_labels as words
from desktop.views.common import sync_labels
from desktop.views.common.field_widgets import format_date
from desktop.views.common.labels import household_role_label
from desktop.views.common.pdf_pages import write_a4_pdf
from desktop.views.conversation.intake_summary import answer_in_words
from desktop.views.plan.plan_data import plan_record_names
from desktop.views.plan.plan_pdf import ROUTE_ROWS
from desktop.views.plan.plan_widgets import value_text as plan_value_text
from domain.client import display_name
from domain.forms import Form
from domain.handover import HANDOVER
from domain.intake import INTAKE
from domain.visits import VISIT_REPORT

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
FORMS = {f.key: f for f in (HANDOVER, INTAKE, VISIT_REPORT)}
CLIENT_ROWS = ("given_names", "family_name", "given_names_usual", "family_name_usual", "date_of_birth", "sex",
               "country_of_origin", "languages", "interpreter_needed", "interpreter_language", "v_number", "bsn",
               "phone", "email", "address_street", "address_postcode", "address_city", "azc_location", "stage",
               "koppeling_date", "vestiging_date", "household_role", "klantmanager_id", "begeleider_id",
               "partner_org_ids", "notes")
MONEY_ROWS = ("ontzorgen_start", "ontzorgen_end", "ontzorgen_costs", "budgetcoach", "budgetcoach_org_id")
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "version", "deleted", "client_id", "household_id",
                         "plan_id", "owner_id", "form", "part", "special", "search_text"})
STAMPS = frozenset({"created_at", "updated_at", "completed_at", "reported_at", "at", "rejected_at"})


def heading_words() -> dict[str, str]:
    """The document's section headings (literal calls, so lupdate finds them)."""
    return {
        "title": translate("PersonExportPdf", "Personal data in Ketenplan"),
        "contents": translate("PersonExportPdf", "Contents"),
        "client": translate("PersonExportPdf", "Client file"),
        "household": translate("PersonExportPdf", "Household"),
        "handovers": translate("PersonExportPdf", "Handovers"),
        "intakes": translate("PersonExportPdf", "Broad intakes"),
        "visits": translate("PersonExportPdf", "Home visits"),
        "follow_ups": translate("PersonExportPdf", "Follow-up actions"),
        "plan": translate("PersonExportPdf", "Integration and participation plan"),
        "consents": translate("PersonExportPdf", "Consents"),
        "form_parts_without_conversation": translate("PersonExportPdf", "Other answers"),
        "other_records": translate("PersonExportPdf", "Other records"),
        "not_the_same_person": translate("PersonExportPdf", "Not the same person"),
        "conflicts": translate("PersonExportPdf", "Conflicts in syncing"),
        "refused_changes": translate("PersonExportPdf", "Changes the server refused"),
        "pending_changes": translate("PersonExportPdf", "Not yet sent to the server"),
    }


def _field_word(field: str) -> str:
    """Fields of the conversations the shared tables have no word for."""
    return {
        "variant": translate("PersonExportPdf", "Kind of handover"),
        "coa_name": translate("PersonExportPdf", "COA contact"),
        "coa_location": translate("PersonExportPdf", "COA location"),
        "coa_phone": translate("PersonExportPdf", "COA phone"),
        "conversation_language": translate("PersonExportPdf", "Language of the conversation"),
        "interpreter_present": translate("PersonExportPdf", "Interpreter present"),
        "present_ids": translate("PersonExportPdf", "Present"),
        "completed_at": translate("PersonExportPdf", "Completed at"),
        "reported_at": translate("PersonExportPdf", "Reported at"),
        "reported_by": translate("PersonExportPdf", "Reported by"),
        "created_at": translate("PersonExportPdf", "Recorded at"),
        "updated_at": translate("PersonExportPdf", "Last changed at"),
        "intake_id": translate("PersonExportPdf", "Broad intake"),
        "parts": translate("PersonExportPdf", "Parts of the file"),
        "given_on": translate("PersonExportPdf", "Given on"),
        "how_given": translate("PersonExportPdf", "How given"),
        "withdrawn_on": translate("PersonExportPdf", "Withdrawn on"),
        "recorded_by": translate("PersonExportPdf", "Recorded by"),
        "visit_id": translate("PersonExportPdf", "Home visit"),
    }.get(field) or sync_labels.field_label(field)


def _op_word(op: str) -> str:
    return {
        "insert": translate("PersonExportPdf", "New"),
        "update": translate("PersonExportPdf", "Changed"),
        "delete": translate("PersonExportPdf", "Removed"),
    }.get(op, op)


STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #1d2b36; }
h1 { font-size: 18pt; margin-bottom: 0; color: #1d2b36; }
h2 { font-size: 13pt; margin-top: 20px; margin-bottom: 4px; color: #2f6690; }
h3 { font-size: 10.5pt; margin-top: 12px; margin-bottom: 3px; color: #1d2b36; }
h4 { font-size: 9.5pt; margin-top: 8px; margin-bottom: 2px; color: #2f4858; }
p.name { font-size: 15pt; font-weight: 600; margin-top: 10px; margin-bottom: 6px; }
p.meta { color: #55606b; margin-top: 2px; }
p.intro { margin-top: 12px; margin-bottom: 6px; }
p.empty { color: #6b7680; font-style: italic; }
p.notes { margin-top: 4px; }
th { text-align: left; background: #e8eef3; color: #2f4858; padding: 3px 6px; white-space: nowrap; }
td { padding: 3px 6px; vertical-align: top; border-bottom: 1px solid #e3e7eb; }
td.label { color: #55606b; }
td.date { white-space: nowrap; }
span.special { color: #8a3b00; background: #fdf0d5; font-weight: 600; font-size: 8.5pt; }
span.removed { color: #a12622; font-size: 8.5pt; font-weight: 600; }
span.aside { color: #6b7680; font-size: 8.5pt; }
"""


# -- values in words ------------------------------------------------------------------------
def stamp_text(stamp: str | None) -> str:
    """A UTC stamp as the local date and time people read."""
    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return stamp


def value_words(entity: str, field: str, value, names: dict[str, str]) -> str:
    """Any stored value as people read it, with the label table of the kind of record it is from."""
    if value is None or value == "" or value == []:
        return "—"
    if field in STAMPS:
        return stamp_text(str(value))
    if entity.startswith("plan") and field not in ("present_ids",):
        return plan_value_text(entity, field, value, names)
    if entity == "visits" and field == "outcome":
        return talk.outcome_label(value)
    if entity == "handovers" and field == "variant":
        return talk.variant_label(value)
    if entity in ("handovers", "intakes") and field == "status":
        return talk.status_label(value)
    if field == "household_role":
        return household_role_label(value)
    if field == "held_at":
        return value.replace("T", " ") if "T" in str(value) else format_date(value)
    return sync_labels.value_text(field, value, names)


def _names(export: dict) -> dict[str, str]:
    """Ids -> what people call them: workers, organisations, household members, the plan's records."""
    names = {i: w["name"] for i, w in export["names"]["workers"].items()}
    names.update({i: o["name"] for i, o in export["names"]["organisations"].items()})
    sections = export["sections"]
    for member in (sections.get("household") or {}).get("members", []):
        names[member["id"]] = display_name(member)
    for key, title in (("handovers", _handover_title), ("intakes", _intake_title)):
        names.update({r["id"]: title().format(date=_held_on(r)) for r in sections.get(key, [])})
    names.update({v["id"]: _visit_title(v) for v in sections.get("visits", [])})
    follow_ups = [f for v in sections.get("visits", []) for f in v.get("follow_ups", [])]
    names.update({f["id"]: f.get("description") or "" for f in follow_ups + sections.get("follow_ups", [])})
    names.update(plan_record_names(sections.get("plan") or {}))
    return names


# -- html pieces ----------------------------------------------------------------------------
def _text(value: str) -> str:
    """Escaped, with its line breaks kept."""
    return "<br>".join(escape(line) for line in str(value).strip().splitlines()) or "—"


def _cell(html: str, css: str = "", width: int = 0) -> str:
    attributes = (f" class='{css}'" if css else "") + (f" width='{width}%'" if width else "")
    return f"<td{attributes}>{html}</td>"


def _table(header: list[str], rows: list[list[str]], widths: list[int]) -> str:
    """Rows of cells already made with _cell, or of text escaped here."""
    out = ["<table width='100%' cellspacing='0'>"]
    if header:
        out.append("<tr>" + "".join(f"<th width='{w}%'>{escape(t)}</th>"
                                    for t, w in zip(header, widths, strict=True)) + "</tr>")
    for row in rows:
        out.append("<tr>" + "".join(c if c.startswith("<td") else _cell(_text(c)) for c in row) + "</tr>")
    out.append("</table>")
    return "".join(out)


def _facts(rows: list[tuple[str, str]]) -> str:
    """Label and value pairs; values are plain text."""
    return _table([], [[_cell(escape(label), "label", 34), _cell(_text(value))] for label, value in rows], [34, 66])


# Lists shown as a field; other lists (a conversation's parts, a visit's follow-ups) are shown under the record.
LIST_FIELDS = frozenset({"present_ids", "visitor_ids", "languages", "partner_org_ids", "ontzorgen_costs", "parts"})


def _record_facts(entity: str, record: dict, names: dict, fields: tuple[str, ...] = (),
                  skip: frozenset[str] = frozenset()) -> str:
    """The record's fields that hold something, in the order given, then any others it has."""
    order = list(fields) + [f for f in record if f not in fields]
    rows = []
    for field in order:
        value = record.get(field)
        if field in BOOKKEEPING | skip or value in (None, "", [], {}):
            continue
        if isinstance(value, list | dict) and field not in LIST_FIELDS:
            continue  # parts and follow-ups: shown under the record, not as a field
        rows.append((_field_word(field), value_words(entity, field, value, names)))
    return _facts(rows) if rows else ""


def _empty(text: str) -> str:
    return f"<p class='empty'>{escape(text)}</p>"


def _special_badge() -> str:
    return "<span class='special'>&nbsp;{}&nbsp;</span>".format(
        escape(translate("PersonExportPdf", "special category (health)")))


def _removed_badge(record: dict) -> str:
    if not record.get("deleted"):
        return ""
    return " <span class='removed'>{}</span>".format(escape(translate("PersonExportPdf", "removed")))


def _heading(level: int, text: str, extra: str = "", anchor: str = "", break_before: bool = False) -> str:
    style = " style='page-break-before: always'" if break_before else ""
    name = f"<a name='{anchor}'></a>" if anchor else ""
    return f"<h{level}{style}>{name}{escape(text)}{extra}</h{level}>"


# -- the document ---------------------------------------------------------------------------
def export_html(export: dict) -> str:
    """The export as HTML in the app's language; everything people typed is escaped."""
    heads = heading_words()
    names = _names(export)
    sections = export["sections"]
    shown = []  # (key, html) of the sections that have something to show
    for key, make in _SECTIONS:
        if key in sections:  # consents only where the store has them
            html = make(sections[key], names)
            if html is not None:
                shown.append((key, html))
    out = [f"<html><head><style>{STYLE}</style></head><body>", _cover(export, heads, [k for k, _h in shown])]
    for index, (key, html) in enumerate(shown):
        out.append(_heading(2, heads[key], anchor=key, break_before=index == 0))
        out.append(html)
    out.append("</body></html>")
    return "".join(out)


def _cover(export: dict, heads: dict, shown: list[str]) -> str:
    person, by = export["person"], export.get("exported_by") or {}
    who = by.get("name") or translate("PersonExportPdf", "(unknown worker)")
    if by.get("organisation"):
        who = translate("PersonExportPdf", "{name}, {organisation}").format(name=who, organisation=by["organisation"])
    facts = [(translate("PersonExportPdf", "Date of birth"), format_date(person.get("date_of_birth")) or "—"),
             (translate("PersonExportPdf", "V-nummer"), person.get("v_number") or "—"),
             (translate("PersonExportPdf", "Exported on"), stamp_text(export["exported_at"])),
             (translate("PersonExportPdf", "Exported by"), who)]
    intro = translate(
        "PersonExportPdf", "This overview holds everything Ketenplan on this device stores about {name}: the client "
        "file, the conversations, the home visits, the plan, and what has not been sent to the server yet. The JSON "
        "file beside it holds the same data, in a form other software can read.").format(name=person["name"])
    legend = translate("PersonExportPdf", "Parts marked {badge} hold a special category of personal data "
                                          "(AVG article 9): share them only with those who may see them.")
    sections = export["sections"]
    listed = [f"<li>{escape(heads[key])}{_count(sections[key])}</li>" for key in shown]
    return "".join([
        _heading(1, heads["title"]), f"<p class='name'>{escape(person['name'])}</p>", _facts(facts),
        f"<p class='intro'>{escape(intro)}</p>",
        "<p class='intro'>{}</p>".format(escape(legend).replace("{badge}", _special_badge())),
        _heading(3, heads["contents"]), "<ul>", *listed, "</ul>"])


def _count(value) -> str:
    if isinstance(value, list) or (isinstance(value, dict) and "record" not in value and "id" not in value):
        return f" <span class='aside'>({len(value)})</span>"
    return ""


def _client(client: dict, names: dict) -> str:
    return _record_facts("clients", client, names, CLIENT_ROWS) + _facts([
        (_field_word("created_at"), stamp_text(client.get("created_at"))),
        (_field_word("updated_at"), stamp_text(client.get("updated_at")))])


def _household(household: dict | None, names: dict) -> str:
    if not household:
        return _empty(translate("PersonExportPdf", "Not part of a household in this file."))
    rows = [[_cell(escape(display_name(m)) + _removed_badge(m)), household_role_label(m.get("household_role"))]
            for m in household["members"]]
    out = []
    if household.get("record") and household["record"].get("label"):
        out.append(_facts([(translate("PersonExportPdf", "Household"), household["record"]["label"])]))
    out.append(_table([translate("PersonExportPdf", "Lives with"), translate("PersonExportPdf", "Role")], rows,
                      [60, 40]) if rows else _empty(translate("PersonExportPdf", "No other members.")))
    return "".join(out)


def _parts(form_key: str, parts: list[dict]) -> str:
    """A conversation's answers, part by part in the form's order, with the notes written with them."""
    form: Form | None = FORMS.get(form_key)
    order = [p.key for p in form.parts] if form else []
    parts = sorted(parts, key=lambda p: (order.index(p["part"]) if p["part"] in order else len(order), p["part"]))
    out = []
    for part in parts:
        badge = " " + _special_badge() if part.get("special") else ""
        out.append(_heading(4, talk.part_title(form_key, part["part"]), badge + _removed_badge(part)))
        answers = part.get("answers") or {}
        shape = form.part(part["part"]) if form and part["part"] in order else None
        asked = [q.key for q in shape.questions] if shape else []
        rows = []
        for key, value in sorted(answers.items(), key=lambda kv: asked.index(kv[0]) if kv[0] in asked else 99):
            question = next((q for q in shape.questions if q.key == key), None) if shape else None
            text = answer_in_words(question, value) if question else sync_labels.value_text(key, value)
            rows.append((talk.question_label(form_key, part["part"], key), text))
        if rows:
            out.append(_facts(rows))
        if (part.get("notes") or "").strip():
            out.append("<p class='notes'><i>{}:</i> {}</p>".format(
                escape(translate("PersonExportPdf", "Notes")), _text(part["notes"])))
        if not rows and not (part.get("notes") or "").strip():
            out.append(_empty(translate("PersonExportPdf", "Nothing filled in.")))
    return "".join(out)


def _handover_title() -> str:
    return translate("PersonExportPdf", "Handover of {date}")


def _intake_title() -> str:
    return translate("PersonExportPdf", "Broad intake of {date}")


def _held_on(record: dict) -> str:
    when = record.get("held_on") or record.get("held_at") or record.get("created_at")
    return format_date(when[:10]) if when else "—"


def _visit_title(visit: dict) -> str:
    when = " ".join(filter(None, (format_date(visit.get("planned_on")), visit.get("planned_time"))))
    return translate("PersonExportPdf", "Home visit on {date}").format(date=when)


def _conversations(entity: str, form_key: str, title: Callable[[], str]):
    def make(records: list[dict], names: dict) -> str:
        if not records:
            return _empty(translate("PersonExportPdf", "None."))
        out = []
        for record in records:
            out.append(_heading(3, title().format(date=_held_on(record)), _removed_badge(record)))
            out.append(_record_facts(entity, record, names, skip=frozenset({"parts"})))
            out.append(_parts(form_key, record.get("parts") or []))
        return "".join(out)
    return make


def _follow_up_table(follow_ups: list[dict], names: dict) -> str:
    rows = [[_cell(_text(f.get("description") or "") + _removed_badge(f)),
             _cell(escape(format_date(f.get("due_on"))), "date"), names.get(f.get("owner_id"), "—"),
             _cell(escape(format_date(f.get("done_on")) or "—"), "date")] for f in follow_ups]
    return _table([words.field_label("description"), words.field_label("due_on"),
                   translate("PersonExportPdf", "Who"), words.field_label("done_on")], rows, [52, 15, 20, 13])


def _visits(visits: list[dict], names: dict) -> str:
    if not visits:
        return _empty(translate("PersonExportPdf", "None."))
    out = []
    for visit in visits:
        out.append(_heading(3, _visit_title(visit), _removed_badge(visit)))
        out.append(_record_facts("visits", visit, names, ("address", "visitor_ids", "outcome", "reported_at",
                                                          "reported_by"),
                                 skip=frozenset({"parts", "follow_ups", "planned_on", "planned_time"})))
        out.append(_parts("visit", visit.get("parts") or []))
        if visit.get("follow_ups"):
            out.append(_heading(4, heading_words()["follow_ups"]))
            out.append(_follow_up_table(visit["follow_ups"], names))
    return "".join(out)


def _loose_follow_ups(follow_ups: list[dict], names: dict) -> str | None:
    return _follow_up_table(follow_ups, names) if follow_ups else None  # most belong to a visit, shown there


def _loose_parts(parts: list[dict], names: dict) -> str | None:
    if not parts:
        return None
    return "".join(_parts(p.get("form") or "", [p]) for p in parts)


def _plan(plan: dict | None, names: dict) -> str:
    if not plan:
        return _empty(translate("PersonExportPdf", "No plan."))
    record = plan["record"]
    out = [_heading(3, translate("PersonExportPdf", "Route and dates"), _removed_badge(record))]
    rows = [(words.field_label(f), plan_value_text("plans", f, record.get(f), names))
            for f in ROUTE_ROWS + MONEY_ROWS + ("may_finish_education", "map_culpable", "pvt_culpable")
            if record.get(f) not in (None, "", "none", [], False)]
    out.append(_facts(rows) if rows else _empty(translate("PersonExportPdf", "No route chosen yet.")))

    def part_table(title: str, entity: str, items: list[dict], columns: tuple[str, ...], widths: list[int]):
        out.append(_heading(3, title))
        if not items:
            out.append(_empty(translate("PersonExportPdf", "None.")))
            return
        kept = [(c, w) for i, (c, w) in enumerate(zip(columns, widths, strict=True))
                if i == 0 or any(item.get(c) not in (None, "", []) for item in items)]  # no empty columns
        columns = tuple(c for c, _w in kept)
        widths = [round(w * 100 / sum(w for _c, w in kept)) for _c, w in kept]
        rows = [[_cell(_text(plan_value_text(entity, c, item.get(c), names))
                       + (_removed_badge(item) if i == 0 else ""), "date" if c.endswith("_on") else "")
                 for i, c in enumerate(columns)] for item in items]
        out.append(_table([words.field_label(c) for c in columns], rows, widths))

    part_table(translate("PersonExportPdf", "Goals"), "plan_goals", plan["goals"],
               ("domain", "result", "target_on", "status"), [17, 49, 18, 16])
    part_table(translate("PersonExportPdf", "Actions"), "plan_actions", plan["actions"],
               ("description", "organisation_id", "worker_id", "due_on", "status", "result_note"),
               [26, 20, 16, 13, 12, 13])
    part_table(translate("PersonExportPdf", "Furnishing loan"), "plan_tranches", plan["tranches"],
               ("amount_cents", "paid_on", "purpose", "checked"), [18, 16, 48, 18])
    part_table(translate("PersonExportPdf", "Debt signals"), "plan_debt_signals", plan["debt_signals"],
               ("kind", "noticed_on", "note"), [30, 18, 52])
    part_table(translate("PersonExportPdf", "Milestones"), "plan_milestones", plan["milestones"],
               ("kind", "reached_on", "skill", "level", "detail"), [28, 16, 16, 10, 30])
    out.append(_heading(3, translate("PersonExportPdf", "Agreed versions")))
    out.append(_versions(plan["versions"], names))
    out.append(_heading(3, translate("PersonExportPdf", "History of changes")))
    out.append(_history(plan["history"], names))
    return "".join(out)


def _versions(versions: list[dict], names: dict) -> str:
    if not versions:
        return _empty(translate("PersonExportPdf", "The plan has not been agreed yet."))
    rows = []
    for v in versions:
        present = [names.get(i, "?") for i in v.get("present_ids") or []] + [v.get("present_others") or ""]
        agrees = (translate("PersonExportPdf", "Yes ({how})").format(how=words.agreement_how_label(
            v.get("agreement_how"))) if v.get("client_agrees") else translate("PersonExportPdf", "No"))
        rows.append([str(v["number"]), _cell(escape(format_date(v.get("agreed_on"))), "date"), agrees,
                     ", ".join(p for p in present if p) or "—", v.get("agreement_note") or ""])
    return _table([translate("PersonExportPdf", "Version"), translate("PersonExportPdf", "Agreed on"),
                   translate("PersonExportPdf", "The person agrees"), translate("PersonExportPdf", "Present"),
                   words.field_label("note")], rows, [10, 18, 22, 22, 28])


def _plan_value(entity: str, field: str, value, names: dict) -> str:
    if isinstance(value, str) and value in names:
        return names[value]
    return plan_value_text(entity, field, value, names)


def _history(history: list[dict], names: dict) -> str:
    shown = [h for h in history if h.get("old") != h.get("new")]  # an edit folded back to where it began
    if not shown:
        return _empty(translate("PersonExportPdf", "No changes recorded."))
    rows = []
    for h in shown:
        what = _record_kind(h["entity"])
        if h["entity"] != "plans" and names.get(h["record_id"]):
            what += f": {names[h['record_id']]}"
        change = "{} → {}".format(_plan_value(h["entity"], h["field"], h.get("old"), names),
                                  _plan_value(h["entity"], h["field"], h.get("new"), names))
        rows.append([_cell(escape(stamp_text(h.get("at"))), "date"), what, _field_word(h["field"]), change,
                     names.get(h.get("author_id"), "—")])
    return _table([translate("PersonExportPdf", "When"), translate("PersonExportPdf", "Record"),
                   translate("PersonExportPdf", "Field"), translate("PersonExportPdf", "Change"),
                   translate("PersonExportPdf", "Who")], rows, [17, 24, 16, 25, 18])


def _record_kind(entity: str) -> str:
    return {
        "plan_versions": translate("PersonExportPdf", "Agreed version"),
        "plan_history": translate("PersonExportPdf", "Line of the plan's history"),
        "consents": translate("PersonExportPdf", "Consent"),
    }.get(entity) or sync_labels.record_label(entity)


def _record_name(entity: str, record_id: str, fields: dict, names: dict) -> str:
    """What people call one record: the part of which conversation, the goal, the action."""
    if entity == "form_parts" and fields.get("part"):
        return "{} · {}".format(talk.form_title(fields.get("form") or ""),
                                talk.part_title(fields.get("form") or "", fields["part"]))
    if entity == "plan_versions" and fields.get("number"):
        return str(fields["number"])
    return names.get(record_id, "")


def _generic(records: list[dict], names: dict) -> str:
    """Records of a kind without a layout of its own: each as its fields."""
    if not records:
        return _empty(translate("PersonExportPdf", "None."))
    return "<p></p>".join(_removed_badge(r) + _record_facts("", r, names) for r in records)


def _other_records(tables: dict[str, list[dict]], names: dict) -> str | None:
    if not tables:
        return None
    return "".join(_heading(3, _record_kind(t)) + _generic(rows, names) for t, rows in tables.items())


def _dismissals(rows: list[dict], names: dict) -> str | None:
    if not rows:
        return None
    text = translate("PersonExportPdf", "Marked as not the same person as another client, on {date}.")
    return "".join(f"<p>{escape(text.format(date=stamp_text(r.get('created_at'))))}</p>" for r in rows)


def _conflicts(conflicts: list[dict], names: dict) -> str | None:
    if not conflicts:
        return None
    rows = [[_record_kind(c["entity"]), _field_word(c["field"]),
             sync_labels.value_text(c["field"], c.get("theirs"), names),
             sync_labels.value_text(c["field"], c.get("mine"), names),
             translate("PersonExportPdf", "Resolved") if c.get("resolved") else translate("PersonExportPdf", "Open")]
            for c in conflicts]
    return _table([translate("PersonExportPdf", "Record"), translate("PersonExportPdf", "Field"),
                   translate("PersonExportPdf", "Value kept"), translate("PersonExportPdf", "Value set aside"),
                   words.field_label("status")], rows, [18, 18, 25, 25, 14])


def _refused(rejects: list[dict], names: dict) -> str | None:
    if not rejects:
        return None
    rows = [[_cell(escape(stamp_text(r.get("rejected_at"))), "date"), _record_kind(r["entity"]),
             _op_word(r["op"]), r.get("reason") or ""] for r in rejects]
    return _table([translate("PersonExportPdf", "When"), translate("PersonExportPdf", "Record"),
                   translate("PersonExportPdf", "Change"), translate("PersonExportPdf", "Reason")], rows,
                  [17, 20, 13, 50])


def _pending(entries: list[dict], names: dict) -> str:
    if not entries:
        return _empty(translate("PersonExportPdf", "Everything has reached the server."))
    # The plan's history travels as records too; it is listed under the plan already.
    history = [e for e in entries if e["entity"] == "plan_history"]
    rows = []
    for e in entries:
        if e["entity"] == "plan_history":
            continue
        fields = e.get("after") or e.get("before") or {}
        what = escape(_record_kind(e["entity"]))
        name = _record_name(e["entity"], e["record_id"], fields, names)
        if name:
            what += f"<br><span class='aside'>{escape(name)}</span>"
        if fields.get("special"):
            what += " " + _special_badge()
        before = e.get("before") or {}
        changed = [f for f in fields if f not in BOOKKEEPING and before.get(f) != fields.get(f)]
        rows.append([_cell(escape(stamp_text(e.get("created_at"))), "date"), _cell(what), _op_word(e["op"]),
                     ", ".join(_field_word(f) for f in changed) if e["op"] == "update" else "",
                     names.get(e.get("author_id"), "—")])
    out = []
    if history:
        out.append("<p class='meta'>{}</p>".format(escape(translate(
            "PersonExportPdf", "Lines of the plan's history waiting as well: {count}.").format(count=len(history)))))
    if rows:
        out.append(_table([translate("PersonExportPdf", "When"), translate("PersonExportPdf", "Record"),
                           translate("PersonExportPdf", "Change"), translate("PersonExportPdf", "Fields changed"),
                           translate("PersonExportPdf", "Who")], rows, [17, 33, 11, 19, 20]))
    return "".join(out)


_SECTIONS = (
    ("client", _client), ("household", _household),
    ("handovers", _conversations("handovers", "handover", _handover_title)),
    ("intakes", _conversations("intakes", "intake", _intake_title)),
    ("visits", _visits), ("follow_ups", _loose_follow_ups), ("form_parts_without_conversation", _loose_parts),
    ("plan", _plan), ("consents", _generic), ("other_records", _other_records),
    ("not_the_same_person", _dismissals), ("conflicts", _conflicts), ("refused_changes", _refused),
    ("pending_changes", _pending),
)


# -- the files ------------------------------------------------------------------------------
def save_export_pdf(export: dict, path: str) -> None:
    """Write the export as an A4 PDF, the person's name and the page number at the foot of each page.
    Paints with no widget, so it may run on the worker's thread."""
    name = export["person"]["name"]
    footer = translate("PersonExportPdf", "{name} · personal data · page {page} of {pages}")
    write_a4_pdf(path, translate("PersonExportPdf", "Personal data: {name}").format(name=name), export_html(export),
                 lambda page, pages: footer.format(name=name, page=page, pages=pages),
                 language=QLocale().name().split("_")[0])  # the interface language it is written in
