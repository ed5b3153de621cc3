"""The contact card's fixed texts: five languages, Dutch for whatever is missing, and the check."""

import json
import shutil

import pytest

from domain.arrival.card_texts import LANG_DIR, available_languages, check_translations, load_card_texts

FIRST = ("nl", "en", "ar", "ti", "fa")
HEADINGS = ("card_title", "what_they_do", "phone", "email", "walk_in_hours", "map")


@pytest.fixture
def lang_dir(tmp_path):
    folder = tmp_path / "lang"
    shutil.copytree(LANG_DIR, folder)
    return folder


def _write(folder, code, texts, direction="ltr", status="needs_native_review"):
    document = {"meta": {"language": code, "name": code, "direction": direction, "review": {"status": status}},
                "texts": texts}
    (folder / f"{code}.json").write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def test_the_five_first_languages_are_complete():
    assert set(FIRST) <= set(available_languages())
    report = check_translations()
    assert report.complete, (report.missing, report.broken)
    assert report.unknown == {}
    for code in FIRST:
        texts = load_card_texts(code)
        assert texts.fallback_keys == frozenset()
        assert all(texts[key].strip() for key in HEADINGS)


def test_only_dutch_and_english_are_not_waiting_for_a_native_speaker():
    assert set(check_translations().needs_review) == {"ar", "ti", "fa"}
    assert load_card_texts("ti").needs_review and not load_card_texts("en").needs_review


def test_direction_and_script():
    assert load_card_texts("ar").direction == "rtl"
    assert load_card_texts("fa").direction == "rtl"
    assert load_card_texts("ti").direction == "ltr"
    assert all("\u1200" <= ch <= "\u137f" for ch in load_card_texts("ti")["map"])  # Ethiopic
    assert load_card_texts("en")["card_title"] == "Your contacts"
    assert load_card_texts("nl")["walk_in_hours"] == "Inloopspreekuur"


def test_a_missing_text_falls_back_to_dutch_per_key(lang_dir):
    _write(lang_dir, "so", {"card_title": "Xiriirradaada", "phone": "  ", "email": 7})
    texts = load_card_texts("so", lang_dir)
    dutch = load_card_texts("nl", lang_dir)
    assert texts["card_title"] == "Xiriirradaada"
    assert texts["phone"] == dutch["phone"] and texts["email"] == dutch["email"]  # blank and wrong: Dutch
    assert set(texts.texts) == set(dutch.texts)
    assert texts.fallback_keys == set(dutch.texts) - {"card_title"}
    assert all(value.strip() for value in texts.texts.values())  # never blank


def test_a_language_without_a_file_or_with_a_broken_one_is_all_dutch(lang_dir):
    (lang_dir / "uk.json").write_text("{not json", encoding="utf-8")
    dutch = load_card_texts("nl", lang_dir)
    for code in ("tr", "uk", "../nl"):
        texts = load_card_texts(code, lang_dir)
        assert texts.texts == dutch.texts
        assert texts.fallback_keys == set(dutch.texts)
        assert texts.direction == "ltr"


def test_the_check_lists_missing_keys_per_language(lang_dir):
    ar = json.loads((lang_dir / "ar.json").read_text(encoding="utf-8"))
    del ar["texts"]["map"], ar["texts"]["phone"]
    ar["texts"]["telefoon_oud"] = "قديم"
    (lang_dir / "ar.json").write_text(json.dumps(ar, ensure_ascii=False), encoding="utf-8")
    _write(lang_dir, "ps", {"card_title": "ستاسو اړیکې"}, direction="rtl")
    (lang_dir / "uk.json").write_text("{not json", encoding="utf-8")
    _write(lang_dir, "tr", {}, direction="sideways")
    report = check_translations(lang_dir)
    assert report.missing["ar"] == ("phone", "map")  # in the Dutch file's order
    assert report.unknown == {"ar": ("telefoon_oud",)}
    assert len(report.missing["ps"]) == len(load_card_texts("nl", lang_dir).texts) - 1
    assert report.broken == {"uk": "not_json", "tr": "meta.direction"}
    assert "en" not in report.missing and not report.complete


def test_a_language_is_added_by_a_file_alone(lang_dir):
    dutch = load_card_texts("nl", lang_dir)
    _write(lang_dir, "tr", {key: f"tr {key}" for key in dutch.texts})
    assert "tr" in available_languages(lang_dir)
    assert load_card_texts("tr", lang_dir).fallback_keys == frozenset()
    assert "tr" not in check_translations(lang_dir).missing


def test_without_the_dutch_file_nothing_is_guessed(lang_dir):
    (lang_dir / "nl.json").unlink()
    with pytest.raises(FileNotFoundError):
        load_card_texts("en", lang_dir)
