/**
 * Real OpenSSH servers for tests: Debian's `openssh-server` sshd on a free loopback port, with
 * a fresh ed25519 host key and client key in a temp directory, accepting only that client key
 * for the current user. Several can run at once (each its own port, host key and directory).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './registry.js';

const SSHD_BIN = '/usr/sbin/sshd';
const KEYGEN_BIN = '/usr/bin/ssh-keygen';
// sshd running as root insists on its privilege-separation directory (compiled in, Debian's
// path); the service's tmpfiles.d entry normally creates it, which no init does in a container.
const PRIVSEP_DIR = '/run/sshd';

export interface TestSshd {
  host: string;
  port: number;
  /** The account the client key logs in as: whoever runs the tests (root in CI containers). */
  user: string;
  /** `[127.0.0.1]:<port> ssh-ed25519 AAAA…`: this server's entry for a known_hosts file. */
  knownHostsLine: string;
  /** `ssh-ed25519 AAAA…`: the host key alone, to pair with another server's name. */
  hostPublicKey: string;
  /** The private key (no passphrase) sshd accepts for `user`. */
  clientKeyPath: string;
  /** The listening sshd's process id (its sessions are its children: benchmarks read their CPU time). */
  pid: number;
  /** sshd's own log so far (-e: to stderr), for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

function requireBinary(path: string): void {
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: the ssh tests start real sshd servers. Install them with: sudo apt-get install openssh-server openssh-client`,
    );
  }
}

function keygen(file: string, comment: string): string {
  const r = spawnSync(KEYGEN_BIN, ['-q', '-t', 'ed25519', '-N', '', '-C', comment, '-f', file], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`ssh-keygen -f ${file} failed: ${r.stderr}`);
  // "ssh-ed25519 AAAA… comment": type and key are what known_hosts and authorized_keys need.
  return readFileSync(`${file}.pub`, 'utf8').split(' ').slice(0, 2).join(' ');
}

function sshdConfig(dir: string, port: number, user: string): string {
  return [
    'ListenAddress 127.0.0.1',
    `Port ${port}`,
    `HostKey ${join(dir, 'host_ed25519')}`,
    `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
    `PidFile ${join(dir, 'sshd.pid')}`,
    'PubkeyAuthentication yes',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'UsePAM no',
    // The temp directory is not owned and locked down the way StrictModes wants a home to be.
    'StrictModes no',
    `AllowUsers ${user}`,
    // Tests run as root in CI containers: root may log in, by key only (loopback, throwaway key).
    'PermitRootLogin prohibit-password',
    'PrintMotd no',
    'X11Forwarding no',
    '',
  ].join('\n');
}

/** Resolves once the server has sent its `SSH-2.0-…` banner: it accepts connections for real. */
async function bannerRead(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let seen = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('data', (d: Buffer) => {
      seen += d.toString('latin1');
      if (/^SSH-2\.0-.*\r?\n/m.test(seen)) done(true);
    });
    socket.on('end', () => done(false));
  });
}

async function waitReady(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`sshd exited (${child.exitCode ?? child.signalCode}) on start: ${log()}`);
    }
    if (await bannerRead(port)) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`sshd sent no banner on 127.0.0.1:${port} within 10 s: ${log()}`);
}

export async function startSshd(): Promise<TestSshd> {
  requireBinary(SSHD_BIN);
  requireBinary(KEYGEN_BIN);
  if (process.getuid?.() === 0) mkdirSync(PRIVSEP_DIR, { recursive: true, mode: 0o755 });
  const dir = mkdtempSync(join(tmpdir(), 'msdeploy-sshd-'));
  const hostPublicKey = keygen(join(dir, 'host_ed25519'), 'msdeploy-test-host');
  const clientKeyPath = join(dir, 'client_ed25519');
  writeFileSync(join(dir, 'authorized_keys'), keygen(clientKeyPath, 'msdeploy-test-client') + '\n');
  const user = userInfo().username;
  const port = await freePort();
  const configFile = join(dir, 'sshd_config');
  writeFileSync(configFile, sshdConfig(dir, port, user));

  // -D: stay in the foreground (our child, stopped by us); -e: log to stderr, not syslog.
  const child = spawn(SSHD_BIN, ['-D', '-e', '-f', configFile], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (d: Buffer) => {
    log = (log + d.toString()).slice(-8000);
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    // A session still serving a client's shared connection (ssh ControlPersist) outlives the
    // listener and holds its stderr: stop reading it, or this process waits for the session.
    child.stderr.destroy();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(port, child, () => log);
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    host: '127.0.0.1',
    port,
    user,
    knownHostsLine: `[127.0.0.1]:${port} ${hostPublicKey}`,
    hostPublicKey,
    clientKeyPath,
    pid: child.pid!,
    log: () => log,
    stop,
  };
}
