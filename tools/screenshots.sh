#!/usr/bin/env bash
# Retakes the web interface's screenshots in docs/screenshots with the browser tests (headless Debian chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/chromium ] || { echo "Install Debian's chromium first: apt-get install -y chromium" >&2; exit 1; }
SAFEGUARDING_SCREENSHOTS="$PWD/docs/screenshots" dotnet test tests/Safeguarding.Tests.Browser
ls docs/screenshots
