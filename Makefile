# The commands people type. `make help` lists them.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
# The PostgreSQL pass: one database name per checkout, so parallel checkouts do not collide.
PG_URL ?= postgres://commentletters:commentletters@localhost:5432/cl_$(subst -,_,$(notdir $(CURDIR)))

.PHONY: help setup demo demo-data bench-search bench-web bench-hostile bench-stages bench-twins bench-variants bench-consistency test lint typecheck unit unit-pg postgres chromium bench bench-ingest score clean

help:  ## list the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

setup: $(VENV)/.installed  ## create .venv and install Comment Letters with its development tools

DEMO_DIR ?= $(CURDIR)/.demo

demo: demo-data  ## set up, archive the bundled letters in a fresh SQLite database, serve http://127.0.0.1:8000
	env -u DATABASE_URL COMMENTLETTERS_DATA_DIR=$(DEMO_DIR) $(BIN)/commentletters serve --host 127.0.0.1 --port 8000

lint: setup  ## ruff (lint rules and format) over the code and tests
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: setup  ## mypy (strict) over the framework-free core
	$(BIN)/mypy

chromium:  ## install Debian's chromium for the browser tests if missing (needs root)
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

unit: setup chromium  ## the pytest suite (database tests on SQLite; browser tests in Debian's chromium)
	$(BIN)/pytest

unit-pg: setup postgres  ## the database tests again on PostgreSQL (`make postgres` starts a local server first)
	DATABASE_URL=$(PG_URL) $(BIN)/pytest -q -m django_db

postgres:  ## install (Debian package, needs root) and start a local PostgreSQL server for unit-pg
	@.ci/postgres >/dev/null

test: lint typecheck unit unit-pg  ## everything CI runs: lint, type check, tests on SQLite and PostgreSQL

bench: setup  ## benchmarks (parse vs. extraction over the real corpus)
	$(BIN)/python bench/parse_vs_extract.py --corpus $(SHARED)/corpus/sec

bench-stages: setup  ## each stage after extraction timed cold (as in parse), warm (run again) and paused (after a pause as long as the extraction): what the CPU caches cost
	$(BIN)/python bench/parse_stages.py --corpus $(SHARED)/corpus/sec

bench-hostile: setup  ## hostile inputs (deep nesting, huge tables, ...) vs. real letters, seconds per MB
	$(BIN)/python bench/hostile_inputs.py --corpus $(SHARED)/corpus/sec

bench-twins: setup chromium  ## each letter against its twins in other formats (PDF print, plain text, no emphasis)
	$(BIN)/python bench/format_twins.py --corpus $(SHARED)/corpus/sec

bench-variants: setup  ## each letter against variants of its own text: company renamed, labels, numbers, bullets, captions, dates printed otherwise
	$(BIN)/python bench/print_variants.py --corpus $(SHARED)/corpus/sec

bench-consistency: setup  ## the corpus read against itself: answers vs. the staff letters they name, restated vs. staff comments
	$(BIN)/python bench/corpus_consistency.py --corpus $(SHARED)/corpus/sec

bench-ingest: setup  ## ingest letters/s on SQLite and PostgreSQL vs. parse alone, over the corpus and seeds
	DATABASE_URL=$(PG_URL) $(BIN)/python bench/ingest.py $(SHARED)/corpus/sec $(SHARED)/seeds

bench-search: setup  ## search latency p50/p95 on SQLite with the archive scaled to 1,000,000 comments (kept in .bench/)
	env -u DATABASE_URL $(BIN)/python bench/search_latency.py --comments 1000000

bench-web: demo-data  ## page throughput of `commentletters serve` under load on loopback (errors must be 0)
	$(BIN)/python bench/web_throughput.py --data-dir $(DEMO_DIR)

demo-data: setup  ## the demo archive (.demo/) without serving it
	rm -rf $(DEMO_DIR)
	env -u DATABASE_URL COMMENTLETTERS_DATA_DIR=$(DEMO_DIR) $(BIN)/commentletters ingest samples demo/edgar

score: setup  ## parser accuracy: shared gold, peer gold, then each of our held-out gold sets (eval/holdout*), one line each
	cd $(SHARED)/eval && python3 score.py --corpus ../corpus/sec --cmd "$(CURDIR)/$(BIN)/commentletters parse --json" | tail -1
	cd $(SHARED)/eval && python3 score.py --gold gold-peer --corpus ../corpus/peer --cmd "$(CURDIR)/$(BIN)/commentletters parse --json" | tail -1
	@for set in eval/holdout/ $$(ls -d eval/holdout[0-9]*/ | sort -V); do \
		printf '%-16s' "$$set"; \
		(cd $(SHARED)/eval && python3 score.py --gold $(CURDIR)/$$set --corpus ../corpus/sec --cmd "$(CURDIR)/$(BIN)/commentletters parse --json" | tail -1) || exit 1; \
	done

clean:  ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
