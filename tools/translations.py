"""Translations: `update` refreshes the .ts sources, `build` makes .qm files, `check` fails
when a user-visible string lacks its Dutch translation or the .ts is behind the code.

Source strings are English; Dutch (the default) comes from resources/translations/ketenplan_nl.ts.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("nl",)
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    local = BIN / name
    return str(local) if local.exists() else name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


def ts_path(lang: str) -> Path:
    return TS_DIR / f"ketenplan_{lang}.ts"


def update(ts_files: list[Path] | None = None) -> None:
    for ts in ts_files or [ts_path(lang) for lang in LANGUAGES]:
        subprocess.run([_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                        "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)


def build() -> None:
    for lang in LANGUAGES:
        subprocess.run([_tool("pyside6-lrelease"), str(ts_path(lang)), "-qm",
                        str(TS_DIR / f"ketenplan_{lang}.qm")], check=True, capture_output=True)


def unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    missing = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished" or not (
                    translation.text or message.find("translation/numerusform") is not None):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def check() -> int:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            copy = Path(tmp) / ts_path(lang).name
            shutil.copy(ts_path(lang), copy)
            update([copy])
            problems += [f"[{lang}] {m}" for m in unfinished(copy)]
    for line in problems:
        print("untranslated or new:", line)
    if problems:
        print(f"{len(problems)} strings need a translation: run `python -m tools.translations update` "
              "and fill them in resources/translations/.")
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "build"
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "check":
        return check()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
