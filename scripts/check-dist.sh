#!/usr/bin/env bash
# Fails when the committed dist/ differs from a fresh bundle of the sources.
set -euo pipefail
cd "$(dirname "$0")/.."
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
node scripts/bundle.mjs --out "$fresh" >/dev/null
if ! diff -r -q dist "$fresh" >/dev/null 2>&1; then
  echo "dist/ is stale: run \`npm run bundle\` and commit dist/." >&2
  diff -r -q dist "$fresh" >&2 || true
  exit 1
fi
echo "dist/ matches the sources"
