#!/usr/bin/env bash
# Builds the publishable folder (trunk build --release) and prints the raw and gzip -9 size of
# every file in dist/, and the totals. With --no-build, reports on dist/ as it is.
# Fails (exit 1) when a size budget is broken: the whole of dist/ over 250,000 B gzip, or the
# basemap over 150,000 B gzip. Sizes are steady, so unlike timings they can be asserted.
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
basemap_gz=$(gzip -9c assets/basemap.bin | wc -c)
over=0
if (( total_gz > 250000 )); then
  echo "size budget broken: dist/ is $total_gz B gzip, over 250,000 B" >&2
  over=1
fi
if (( basemap_gz > 150000 )); then
  echo "size budget broken: assets/basemap.bin is $basemap_gz B gzip, over 150,000 B" >&2
  over=1
fi
(( over == 0 )) && echo "budgets: dist/ $total_gz B of 250,000 B gzip; basemap $basemap_gz B of 150,000 B"
exit "$over"
