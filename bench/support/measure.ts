/**
 * What every bench measures with: fresh processes timed from spawn to exit (node start
 * included), interleaved runs so machine load hits each side alike, medians, and targets that
 * are ratios against a yardstick from the same run, each printed PASS or FAIL.
 */
import { spawn } from 'node:child_process';

/** `--name value` from the command line. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('median of no samples');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The median of per-round ratios `a[i] / b[i]`: each round's two samples ran back to back, so
 * the load they met is alike, and a round that was slow for both cancels out. Steadier than the
 * ratio of the two medians when the machine's load drifts during a run.
 */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error('paired samples differ in count');
  return median(a.map((x, i) => x / b[i]!));
}

export interface Timed {
  ms: number;
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * One process, timed from spawn to exit. Async, so a caller's in-process server keeps answering;
 * output is collected in full (bench children print little, or we want all of it).
 */
export function timedProcess(
  command: string,
  argv: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Timed> {
  const start = process.hrtime.bigint();
  const child = spawn(command, argv, { cwd: options.cwd, env: options.env });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d));
  child.stderr.on('data', (d: Buffer) => err.push(d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        ms: Number(process.hrtime.bigint() - start) / 1e6,
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
      }),
    );
  });
}

/**
 * Runs every case `runs` times, round-robin, starting each round one case later, so no side
 * always runs right after the same neighbour. Returns each case's samples and its last result.
 */
export async function interleaved<T extends Record<string, () => Promise<{ ms: number }>>>(
  runs: number,
  cases: T,
): Promise<{ [K in keyof T]: { samples: number[]; last: Awaited<ReturnType<T[K]>> } }> {
  const names = Object.keys(cases);
  const acc: Record<string, { samples: number[]; last?: { ms: number } }> = {};
  for (const n of names) acc[n] = { samples: [] };
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length]!;
      const r = await cases[name]!();
      acc[name]!.samples.push(r.ms);
      acc[name]!.last = r;
    }
  }
  return acc as { [K in keyof T]: { samples: number[]; last: Awaited<ReturnType<T[K]>> } };
}

/** PASS/FAIL per target; the process exits non-zero when any failed. */
export class Verdicts {
  private failed: string[] = [];

  /** `ratio ≤ max`: PASS or FAIL, remembered for {@link finish}. */
  atMost(what: string, ratio: number, max: number): string {
    const ok = Number.isFinite(ratio) && ratio <= max;
    if (!ok) this.failed.push(`${what}: ${ratio.toFixed(3)} > ${max}`);
    return ok ? 'PASS' : 'FAIL';
  }

  /** A check that is not a ratio (outputs agree, a digest matches): FAIL with `why`. */
  require(what: string, ok: boolean, why = ''): string {
    if (!ok) this.failed.push(`${what}${why ? `: ${why}` : ''}`);
    return ok ? 'PASS' : 'FAIL';
  }

  /** Prints what failed and sets the exit code. */
  finish(): void {
    if (this.failed.length === 0) {
      console.log('\nevery target: PASS');
      return;
    }
    console.log(`\nFAIL (${this.failed.length}):`);
    for (const f of this.failed) console.log(`  - ${f}`);
    process.exitCode = 1;
  }
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

/** `argv` timed from spawn to exit; rejects with its stderr's tail when it fails. */
export async function timedRun(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<Pick<Timed, 'ms' | 'stdout'>> {
  const [command, ...args] = argv;
  const r = await timedProcess(command!, args, { env });
  if (r.code !== 0) {
    throw new Error(`${argv.join(' ')} exited with ${r.code}: ${r.stderr.trim().slice(-4000)}`);
  }
  return { ms: r.ms, stdout: r.stdout };
}

/** Verdicts printed as they are reached: `name: measured (target …) PASS|FAIL`. */
export class Targets {
  private readonly verdicts = new Verdicts();

  check(name: string, ok: boolean, measured: string, target: string): void {
    const verdict = this.verdicts.require(name, ok, `${measured}, target ${target}`);
    console.log(`${name}: ${measured} (target ${target}) ${verdict}`);
  }

  exit(): void {
    this.verdicts.finish();
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
