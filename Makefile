# ecarts — the two set-up commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.ecarts-installed

.PHONY: setup demo test lint typecheck bench clean notebook

setup: $(STAMP)

# torch first, pinned: its CPU build is on local disk; left to sentence-transformers, pip would take a
# CUDA build of several GB.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/ecarts models build
	touch $(STAMP)

demo: setup
	$(BIN)/ecarts demo

# Lint, format check and type check first, then the tests.
test: setup lint typecheck
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The stages install as ecarts.nlp, ecarts.analysis… through the editable install's import hook, which mypy
# does not run: it reads them through build/typecheck/ecarts, links laid out as package-dir in pyproject.toml
# says (first on mypy_path there). bench/ scripts import their neighbours by plain name, hence bench/*.py.
# tests/ on its own: an Optional there is narrowed by the test's asserts (see [tool.mypy] in pyproject.toml).
TYPECHECK := build/typecheck

typecheck: setup
	rm -rf $(TYPECHECK) && mkdir -p $(TYPECHECK)/ecarts
	ln -s $(CURDIR)/ecarts/* $(TYPECHECK)/ecarts/
	sed -n 's/^"ecarts\.\([a-z_]*\)" = "\(.*\)"$$/\1 \2/p' pyproject.toml | \
	    while read name dir; do ln -s $(CURDIR)/$$dir $(TYPECHECK)/ecarts/$$name; done
	$(BIN)/mypy $(TYPECHECK)/ecarts bench/*.py
	$(BIN)/mypy --follow-imports=silent --disable-error-code=union-attr --disable-error-code=index \
	    --cache-dir=.mypy_cache/tests tests

# JupyterLab on notebooks/ (extra `notebook`: JupyterLab, papermill). The notebooks read ECARTS_DB, else the
# demo warehouse, built first when missing.
NB_STAMP := $(VENV)/.ecarts-notebook

$(NB_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[notebook]'
	touch $(NB_STAMP)

notebook: $(NB_STAMP)
	@[ -n "$$ECARTS_DB" ] || [ -f data/demo.duckdb ] || $(BIN)/ecarts demo
	$(BIN)/jupyter lab notebooks/

clean:
	rm -rf $(VENV) data/demo.duckdb out/ build/
