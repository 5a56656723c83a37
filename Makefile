# The README's two commands: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck bench eval clean model

# The learned text model is built from the developer corpora, not committed (README, "The
# text model"). It learns from half of each corpus folder (a hash of the path decides) and
# from the even red-team rounds of bench/modern listed here; the rest is held out.
CORPORA := ../shared/corpora
MODEL   := src/mailwarden/data/text_model.json
MODEL_TRAIN_ROUNDS := 2 4 6 8 10 12 14 16 18
MODEL_TEST_ROUNDS  := 1 3 5 7 9 11 13 15 17 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(MODEL): $(STAMP) Makefile tools/train_text_model.py src/mailwarden/textmodel.py
	@if [ -d $(CORPORA)/phish/phishing_pot ]; then \
	  $(BIN)/python tools/train_text_model.py --out $(MODEL) \
	    --phish $(CORPORA)/phish/phishing_pot $(addprefix --ham ,$(wildcard $(CORPORA)/ham/*)) \
	    $(foreach r,$(MODEL_TRAIN_ROUNDS),$(addprefix --train-ham ,$(wildcard bench/modern/round$(r)/ham)) \
	      $(addprefix --train-phish ,$(wildcard bench/modern/round$(r)/phish))) \
	    $(foreach r,$(MODEL_TEST_ROUNDS),$(addprefix --test-ham ,$(wildcard bench/modern/round$(r)/ham)) \
	      $(addprefix --test-phish ,$(wildcard bench/modern/round$(r)/phish))); \
	else echo "no $(CORPORA): the text model is not built and CONTENT_TEXT_MODEL stays off"; fi

model: $(MODEL)

# scan exits 1 when a message is not clean: that is the demo's point, not a failure.
demo: $(STAMP) $(MODEL)
	@echo "== mailwarden scan --offline examples/ =="
	@$(BIN)/mailwarden scan --offline --policy examples/policy.toml examples/ || test $$? -eq 1
	@echo
	@echo "== why: mailwarden scan --offline --explain examples/authenticated-phish.eml =="
	@$(BIN)/mailwarden scan --offline --policy examples/policy.toml --explain \
	  examples/authenticated-phish.eml || test $$? -eq 1

test: lint $(MODEL)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy

bench: $(STAMP) $(MODEL)
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/modern.py --jobs 2

eval: $(STAMP) $(MODEL)
	mkdir -p reports
	$(BIN)/mailwarden eval --offline --jobs 2 --phish ../shared/corpora/phish/phishing_pot \
	  --ham ../shared/corpora/ham/* --report reports/eval.md --results reports/results.jsonl

clean:
	rm -rf $(VENV) reports .pytest_cache .mypy_cache .ruff_cache
