"""docs/architecture.md names only files and folders that exist: a map that points nowhere is worse than none."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "architecture.md"
FILE_SUFFIXES = (".py", ".md", ".toml", ".ts", ".spec")


def named_paths(text: str) -> list[str]:
    """Backticked words that are paths: with a slash or a file suffix, no spaces or placeholders."""
    prose = re.sub(r"```.*?```", "", text, flags=re.DOTALL)  # the arrows' diagram is not a list of paths
    words = re.findall(r"`([^`\s]+)`", prose)
    return [w for w in words if ("/" in w or w.endswith(FILE_SUFFIXES)) and "<" not in w]


def exists(path: str) -> bool:
    if "/" in path:
        return (ROOT / path).exists()
    return any(ROOT.glob(f"desktop/**/{path}")) or (ROOT / path).exists()  # a module named in its room


def test_every_path_the_map_names_exists():
    missing = [p for p in named_paths(DOC.read_text(encoding="utf-8")) if not exists(p)]
    assert missing == []


def test_the_map_names_every_feature_package_of_the_views():
    named = set(named_paths(DOC.read_text(encoding="utf-8")))
    features = {f"desktop/views/{p.name}/" for p in (ROOT / "desktop" / "views").iterdir()
                if (p / "__init__.py").exists()}
    assert features <= named


def test_the_path_finder_finds_paths_and_only_paths():
    text = "see `desktop/tasks.py`, `prompts.py`, `tests/gui`, `self.tr()`, `desktop/views/<feature>/`, `read`"
    assert named_paths(text) == ["desktop/tasks.py", "prompts.py", "tests/gui"]
    assert not exists("desktop/no_such_module.py")
    assert len(named_paths(DOC.read_text(encoding="utf-8"))) > 30
