#!/usr/bin/env bash
# Sets up what is missing and runs every check: formatting, clippy for the
# wasm target, native tests, a release build, and the browser tests.
source "$(dirname "$0")/setup.sh"
setup_test
cd "$ROOT"

say "cargo fmt --check"
cargo fmt --all -- --check

say "cargo clippy (wasm32, warnings are errors)"
cargo clippy --target wasm32-unknown-unknown -- -D warnings

say "cargo clippy (native tests, warnings are errors)"
cargo clippy --all-targets -- -D warnings

say "Native tests"
cargo test

say "Release build (dist/)"
trunk build --release

say "Browser tests (headless Chromium)"
npm run --silent test:e2e
