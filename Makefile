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
	$(PYTHON) benchmarks/cold_start.py
	$(PYTHON) benchmarks/classify_latency.py
	$(PYTHON) benchmarks/train_speed.py
	$(PYTHON) benchmarks/knn_exact.py
	$(PYTHON) benchmarks/knn_approximate.py
	$(PYTHON) benchmarks/knn_accuracy.py
	$(PYTHON) benchmarks/calculator_latency.py
	$(PYTHON) benchmarks/layer_counts.py
	$(PYTHON) benchmarks/robustness_speed.py
	$(PYTHON) benchmarks/train_live.py
	$(PYTHON) benchmarks/stop_latency.py
	$(PYTHON) benchmarks/trace_latency.py
	$(PYTHON) benchmarks/photo_latency.py
	$(PYTHON) benchmarks/load.py
