# Breakout's two commands. Both set up what they need first (a virtual
# environment in .venv, rebuilt when pyproject.toml changes).
#
#   make demo    set up, write the demo session, open the app on it
#   make check   set up, then lint, types, the import contract, dead code, file and function
#                sizes and all tests (headless), the privacy-critical modules' tests measured
#                against their coverage floors

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := demo.breakout

.PHONY: demo check lint types contract deadcode sizes coverage test bench clean translations

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(BIN)/.installed
	test -f $(DEMO) || $(BIN)/breakout demo $(DEMO)
	$(BIN)/breakout open $(DEMO)

lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

types: $(BIN)/.installed
	$(BIN)/mypy

contract: $(BIN)/.installed
	$(BIN)/lint-imports

# Code nothing calls (vulture; its paths and ignored names are in pyproject.toml,
# names only Qt, reportlab or pytest use are in tools/deadcode_whitelist.py).
deadcode: $(BIN)/.installed
	$(BIN)/vulture

# No source file over 600 lines, no function over 60 (tools/sizes.py, which
# lists the few exceptions and why).
sizes: $(BIN)/.installed
	$(BIN)/python tools/sizes.py

# The PDF tests read reports back with poppler's pdftotext and pdffonts, a
# system prerequisite (see the README); where they are missing those tests skip
# and say so. CI installs them (.ci/run).
#
# The unit tests of the privacy-critical modules (store, changes, voting, tally,
# room, redaction) run under coverage, and each module must stay above its floor
# ([tool.breakout.coverage-floors] in pyproject.toml). `test` runs every other
# test, so nothing runs twice.
COVERED_TESTS := tests/unit/test_store.py tests/unit/test_changes.py \
	tests/unit/test_session_undo.py tests/unit/test_damaged_files.py \
	tests/unit/test_voting_rounds.py tests/unit/voting tests/unit/test_ballot_secrecy.py \
	tests/unit/test_room.py tests/unit/redaction tests/unit/test_report.py

coverage: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/coverage run -m pytest -q $(COVERED_TESTS)
	$(BIN)/python tools/coverage_floors.py

test: coverage
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(addprefix --ignore=,$(COVERED_TESTS))

check: lint types contract deadcode sizes test

bench: $(BIN)/.installed
	for script in benchmarks/bench_*.py; do $(BIN)/python $$script || exit 1; done

# The interface's catalogues (breakout_qt/i18n.py): the marked modules' strings into one .ts
# per language (English holds only plural forms), then the .qm files the app loads. Both are
# committed; tests/unit/test_translations.py fails when either is behind the sources.
# Then the engine's catalogues, the same way with gettext (below).
I18N_UNMARKED := $(addprefix breakout_qt/,__init__.py i18n.py launch.py room_look.py window_place.py)
I18N_SOURCES := $(filter-out $(I18N_UNMARKED),$(sort $(wildcard breakout_qt/*.py breakout_qt/*/*.py \
	breakout_qt/*/*/*.py)))
I18N_LANGUAGES := fr es ar ru zh_CN
TS_DIR := breakout_qt/translations
# The engine's words (breakout/words.py: gettext, for the reports the CLI and the app export):
# Babel extracts them into a .pot, merges it into each language's .po and compiles the .mo
# files, all committed (tests/unit/test_engine_words.py fails when one is behind).
LOCALE_DIR := breakout/locale
ENGINE_WORDS := breakout/words.py breakout/vote_words.py breakout/report breakout/phone breakout/forum/document.py

translations: $(BIN)/.installed
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete $(I18N_SOURCES) \
		-ts $(foreach l,$(I18N_LANGUAGES),$(TS_DIR)/breakout_$(l).ts)
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete -pluralonly $(I18N_SOURCES) \
		-ts $(TS_DIR)/breakout_en.ts
	for l in en $(I18N_LANGUAGES); do \
		$(BIN)/pyside6-lrelease -silent $(TS_DIR)/breakout_$$l.ts -qm $(TS_DIR)/breakout_$$l.qm || exit 1; \
	done
	$(BIN)/pybabel -q extract --no-location --sort-output --no-wrap --omit-header \
		-c Translators: -o $(LOCALE_DIR)/breakout.pot $(ENGINE_WORDS)
	$(BIN)/pybabel -q update -i $(LOCALE_DIR)/breakout.pot -d $(LOCALE_DIR) -D breakout \
		--no-wrap --ignore-obsolete --ignore-pot-creation-date --no-fuzzy-matching
	$(BIN)/pybabel -q compile -d $(LOCALE_DIR) -D breakout

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .coverage
