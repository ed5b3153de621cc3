"""The sociale kaart in and out as HSDS 3.0 JSON files: import (each bad item reported, the rest
kept) and export (through the export dialog and its warning, recorded like every export)."""

from __future__ import annotations

import json
from pathlib import Path

from domain.arrival.hsds import ImportResult, export_json, import_json


def read_import(store, text: str) -> tuple[ImportResult, object]:
    """On the database thread: the file's items into the store. The municipality comes from the
    file (ketenplan_municipality), else from the kaart held, else it is left as "0000"."""
    held, _ = store.social_map.directory()
    code, name = held.municipality_code, held.municipality_name
    try:
        document = json.loads(text)
        named = document.get("ketenplan_municipality") if isinstance(document, dict) else None
        if isinstance(named, dict) and str(named.get("code", "")).isdigit() and len(str(named["code"])) == 4:
            code, name = str(named["code"]), str(named.get("name") or name)
    except ValueError:
        pass
    result = import_json(text, code, name)
    saved = store.social_map.save_directory(result.directory) if (
        result.directory.organizations or result.directory.services) else None
    return result, saved


def write_export(store, path: str) -> int:
    """On the database thread: the kaart as one HSDS document; the export is recorded."""
    directory, _ = store.social_map.directory()
    Path(path).write_text(export_json(directory), encoding="utf-8")
    store.export_log.record("social_map", None, [path])
    return len(directory.services)
