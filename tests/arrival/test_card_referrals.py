"""The contact card lists the services a person was referred to, from the store's referrals and
the store's own sociale kaart (not the demo's once the store holds one)."""

from dataclasses import replace

import pytest

from desktop.__main__ import main
from desktop.arrival.card_source import person_file
from domain.arrival.demo_hilversum import demo_directory
from tests.arrival.card_pdf import pdf_text
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    monkeypatch.setenv("KETENPLAN_PASSPHRASE", PASSPHRASE)


def test_the_card_shows_the_referred_services_of_the_stores_kaart(qapp, store, store_dir, tmp_path, capsys):
    demo = demo_directory()
    buurthuis = next(s for s in demo.services if s.name == "Koffieochtend en activiteiten")
    renamed = replace(demo, organizations=tuple(  # so the card shows the store's kaart, not the demo's
        replace(o, name="Buurthuis De Nieuwe Lelie") if o.id == buurthuis.organization_id else o
        for o in demo.organizations))
    store.social_map.save_directory(renamed)
    worker = store.directory.add_worker("Sanne de Vries", "klantmanager", None)
    store.set_current_worker(worker)
    client = store.clients.create({"given_names": "Amanuel", "family_name": "Tesfay", "languages": ["ti"],
                                   "v_number": "1234567890"})
    assert person_file(store.engine, client).referred_service_ids == ()
    store.referrals.refer(client, {"service_id": buurthuis.id, "referred_on": "2026-03-05",
                                   "origin": "client_file", "shared_parts": []})
    assert person_file(store.engine, client).referred_service_ids == (buurthuis.id,)
    store.close()

    out = tmp_path / "card.pdf"
    assert main(["contact-card", "--data-dir", str(store_dir), "--client", "1234567890", "--layout", "a4",
                 "--out", str(out)]) == 0
    assert "demo sociale kaart" not in capsys.readouterr().out
    text = pdf_text(out)
    assert "Buurthuis De Nieuwe Lelie" in text and "Buren ontmoeten, koffie en activiteiten." in text
