"""`python -m desktop contact-card --workshop ID --out DIR` on a real encrypted store: one card per
person invited to the session, in each one's own language unless --language says otherwise."""

from datetime import date

import pytest

from desktop.__main__ import main
from tests.arrival.card_pdf import embedded_fonts, pdf_text
from tests.conftest import PASSPHRASE

SESSION = {"held_on": "2026-03-10", "starts_at": "14:00", "place": "Stadhuis", "languages": ["nl", "ti"]}


@pytest.fixture
def workshop(store, store_dir):
    gemeente = store.directory.add_organisation("Gemeente Hilversum", "gemeente")
    km = store.directory.add_worker("Klant Manager", "klantmanager", gemeente, "k.manager@hilversum.example")
    ids = {
        "ti": store.clients.create({"given_names": "Amanuel", "family_name": "Tesfay", "languages": ["ti"],
                                    "klantmanager_id": km}),
        "ar": store.clients.create({"given_names": "Amina", "family_name": "Haddad", "languages": ["ar"],
                                    "klantmanager_id": km}),
        "cancelled": store.clients.create({"given_names": "Omar", "family_name": "Haddad", "languages": ["ar"]}),
        "not invited": store.clients.create({"given_names": "Sara", "family_name": "Noori", "languages": ["fa"]}),
    }
    session = store.workshops.save_session(SESSION)
    empty = store.workshops.save_session({**SESSION, "held_on": "2026-04-10"})
    made = store.workshops.invite(session, [ids["ti"], ids["ar"], ids["cancelled"]], today=date(2026, 3, 1)).made
    store.workshops.record(made[-1], status="cancelled", today=date(2026, 3, 1))
    store.close()
    return store_dir, session, empty, ids


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    monkeypatch.setenv("KETENPLAN_PASSPHRASE", PASSPHRASE)


def test_one_card_per_invited_person_in_their_own_language(qapp, workshop, tmp_path):
    store_dir, session, _, ids = workshop
    folder = tmp_path / "cards"
    assert main(["contact-card", "--data-dir", str(store_dir), "--workshop", session, "--layout", "a4",
                 "--out", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted([f"{ids['ti']}-ti.pdf", f"{ids['ar']}-ar.pdf"])
    assert "NotoSansEthiopic-Regular" in embedded_fonts(folder / f"{ids['ti']}-ti.pdf")
    assert "Amina Haddad" in pdf_text(folder / f"{ids['ar']}-ar.pdf")


def test_the_language_given_is_everyones(qapp, workshop, tmp_path):
    store_dir, session, _, ids = workshop
    folder = tmp_path / "cards"
    assert main(["contact-card", "--data-dir", str(store_dir), "--workshop", session, "--language", "en",
                 "--layout", "a4", "--out", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted([f"{ids['ti']}-en.pdf", f"{ids['ar']}-en.pdf"])


def test_an_unknown_or_empty_session_is_named_and_nothing_written(qapp, workshop, tmp_path, capsys):
    store_dir, _, empty, _ = workshop
    folder = tmp_path / "cards"
    assert main(["contact-card", "--data-dir", str(store_dir), "--workshop", "no-such-session",
                 "--out", str(folder)]) == 1
    assert "no card made: no welcome workshop session with this id" in capsys.readouterr().out
    assert main(["contact-card", "--data-dir", str(store_dir), "--workshop", empty, "--out", str(folder)]) == 1
    assert "nobody is invited to this welcome workshop session" in capsys.readouterr().out
    assert not folder.exists()
