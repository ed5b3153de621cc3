"""Demo stores for the tests that read one: fill_demo_store runs once per test process for each
(clients, seed), and each test or module gets a file copy of that closed store (the same people,
key file and passphrase), so that no test sees another's writes. What fill_demo_store makes is
tested with fill_demo_store itself in tests/store/test_demo.py and tests/monitoring/."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from desktop.demo import fill_demo_store
from desktop.store.keyfile import FAST_KDF
from tests.conftest import PASSPHRASE

_templates: dict[tuple[int, int], Path] = {}


def demo_store(data_dir: Path, clients: int, seed: int = 2019) -> Path:
    """A closed demo store in data_dir, as fill_demo_store(data_dir, PASSPHRASE, clients, seed) makes it."""
    template = _templates.get((clients, seed))
    if template is None:
        folder = Path(tempfile.mkdtemp(prefix="ketenplan-demo-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        template = folder / "store"
        fill_demo_store(template, PASSPHRASE, clients=clients, seed=seed, kdf=FAST_KDF)
        _templates[clients, seed] = template
    shutil.copytree(template, data_dir)
    return Path(data_dir)
