/**
 * Running a script on a remote host over the system OpenSSH client (so users' keys, agents,
 * ~/.ssh/config and ProxyJump keep working), spawned with an argv array through runProcess.
 *
 * The remote side always runs the same fixed command, `sh -s -- <args>`: the script travels on
 * stdin and every value is a positional argument quoted by shellQuote. ssh joins its command
 * words into one string for the remote login shell, so that quoting is what keeps a value a
 * value; nothing is ever spliced into the script. The login shell must be a POSIX sh (dash,
 * bash, ash, zsh), as it is for service accounts.
 *
 * Host keys are checked strictly against the entries the caller gives, and only those.
 *
 * A caller that runs several steps on one host passes a `controlPath`: the first run leaves a
 * master connection listening there, which later runs share (a session on it costs a few ms of
 * CPU instead of a key exchange, a login and a fresh sshd on the host: ~0.3 s of CPU on both
 * sides together). The master is ours alone: made by a run with the same strict host-key options,
 * its socket in a private directory the caller created; never one from the user's ~/.ssh/config.
 */
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { shellCommand } from '../core/deploy/shell-quote.js';
import { MsdeployError } from '../core/errors.js';
import { runProcess } from './process.js';

export interface RemoteRun {
  host: string;
  port: number;
  user: string;
  /** known_hosts lines for this host (e.g. `[host]:2222 ssh-ed25519 AAAA…`); nothing else is trusted. */
  knownHosts: readonly string[];
  /** A private key file (0600) to use alone, instead of the agent's and ~/.ssh's keys. */
  identityFile?: string;
  /** The script for the remote `sh -s`, sent whole as one compound command (see runRemote). */
  script: string;
  /** The script's positional parameters ("$@"), each arriving exactly as given. */
  args: readonly string[];
  /**
   * Bytes for the script to read on its stdin, concatenated in order (files are streamed). With
   * a payload the script travels in the command line instead (`sh -c <script> sh <args>`):
   * a shell reading its script from a pipe reads ahead (dash in 8 KiB blocks) and would swallow
   * the start of the payload. The script is still one fixed, quoted word.
   */
  payload?: readonly (Buffer | { file: string })[];
  /** Kill ssh (and so the session) after this long. */
  timeoutMs: number;
  /** Seconds to wait for the TCP connection (default 15). */
  connectTimeoutSeconds?: number;
  /** Where the private known_hosts file is written (default: the OS temp directory). */
  tempDir?: string;
  /** Each chunk of the remote stderr, as it arrives. */
  onOutput?: (chunk: string) => void;
  /**
   * Share one connection between runs: a socket path (see usableControlPath) in a directory only
   * the caller can enter. The master outlives the run by up to MASTER_IDLE_SECONDS; end it with
   * closeMaster.
   */
  controlPath?: string;
}

export interface RemoteResult {
  /** The remote script's exit status. */
  exitCode: number;
  stdout: Buffer;
  /** The last lines of stderr, the remote script's and ssh's. */
  tail: string[];
}

/** The host's key was not among the known-hosts entries given, or did not match them. */
export class SshHostKeyError extends MsdeployError {}

/** ssh could not connect or log in, or the session ran out of time. */
export class SshConnectionError extends MsdeployError {}

/**
 * How long an idle master connection stays up. Long enough to carry a deploy from step to step
 * on a host; short, because a caller that never calls closeMaster leaves it running that long.
 */
export const MASTER_IDLE_SECONDS = 15;

/**
 * Whether ssh can use `path` as a ControlPath: a Unix socket path (108 bytes with ssh's 17-byte
 * temporary suffix) with no characters ssh would expand (%, ~) or split (blanks, quotes).
 */
export function usableControlPath(path: string): boolean {
  return path.length <= 90 && /^\/[A-Za-z0-9_./-]+$/.test(path);
}

/** ssh's own exit status for its errors (a remote script may also exit 255: see classify). */
const SSH_FAILED = 255;

