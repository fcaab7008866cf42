/**
 * Processes under test as the ledger and deploy crash tests need them: started with their
 * output collected, observed through /proc (their tree, the files they hold open), frozen and
 * killed with SIGKILL at a moment the test chose, then waited for until every descendant ended.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Proc {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stdout: () => string;
  stderr: () => string;
}

/** A node process, its output collected. */
export function start(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Proc {
  const child = spawn(process.execPath, [file, ...args], { cwd, env });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) =>
    child.on('close', (code, signal) => res({ code, signal })),
  );
  return { child, done, stdout: () => out, stderr: () => err };
}

/** Live (not zombie) processes: pid → parent pid, read from /proc. */
export function processes(): Map<number, number> {
  const live = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // `pid (comm) state ppid …`: comm may hold spaces, so split after the last `)`.
    const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (state !== 'Z' && state !== 'X') live.set(Number(name), Number(ppid));
  }
  return live;
}

/**
 * `pids` and their descendants that are still alive, adding children they started meanwhile.
 * msdeploy runs each git in a process group (and session) of its own, so a group does not
 * cover them: they are followed by parent pid, from before the kill on.
 */
export function liveTree(pids: Set<number>): Set<number> {
  const all = processes();
  const tree = new Set([...pids].filter((pid) => all.has(pid)));
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of all) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return tree;
}

/**
 * SIGKILL the process, or (`tree`) it and every process it started. Frozen first (SIGSTOP), so
 * that no git it is starting at that moment escapes the list of processes to wait for.
 * Returns that list. A process that has already ended is left alone.
 */
export function kill(p: Proc, tree: boolean): Set<number> {
  const root = p.child.pid!;
  if (p.child.exitCode !== null || p.child.signalCode !== null) return new Set();
  const stopped = new Set<number>();
  for (let more = [root]; more.length > 0;) {
    for (const pid of more) {
      process.kill(pid, 'SIGSTOP');
      stopped.add(pid);
    }
    more = tree ? [...liveTree(stopped)].filter((pid) => !stopped.has(pid)) : [];
  }
  const all = liveTree(stopped);
  for (const pid of tree ? all : [root]) process.kill(pid, 'SIGKILL');
  return all;
}

/** Wait until every process of the tree (see liveTree) has ended. */
export async function waitForTreeToEnd(pids: Set<number>): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (let tree = liveTree(pids); tree.size > 0; tree = liveTree(tree)) {
    if (Date.now() > deadline) throw new Error(`processes ${[...tree].join(' ')} still run`);
    await sleep(20);
  }
}

export async function waitFor(what: string, ok: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** The paths the processes in `pids` (and their descendants) hold open right now. */
export function openFiles(pids: Set<number>): string[] {
  const paths: string[] = [];
  for (const pid of liveTree(pids)) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // ended meanwhile
    }
    for (const fd of fds) {
      try {
        paths.push(readlinkSync(`/proc/${pid}/fd/${fd}`));
      } catch {
        // closed meanwhile
      }
    }
  }
  return paths;
}
