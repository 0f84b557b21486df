#!/usr/bin/env bash
# The performance benchmark (README "Performance"): sets up what is missing,
# builds the release version, and measures it. Not part of CI, and not a
# pass/fail test: it prints a table and writes bench/results/latest.json.
# Options go to bench/run.mjs, e.g. `scripts/bench.sh --lang fa --runs 5`.
source "$(dirname "$0")/setup.sh"
setup_bench
cd "$ROOT"

say "Release build (dist/)"
trunk build --release

say "Benchmark (a few minutes)"
node bench/run.mjs "$@"
