#!/usr/bin/env bash
# Builds the catalog service: tests it (JUnit report in reports/) and writes the runnable
# service to dist/. A stand-in for `npm ci && npm test && npm run build`, so the example needs
# nothing but bash and node.
set -euo pipefail
rm -rf dist reports
mkdir -p dist reports

# The source is plain JavaScript apart from its extension: "compiling" is a copy.
cp src/index.ts dist/index.mjs
printf '{"service":"%s","version":"%s","commit":"%s"}\n' \
  "${MSDEPLOY_SERVICE:-catalog}" "${MSDEPLOY_VERSION:-dev}" "${MSDEPLOY_COMMIT:-unknown}" >dist/build.json

node --input-type=module -e '
import { writeFileSync } from "node:fs";
const { catalog } = await import("./dist/index.mjs");
const ok = Array.isArray(catalog) && catalog.length > 0;
const failure = ok ? "" : "<failure message=\"catalog is empty\"/>";
writeFileSync("reports/junit.xml",
  `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="catalog" tests="1" failures="${ok ? 0 : 1}">\n` +
  `  <testcase classname="catalog" name="lists at least one product">${failure}</testcase>\n</testsuite>\n`);
if (!ok) process.exit(1);
'
