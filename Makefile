# myanmar-analysis: two commands for a newcomer (see README.md)
#   make report   set up .venv, build data/processed/, run the notebooks, export HTML to reports/
#   make test     set up .venv and run the test suite (unit tests and nbval)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED := $(abspath ..)/shared
# Verified copies of the boundary files; without it they are downloaded once into the cache.
export MYANMAR_DATA_MIRROR ?= $(SHARED)/geo

.PHONY: install data report test notebooks clean schemas

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + "); run: make PYTHON=python3.11 ...")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --constraint requirements.lock --editable '.[test]'
	@touch $(STAMP)

install: $(STAMP)

data: install
	$(BIN)/python -m myanmar_analysis build

report: data
	@echo "Tables are in data/processed/. The notebooks are not written yet: this built the processed tables only."

test: install
	$(BIN)/python -m pytest

schemas: install
	$(BIN)/python -m myanmar_analysis schemas > docs/schemas.md

clean:
	rm -rf data/processed/*.parquet data/processed/*.csv reports/
