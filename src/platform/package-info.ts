/** msdeploy's own version, from the package.json beside the bundle (dist/<name>/ or src/). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let version: string | undefined;

export function msdeployVersion(): string {
  version ??= readVersion();
  return version;
}

function readVersion(): string {
  // dist/<name>/index.js and src/platform/*.ts both sit two levels below package.json.
  for (const rel of ['../../package.json', '../package.json']) {
    try {
      const pkg = JSON.parse(
        readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8'),
      ) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'msdeploy' && pkg.version) return pkg.version;
    } catch {
      // try the next location
    }
  }
  return 'unknown';
}
