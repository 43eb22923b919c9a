#!/usr/bin/env bash
# The deploy tests run rsync, and Debian's OpenSSH server on 127.0.0.1 for the
# rsync-over-SSH test. Install them when missing and we may (no service started).
set -euo pipefail
if command -v rsync >/dev/null && [ -x /usr/sbin/sshd ] && command -v ssh >/dev/null && command -v ssh-keygen >/dev/null; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's rsync and openssh-server for the deploy tests…"
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends rsync openssh-server openssh-client >/dev/null
  exit 0
fi
if command -v rsync >/dev/null; then exit 0; fi  # without root the SSH test is skipped; rsync is enough
echo "The deploy tests need rsync (sudo apt-get install rsync; openssh-server too for the SSH test)." >&2
exit 1
