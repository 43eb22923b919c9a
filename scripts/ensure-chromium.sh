#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (Playwright's own browser download
# cannot reach its host here), with a Chinese font (Debian's Noto CJK): the
# type test measures Chinese quotation marks, which need one to be full-width.
# Install them when they are missing and we may.
set -euo pipefail
source "$(dirname "$0")/lib/shared/apt-install.sh"
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if ! apt_install "the browser tests" chromium; then
    echo "Chromium is needed for the browser tests: install Debian's 'chromium' package (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
    exit 1
  fi
fi
if command -v fc-list > /dev/null && [ -z "$(fc-list :lang=zh family)" ]; then
  if ! apt_install "the browser tests (Chinese type)" fonts-noto-cjk; then
    echo "A Chinese font is needed for the browser tests: install Debian's 'fonts-noto-cjk' package (sudo apt-get install fonts-noto-cjk)." >&2
    exit 1
  fi
fi
