# Every target sets itself up: a fresh clone needs only Python 3.11+ and make.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SEED   := seeds/000_8e9a003f33dbdbab.txt

.PHONY: demo test lint bench golden browser-deps clean native

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[batch,service,test,native]"
	touch $(STAMP)

# The modules that read an article, compiled with mypyc (about 15% faster; see checker/native.py).
# Rebuilt whenever one changes; without a C compiler the checker runs them as Python.
NATIVE_SOURCES := $(addprefix checker/,claims.py numbers.py attribution.py prefilter.py segment.py)
NATIVE := checker/native.json

$(NATIVE): $(STAMP) $(NATIVE_SOURCES)
	@echo "compiling the hot modules with mypyc (about 2 minutes) ..."
	@$(BIN)/python tools/build_native.py >build-native.log 2>&1 || \
	  echo "warning: mypyc build failed (see build-native.log); the checker runs as pure Python"

native: $(NATIVE)

demo: $(STAMP) $(NATIVE)
	$(BIN)/check $(SEED) --html seed-report.html --format text; status=$$?; \
	  echo "HTML report written to seed-report.html"; exit $$status

lint: $(STAMP)
	$(BIN)/ruff check checker tests bench tools
	$(BIN)/lint-imports

# Debian's Chromium for the browser tests (Playwright drives it; no browser download).
# Outside CI the browser tests skip without it; with CI=true they fail.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || ( \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || \
	  echo "warning: could not install chromium (needs root and Debian's archive)" )

test: $(STAMP) $(NATIVE) lint browser-deps
	$(BIN)/python -m pytest -q -n 2

golden: $(STAMP)
	$(BIN)/python -m tests.golden.regenerate
	$(BIN)/python -m tests.readme_help

bench: $(STAMP) $(NATIVE)
	$(BIN)/python -m bench.extract_bench
	$(BIN)/python -m bench.batch_bench
	$(BIN)/python -m bench.service_bench
	$(BIN)/python -m bench.cold_bench
	$(BIN)/python -m bench.long_bench

clean:
	rm -rf $(VENV) build *.egg-info seed-report.html .pytest_cache build-native.log
	-$(PYTHON) tools/build_native.py --clean 2>/dev/null
