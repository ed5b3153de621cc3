"""The contact card's fixed texts per language: resources/arrival/lang/<code>.json.

One file per language, found by its name, so a language is added by adding a file (tr.json,
so.json, uk.json, ...): no code changes. A file holds
    {"meta": {"language": "ti", "name": "ትግርኛ", "direction": "ltr", "script": "Ethi",
              "review": {"status": "needs_native_review", ...}},
     "texts": {"card_title": "...", ...}}
Dutch (nl.json) is the reference: its keys are the card's texts, and any text a language lacks
(absent, empty, not a string, or the whole file unreadable) is taken from Dutch, never blank.
check_translations lists what each language lacks, for the people who translate and review.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

LANG_DIR = Path(__file__).resolve().parents[2] / "resources" / "arrival" / "lang"
REFERENCE = "nl"
DIRECTIONS = ("ltr", "rtl")
NEEDS_REVIEW = "needs_native_review"
_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class CardTexts:
    language: str
    direction: str  # "rtl" for Arabic and Persian
    texts: dict[str, str]  # every key of the Dutch file
    fallback_keys: frozenset[str] = frozenset()  # taken from Dutch
    needs_review: bool = False

    def __getitem__(self, key: str) -> str:
        return self.texts[key]


@dataclass(frozen=True)
class TranslationReport:
    missing: dict[str, tuple[str, ...]] = field(default_factory=dict)  # language -> keys taken from Dutch
    unknown: dict[str, tuple[str, ...]] = field(default_factory=dict)  # keys Dutch does not have
    broken: dict[str, str] = field(default_factory=dict)  # language -> what is wrong with its file
    needs_review: tuple[str, ...] = ()  # languages whose texts a native speaker has yet to review

    @property
    def complete(self) -> bool:
        return not self.missing and not self.broken


def _read(path: Path) -> tuple[dict, str | None]:
    """(the file's content, None) or ({}, why it cannot be used)."""
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return {}, "unreadable"
    except ValueError:
        return {}, "not_json"
    if not isinstance(content, dict) or not isinstance(content.get("texts"), dict):
        return {}, "no_texts"
    meta = content.get("meta")
    if not isinstance(meta, dict) or meta.get("direction") not in DIRECTIONS:
        return {}, "meta.direction"
    return content, None


def _reference(folder: Path) -> dict[str, str]:
    content, problem = _read(folder / f"{REFERENCE}.json")
    if problem:
        raise FileNotFoundError(f"the card's Dutch texts are missing or broken ({problem}) in {folder}")
    return content["texts"]


def available_languages(folder: Path = LANG_DIR) -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in folder.glob("*.json") if _CODE.match(p.stem)))


def load_card_texts(language: str, folder: Path = LANG_DIR) -> CardTexts:
    """The card's texts in a language, each missing one in Dutch; all Dutch for an unknown language."""
    reference = _reference(folder)
    content, problem = ({}, "absent") if not _CODE.match(language) else _read(folder / f"{language}.json")
    own = {} if problem else content["texts"]
    texts, fallback = {}, set()
    for key, dutch in reference.items():
        value = own.get(key)
        if isinstance(value, str) and value.strip():
            texts[key] = value
        else:
            texts[key] = dutch
            fallback.add(key)
    meta = content.get("meta", {}) if not problem else {}
    review = meta.get("review") if isinstance(meta.get("review"), dict) else {}
    return CardTexts(
        language=language,
        direction=meta.get("direction", "ltr"),
        texts=texts,
        fallback_keys=frozenset(fallback),
        needs_review=review.get("status") == NEEDS_REVIEW,
    )


def check_translations(folder: Path = LANG_DIR) -> TranslationReport:
    """What each language file lacks against Dutch, what it has too much, and which need review."""
    reference = _reference(folder)
    missing, unknown, broken, review = {}, {}, {}, []
    for language in available_languages(folder):
        if language == REFERENCE:
            continue
        content, problem = _read(folder / f"{language}.json")
        if problem:
            broken[language] = problem
            continue
        texts = content["texts"]
        lacking = tuple(k for k in reference if not (isinstance(texts.get(k), str) and texts[k].strip()))
        extra = tuple(sorted(k for k in texts if k not in reference))
        if lacking:
            missing[language] = lacking
        if extra:
            unknown[language] = extra
        status = (content["meta"].get("review") or {}).get("status") if isinstance(
            content["meta"].get("review"), dict) else None
        if status == NEEDS_REVIEW:
            review.append(language)
    return TranslationReport(missing, unknown, broken, tuple(review))
