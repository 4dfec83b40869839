# The commands people type. `make help` lists them.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
# The PostgreSQL pass: one database name per checkout, so parallel checkouts do not collide.
PG_URL ?= postgres://commentletters:commentletters@localhost:5432/cl_$(subst -,_,$(notdir $(CURDIR)))

.PHONY: help setup demo test lint typecheck unit unit-pg postgres bench bench-ingest score clean

help:  ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

setup: $(VENV)/.installed  ## create .venv and install Comment Letters with its development tools

demo: setup  ## set up, then parse the bundled sample letters and show them
	$(BIN)/commentletters parse samples/*.txt

lint: setup  ## ruff over the code and tests
	$(BIN)/ruff check src tests bench

typecheck: setup  ## mypy (strict) over the framework-free core
	$(BIN)/mypy

unit: setup  ## the pytest suite (database tests on SQLite)
	$(BIN)/pytest

unit-pg: setup postgres  ## the database tests again on PostgreSQL (`make postgres` starts a local server first)
	DATABASE_URL=$(PG_URL) $(BIN)/pytest -q -m django_db

postgres:  ## install (Debian package, needs root) and start a local PostgreSQL server for unit-pg
	@.ci/postgres >/dev/null

test: lint typecheck unit unit-pg  ## everything CI runs: lint, type check, tests on SQLite and PostgreSQL

bench: setup  ## benchmarks (parse vs. extraction over the real corpus)
	$(BIN)/python bench/parse_vs_extract.py --corpus $(SHARED)/corpus/sec

bench-ingest: setup  ## ingest letters/s on SQLite and PostgreSQL vs. parse alone, over the corpus and seeds
	DATABASE_URL=$(PG_URL) $(BIN)/python bench/ingest.py $(SHARED)/corpus/sec $(SHARED)/seeds

score: setup  ## parser accuracy: shared gold, peer gold, and our held-out gold (eval/holdout)
	cd $(SHARED)/eval && python3 score.py --corpus ../corpus/sec --cmd "$(CURDIR)/$(BIN)/commentletters parse --json" | tail -1
	cd $(SHARED)/eval && python3 score.py --gold gold-peer --corpus ../corpus/peer --cmd "$(CURDIR)/$(BIN)/commentletters parse --json" | tail -1
	cd $(SHARED)/eval && python3 score.py --gold $(CURDIR)/eval/holdout --corpus ../corpus/sec --cmd "$(CURDIR)/$(BIN)/commentletters parse --json" | tail -1

clean:  ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
