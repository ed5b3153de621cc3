"""Who and what is on a person's card, and in which language."""

from dataclasses import replace

import pytest

from desktop.arrival.card_content import PersonFile, Worker, build_card, card_language
from domain.arrival.demo_hilversum import demo_directory
from tests.arrival.card_pdf import sample_person


@pytest.mark.parametrize(("languages", "expected"), [
    (("ti",), "ti"), (("ku", "ar"), "ar"), (("fa",), "fa"), (("prs",), "en"), (("so", "en"), "en"),
    ((), "en"), (("nl",), "nl"), (("nl", "ar"), "ar"),
])
def test_the_card_is_in_the_persons_first_language_it_has_texts_for(languages, expected):
    assert card_language(languages) == expected


def test_the_card_lists_the_workers_partners_and_referrals_in_the_chain_order():
    card = build_card(sample_person(("ar",)), demo_directory())
    names = [e.name for e in card.entries]
    assert names == ["Gemeente Hilversum", "VluchtelingenWerk Hilversum", "Taalschool De Gooise Brug",
                     "Stichting Geldwijs Gooi", "Werkpunt Gooi", "Versa Welzijn", "Huisartsenpraktijk Het Hoogt"]
    assert [e.number for e in card.entries] == list(range(1, 8))
    first, second = card.entries[:2]
    assert (first.person, first.role_key, first.email) == ("K. Manager", "role_klantmanager",
                                                           "k.manager@hilversum.example")
    assert (second.person, second.role_key) == ("B. Geleider", "role_begeleider")
    assert first.phone == "14 035" and first.address.startswith("Stadhuisplein 1")
    assert first.line_own != first.line_nl and "uitkering" in first.line_nl
    assert all(e.latitude and e.longitude for e in card.entries)
    assert any(h.walk_in for h in first.hours)


def test_a_service_is_listed_once_even_when_the_file_names_it_twice():
    person = sample_person()
    person = replace(person, partners=person.partners * 2)
    card = build_card(person, demo_directory())
    assert len({e.name for e in card.entries}) == len(card.entries)


def test_a_person_without_workers_still_gets_the_municipality():
    card = build_card(PersonFile("id", "Iemand", ("ti",)), demo_directory())
    assert [e.name for e in card.entries] == ["Gemeente Hilversum"]
    assert card.entries[0].person == "" and card.language == "ti"


def test_a_line_missing_in_the_language_falls_back_to_dutch_never_blank():
    directory = demo_directory()
    services = tuple(replace(s, card_lines={"nl": s.card_lines["nl"]}) for s in directory.services)
    card = build_card(sample_person(("fa",)), replace(directory, services=services))
    assert all(e.line_own == e.line_nl and e.line_own.strip() for e in card.entries)


def test_an_unknown_partner_kind_is_left_out_without_error():
    person = PersonFile("id", "Iemand", ("ar",), Worker("K", "", "Gemeente X", "gemeente"),
                        partners=(("COA", "coa"), ("Onbekend", "iets")))
    assert [e.name for e in build_card(person, demo_directory()).entries] == ["Gemeente Hilversum"]


def test_the_language_can_be_chosen_over_the_persons_own():
    card = build_card(sample_person(("ti",)), demo_directory(), "fa")
    assert card.language == "fa" and card.texts.direction == "rtl" and card.bilingual
    assert not build_card(sample_person(("ti",)), demo_directory(), "nl").bilingual
