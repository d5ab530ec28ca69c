"""Side-by-side measurements that print ratios against a baseline run beside them (not tests): run each from
the repository root as `python -m benchmarks.NAME`, or all with `make bench`."""
