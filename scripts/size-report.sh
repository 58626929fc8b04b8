#!/usr/bin/env bash
# Builds the publishable folder (trunk build --release) and prints the raw and gzip -9 size of
# every file in dist/, what the first view loads, and what loads only on demand. With
# --no-build, reports on dist/ as it is.
# Fails (exit 1) when a size budget is broken: what the first view loads over 250,000 B gzip, or
# the basemap over 150,000 B gzip. Sizes are steady, so unlike timings they can be asserted.
# On demand: the on-demand module (on_demand*), which the page loads only when a reader opens
# "Check the numbers", downloads the map or nears the profile or the map in words. The social card (og-image.png) is
# fetched by link previews, never by the page; the profile's image (assets/profile.svg) only by
# readers without JavaScript; a shipped story (stories/) only by readers who open it with ?story=. A language's files (assets/i18n/ko.txt,
# assets/story.ko.json) load only for its readers: each language's cost is printed apart.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
if [[ "${1:-}" != "--no-build" ]]; then
  trunk build --release --quiet
fi
cd dist
first_raw=0 first_gz=0 later_raw=0 later_gz=0 tiles=0 tiles_raw=0 tiles_gz=0 zones=0 zones_raw=0 zones_gz=0
declare -A lang_gz=()
printf '%-44s %10s %10s  %s\n' "file" "raw B" "gzip B" "loaded"
while IFS= read -r f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9c "$f" | wc -c)
  case "${f#./}" in
    on_demand*) when="on demand"; later_raw=$((later_raw + raw)); later_gz=$((later_gz + gz)) ;;
    og-image.png) when="link previews only (the page never loads it)" ;;
    assets/profile.svg) when="readers without JavaScript only" ;;
    stories/*) when="readers of that story (?story=) only" ;;
    assets/world/110m.bin) when="readers of a story the address names (?story=) only" ;;
    assets/eez/*)
      # 209 zones and their list: summed into one line below; a story loads those it shows.
      zones=$((zones + 1)) zones_raw=$((zones_raw + raw)) zones_gz=$((zones_gz + gz)); continue ;;
    assets/world/10m/*)
      # 162 tiles: summed into one line below; a story loads those around its places.
      tiles=$((tiles + 1)) tiles_raw=$((tiles_raw + raw)) tiles_gz=$((tiles_gz + gz)); continue ;;
    assets/i18n/*.txt | assets/story.*.json)
      # ko.txt and ko.more.txt (the on-demand module's words), story.ko.json: all "ko".
      lang=${f##*/}; lang=${lang#story.}; lang=${lang%%.*}
      when="readers in $lang only"; lang_gz[$lang]=$(( ${lang_gz[$lang]:-0} + gz )) ;;
    *) when="first view"; first_raw=$((first_raw + raw)); first_gz=$((first_gz + gz)) ;;
  esac
  printf '%-44s %10d %10d  %s\n' "${f#./}" "$raw" "$gz" "$when"
done < <(find . -type f | sort)
printf '%-44s %10d %10d  %s\n' "assets/world/10m/ ($tiles tiles)" "$tiles_raw" "$tiles_gz" \
  "readers of a story the address names (?story=) only: the tiles around its places"
printf '%-44s %10d %10d  %s\n' "assets/eez/ ($zones files)" "$zones_raw" "$zones_gz" \
  "readers of a story the address names (?story=), or built with zones of its own: each zone it shows"
printf '%-44s %10d %10d\n' "FIRST VIEW" "$first_raw" "$first_gz"
printf '%-44s %10d %10d\n' "ON DEMAND" "$later_raw" "$later_gz"
for lang in $(printf '%s\n' "${!lang_gz[@]}" | sort); do
  printf '%-44s %10s %10d  %s\n' "READERS IN ${lang^^} ADD" "" "${lang_gz[$lang]}" \
    "their words and the story in $lang: $((first_gz + lang_gz[$lang])) B in all"
done
# What the browser needs before it paints the first map: the page (the map is drawn in it ahead of
# time), its stylesheet and embed.js, the one script in the head that is not deferred.
before_gz=0
for f in index.html main-*.css embed-*.js; do
  before_gz=$((before_gz + $(gzip -9c "$f" | wc -c)))
done
printf '%-44s %10s %10d  %s\n' "BEFORE THE FIRST MAP" "" "$before_gz" "index.html, the stylesheet, embed.js"
basemap_gz=$(gzip -9c assets/basemap.bin | wc -c)
over=0
if (( first_gz > 250000 )); then
  echo "size budget broken: the first view loads $first_gz B gzip, over 250,000 B" >&2
  over=1
fi
if (( basemap_gz > 150000 )); then
  echo "size budget broken: assets/basemap.bin is $basemap_gz B gzip, over 150,000 B" >&2
  over=1
fi
(( over == 0 )) && echo "budgets: first view $first_gz B of 250,000 B gzip; basemap $basemap_gz B of 150,000 B"
exit "$over"
