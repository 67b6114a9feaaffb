# Breakout's two commands. Both set up what they need first (a virtual
# environment in .venv, brought up to date when pyproject.toml changes).
#
#   make demo    set up the app's own dependencies, write the demo session, open the app on it
#   make check   set up the test tools too, then lint, types, the import contract, dead code,
#                file and function sizes and all tests (headless), the privacy-critical
#                modules' tests measured against their coverage floors

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := demo.breakout

.PHONY: demo check lint types contract deadcode sizes coverage test bench clean translations \
	bundle bundle-smoke install-desktop platform-icons

# Two stamps in one .venv: .runtime, what the app needs to run (make demo), and
# .installed, that plus the test tools (make check and the rest), so opening the
# app never waits for pytest, mypy, ruff and scikit-learn.
$(BIN)/.runtime: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(BIN)/.installed: $(BIN)/.runtime
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(BIN)/.runtime
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
ENGINE_WORDS := breakout/words.py breakout/vote_words.py breakout/report breakout/phone \
	breakout/forum/document.py
# The refusals a participant can meet on a phone, made with breakout.errors.refusal(_n).
ENGINE_REFUSALS := breakout/rounds.py breakout/session_core.py breakout/inbox.py breakout/voting

translations: $(BIN)/.installed
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete $(I18N_SOURCES) \
		-ts $(foreach l,$(I18N_LANGUAGES),$(TS_DIR)/breakout_$(l).ts)
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete -pluralonly $(I18N_SOURCES) \
		-ts $(TS_DIR)/breakout_en.ts
	for l in en $(I18N_LANGUAGES); do \
		$(BIN)/pyside6-lrelease -silent $(TS_DIR)/breakout_$$l.ts -qm $(TS_DIR)/breakout_$$l.qm || exit 1; \
	done
	$(BIN)/pybabel -q extract --no-location --sort-output --no-wrap --omit-header \
		-k refusal -k refusal_n:1,2 -c Translators: -o $(LOCALE_DIR)/breakout.pot \
		$(ENGINE_WORDS) $(ENGINE_REFUSALS)
	$(BIN)/pybabel -q update -i $(LOCALE_DIR)/breakout.pot -d $(LOCALE_DIR) -D breakout \
		--no-wrap --ignore-obsolete --ignore-pot-creation-date --no-fuzzy-matching
	$(BIN)/pybabel -q compile -d $(LOCALE_DIR) -D breakout

# The venue laptops' one-folder bundle, dist/breakout/ (run dist/breakout/breakout), from
# packaging/breakout.spec, with the licences of what it carries in dist/breakout/licences;
# then its smoke run with an empty environment (packaging/smoke_bundle.sh). PyInstaller is
# the `bundle` extra, installed into .venv only here. Windows and macOS: packaging/README.md.
$(BIN)/.bundle-tools: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $@

bundle: $(BIN)/.bundle-tools
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/bundle \
		packaging/breakout.spec
	$(BIN)/python tools/bundle_licences.py dist/breakout
	mkdir -p dist/breakout/desktop
	cp packaging/install-desktop.sh packaging/org.breakout.Breakout.desktop packaging/icons/*.svg \
		packaging/org.breakout.Breakout.metainfo.xml packaging/breakout-session.xml dist/breakout/desktop/

bundle-smoke: bundle
	packaging/smoke_bundle.sh dist/breakout/breakout

# The menu entry, the .breakout file type and the icons into your desktop (~/.local/share,
# or $$XDG_DATA_HOME), running this checkout's app; the bundle carries the same step as
# dist/breakout/desktop/install-desktop.sh.
install-desktop: $(BIN)/.installed
	packaging/install-desktop.sh "$(abspath $(BIN)/breakout)"

# The Windows and macOS icons, drawn from the SVGs in packaging/icons and committed (the
# machines that build those packages need not have these tools): needs rsvg-convert
# (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils).
ICO_SIZES := 16 24 32 48 64 256
ICNS_SIZES := 16 32 48 128 256 512
platform-icons:
	tmp=$$(mktemp -d) && for n in org.breakout.Breakout application-x-breakout-session; do \
		for s in 16 24 32 48 64 128 256 512; do \
			rsvg-convert -w $$s -h $$s packaging/icons/$$n.svg -o $$tmp/$$n-$$s.png || exit 1; \
		done; done && \
	convert $(foreach s,$(ICO_SIZES),$$tmp/org.breakout.Breakout-$(s).png) packaging/windows/breakout.ico && \
	convert $(foreach s,$(ICO_SIZES),$$tmp/application-x-breakout-session-$(s).png) \
		packaging/windows/breakout-session.ico && \
	png2icns packaging/macos/Breakout.icns $(foreach s,$(ICNS_SIZES),$$tmp/org.breakout.Breakout-$(s).png) && \
	png2icns packaging/macos/BreakoutSession.icns \
		$(foreach s,$(ICNS_SIZES),$$tmp/application-x-breakout-session-$(s).png) && rm -rf $$tmp

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .coverage