const NAME = /^[^\s@/'"\\-][^\s@/'"\\]*$/;

function validate(run: RemoteRun): void {
  const problems: string[] = [];
  if (!NAME.test(run.host)) problems.push(`host ${JSON.stringify(run.host)} is not a host name`);
  if (!NAME.test(run.user)) problems.push(`user ${JSON.stringify(run.user)} is not a user name`);
  if (!Number.isInteger(run.port) || run.port < 1 || run.port > 65535) {
    problems.push(`port ${run.port} is not a TCP port (1–65535)`);
  }
  if (run.knownHosts.some((l) => /[\r\n]/.test(l))) {
    problems.push('each known-hosts entry must be one line');
  }
  if (problems.length) {
    throw new MsdeployError(`Cannot run ssh: ${problems.join('; ')}.`);
  }
}

/** `host port N` as people read it, and `[host]:N` as known_hosts spells it. */
function where(run: RemoteRun): string {
  const key = run.port === 22 ? run.host : `[${run.host}]:${run.port}`;
  return `${run.user}@${run.host} port ${run.port} (known_hosts name ${key})`;
}

/** ssh's argv for one run: options, `--`, the destination and the fixed remote command. */
export function sshArgs(run: RemoteRun, knownHostsFile: string): string[] {
  if (run.controlPath !== undefined && !usableControlPath(run.controlPath)) {
    throw new MsdeployError(
      `Cannot share an ssh connection through ${run.controlPath}: not a plain short absolute path.`,
    );
  }
  const options = [
    'BatchMode=yes', // never prompt for a password or passphrase: fail instead
    'StrictHostKeyChecking=yes',
    `UserKnownHostsFile=${knownHostsFile}`,
    // Only the entries given count, not whatever the machine's global file trusts.
    'GlobalKnownHostsFile=/dev/null',
    'UpdateHostKeys=no',
    // A shared master connection from ~/.ssh/config would skip the host key check: connect anew,
    // or through our own master (made by a run with these very options).
    ...(run.controlPath === undefined
      ? ['ControlMaster=no', 'ControlPath=none']
      : [
          'ControlMaster=auto',
          `ControlPath=${run.controlPath}`,
          `ControlPersist=${MASTER_IDLE_SECONDS}`,
        ]),
    // Artifacts are compressed already; a user's `Compression yes` would only burn CPU.
    'Compression=no',
    `ConnectTimeout=${run.connectTimeoutSeconds ?? 15}`,
    // A dead peer is noticed in ~45 s instead of when the overall timeout ends.
    'ServerAliveInterval=15',
    'ServerAliveCountMax=3',
    'LogLevel=ERROR',
    ...(run.identityFile === undefined ? [] : ['IdentitiesOnly=yes']),
  ];
  return [
    '-T', // no terminal: the script's stdin and output stay plain byte streams
    ...options.flatMap((o) => ['-o', o]),
    '-p',
    String(run.port),
    ...(run.identityFile === undefined ? [] : ['-i', run.identityFile]),
    // `--`: nothing after it is an option, whatever the destination looks like.
    '--',
    `${run.user}@${run.host}`,
    run.payload === undefined
      ? shellCommand(['sh', '-s', '--', ...run.args])
      : shellCommand(['sh', '-c', run.script, 'sh', ...run.args]),
  ];
}

/** Throws for ssh's own failures (exit 255 with ssh's words); the remote script's are results. */
function classify(run: RemoteRun, exitCode: number, timedOut: boolean, tail: string[]): void {
  const detail = tail.slice(-10);
  if (timedOut) {
    throw new SshConnectionError(
      `ssh to ${where(run)} did not finish within ${Math.round(run.timeoutMs / 1000)} s: ssh was killed (the remote command may still be running).`,
      { detail },
    );
  }
  if (exitCode !== SSH_FAILED) return;
  const text = tail.join('\n');
  if (/REMOTE HOST IDENTIFICATION HAS CHANGED/.test(text)) {
    throw new SshHostKeyError(
      `The host key of ${where(run)} does not match its known-hosts entry: refusing to connect. ` +
        'Either someone is intercepting the connection or the host was re-keyed; check the key out of band and update the known-hosts entry.',
      { detail },
    );
  }
  if (/host key is known for|Host key verification failed/.test(text)) {
    throw new SshHostKeyError(
      `No known-hosts entry matches ${where(run)}: refusing to connect (StrictHostKeyChecking=yes). ` +
        "Add the host's key line, checked out of band (e.g. ssh-keyscan from a trusted network), to the known hosts.",
      { detail },
    );
  }
  const sshSaid = text.match(
    /^(ssh: .*|.*Permission denied \(.*|kex_exchange_identification: .*|Connection (closed|reset) by .*)$/m,
  );
  if (sshSaid) {
    throw new SshConnectionError(`ssh to ${where(run)} failed: ${sshSaid[0].trim()}`, { detail });
  }
}

/** The payload's parts, one after the other, as one stream (files read as it is consumed). */
function payloadStream(parts: readonly (Buffer | { file: string })[]): Readable {
  return Readable.from(
    (async function* () {
      for (const part of parts) {
        if (Buffer.isBuffer(part)) yield part;
        else yield* createReadStream(part.file) as AsyncIterable<Buffer>;
      }
    })(),
  );
}

/**
 * Runs `run.script` with `run.args` on the remote host and returns its exit status and output.
 * Throws SshHostKeyError or SshConnectionError when ssh itself fails; a script that fails is a
 * result (its exit code), not an exception.
 */
export async function runRemote(run: RemoteRun): Promise<RemoteResult> {
  validate(run);
  const dir = await mkdtemp(join(run.tempDir ?? tmpdir(), 'msdeploy-ssh-')); // 0700
  try {
    const knownHostsFile = join(dir, 'known_hosts');
    const lines = run.knownHosts.map((l) => l.trim()).filter((l) => l !== '');
    await writeFile(knownHostsFile, lines.map((l) => l + '\n').join(''), { mode: 0o600 });
    const r = await runProcess('ssh', sshArgs(run, knownHostsFile), {
      cwd: dir,
      installHint: 'openssh-client',
      timeoutMs: run.timeoutMs,
      collectStdout: true,
      onOutput: run.onOutput,
      // One compound command: the shell reads all of it before running any of it, so a dropped
      // connection never runs half a script, and a command reading stdin cannot eat the rest.
      input: run.payload === undefined ? `{\n${run.script}\n}\n` : payloadStream(run.payload),
    });
    classify(run, r.exitCode, r.timedOut, r.tail);
    return { exitCode: r.exitCode, stdout: r.stdout, tail: r.tail };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Ends the master connection a run with `controlPath` left; a no-op when there is none (it idled
 * out, or its directory is gone). ssh asks the master over its socket; the host only sees the
 * disconnect.
 */
export async function closeMaster(
  run: Pick<RemoteRun, 'host' | 'port' | 'user'> & { controlPath: string },
): Promise<void> {
  if (!usableControlPath(run.controlPath) || !existsSync(run.controlPath)) return;
  await runProcess(
    'ssh',
    [
      '-o',
      `ControlPath=${run.controlPath}`,
      '-O',
      'exit',
      '-p',
      String(run.port),
      '--',
      `${run.user}@${run.host}`,
    ],
    { cwd: tmpdir(), installHint: 'openssh-client', timeoutMs: 10_000 },
  );
}
