#!/usr/bin/env bash
# The E2E suite and the demo drive Debian's own Chromium and Firefox ESR: tools
# that download their own browser builds cannot reach their hosts here. A fresh
# machine (CI) gets them from Debian's packages.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "E2E needs ${missing[*]}: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
