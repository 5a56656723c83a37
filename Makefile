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

# scan exits 1 when a message is not clean: that is the demo's point, not a failure.
demo: $(STAMP)
	@echo "== mailwarden scan --offline examples/ =="
	@$(BIN)/mailwarden scan --offline --policy examples/policy.toml examples/ || test $$? -eq 1
	@echo
	@echo "== why: mailwarden scan --offline --explain examples/authenticated-phish.eml =="
	@$(BIN)/mailwarden scan --offline --policy examples/policy.toml --explain \
	  examples/authenticated-phish.eml || test $$? -eq 1

test: lint
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/modern.py --jobs 2

eval: $(STAMP)
	mkdir -p reports
	$(BIN)/mailwarden eval --offline --jobs 2 --phish ../shared/corpora/phish/phishing_pot \
	  --ham ../shared/corpora/ham/* --report reports/eval.md --results reports/results.jsonl

clean:
	rm -rf $(VENV) reports .pytest_cache .mypy_cache .ruff_cache
