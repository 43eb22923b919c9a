#!/usr/bin/env bash
# `npm run serve:nginx` and the nginx tests run Debian's nginx with the brotli
# module (deploy/nginx.conf uses brotli_static). Install both when missing and we may
# (the program only: Debian's package would start nginx as a service on port 80).
set -euo pipefail
source "$(dirname "$0")/lib/shared/apt-install.sh"
NGINX="${NGINX_PATH:-/usr/sbin/nginx}"
MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if [ -x "$NGINX" ] && [ -f "$MODULE" ]; then exit 0; fi
if apt_install "the nginx set-up" nginx libnginx-mod-http-brotli-static; then exit 0; fi
echo "nginx is needed: install Debian's 'nginx' and 'libnginx-mod-http-brotli-static' (sudo apt-get install nginx libnginx-mod-http-brotli-static) or set NGINX_PATH." >&2
exit 1
