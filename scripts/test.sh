#!/usr/bin/env bash
# The whole test suite: type-check, lint, dist and README freshness, then every jest test.
# Ends with one line `N passed, N failed` counted from jest's JSON report.
set -uo pipefail
cd "$(dirname "$0")/.."

# Debian packages the integration tests use for real: git repositories, a docker-registry
# (OCI store), htpasswd and openssl (registry Basic and Bearer auth), dpkg-deb (deb artifacts),
# sshd and the OpenSSH client (the ssh deploy driver runs against real servers on loopback);
# pigz is the pack benchmark's 2-core yardstick (bench/pack.bench.ts).
DEBS=(git docker-registry apache2-utils openssl dpkg openssh-server openssh-client pigz)
missing=()
# Installed means "install ok installed": a removed package whose config files remain also has a
# status, and `dpkg -s` succeeds for it.
for pkg in "${DEBS[@]}"; do
  [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" = "install ok installed" ] || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "missing Debian packages: ${missing[*]} (install them: sudo apt-get install ${missing[*]})" >&2
  fi
fi

status=0
step() {
  echo "── $1"
  shift
  "$@" || { echo "FAILED: $*" >&2; status=1; }
}
step "type-check" npx tsc --noEmit
step "lint" npx eslint . --max-warnings=0
step "format" npx prettier --check . --log-level warn
step "dist is fresh" bash scripts/check-dist.sh
step "README tables are fresh" npx tsx scripts/generate-docs.ts --check

report=$(mktemp)
echo "── jest"
NODE_OPTIONS=--experimental-vm-modules npx jest --json --outputFile="$report" "$@" || status=1
counts=$(node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests + r.numRuntimeErrorTestSuites} failed`);
' "$report" 2>/dev/null) || { counts="0 passed, 1 failed"; status=1; }
rm -f "$report"
[ "$status" = 0 ] || echo "some checks failed (see FAILED lines above)" >&2
echo "$counts"
exit "$status"
