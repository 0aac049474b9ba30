# Roundtable — every set-up step lives here, so a fresh machine needs only `make run` / `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# System packages the app and its tests need on a clean Debian machine (see DESIGN.md).
APT_PACKAGES := libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 \
	libxkbcommon0 libx11-6 libpulse0 xvfb xauth openbox libxkbcommon-x11-0 libxcb-cursor0 \
	libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 \
	libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 poppler-utils libnss3-tools chromium zbar-tools \
	dbus at-spi2-core python3-pyatspi

TS_FILES := $(wildcard i18n/*.ts)
QM_DIR   := resources/i18n

.PHONY: run demo test lint types contracts pytest translations translations-from-source \
	bench bundle system-packages install clean

run: install translations
	$(PY) -m app

demo: install translations
	$(PY) -m app demo

test: system-packages install translations lint types contracts pytest

lint: install
	$(BIN)/ruff check app tests benchmarks

types: install
	$(BIN)/mypy

contracts: install
	$(BIN)/lint-imports

pytest: install translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Compile the Qt Linguist sources into the .qm files the app loads.
translations: install
	@mkdir -p $(QM_DIR)
	@for ts in $(TS_FILES); do \
		$(BIN)/pyside6-lrelease -silent $$ts -qm $(QM_DIR)/$$(basename $${ts%.ts}).qm || exit 1; \
	done

# Refresh the .ts sources from the code, one area at a time (then translate what is new; the
# i18n test fails until every new string is translated).
AREA_workspace  := $(filter-out app/ui/portal_panel.py app/ui/walk_ins.py app/ui/areas.py,\
	$(wildcard app/ui/*.py)) \
	$(wildcard app/ui/board/*.py) $(wildcard app/ui/projector/*.py)
AREA_voting     := $(wildcard app/ui/voting/*.py)
AREA_attendance := $(wildcard app/ui/attendance/*.py)
AREA_minutes    := $(wildcard app/ui/minutes/*.py)
AREA_portal     := app/ui/portal_panel.py app/ui/walk_ins.py
AREA_areas      := app/ui/areas.py
AREA_followup   := $(wildcard app/ui/follow_up/*.py)
AREAS := workspace voting attendance minutes portal areas followup

translations-from-source: install
	$(foreach area,$(AREAS),$(BIN)/pyside6-lupdate -no-obsolete -locations none \
		$(AREA_$(area)) -ts i18n/$(area)_en.ts i18n/$(area)_fr.ts i18n/$(area)_ar.ts;)

# Benchmarks print each measured figure beside its target (they are not pass/fail tests).
bench: install translations
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.board
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.portal_storm
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.ideation
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.assembly
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.checkin
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.minutes
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.startup
	$(PY) -m benchmarks.programme

bundle: install translations
	$(BIN)/pyinstaller --noconfirm --clean build.spec

# Installs only what is missing; needs root (CI runs as root) — otherwise says what to install.
system-packages:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update && DEBIAN_FRONTEND=noninteractive \
			apt-get install -y --no-install-recommends $$missing; \
		else \
			echo "Please install these Debian packages first: $$missing"; exit 1; \
		fi; \
	fi

clean:
	rm -rf $(VENV) build dist $(QM_DIR) .mypy_cache .pytest_cache .ruff_cache
