#!/usr/bin/env bash
# The performance benchmark (docs/performance.md): sets up what is missing,
# builds the release version, and measures it. Not part of CI, and not a
# pass/fail test: it prints a table and writes bench/results/latest.json.
# Options go to bench/run.mjs, e.g. `scripts/bench.sh --lang fa --runs 5`.
# With `--dist DIR` it measures that build instead and builds nothing.
source "$(dirname "$0")/setup.sh"
setup_bench
cd "$ROOT"

build=yes
for arg in "$@"; do
  [ "$arg" = "--dist" ] && build=no
done
if [ "$build" = yes ]; then
  say "Release build (dist/)"
  trunk build --release
fi

say "Benchmark (about 15 minutes on 2 cores; see docs/performance.md)"
node bench/run.mjs "$@"
