/**
 * CPU time, user and system, of processes and of the children they have reaped, from
 * /proc/<pid>/stat (Linux). A benchmark whose "remote hosts" run on this machine reads it for
 * this process and each server it started: on a shared, loaded machine, seconds of CPU are a
 * steadier measure of the work done than wall time, and they say what a number of cores can do.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND =
  Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** utime + stime + cutime + cstime of one process, in seconds. */
function cpuOf(pid: number | 'self'): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces): state is field 3, utime field 14.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0) / TICKS_PER_SECOND;
}

/** CPU seconds used so far by this process (and its reaped children) and by each of `pids`. */
export function cpuSeconds(pids: readonly number[]): { self: number; others: number } {
  return { self: cpuOf('self'), others: pids.reduce((sum, pid) => sum + cpuOf(pid), 0) };
}

/**
 * Resolves once none of `pids` has a child process left (a server's sessions have ended and
 * been reaped, so their CPU time is in the server's), or after `timeoutMs`.
 */
export async function childrenGone(pids: readonly number[], timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const busy = () =>
    pids.some((pid) =>
      readdirSync(`/proc/${pid}/task`).some(
        (tid) => readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim() !== '',
      ),
    );
  while (busy() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}
