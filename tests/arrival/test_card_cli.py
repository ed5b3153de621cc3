"""`python -m desktop contact-card` on a real encrypted store: one card, a batch, bad input."""

import pytest

from desktop.__main__ import main
from tests.arrival.card_pdf import embedded_fonts, pdf_text
from tests.conftest import PASSPHRASE


@pytest.fixture
def filled(store, store_dir):
    gemeente = store.directory.add_organisation("Gemeente Hilversum", "gemeente")
    school = store.directory.add_organisation("Taalschool Hilversum", "taalschool")
    km = store.directory.add_worker("Klant Manager", "klantmanager", gemeente, "k.manager@hilversum.example")
    ids = {
        "ti": store.clients.create({"given_names": "Amanuel", "family_name": "Tesfay", "languages": ["ti"],
                                    "v_number": "1234567890", "klantmanager_id": km,
                                    "partner_org_ids": [school]}),
        "ar": store.clients.create({"given_names": "Amina", "family_name": "Haddad", "languages": ["ku", "ar"],
                                    "klantmanager_id": km}),
        "en": store.clients.create({"given_names": "Ahmad", "family_name": "Rahimi", "languages": ["prs"]}),
    }
    store.close()
    return store_dir, ids


@pytest.fixture(autouse=True)
def passphrase(monkeypatch):
    monkeypatch.setenv("KETENPLAN_PASSPHRASE", PASSPHRASE)


def _logged(store_dir) -> list[tuple]:
    from desktop.store import Store
    store = Store.unlock(store_dir, PASSPHRASE)
    try:
        return [(e["kind"], e["client_id"], e["files"]) for e in reversed(store.export_log.entries())]
    finally:
        store.close()


def test_one_card_by_v_number_in_the_asked_language(qapp, filled, tmp_path, capsys):
    store_dir, ids = filled
    out = tmp_path / "card.pdf"
    assert main(["contact-card", "--data-dir", str(store_dir), "--client", "1234567890", "--language", "fa",
                 "--out", str(out)]) == 0
    assert "demo sociale kaart" in capsys.readouterr().out
    text = pdf_text(out)
    assert "Klant Manager" in text and "Taalschool De Gooise Brug" in text and "Amanuel Tesfay" in text
    assert "NotoNaskhArabic-Regular" in embedded_fonts(out)
    assert _logged(store_dir) == [("contact_card", ids["ti"], ["card.pdf"])]  # the file left the store: recorded


def test_the_batch_writes_one_card_per_person_in_their_own_language(qapp, filled, tmp_path):
    store_dir, ids = filled
    folder = tmp_path / "cards"
    assert main(["contact-card", "--data-dir", str(store_dir), "--all", "--layout", "a4", "--out", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{cid}-{lang}.pdf" for lang, cid in ids.items())
    assert "NotoSansEthiopic-Regular" in embedded_fonts(folder / f"{ids['ti']}-ti.pdf")
    assert sorted(_logged(store_dir)) == sorted(("contact_card", cid, [f"{cid}-{lang}.pdf"])
                                                for lang, cid in ids.items())


def test_bad_input_gets_a_clear_message_and_writes_nothing(qapp, filled, tmp_path, capsys, monkeypatch):
    store_dir, _ = filled
    out = tmp_path / "card.pdf"
    assert main(["contact-card", "--data-dir", str(store_dir), "--client", "9999999999", "--out", str(out)]) == 1
    assert "no client with this id or V-nummer" in capsys.readouterr().out
    monkeypatch.setenv("KETENPLAN_PASSPHRASE", "niet de zin")
    assert main(["contact-card", "--data-dir", str(store_dir), "--client", "1234567890", "--out", str(out)]) == 1
    assert "wrong passphrase" in capsys.readouterr().out
    monkeypatch.setenv("KETENPLAN_PASSPHRASE", PASSPHRASE)
    assert main(["contact-card", "--data-dir", str(store_dir), "--workshop", "w1", "--out", str(tmp_path)]) == 1
    assert "no welcome workshop session with this id" in capsys.readouterr().out
    assert not out.exists()


def test_the_command_names_every_layout_without_loading_qt_to_parse():
    from desktop.arrival.map_data import LAYOUT_NAMES
    from desktop.arrival.render import LAYOUTS
    assert tuple(LAYOUTS) == LAYOUT_NAMES
