#!/usr/bin/env bash
# Installs what is missing, builds the explainer and serves it at http://127.0.0.1:8080.
#   bash scripts/serve.sh                      # the default story
#   bash scripts/serve.sh --story my.json      # your story, rebuilt whenever the file changes
# Other arguments go to `trunk serve` (for example --release).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
args=()
while (($#)); do
  if [[ "$1" == "--story" && $# -ge 2 ]]; then
    story=$(realpath "$2")
    [[ -f "$story" ]] || { echo "serve.sh: $2: no such story file" >&2; exit 2; }
    # The post-build hook draws the page from it; trunk watches its folder as well as the project.
    export LAUNCHMAP_STORY="$story"
    args+=(--watch . --watch "$(dirname "$story")")
    shift 2
  else
    args+=("$1")
    shift
  fi
done
echo "serving http://127.0.0.1:8080${LAUNCHMAP_STORY:+ with $LAUNCHMAP_STORY} (Ctrl-C stops)"
exec trunk serve "${args[@]}"
