# Every target sets itself up: a fresh clone needs only Python 3.11+ and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SEED   := seeds/000_8e9a003f33dbdbab.txt

.PHONY: demo test lint bench golden browser-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[batch,service,test]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/check $(SEED) --html seed-report.html --format text; status=$$?; \
	  echo "HTML report written to seed-report.html"; exit $$status

lint: $(STAMP)
	$(BIN)/ruff check checker tests bench
	$(BIN)/lint-imports

# Debian's Chromium for the browser tests (Playwright drives it; no browser download).
# Outside CI the browser tests skip without it; with CI=true they fail.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || ( \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	  echo "warning: could not install chromium (needs root and Debian's archive)" )

test: $(STAMP) lint browser-deps
	$(BIN)/python -m pytest -q -n 2

golden: $(STAMP)
	$(BIN)/python -m tests.golden.regenerate
	$(BIN)/python -m tests.readme_help

bench: $(STAMP)
	$(BIN)/python -m bench.extract_bench
	$(BIN)/python -m bench.batch_bench
	$(BIN)/python -m bench.service_bench
	$(BIN)/python -m bench.cold_bench

clean:
	rm -rf $(VENV) build *.egg-info seed-report.html .pytest_cache
