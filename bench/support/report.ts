/** What every benchmark prints the same way: medians, aligned tables, a logger that keeps quiet. */
import { Writable } from 'node:stream';
import type { Logger } from '../../src/core/ports.js';
import { consoleLogger } from '../../src/platform/console-logger.js';

export const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Milliseconds since `start` (a process.hrtime.bigint()). */
export const msSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** Rows of cells, each column padded to its widest cell. */
export function printTable(rows: readonly (readonly string[])[]): void {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => r[col]!.length)));
  for (const r of rows) console.log(r.map((cell, col) => cell.padEnd(widths[col]!)).join('  '));
}

/** The use cases log as they go; a benchmark's table is its output. */
export const quietLogger: Logger = consoleLogger({
  stream: new Writable({
    write: (_c, _e, cb) => {
      cb();
    },
  }),
});
