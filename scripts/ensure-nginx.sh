#!/usr/bin/env bash
# `npm run serve:nginx` and the nginx tests run Debian's nginx with the brotli
# module (deploy/nginx.conf uses brotli_static). Install both when missing and we may.
set -euo pipefail
NGINX="${NGINX_PATH:-/usr/sbin/nginx}"
MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if [ -x "$NGINX" ] && [ -f "$MODULE" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's nginx and libnginx-mod-http-brotli-static…"
  # Debian's package would start nginx as a service on port 80: we only want the program.
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx libnginx-mod-http-brotli-static >/dev/null
  exit 0
fi
echo "nginx is needed: install Debian's 'nginx' and 'libnginx-mod-http-brotli-static' (sudo apt-get install nginx libnginx-mod-http-brotli-static) or set NGINX_PATH." >&2
exit 1
