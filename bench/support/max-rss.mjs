// Runs a script in this process and reports its peak RSS (KiB) on stderr at exit, so a
// benchmark can measure a bundled action's memory exactly as the runner would start it.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

process.on('exit', () => {
  process.stderr.write(`\nMAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
await import(pathToFileURL(resolve(process.argv[2])).href);
