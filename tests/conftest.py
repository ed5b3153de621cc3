import gc
import os
import shutil
import tempfile
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402
from keyring.backends import fail  # noqa: E402

from desktop.store import Store  # noqa: E402
from desktop.store.keyfile import FAST_KDF, KeyFile  # noqa: E402
from desktop.store.store import DB_NAME, KEY_NAME  # noqa: E402
from domain.ids import new_id  # noqa: E402
from tests.depth import examples  # noqa: E402
from tests.keyring_backends import MemoryKeyring  # noqa: E402

PASSPHRASE = "lange zin voor de test 2026"

# A property test that names no count of its own draws Hypothesis's 100 in a deep run (tests/depth.py).
settings.register_profile("ketenplan", max_examples=examples(100))
settings.load_profile("ketenplan")

# Inputs some tests need from outside the repository. Missing, those tests FAIL, so that a green
# run means they ran; KETENPLAN_ALLOW_SKIP=duo,postgres (or "all") lets them skip instead.
ALLOW_SKIP_ENV = "KETENPLAN_ALLOW_SKIP"
INPUTS = {
    "duo": "DUO's OpenAPI files beside the repository (../shared/external/duo-m2m-inburgering)",
    "postgres": "a PostgreSQL to test on (pgserver, or KETENPLAN_TEST_PG_URL)",
}


def allowed_skips() -> set[str]:
    asked = {part.strip() for part in os.environ.get(ALLOW_SKIP_ENV, "").split(",") if part.strip()}
    return set(INPUTS) if "all" in asked else asked & set(INPUTS)


def missing_input(kind: str, detail: str):
    """Stop a test whose input is missing: a failure, or a skip where KETENPLAN_ALLOW_SKIP names `kind`."""
    if kind in allowed_skips():
        pytest.skip(f"[{kind}] {INPUTS[kind]} missing ({ALLOW_SKIP_ENV} allows it)")
    pytest.fail(f"{INPUTS[kind]} missing: {detail}. Provide it, or set {ALLOW_SKIP_ENV}={kind} "
                f"to skip these tests knowingly.", pytrace=False)


def pytest_terminal_summary(terminalreporter):
    """How many tests were skipped and why, one line per reason, so that no skip goes unseen."""
    reasons: Counter[str] = Counter()
    for report in terminalreporter.stats.get("skipped", []):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        reasons[reason.removeprefix("Skipped: ")] += 1
    if not reasons:
        return
    terminalreporter.section(f"{sum(reasons.values())} skipped", sep="-", yellow=True)
    for reason, count in reasons.most_common():
        terminalreporter.write_line(f"{count:5d}  {reason}")


def _heavy(item) -> bool:
    """A property test (hypothesis runs it many times over) or one marked slow."""
    return item.get_closest_marker("slow") is not None or getattr(getattr(item, "obj", None),
                                                                   "is_hypothesis_test", False)


def pytest_collection_modifyitems(config, items):
    """In several processes (`make test`), the files with heavy tests run first: the processes share
    out the short tests at the end and finish together, instead of one running a minute-long
    property test alone at the end. A file's tests stay together (its module fixtures are set up
    once); the order within the heavy files and within the rest is as collected."""
    if not (getattr(config.option, "numprocesses", None) or hasattr(config, "workerinput")):
        return  # one process: the order as collected
    heavy_files = {item.path for item in items if _heavy(item)}
    items.sort(key=lambda item: item.path not in heavy_files)


def _share_the_default_tls_context() -> None:
    """Every httpx client a test makes with the default verification reads certifi's CA bundle into
    a context of its own: 28 ms of CPU each, about a hundred times in the server tests alone. The
    product shares one context (sync.client.transport.tls_context); the tests' own clients now share
    one too. Only the default
    (verify=True, no client certificate, the environment's CA variables as they are) is shared."""
    import functools

    import httpx._transports.default as transports

    make = getattr(transports, "create_ssl_context", None)
    if make is None:  # httpx moved it: each client makes its own again, slower but the same
        return

    @functools.cache
    def default(cafile: str | None, capath: str | None):
        return make()

    def shared(verify=True, cert=None, trust_env=True):
        if verify is True and cert is None and trust_env:
            return default(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
        return make(verify=verify, cert=cert, trust_env=trust_env)

    transports.create_ssl_context = shared


_share_the_default_tls_context()


def pytest_collection_finish(session):
    """What the imports and the collection made lives to the end of the run: frozen out of the
    garbage collector's way, so full collections no longer walk it. The suite makes many short-lived
    objects (Qt events, rows) and few cycles, so the youngest generation is collected less often:
    on the screen and store tests the two together cut the CPU by some 9 % (27.5 to 25.0 s)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(100_000, 50, 50)


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


# -- stores ---------------------------------------------------------------------------------
# Store.create runs every migration, some 0.4 s a store; the tests make hundreds. One store is
# created (and so migrated) per test process, and each test gets a copy of its closed file under
# a key file of its own (a new store id, the test's passphrase). Creating and migrating a store
# is tested in tests/store/ with Store.create itself.
_template: tuple[Path, bytes] | None = None


def _migrated_template() -> tuple[Path, bytes]:
    global _template
    if _template is None:
        folder = Path(tempfile.mkdtemp(prefix="ketenplan-template-")) / "store"
        Store.create(folder, PASSPHRASE, kdf=FAST_KDF).close()
        _template = folder, KeyFile.load(folder / KEY_NAME).unwrap(PASSPHRASE)
    return _template


def new_store(data_dir: Path, passphrase: str = PASSPHRASE, durable: bool = True) -> Store:
    """A new, empty store at the newest revision, as Store.create makes it, opened."""
    template, db_key = _migrated_template()
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(data_dir, 0o700)
    shutil.copyfile(template / DB_NAME, data_dir / DB_NAME)
    KeyFile.wrap(new_id(), db_key, passphrase, FAST_KDF).save(data_dir / KEY_NAME)
    return Store.unlock(data_dir, passphrase, durable=durable)


def pytest_sessionfinish(session):
    if _template is not None:
        shutil.rmtree(_template[0].parent, ignore_errors=True)


@pytest.fixture
def store(store_dir):
    s = new_store(store_dir)
    yield s
    s.close()
