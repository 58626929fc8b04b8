#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer, through libfuzzer-sys) of the story check and the basemap
# reader, on the stable toolchain: the fuzz crate in fuzz/ is built with the instrumentation
# flags cargo-fuzz passes (sancov, 8-bit counters, compare tracing) and run with libFuzzer's own
# options. Seeds come from tests/broken/, the shipped stories and the committed basemap.
#   bash scripts/fuzz.sh                  # each target for 60 s
#   bash scripts/fuzz.sh --seconds 30     # the test command's smoke run
#   bash scripts/fuzz.sh --runs 10000000  # each target for ten million executions
# Any crash, timeout (over 1 s) or allocation over 256 MB stops the run and fails the script; its
# input lands in fuzz/artifacts/<target>/, to be kept as a regression test in tests/broken/ or
# src/basemap_file.rs.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
limit=(-max_total_time=60)
case "${1:-}" in
  --seconds) limit=(-max_total_time="$2") ;;
  --runs) limit=(-runs="$2") ;;
  "") ;;
  *) echo "usage: bash scripts/fuzz.sh [--seconds N | --runs N]" >&2; exit 2 ;;
esac

export RUSTFLAGS="--cfg fuzzing -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares -Cdebug-assertions -Coverflow-checks"
cargo build --manifest-path fuzz/Cargo.toml --release --quiet --target-dir target/fuzz \
  --target "$(rustc -vV | sed -n 's/^host: //p')"
bin_dir="target/fuzz/$(rustc -vV | sed -n 's/^host: //p')/release"

run() {
  local target=$1; shift
  local corpus="target/fuzz/corpus/$target"
  # Old findings were kept as tests or mended; only what this run finds fails it.
  rm -rf "fuzz/artifacts/$target"
  mkdir -p "$corpus" "fuzz/artifacts/$target"
  cp "$@" "$corpus/" 2>/dev/null || true
  printf '\n=== fuzz %s\n' "$target"
  local start=$SECONDS status=0 log="target/fuzz/$target.log"
  "$bin_dir/$target" "$corpus" -timeout=1 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="fuzz/artifacts/$target/" "${limit[@]}" >"$log" 2>&1 || status=$?
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE)|==[0-9]+==|ERROR|panicked|SUMMARY' "$log" || true
  printf 'fuzz %s: %d s, exit %d\n' "$target" $((SECONDS - start)) "$status"
  if (( status != 0 )) || ls "fuzz/artifacts/$target"/* >/dev/null 2>&1; then
    echo "fuzz $target found failing inputs: fuzz/artifacts/$target/" >&2
    return 1
  fi
}

run check_story tests/broken/*.json stories/*.json
run basemap_reader assets/basemap.bin
