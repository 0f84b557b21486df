#!/usr/bin/env bash
# Sets up what is missing and serves the app at http://127.0.0.1:8080,
# rebuilding on every change. Extra arguments go to `trunk serve`
# (for example --release).
source "$(dirname "$0")/setup.sh"
setup_build
cd "$ROOT"
say "Serving at http://127.0.0.1:8080"
exec trunk serve "$@"
