"""Small files with one job: no source, test, benchmark or document file over 600 lines.
Generated files (the lock, the translation catalogue) are not written by hand and are left out."""

import os
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 600
CHECKED = ("*.py", "*.md", "*.spec", "*.toml", "Makefile", "run")
SKIPPED_FOLDERS = {".venv", "build", "dist", ".run", "__pycache__", ".git", ".pytest_cache", ".ruff_cache",
                   ".hypothesis", "node_modules"}


def _files():
    for folder, subfolders, names in os.walk(ROOT):
        subfolders[:] = [d for d in subfolders if d not in SKIPPED_FOLDERS and not d.endswith(".egg-info")]
        for name in names:
            if any(fnmatch(name, pattern) for pattern in CHECKED):
                yield Path(folder) / name


def test_no_file_is_over_600_lines():
    files = list(_files())
    too_long = {str(p.relative_to(ROOT)): n for p in files
                if (n := len(p.read_text(encoding="utf-8", errors="replace").splitlines())) > MAX_LINES}
    assert len(files) > 100  # the rule looked at the project, not at an empty folder
    assert too_long == {}
