#!/usr/bin/env bash
# Builds the payments service into dist/, laid out as it is installed on the target (the deb
# puts dist/ at /opt/payments): the module and a launcher in bin/.
set -euo pipefail
rm -rf dist
mkdir -p dist/bin

cp src/index.ts dist/index.mjs # plain JavaScript apart from its extension
cat >dist/bin/payments <<'LAUNCHER'
#!/bin/sh
# Prints the payments health status.
exec node --input-type=module -e 'const { pay } = await import("/opt/payments/index.mjs"); console.log(pay());'
LAUNCHER
chmod 755 dist/bin/payments
printf '%s\n' "${MSDEPLOY_VERSION:-dev}" >dist/VERSION
