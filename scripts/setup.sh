# Installs what building and testing need, only what is missing. Sourced by
# scripts/serve.sh and scripts/test.sh; safe to run again (fast when done).
#
#   setup_build  Rust wasm target, Trunk, the matching wasm-bindgen CLI, npm tools
#   setup_test   setup_build + Debian's chromium and chromium-driver
#   setup_bench  setup_test + the benchmark's Lighthouse (bench/node_modules)

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# The wasm-bindgen CLI must match the library version in Cargo.lock exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

setup_build() {
  command -v cargo >/dev/null || { echo "Rust (cargo) is needed: https://rustup.rs" >&2; exit 1; }
  command -v npm >/dev/null || { echo "Node.js with npm is needed" >&2; exit 1; }

  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "Adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi

  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "Installing Trunk $TRUNK_VERSION (a few minutes, once)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi

  local wbg
  wbg="$(wasm_bindgen_version)"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
    say "Installing wasm-bindgen-cli $wbg (a few minutes, once)"
    # Not --locked: the CLI's own lock file names a crate version the
    # registry here does not serve.
    cargo install wasm-bindgen-cli --version "$wbg" --force
  fi

  # npm tools (wasm-opt from binaryen, playwright-core, axe-core), pinned in
  # package-lock.json; reinstalled only when the lock file changes.
  local stamp="$ROOT/node_modules/.lock-stamp"
  if [ ! -f "$stamp" ] || ! cmp -s "$ROOT/package-lock.json" "$stamp"; then
    say "Installing npm tools"
    (cd "$ROOT" && npm ci --no-audit --no-fund)
    cp "$ROOT/package-lock.json" "$stamp"
  fi
}

setup_test() {
  setup_build
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "Installing Debian's chromium and chromium-driver"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
  fi
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
}

# The benchmark's own tools (Lighthouse), kept apart in bench/ so that CI
# and the app's build never install them.
setup_bench() {
  setup_test
  local stamp="$ROOT/bench/node_modules/.lock-stamp"
  if [ ! -f "$stamp" ] || ! cmp -s "$ROOT/bench/package-lock.json" "$stamp"; then
    say "Installing the benchmark's npm tools (Lighthouse)"
    (cd "$ROOT/bench" && npm ci --no-audit --no-fund)
    cp "$ROOT/bench/package-lock.json" "$stamp"
  fi
}
