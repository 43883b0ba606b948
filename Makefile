# Two commands for a new developer: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_VAULT := .demo/vault
DEMO_USER := coordinadora
# The demo vault's passphrase is public on purpose: it holds synthetic people only.
DEMO_PASSPHRASE := demo-albergue-2026

.PHONY: run test lint bench screenshots translations dist clean system system-display

# The system libraries Qt needs, checked (and installed with apt-get where root or a
# password-less sudo allows) before anything is built; otherwise the one apt-get line to run.
system:
	@$(PYTHON) installers/linux/check_system.py
system-display:
	@$(PYTHON) installers/linux/check_system.py --display

# A session's own temporary folder: no test reads another program's files in /tmp.
TEST_TMPDIR := build/test-tmp

$(BIN)/.installed: pyproject.toml | system
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Shelter Desk needs Python 3.11 or newer."; exit 1; }
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || \
		{ echo "Python's venv module is missing: sudo apt-get install python3-venv"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

run: system-display $(BIN)/.installed
	@if [ ! -f $(DEMO_VAULT)/keys.json ]; then \
		env -u SHELTER_DESK_PASSPHRASE $(BIN)/shelter-desk demo --vault $(DEMO_VAULT) \
			--people 2000; \
	fi
	@echo "Demo vault: $(DEMO_VAULT)  user: $(DEMO_USER)  passphrase: $(DEMO_PASSPHRASE)"
	@echo "(also in the Makefile: DEMO_PASSPHRASE / también en el Makefile)"
	$(BIN)/shelter-desk gui --vault $(DEMO_VAULT) --user $(DEMO_USER)

lint: $(BIN)/.installed
	$(BIN)/ruff check shelter_desk tests benchmarks installers
	$(BIN)/lint-imports

test: system lint
	rm -rf $(TEST_TMPDIR) && mkdir -p $(TEST_TMPDIR)
	TMPDIR=$(abspath $(TEST_TMPDIR)) QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest \
		--basetemp=$(abspath $(TEST_TMPDIR))/pytest

bench: $(BIN)/.installed
	$(BIN)/python benchmarks/run.py --json benchmarks/results/latest.json

# After changing interface strings: update both .ts files (existing translations are
# kept), translate the new entries (Qt Linguist: pyside6-linguist), then run it again.
TS := resources/translations/shelter_desk_es.ts resources/translations/shelter_desk_en.ts
translations: $(BIN)/.installed
	$(BIN)/pyside6-lupdate $$(find shelter_desk/gui -name '*.py' | sort) -source-language es \
		-no-obsolete -locations none -ts $(TS)
	for ts in $(TS); do $(BIN)/pyside6-lrelease $$ts -qm $${ts%.ts}.qm; done

# The installers' build tools (PyInstaller) live in the same venv, as the `dist` extra.
$(BIN)/.dist-installed: $(BIN)/.installed pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev,dist]'
	@touch $@

# Linux: dist/shelter-desk/ (one folder), a .tar.gz and a .deb; the bundle's self-test runs
# last. Windows and macOS: installers/windows/build.ps1, installers/macos/build.sh.
dist: $(BIN)/.dist-installed
	PYTHON=$(BIN)/python installers/linux/build.sh

screenshots: $(BIN)/.installed
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m shelter_desk.gui.screenshots docs/screenshots

clean:
	rm -rf $(VENV) .demo .pytest_cache .ruff_cache build dist
