# credscore: common tasks. `make help` lists them.
# Everything runs in a project virtual environment (.venv) that the targets
# create and fill on first use, so a fresh machine needs only Python 3.10+ and make.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DATA_DIR ?= $(if $(CREDSCORE_DATA),$(CREDSCORE_DATA),../shared/datasets)
EXAMPLE ?= datasets/examples/well-sourced.txt

.DEFAULT_GOAL := help
.PHONY: help setup run test lint format train evaluate eval-signals conll-ceiling eval-behaviour bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP) ## create .venv and install credscore with its test and dev tools

run: $(STAMP) ## explain the bundled example article (EXAMPLE=path to choose another)
	$(VENV)/bin/credscore explain $(EXAMPLE)

test: $(STAMP) ## run the test suite (corpus tests skip when ../shared/datasets is absent)
	$(PY) -m pytest -q

lint: $(STAMP) ## ruff over the package and the tests, mypy over the package
	$(VENV)/bin/ruff check credscore tests benchmarks
	$(VENV)/bin/ruff format --check credscore tests benchmarks
	$(VENV)/bin/mypy

format: $(STAMP) ## apply ruff's fixes and formatting
	$(VENV)/bin/ruff check --fix credscore tests benchmarks
	$(VENV)/bin/ruff format credscore tests benchmarks

train: $(STAMP) ## retrain the default model from DATA_DIR into models/
	$(VENV)/bin/credscore train --data-dir $(DATA_DIR) --out models --force

evaluate: $(STAMP) ## grouped and cross-corpus evaluation of the model against baselines
	$(VENV)/bin/credscore evaluate --data-dir $(DATA_DIR)

eval-signals: $(STAMP) ## measure the source and hedge signals on PolNeAR and CoNLL-2010
	$(PY) -m credscore.evaluation.signals --data-dir $(DATA_DIR)

conll-ceiling: $(STAMP) ## how far cue lists tuned to CoNLL-2010 could go, on held-out folds
	$(PY) -m credscore.evaluation.conll_ceiling --data-dir $(DATA_DIR)

eval-behaviour: $(STAMP) ## the behavioural suite: the team's articles, each changed one way
	$(VENV)/bin/credscore eval-behaviour

bench: $(STAMP) ## speed benchmarks: extract and score, batch scoring, start-up, memory
	$(PY) benchmarks/bench_extract.py
	$(PY) benchmarks/bench_batch.py --data-dir $(DATA_DIR)

clean: ## remove the virtual environment and build leftovers
	rm -rf $(VENV) build dist *.egg-info
