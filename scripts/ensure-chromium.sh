#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (Playwright's own browser download
# cannot reach its host here). Install it when it is missing and we may.
set -euo pipefail
source "$(dirname "$0")/lib/shared/apt-install.sh"
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if apt_install "the browser tests" chromium; then exit 0; fi
echo "Chromium is needed for the browser tests: install Debian's 'chromium' package (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
