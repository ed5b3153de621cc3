# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DIR ?= .run/demo-store
DEMO_PASSPHRASE ?= demo-wachtwoord-ketenplan
DEMO_CLIENTS ?= 400

.PHONY: setup run stop test lint translations bundle bundle-check bench screenshots clean

setup: $(STAMP) translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

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

test: setup lint
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q

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
