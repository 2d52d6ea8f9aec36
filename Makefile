# Derbes — every target creates .venv itself on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

FORMS_UI := $(wildcard forms/*.ui)
FORMS_PY := $(patsubst forms/%.ui,app/ui/forms/ui_%.py,$(FORMS_UI))

.PHONY: run test lint format forms bench screenshots translations package icons clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/derbes

# The test suite: SQLite always; PostgreSQL through DERBES_TEST_PG_URL, which
# scripts/test-postgres.sh sets up when this machine can run a server.
PYTEST_ARGS ?= -n 2 --dist loadfile
test: $(STAMP)
	@eval "$$(scripts/test-postgres.sh)"; \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check app tests scripts
	$(BIN)/ruff format --check app tests scripts

format: $(STAMP)
	$(BIN)/ruff format app tests scripts
	$(BIN)/ruff check --fix app tests scripts

app/ui/forms/ui_%.py: forms/%.ui $(STAMP)
	$(BIN)/pyside6-uic $< -o $@

forms: $(FORMS_PY)

# Translations: lupdate collects every tr() string of the window and the forms into the .ts
# files (edited with pyside6-linguist), lrelease compiles them into the .qm files shipped.
TS_FILES := app/resources/translations/derbes_kk.ts app/resources/translations/derbes_ru.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find app/ui -name '*.py' -not -path '*/forms/*') forms/*.ui -ts $(TS_FILES)
	for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done

# The benchmark (not part of `make test`): issue 11's figures beside their anchors, written to
# tests/benchmarks/results.md. The first run builds and caches the 1M/200k database (.bench-cache/,
# DERBES_BENCH_CACHE) and its PostgreSQL template; DERBES_BENCH_RUNS sets the runs per figure.
bench: $(STAMP)
	@eval "$$(scripts/test-postgres.sh)"; \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/benchmarks -p no:cacheprovider -s -q \
		-o faulthandler_timeout=0

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py docs/screenshots --language kk

# The one-folder application (dist/derbes/derbes) through PyInstaller, then its smoke test:
# the built program starts offscreen with a temporary data folder, opens a demo database,
# renders a letter, paints the main window and must quit by itself with status 0.
PACKAGE_STAMP := $(VENV)/.package-stamp
$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/derbes.spec
	cp packaging/linux/derbes.desktop dist/derbes/
	cp app/resources/icons/derbes-256.png dist/derbes/derbes.png
	QT_QPA_PLATFORM=offscreen dist/derbes/derbes --smoke-test

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/make_icons.py

clean:
	rm -rf $(VENV) .pytest_cache build dist *.egg-info
