"""`python -m desktop contact-card`: contact cards as PDF from the encrypted store, without a window.

One person (--client, with --out a file) or many (--all or --workshop, with --out a folder: one
PDF per person, named by the client's id, in each person's own language). The store is read
first and closed; then the cards are drawn. One card that fails never stops the others.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from desktop.arrival.card_content import PersonFile, build_card
from desktop.arrival.map_data import DEMO_MAP, LAYOUT_NAMES, MapData, MapDataError, load_map_data
from domain.arrival.card_texts import available_languages
from domain.arrival.demo_hilversum import demo_directory
from domain.arrival.hsds import import_directory
from domain.arrival.model import Directory

STORE_MAP = Path("arrival") / "map.geojson"  # a municipality's imported map, in the data folder


def add_parser(sub) -> None:
    card = sub.add_parser(
        "contact-card", help="make contact cards (PDF) in the person's language and Dutch",
        description="Make contact cards as PDF. The cards use the store's sociale kaart; --directory "
                    "gives an HSDS 3.0 JSON export instead, and a store without a kaart uses the demo "
                    "sociale kaart of Hilversum (with its demo map). The passphrase comes from "
                    "KETENPLAN_PASSPHRASE or is asked.")
    card.add_argument("--data-dir", type=Path, required=True, dest="card_dir", help="folder of the encrypted store")
    who = card.add_mutually_exclusive_group(required=True)
    who.add_argument("--client", help="the client's id or V-nummer")
    who.add_argument("--all", action="store_true", help="every client: --out is a folder")
    who.add_argument("--workshop", help="everyone invited to a welcome workshop session (its id; cancelled "
                                        "invitations left out): --out is a folder")
    card.add_argument("--language", choices=available_languages(),
                      help="the card's language beside Dutch (default: the person's own, else English)")
    card.add_argument("--layout", choices=LAYOUT_NAMES, default="wallet",
                      help="wallet: folded card from one A4 printed on both sides; a4: plain handout")
    card.add_argument("--map", type=Path, help="GeoJSON map data for the back (default: the data folder's "
                                                "arrival/map.geojson, else the demo map with the demo kaart)")
    card.add_argument("--directory", type=Path, help="the sociale kaart as HSDS 3.0 JSON (default: demo)")
    card.add_argument("--out", type=Path, required=True, help="the PDF (--client) or a folder (--all, --workshop)")


def _passphrase() -> str:
    passphrase = os.environ.get("KETENPLAN_PASSPHRASE")
    if passphrase:
        return passphrase
    import getpass
    return getpass.getpass("Passphrase of the store: ")


def _directory(path: Path | None) -> tuple[Directory, bool]:
    """(the sociale kaart, whether it is the demo's)."""
    if path is None:
        return demo_directory(), True
    data = json.loads(path.read_text(encoding="utf-8"))
    municipality = data.get("ketenplan_municipality", {}) if isinstance(data, dict) else {}
    result = import_directory(data, str(municipality.get("code", "0000")), str(municipality.get("name", "")))
    for problem in result.problems:
        print(f"sociale kaart: left out {problem.reason}")
    return result.directory, False


def _map(args, is_demo: bool) -> MapData | None:
    path = args.map or (args.card_dir / STORE_MAP if (args.card_dir / STORE_MAP).is_file() else None)
    if path is None and is_demo:
        path = DEMO_MAP
    if path is None:
        return None
    try:
        return load_map_data(path)
    except MapDataError as error:
        print(f"map data not used, the cards show a schematic map: {error}")
        return None


def _read_people(args, passphrase: str) -> tuple[list[PersonFile], Directory | None]:
    """The people, and the store's sociale kaart (None when it holds none)."""
    from desktop.arrival.card_source import all_clients, find_client, person_file, workshop_invitees
    from desktop.store.store import Store
    store = Store.unlock(args.card_dir, passphrase)
    try:
        if args.workshop:
            ids = workshop_invitees(store.engine, args.workshop)
            if not ids:
                raise LookupError("nobody is invited to this welcome workshop session")
        else:
            ids = all_clients(store.engine) if args.all else [find_client(store.engine, args.client)]
        directory, problems = store.social_map.directory()
        for problem in problems:
            print(f"sociale kaart: left out {problem.reason}")
        return [person_file(store.engine, client_id) for client_id in ids], directory if directory.services else None
    finally:
        store.close()


def run(args: argparse.Namespace) -> int:
    try:
        directory, is_demo = _directory(args.directory)
    except (OSError, ValueError) as error:
        print(f"the sociale kaart cannot be read: {type(error).__name__}")
        return 1
    from desktop.store.errors import StoreError, StoreNotFound, WrongPassphrase
    try:
        passphrase = _passphrase()
        people, stored = _read_people(args, passphrase)
        if stored is not None and args.directory is None:
            directory, is_demo = stored, False
    except (LookupError, StoreError) as error:
        why = {WrongPassphrase: "wrong passphrase", StoreNotFound: "no store in this folder"}.get(
            type(error), str(error) if isinstance(error, LookupError) else type(error).__name__)
        print(f"no card made: {why}")
        return 1
    if is_demo:
        print("the store holds no sociale kaart yet: using the demo sociale kaart of Hilversum")
    map_data = _map(args, is_demo)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # drawing a PDF needs no screen
    from PySide6.QtGui import QGuiApplication
    _app = QGuiApplication.instance() or QGuiApplication([])
    single = args.out if args.client and not args.out.is_dir() else None
    failed = 0
    left: list[tuple[str, Path]] = []  # every file written, whole or not: it left the store
    for person, (line, ok, path) in zip(people, make_cards(people, directory, args.out, args.language, args.layout,
                                                           map_data, single), strict=True):
        print(line)
        failed += not ok
        if path.is_file():
            left.append((person.client_id, path))
    _record_exports(args.card_dir, passphrase, left)
    return 1 if failed else 0


def _record_exports(data_dir: Path, passphrase: str, left: list[tuple[str, Path]]) -> None:
    """Into the store's export log, as the workshop screen records the cards it prints."""
    if not left:
        return
    from desktop.store.store import Store
    store = Store.unlock(data_dir, passphrase)
    try:
        for client_id, path in left:
            store.export_log.record("contact_card", client_id, [path])
    finally:
        store.close()


def make_cards(people: list[PersonFile], directory: Directory, folder: Path, language: str | None,
               layout: str, map_data: MapData | None, single: Path | None = None):
    """Draw each person's card into the folder (`<client id>-<language>.pdf`; `single`: that one file),
    yielding a line on each, whether it came out whole, and its file. One card that fails never stops the
    others. Needs a QGuiApplication; the screens call it too (the workshop's "print the cards")."""
    from desktop.arrival.render import render_card
    for person in people:
        card = build_card(person, directory, language)
        name = f"{person.client_id}-{card.language}.pdf"
        out = single or folder / name
        try:
            audit = render_card(card, out, layout, map_data)
        except Exception as error:  # one card that cannot be made never stops the batch
            yield f"{name}: not written ({type(error).__name__})", False, out
            continue
        if not audit.clean:
            problems = ", ".join(audit.overflows + audit.missing_glyphs)
            yield f"{out.name}: text does not fit or lacks a glyph: {problems}", False, out
        else:
            yield f"{out}: {len(card.entries)} contacts, language {card.language} and nl", True, out
