#!/usr/bin/env bash
# Makes sure the browser tests have Debian's Chromium and ChromeDriver (/usr/bin/chromium, /usr/bin/chromedriver).
# Run by the build before the tests. As root on Debian it installs them when missing, and says so, the way
# Playwright's "install --with-deps" does; anywhere else it stops the build at once with the one command to run.
set -euo pipefail

chromium=${MINSIDE_CHROMIUM:-/usr/bin/chromium}
driver=${MINSIDE_CHROMEDRIVER:-/usr/bin/chromedriver}
if [ -x "$chromium" ] && [ -x "$driver" ]; then
  exit 0
fi

command="apt-get install -y chromium chromium-driver"
if [ "$(id -u)" -eq 0 ] && [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then
  echo "[min-side] The browser tests need Chromium and ChromeDriver; installing them now: ${command}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
  if [ -x "$chromium" ] && [ -x "$driver" ]; then
    echo "[min-side] Installed $("$chromium" --version 2>/dev/null || echo chromium)."
    exit 0
  fi
  echo "[min-side] The install finished but $chromium or $driver is still missing." >&2
  exit 1
fi

echo "[min-side] The browser tests need Chromium and ChromeDriver ($chromium, $driver). Install them with:" >&2
echo "[min-side]   sudo ${command}" >&2
echo "[min-side] (or run the build as root on Debian, which installs them itself). The tests are never skipped." >&2
exit 1
