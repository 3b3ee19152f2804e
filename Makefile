# khabar: two commands for a newcomer.
#   make run   executes every notebook headless on the embedded corpus (figures/, data/processed/, build/html/)
#   make test  lint, format check and the test suite (which also checks notebooks carry no outputs and executes every notebook)
# Other targets: make lab (JupyterLab in the project environment), make bench, make clean.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.khabar-installed
# Point the main job at your own corpus: make run CORPUS=/path/to/folder-or-file
#   FIELDS='{"body": "content", "outlet": "source"}'  GROUP_BY=outlet
#   TARGET=... REFERENCE=... (a story id or JSON)
#   WORKERS=N or SCHEDULER=tcp://host:8786 (the corpus tables, computed once a run, on Dask)
#   TIMEOUT=seconds per cell  JOBS=notebooks at once
CORPUS ?=
FIELDS ?=
GROUP_BY ?=
TARGET ?=
REFERENCE ?=
WORKERS ?=
SCHEDULER ?=
TIMEOUT ?=
JOBS ?=

.PHONY: setup run test lint lab bench clean

setup: $(STAMP)

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt -e .
	$(PY) -m ipykernel install --sys-prefix --name khabar --display-name "Python (khabar)"
	touch $@

# only the options given, so that make echoes one clean command line
RUN_ARGS = $(strip $(if $(CORPUS),--corpus "$(CORPUS)") \
	$(if $(FIELDS),--fields '$(FIELDS)') $(if $(GROUP_BY),--group-by '$(GROUP_BY)') \
	$(if $(TARGET),--target '$(TARGET)') $(if $(REFERENCE),--reference '$(REFERENCE)') \
	$(if $(WORKERS),--workers '$(WORKERS)') $(if $(SCHEDULER),--scheduler '$(SCHEDULER)') \
	$(if $(TIMEOUT),--timeout '$(TIMEOUT)') $(if $(JOBS),--jobs '$(JOBS)'))

run: setup
	$(PY) -m helpers run$(if $(RUN_ARGS), $(RUN_ARGS))

lint: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

test: lint
	$(PY) -m pytest

lab: setup
	$(VENV)/bin/jupyter lab notebooks/

bench: setup
	for f in benchmarks/bench_*.py; do $(PY) $$f || exit 1; done

clean:  # also the cached corpus tables (build/cache)
	rm -rf build .pytest_cache .ruff_cache
