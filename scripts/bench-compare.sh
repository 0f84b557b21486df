#!/usr/bin/env bash
# Compares the release build of the working tree with that of a git ref
# (default HEAD), tap by tap, in interleaved rounds on this machine
# (bench/compare.mjs; docs/performance.md). Not part of CI.
#
#   scripts/bench-compare.sh [REF] [--lang ar] [--rounds 3] [--reps 20]
#
# The ref is exported to target/bench-compare/<commit>/ and built there,
# with its own cargo target folder (a few minutes the first time).
source "$(dirname "$0")/setup.sh"
setup_bench
cd "$ROOT"

ref=HEAD
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then
  ref="$1"
  shift
fi
if ! rev="$(git rev-parse --verify --quiet --short "$ref^{commit}")"; then
  echo "bench-compare: '$ref' is not a commit in this repository" >&2
  exit 2
fi

work="$ROOT/target/bench-compare"
tree="$work/$rev"
if [ ! -f "$tree/dist/index.html" ]; then
  say "Building $ref ($rev) in target/bench-compare/$rev"
  rm -rf "$tree"
  mkdir -p "$tree"
  git archive "$rev" | tar -x -C "$tree"
  # The ref's build hooks need the npm tools; its lock file may differ, but
  # the hooks' tools change rarely.
  ln -s "$ROOT/node_modules" "$tree/node_modules"
  (cd "$tree" && CARGO_TARGET_DIR="$work/target" trunk build --release --dist "$tree/dist")
fi

say "Release build of the working tree (dist/)"
trunk build --release

say "Comparing, in interleaved rounds (a few minutes)"
node bench/compare.mjs "$@" "$rev=$tree/dist" "working-tree=$ROOT/dist"
