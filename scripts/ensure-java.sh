#!/usr/bin/env bash
# The Nu Html Checker (npm vnu-jar) runs on Java. Use the machine's java,
# or install Debian's headless JRE when it is missing and we may. (The
# vnu-jar package would otherwise fetch a JRE from GitHub: its install
# script is denied in package.json's allowScripts, and nothing here calls it.)
set -euo pipefail
if command -v java >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's default-jre-headless for the HTML validator…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
  exit 0
fi
echo "Java is needed for the HTML validator test: install Debian's 'default-jre-headless' package (sudo apt-get install default-jre-headless)." >&2
exit 1
