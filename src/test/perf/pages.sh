#!/usr/bin/env bash
# Kept for old instructions: the page benchmark is now bench.sh (it builds, loads data and measures every page).
exec bash "$(dirname "$0")/bench.sh" "$@"
