# Sourced by the ensure-*.sh scripts (scripts/, tests/deploy/): install
# Debian packages when we are root and have apt-get, without starting any
# service a package brings (nginx, sshd: policy-rc.d says no while it runs).
# Fails when we may not install, or the install fails.
apt_install() {
  local why="$1"
  shift
  if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then return 1; fi
  echo "Installing Debian's $* for $why…"
  local policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod +x "$policy"
  fi
  local status=0
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null; } || status=$?
  if [ -n "$policy" ]; then rm -f "$policy"; fi
  return "$status"
}
