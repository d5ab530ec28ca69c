# The two commands of README.md, and the benchmarks.
PYTHON ?= python3
# apt-get needs root; use sudo where we are not root already.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: install run test-deps test bench

install:
	$(PYTHON) -m pip install -r requirements.txt

run: install
	$(PYTHON) app.py

# Debian's Chromium for the browser tests (Playwright cannot download browsers offline).
test-deps:
	command -v chromium >/dev/null 2>&1 || ($(SUDO) apt-get update && $(SUDO) apt-get install -y chromium)
	$(PYTHON) -m pip install -r requirements-test.txt

test: test-deps
	$(PYTHON) -m pytest

bench: test-deps
	$(PYTHON) -m pip install -r requirements-bench.txt
	$(PYTHON) -m benchmarks.cold_start
	$(PYTHON) -m benchmarks.classify_latency
	$(PYTHON) -m benchmarks.train_speed
	$(PYTHON) -m benchmarks.knn_exact
	$(PYTHON) -m benchmarks.knn_approximate
	$(PYTHON) -m benchmarks.knn_accuracy
	$(PYTHON) -m benchmarks.calculator_latency
	$(PYTHON) -m benchmarks.layer_counts
	$(PYTHON) -m benchmarks.robustness_speed
	$(PYTHON) -m benchmarks.train_live
	$(PYTHON) -m benchmarks.stop_latency
	$(PYTHON) -m benchmarks.trace_latency
	$(PYTHON) -m benchmarks.photo_latency
	$(PYTHON) -m benchmarks.load
	$(PYTHON) -m benchmarks.maps
