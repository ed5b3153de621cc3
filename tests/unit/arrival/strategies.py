"""Hypothesis strategies for valid sociale kaart directories: every HSDS object the model carries,
with optional fields present or absent, nested lists empty or full, and odd but valid text."""

from __future__ import annotations

from hypothesis import strategies as st

from domain.arrival.model import (
    Address,
    ChainRole,
    Contact,
    CostOption,
    Directory,
    Language,
    Location,
    Organization,
    Phone,
    RequiredDocument,
    Schedule,
    Service,
    ServiceArea,
    ServiceAtLocation,
    ServiceStatus,
)

ids = st.uuids().map(str)
text = st.text(min_size=1, max_size=40).filter(lambda s: s.strip())
line = text.filter(lambda s: "\n" not in s)


def opt(strategy):
    return st.none() | strategy


def few(strategy, most=2):
    return st.lists(strategy, max_size=most).map(tuple)


emails = st.from_regex(r"[a-z0-9._]{1,10}@[a-z]{1,10}\.[a-z]{2,6}", fullmatch=True)
uris = st.from_regex(r"https://[a-z]{1,12}\.example(/[a-z0-9-]{1,10}){0,2}", fullmatch=True)
numbers = st.from_regex(r"\+?[0-9][0-9 ()-]{5,18}", fullmatch=True)
language_codes = st.sampled_from(("nl", "en", "ar", "ti", "fa", "prs", "ps", "so", "tr", "uk", "fa-AF"))
days = st.lists(st.sampled_from(("MO", "TU", "WE", "TH", "FR", "SA", "SU")), min_size=1, max_size=7,
                unique=True).map(",".join)


@st.composite
def opening_hours(draw):
    opens = draw(st.integers(0, 22 * 60))
    closes = draw(st.integers(opens + 1, 23 * 60 + 59))
    return f"{opens // 60:02}:{opens % 60:02}", f"{closes // 60:02}:{closes % 60:02}"


@st.composite
def periods(draw):
    first, last = sorted(draw(st.lists(st.dates(), min_size=2, max_size=2)))
    return draw(st.sampled_from(((None, None), (first.isoformat(), None), (first.isoformat(), last.isoformat()))))


languages = st.builds(Language, ids, name=opt(text), code=language_codes, note=opt(text))
phones = st.builds(Phone, ids, numbers, extension=opt(st.integers(0, 9999)),
                   type=opt(st.sampled_from(("voice", "text", "cell"))), description=opt(text),
                   languages=few(languages))
contacts = st.builds(Contact, ids, name=opt(text), title=opt(text), department=opt(text), email=opt(emails),
                     phones=few(phones))


@st.composite
def schedules(draw):
    opens, closes = draw(opening_hours())
    valid_from, valid_to = draw(periods())
    return Schedule(
        draw(ids), freq=draw(opt(st.sampled_from(("WEEKLY", "MONTHLY")))), byday=draw(opt(days)),
        opens_at=opens, closes_at=closes, valid_from=valid_from, valid_to=valid_to,
        interval=draw(opt(st.integers(1, 4))), description=draw(opt(text)),
        attending_type=draw(opt(st.sampled_from(("walk-in", "appointment", "online")))), notes=draw(opt(text)),
    )


addresses = st.builds(Address, ids, text, text, text, st.from_regex(r"[1-9][0-9]{3} [A-Z]{2}", fullmatch=True),
                      st.just("NL"), st.sampled_from(("physical", "postal")), attention=opt(text),
                      address_2=opt(text), region=opt(text))
areas = st.builds(ServiceArea, ids, name=opt(text), description=opt(text), extent=opt(text),
                  extent_type=opt(text), uri=opt(uris))


@st.composite
def cost_options(draw):
    valid_from, valid_to = draw(periods())
    return CostOption(draw(ids), option=draw(opt(text)), currency=draw(opt(st.just("EUR"))),
                      amount=draw(opt(st.floats(0, 10_000, allow_nan=False) | st.integers(0, 500))),
                      amount_description=draw(opt(text)), valid_from=valid_from, valid_to=valid_to)


documents = st.builds(RequiredDocument, ids, document=text, uri=opt(uris))


def organizations(org_id):
    return st.builds(Organization, st.just(org_id), text, st.just("") | text, alternate_name=opt(text),
                     email=opt(emails), website=opt(uris), chain_role=opt(st.sampled_from(list(ChainRole))),
                     phones=few(phones), contacts=few(contacts))


@st.composite
def locations(draw, location_id, org_ids):
    placed = draw(st.booleans())
    return Location(
        location_id, draw(st.sampled_from(("physical", "postal", "virtual"))),
        organization_id=draw(opt(st.sampled_from(org_ids))), name=draw(opt(text)),
        description=draw(opt(text)), transportation=draw(opt(text)),
        latitude=draw(st.floats(-90, 90)) if placed else None,
        longitude=draw(st.floats(-180, 180)) if placed else None,
        url=draw(opt(uris)), addresses=draw(few(addresses)), phones=draw(few(phones)),
        schedules=draw(few(schedules())), languages=draw(few(languages)), contacts=draw(few(contacts)),
    )


@st.composite
def services(draw, service_id, org_ids):
    low = draw(opt(st.integers(0, 60)))
    high = draw(opt(st.integers(low or 0, 130)))
    return Service(
        service_id, draw(st.sampled_from(org_ids)), draw(text), draw(st.sampled_from([s.value for s in ServiceStatus])),
        alternate_name=draw(opt(text)), description=draw(opt(text)), url=draw(opt(uris)), email=draw(opt(emails)),
        interpretation_services=draw(opt(text)), application_process=draw(opt(text)),
        fees_description=draw(opt(text)), wait_time=draw(opt(text)), eligibility_description=draw(opt(text)),
        minimum_age=low, maximum_age=high, alert=draw(opt(text)),
        phones=draw(few(phones)), schedules=draw(few(schedules())), service_areas=draw(few(areas)),
        languages=draw(few(languages)), cost_options=draw(few(cost_options())),
        required_documents=draw(few(documents)), contacts=draw(few(contacts)),
        card_lines=draw(st.dictionaries(language_codes, line.filter(lambda s: len(s) <= 200), max_size=3)),
    )


@st.composite
def directories(draw, most=3):
    n_org, n_loc, n_srv = draw(st.integers(1, most)), draw(st.integers(0, most)), draw(st.integers(0, most))
    all_ids = draw(st.lists(ids, min_size=n_org + n_loc + 2 * n_srv + most * most,
                            max_size=n_org + n_loc + 2 * n_srv + most * most, unique=True))
    org_ids, rest = all_ids[:n_org], all_ids[n_org:]
    loc_ids, rest = rest[:n_loc], rest[n_loc:]
    srv_ids, rest = rest[:n_srv], rest[n_srv:]
    pairs = [(s, loc) for s in srv_ids for loc in loc_ids]
    links = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=most)) if pairs else []
    return Directory(
        draw(st.from_regex(r"[0-9]{4}", fullmatch=True)), draw(text),
        organizations=tuple(draw(organizations(i)) for i in org_ids),
        locations=tuple(draw(locations(i, org_ids)) for i in loc_ids),
        services=tuple(draw(services(i, org_ids)) for i in srv_ids),
        service_at_locations=tuple(
            ServiceAtLocation(rest[n], s, loc, description=draw(opt(text))) for n, (s, loc) in enumerate(links)
        ),
    )
