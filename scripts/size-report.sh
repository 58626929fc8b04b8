#!/usr/bin/env bash
# Builds the publishable folder (trunk build --release) and prints the raw and gzip -9 size of
# every file in dist/, and the totals. With --no-build, reports on dist/ as it is.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
if [[ "${1:-}" != "--no-build" ]]; then
  trunk build --release --quiet
fi
cd dist
total_raw=0
total_gz=0
printf '%-44s %10s %10s\n' "file" "raw B" "gzip B"
while IFS= read -r f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-44s %10d %10d\n' "${f#./}" "$raw" "$gz"
done < <(find . -type f | sort)
printf '%-44s %10d %10d\n' "TOTAL" "$total_raw" "$total_gz"
