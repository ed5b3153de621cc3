"""A service's card on the sociale kaart: where, when, how to reach, languages, for whom, what it
costs, what to bring and how to refer, as rich text for a read-only text view."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from desktop.views.common.labels import language_label
from domain.arrival.model import Directory, Schedule, Service

translate = QCoreApplication.translate


def need_label(role: str | None) -> str:
    return {
        "gemeente": translate("KaartTexts", "Municipality: integration, benefit, plan"),
        "maatschappelijke_begeleiding": translate("KaartTexts", "Social support"),
        "taalschool": translate("KaartTexts", "Language school"),
        "budgetcoach": translate("KaartTexts", "Money and debts"),
        "welzijn": translate("KaartTexts", "Welfare and social work"),
        "werk": translate("KaartTexts", "Work and internships"),
        "huisarts": translate("KaartTexts", "Family doctor"),
        "ggz": translate("KaartTexts", "Mental health"),
        "taalhuis": translate("KaartTexts", "Practising Dutch"),
        "buurthuis": translate("KaartTexts", "Neighbourhood"),
        "onderwijs": translate("KaartTexts", "Education"),
        "anders": translate("KaartTexts", "Other"),
    }.get(role or "", translate("KaartTexts", "Other"))


def _day(code: str) -> str:
    return {
        "MO": translate("KaartTexts", "Mon"), "TU": translate("KaartTexts", "Tue"),
        "WE": translate("KaartTexts", "Wed"), "TH": translate("KaartTexts", "Thu"),
        "FR": translate("KaartTexts", "Fri"), "SA": translate("KaartTexts", "Sat"),
        "SU": translate("KaartTexts", "Sun"),
    }.get(code.strip()[-2:], code)


def hours_text(schedule: Schedule) -> str:
    days = ", ".join(_day(d) for d in (schedule.byday or "").split(",") if d.strip())
    when = f"{schedule.opens_at or ''}–{schedule.closes_at or ''}" if schedule.opens_at else ""
    how = translate("KaartTexts", "walk in") if schedule.is_walk_in else \
        translate("KaartTexts", "by appointment") if schedule.attending_type else ""
    text = " ".join(part for part in (days, when) if part) or (schedule.description or "")
    return f"{text} ({how})" if how else text


def language_name(code: str) -> str:
    label = language_label(code)
    return label if label and label != code else {"nl": translate("KaartTexts", "Dutch")}.get(code, code)


def _section(title: str, lines: list[str]) -> str:
    lines = [line for line in lines if line]
    if not lines:
        return ""
    body = "<br>".join(escape(line) for line in lines)
    return f"<h4 style='margin:10px 0 2px 0'>{escape(title)}</h4><div>{body}</div>"


def service_card_html(directory: Directory, service: Service) -> str:
    org = directory.organization(service.organization_id)
    places = directory.locations_of(service.id)
    where = []
    for loc in places:
        for a in loc.addresses:
            where.append(f"{loc.name or (org.name if org else '')}: {a.address_1}, {a.postal_code} {a.city}")
        if loc.transportation:
            where.append(loc.transportation)
    schedules = service.schedules or tuple(s for loc in places for s in loc.schedules)
    phones = service.phones or (org.phones if org else ())
    reach = [*(translate("KaartTexts", "Phone: {number}").format(number=p.number) for p in phones),
             translate("KaartTexts", "E-mail: {email}").format(email=service.email or org.email)
             if (service.email or (org and org.email)) else "",
             service.url or (org.website if org else "") or ""]
    spoken = sorted({lang.code for lang in service.languages if lang.code})
    costs = [service.fees_description or "",
             *(f"{c.option or ''} {c.currency or ''} {c.amount:g}".strip() for c in service.cost_options
               if c.amount is not None and not service.fees_description)]
    age = ""
    if service.minimum_age is not None or service.maximum_age is not None:
        age = translate("KaartTexts", "Age {low} to {high}").format(
            low=f"{service.minimum_age:g}" if service.minimum_age is not None else "0",
            high=f"{service.maximum_age:g}" if service.maximum_age is not None else "…")
    status = "" if service.status == "active" else translate("KaartTexts", "Not active at the moment.")
    head = f"<h3 style='margin:0'>{escape(service.name)}</h3>"
    head += f"<div>{escape(org.name)} · {escape(need_label(org.chain_role))}</div>" if org else ""
    if status:
        head += f"<div style='color:#a33'>{escape(status)}</div>"
    if service.description:
        head += f"<p>{escape(service.description)}</p>"
    return head + "".join((
        _section(translate("KaartTexts", "Where"), where),
        _section(translate("KaartTexts", "When"), [hours_text(s) for s in schedules]),
        _section(translate("KaartTexts", "How to reach them"), reach),
        _section(translate("KaartTexts", "Languages spoken"),
                 [", ".join(language_name(c) for c in spoken), service.interpretation_services or ""]),
        _section(translate("KaartTexts", "For whom"), [service.eligibility_description or "", age]),
        _section(translate("KaartTexts", "What it costs"), costs),
        _section(translate("KaartTexts", "What to bring"), [d.document or "" for d in service.required_documents]),
        _section(translate("KaartTexts", "How to refer"), [service.application_process or ""]),
    ))
