# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DIR ?= .run/demo-store
DEMO_PASSPHRASE ?= demo-wachtwoord-ketenplan
DEMO_CLIENTS ?= 400

.PHONY: setup lock run stop test test-deep lint translations bundle bundle-check bench screenshots clean

setup: $(STAMP) translations

# Every version comes from requirements.lock (with its hashes); the project itself goes on top,
# built with the locked setuptools.
$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Pin anew what pyproject.toml allows (the dev extra holds the server's and the demo's), for
# every platform, on Python 3.11; `make setup` then installs the new pins.
lock: $(STAMP)
	$(VENV)/bin/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 \
		--generate-hashes --quiet --output-file requirements.lock

translations: $(STAMP)
	$(PY) -m tools.translations build

# The demo sync server keeps running in the background between runs (.run/server); `make stop` ends it.
run: setup
	@KETENPLAN_PASSPHRASE='$(DEMO_PASSPHRASE)' $(PY) -m tools.demo_server start \
		--store-dir $(DEMO_DIR) --clients $(DEMO_CLIENTS)
	@echo "Demo store: $(DEMO_DIR)  passphrase: $(DEMO_PASSPHRASE)"
	$(PY) -m desktop --data-dir $(DEMO_DIR)

stop:
	@if [ -x $(PY) ]; then $(PY) -m tools.demo_server stop; else echo "The demo server is not running."; fi

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(PY) -m tools.translations check  # fails on any string without Dutch

# Three processes on two cores: much of the suite waits on servers, subprocesses and timers, and a third
# process fills those waits (two left a core idle a fifth of the time). The files with property
# tests go first (tests/conftest.py) and an idle process takes tests queued for another
# (worksteal), so all end together. Every test that
# needs DUO's files or PostgreSQL fails without them (KETENPLAN_ALLOW_SKIP, decision 21).
# Compiled modules are kept even where PYTHONDONTWRITEBYTECODE is set: each process (and each app or
# server a test starts) otherwise compiles every module again and pytest rewrites the asserts of every
# test file anew, some 7 s of CPU per process before the first test runs.
test: setup lint
	PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q -n 3 --dist worksteal

# The same with every property test drawing all its examples (tests/depth.py): before a release, and
# nightly. `make test` draws 30 % of them, from a new seed each run.
test-deep: setup lint
	KETENPLAN_TEST_DEPTH=1 PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen \
		$(VENV)/bin/pytest -q -n 3 --dist worksteal

bundle: setup
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec

bundle-check: bundle
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.bundle_check dist/ketenplan

bench: setup
	$(PY) bench/store.py

# Every main screen, Dutch and English, at 1280x720 and 1920x1080 (150%), into docs/screens/.
screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache resources/translations/*.qm
