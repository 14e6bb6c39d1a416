# ecarts — the two set-up commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.ecarts-installed

.PHONY: setup demo test bench clean notebook

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

test: setup
	$(BIN)/python -m pytest

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
	rm -rf $(VENV) data/demo.duckdb out/
