#!/usr/bin/env bash
# Installs what is missing, then runs every test: formatting and lints (native and wasm32), the
# native tests, a smoke fuzz, the browser tests in headless Chromium, and the end-to-end tests
# against the release build served from a sub-path. Stops at the first failure.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" --browsers
start=$SECONDS
step() { printf '\n=== %s (%ds)\n' "$*" $((SECONDS - start)); }

step "format: rustfmt, and leptosfmt for the view! macros"
cargo fmt --all -- --check
leptosfmt --quiet --check src tests

step "clippy, native"
cargo clippy --workspace --all-targets --quiet -- -D warnings
step "clippy, wasm32"
cargo clippy --all-targets --target wasm32-unknown-unknown --quiet -- -D warnings

step "native tests: model, checks, geodesy, projection, the check command"
cargo test --workspace --quiet

step "smoke fuzz: the story check and the basemap reader, 15 s each (scripts/fuzz.sh)"
bash scripts/fuzz.sh --seconds 15

step "browser tests: components in headless Chromium"
cargo test --target wasm32-unknown-unknown --test browser

step "release build and size report (fails over the size budgets)"
bash scripts/size-report.sh

step "benchmarks: figures to read, not pass or fail"
node tests/e2e/bench.mjs

step "end-to-end tests: dist/ from a sub-path in headless Chromium, and an editor's walk from a new story to a built folder"
# One file at a time: the walk builds with cargo, and the machine has two cores.
node --test --test-concurrency=1 tests/e2e/

step "all tests passed"
