# myanmar-analysis: two commands for a newcomer (see README.md)
#   make report   set up .venv, build data/processed/, run the notebooks, export HTML to reports/
#   make test     set up .venv, lint (ruff) and run the test suite (unit tests and nbval)
# `make help` lists every target.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED := $(abspath ..)/shared
# Verified copies of the boundary files; without it they are downloaded once into the cache.
export MYANMAR_DATA_MIRROR ?= $(SHARED)/geo

NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]_*.ipynb))
NBVAL := --nbval --nbval-current-env --nbval-sanitize-with notebooks/nbval_sanitize.cfg

.PHONY: help install data report test lint notebooks clean schemas bench

help: ## list the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z]+:.*## / {printf "  make %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + "); run: make PYTHON=python3.11 ...")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --constraint requirements.lock --editable '.[test]'
	@touch $(STAMP)

install: $(STAMP) ## create .venv with the pinned packages (requirements.lock)

data: install ## build every table into data/processed/ (skipped when current for the corpus and code)
	$(BIN)/python -m myanmar_analysis build --if-stale

# Execute every notebook on the configured corpus (a copy; the committed ones stay as they are)
# and export self-contained HTML to reports/. The notebooks read the tables `data` built.
report: data ## build the tables, run the notebooks on them, export offline HTML to reports/
	$(BIN)/python -m myanmar_analysis report --out reports
	@echo "Reports: $$(ls reports/*.html | tr '\n' ' ')"

# Re-execute the committed notebooks in place (after a change that alters their outputs).
notebooks: install ## re-execute the committed notebooks in place (after a change to their outputs)
	for nb in $(NOTEBOOKS); do $(BIN)/jupyter nbconvert --to notebook --execute --inplace \
	  --ExecutePreprocessor.record_timing=False $$nb || exit 1; done

test: lint ## lint, then the unit tests and nbval on the notebooks
	$(BIN)/python -m pytest -n 2 --dist loadfile $(NBVAL) tests notebooks

lint: install ## ruff (configured in pyproject.toml)
	$(BIN)/ruff check src tests benchmarks

# Speed and memory on generated corpora (1k and 10k articles; add 100000 with SIZES=...).
SIZES ?= 1000 10000
bench: install ## speed and memory on generated corpora (SIZES=1000 10000)
	$(BIN)/python -m pip install --quiet --constraint requirements.lock --editable '.[test,bench]'
	$(BIN)/python benchmarks/bench_extract.py --sizes $(SIZES) --dask

schemas: install ## regenerate docs/schemas.md from the schemas and word lists
	$(BIN)/python -m myanmar_analysis schemas > docs/schemas.md

clean: ## remove built tables and reports
	rm -rf data/processed/*.parquet data/processed/*.csv reports/
