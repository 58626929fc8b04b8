#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already there, then puts the
# tools on PATH. Sourced by serve.sh, test.sh and size-report.sh; safe to run on its own.
#   - the wasm32-unknown-unknown target
#   - wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock
#   - Trunk 0.21.14 (0.22 needs a newer rustc than this toolchain's)
#   - npm packages: binaryen's wasm-opt (Debian's breaks the wasm), terser and csso, playwright-core
#   - Debian's chromium and chromium-driver, for the browser tests (with --browsers)
#   - Debian's fonts-dejavu-core, which the social card (og-image.png) is drawn with
#   - every crate, fetched, because Trunk builds offline
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
export PATH="$repo/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

TRUNK_VERSION=0.21.14
LEPTOSFMT_VERSION=0.1.33
want_browsers=0
[[ "${1:-}" == "--browsers" ]] && want_browsers=1

say() { printf 'setup: %s\n' "$*"; }

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen_version" ]]; then
  say "installing wasm-bindgen-cli $bindgen_version (about 3 minutes)"
  # Not --locked: one of its locked dependency versions is not on the registry.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

if [[ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]]; then
  say "installing Trunk $TRUNK_VERSION (about 5 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

if [[ "$(leptosfmt --version 2>/dev/null || true)" != "leptosfmt $LEPTOSFMT_VERSION" ]]; then
  say "installing leptosfmt $LEPTOSFMT_VERSION (about 2 minutes): it formats the view! macros"
  cargo install leptosfmt --version "$LEPTOSFMT_VERSION" --locked --force
fi

if [[ ! -x node_modules/.bin/wasm-opt || ! -d node_modules/playwright-core || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "installing npm packages (binaryen, terser, csso, playwright-core, pym.js)"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [[ ! -d tools/basemap/node_modules/world-atlas || tools/basemap/package-lock.json -nt tools/basemap/node_modules/.package-lock.json ]]; then
  say "installing the Natural Earth data the basemap generator reads (npm world-atlas), for its test"
  npm ci --prefix tools/basemap --no-audit --no-fund --loglevel=error
fi

if (( want_browsers )) && ! { command -v chromium >/dev/null && command -v chromedriver >/dev/null; }; then
  say "installing Debian's chromium and chromium-driver"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

if [[ ! -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]]; then
  say "installing Debian's fonts-dejavu-core: the release build draws the social card with it"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core >/dev/null
fi

cargo fetch --quiet
