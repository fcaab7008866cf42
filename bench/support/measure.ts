/**
 * What every ratio bench needs: medians of repeated runs, a child process timed from spawn to
 * exit (async, so an in-process server can answer it), a target judged as PASS/FAIL, and an
 * aligned table. A bench exits non-zero when any of its targets failed.
 */
import { spawn } from 'node:child_process';

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of no samples');
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A positive number given as `--name N` on the command line, else `fallback`. */
export function numberFlag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i === -1) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isFinite(n) || n <= 0) {
    throw new Error(`${name} needs a positive number, got ${process.argv[i + 1] ?? 'nothing'}.`);
  }
  return n;
}

export interface Timed {
  ms: number;
  stdout: string;
}

/** Runs argv to completion; rejects with its stderr tail when it fails. */
export function timedRun(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<Timed> {
  const [cmd, ...args] = argv;
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const p = spawn(cmd!, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    p.on('error', reject);
    p.on('close', (code) => {
      const ms = performance.now() - t0;
      if (code === 0) resolve({ ms, stdout });
      else reject(new Error(`${argv.join(' ')} exited with ${code}: ${stderr.trim()}`));
    });
  });
}

/** Collects targets; `exit()` sets the exit code when any failed. */
export class Targets {
  private failed = 0;

  /** Prints `name: measured (target) PASS|FAIL` and records the outcome. */
  check(name: string, ok: boolean, measured: string, target: string): void {
    if (!ok) this.failed++;
    console.log(`${name}: ${measured} (target ${target}) ${ok ? 'PASS' : 'FAIL'}`);
  }

  exit(): void {
    if (this.failed > 0) {
      console.log(`${this.failed} target(s) failed`);
      process.exitCode = 1;
    }
  }
}

export function printTable(rows: readonly (readonly string[])[]): void {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length)));
  for (const r of rows) {
    console.log(
      r
        .map((cell, col) => cell.padEnd(widths[col]!))
        .join('  ')
        .trimEnd(),
    );
  }
}

export const MIB = 1024 * 1024;
