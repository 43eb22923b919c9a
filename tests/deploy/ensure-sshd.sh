#!/usr/bin/env bash
# The rsync-over-SSH deploy test runs Debian's OpenSSH server on 127.0.0.1.
# Install it when missing and we may (without starting it as a service).
set -euo pipefail
if [ -x /usr/sbin/sshd ] && command -v ssh >/dev/null && command -v ssh-keygen >/dev/null; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's openssh-server for the rsync-over-SSH deploy test…"
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openssh-server openssh-client >/dev/null
  exit 0
fi
echo "The SSH deploy test needs Debian's openssh-server (sudo apt-get install openssh-server)." >&2
exit 1
