# The README's two commands: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	@echo "== mailwarden scan examples/ (offline) =="
	-$(BIN)/mailwarden scan --offline examples/
	@echo
	@echo "== why: mailwarden scan --explain examples/authenticated-phish.eml =="
	-$(BIN)/mailwarden scan --offline --explain examples/authenticated-phish.eml

test: lint
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/throughput.py

eval: $(STAMP)
	mkdir -p reports
	$(BIN)/mailwarden eval --offline --jobs 2 --phish ../shared/corpora/phish/phishing_pot \
	  --ham ../shared/corpora/ham/* --report reports/eval.md --results reports/results.jsonl

clean:
	rm -rf $(VENV) reports .pytest_cache .mypy_cache .ruff_cache
