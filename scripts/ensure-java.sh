#!/usr/bin/env bash
# The Nu Html Checker (npm vnu-jar) runs on Java. Use the machine's java,
# or install Debian's headless JRE when it is missing and we may. (The
# vnu-jar package would otherwise fetch a JRE from GitHub: its install
# script is denied in package.json's allowScripts, and nothing here calls it.)
set -euo pipefail
source "$(dirname "$0")/lib/shared/apt-install.sh"
if command -v java >/dev/null 2>&1; then exit 0; fi
if apt_install "the HTML validator" default-jre-headless; then exit 0; fi
echo "Java is needed for the HTML validator test: install Debian's 'default-jre-headless' package (sudo apt-get install default-jre-headless)." >&2
exit 1
