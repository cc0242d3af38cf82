#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is absent (no browser download: the
# tests drive the system package through playwright-core). Uses sudo when not root.
set -euo pipefail
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  exit 0
fi
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
echo "Installing Debian's chromium package for the browser tests…"
as_root apt-get update -qq
DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
echo "Installed: $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
