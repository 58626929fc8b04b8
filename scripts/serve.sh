#!/usr/bin/env bash
# Installs what is missing, builds the explainer and serves it at http://127.0.0.1:8080.
# Extra arguments go to `trunk serve` (for example --release).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
echo "serving http://127.0.0.1:8080 (Ctrl-C stops)"
exec trunk serve "$@"
