import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backends import fail  # noqa: E402

from desktop.store import Store  # noqa: E402
from desktop.store.keyfile import FAST_KDF  # noqa: E402
from tests.keyring_backends import MemoryKeyring  # noqa: E402

PASSPHRASE = "lange zin voor de test 2026"


@pytest.fixture(autouse=True)
def no_keyring():
    """By default a test runs as on a headless Linux box: no OS keyring."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring():
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def store_dir(tmp_path):
    return tmp_path / "store"


@pytest.fixture
def store(store_dir):
    s = Store.create(store_dir, PASSPHRASE, kdf=FAST_KDF)
    yield s
    s.close()
