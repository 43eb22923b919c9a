#!/usr/bin/env bash
# The deploy tests run rsync, and Debian's OpenSSH server on 127.0.0.1 for the
# rsync-over-SSH test. Install them when missing and we may (no service started).
set -euo pipefail
source "$(dirname "$0")/../../scripts/lib/shared/apt-install.sh"
if command -v rsync >/dev/null && [ -x /usr/sbin/sshd ] && command -v ssh >/dev/null && command -v ssh-keygen >/dev/null; then exit 0; fi
if apt_install "the deploy tests" rsync openssh-server openssh-client; then exit 0; fi
if command -v rsync >/dev/null; then exit 0; fi  # without root the SSH test is skipped; rsync is enough
echo "The deploy tests need rsync (sudo apt-get install rsync; openssh-server too for the SSH test)." >&2
exit 1
