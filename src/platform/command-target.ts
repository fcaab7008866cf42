/**
 * The `command` driver's target: the escape hatch to Kubernetes, a PaaS or a cloud CLI. It owns
 * no filesystem: a release is the verified artifact and the resolved config as files in this
 * run's temp directory, and going live is the environment's `run` script, given their paths and
 * the release's values as variables (never spliced into the script). The platform keeps its own
 * history, so the release to go back to is prepared again (fetched, verified) before a rollback.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildEnvironment } from '../core/artifact/build-env.js';
import type { DeployTarget, Logger, ReleaseFiles, ScriptResult } from '../core/ports.js';
import { runProcess } from './process.js';
import { parentEnvironment } from './runner/context.js';

/** How long the `run` script may take: a rollout (kubectl rollout status…) can be slow. */
export const RUN_TIMEOUT_MS = 30 * 60 * 1000;

export interface CommandTargetOptions {
  /** The environment's `run` script. */
  run: string;
  /** Where scripts run: the repository root, so `./deploy/k8s.sh` means the repository's. */
  root: string;
  /** This run's temp directory (removed afterwards): releases are prepared under it. */
  work: string;
  /** Names of variables forwarded from our environment (the environment's `env`). */
  forward: readonly string[];
  /**
   * Where the scripts' output goes (it is the user's deploy log): untrusted text, fenced in
   * Actions so nothing in it is taken as a workflow command.
   */
  log?: Pick<Logger, 'info' | 'untrusted'>;
}

interface PreparedRelease {
  artifact: string;
  config: string;
  kind: ReleaseFiles['kind'];
}

export class CommandTarget implements DeployTarget {
  readonly name = 'command';
  readonly keepsReleases = false;
  private readonly releases = new Map<string, PreparedRelease>();
  private live: PreparedRelease | undefined;

  constructor(private readonly o: CommandTargetOptions) {}

  async prepare(files: ReleaseFiles): Promise<{ created: boolean }> {
    // `files.release` is a checked release name: one path component.
    const dir = join(this.o.work, 'releases', files.release);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const config = join(dir, 'config.json');
    await writeFile(config, files.config, { mode: 0o600 });
    const artifact = join(dir, files.kind === 'deb' ? 'artifact.deb' : 'artifact.tar.gz');
    await copyFile(files.artifactFile, artifact);
    this.releases.set(files.release, { artifact, config, kind: files.kind });
    return { created: true };
  }

  /** Only the platform knows; the ledger says what went live. */
  current(): Promise<string | undefined> {
    return Promise.resolve(undefined);
  }

  async activate(
    _dir: string,
    release: string,
    env: Readonly<Record<string, string>> = {},
  ): Promise<string | undefined> {
    const prepared = this.releases.get(release);
    if (!prepared) {
      throw new Error(
        `Release ${release} is not on this runner: it could not be fetched again from its store.`,
      );
    }
    const r = await this.exec(this.o.run, { ...env, ...this.files(prepared) }, RUN_TIMEOUT_MS);
    if (r.exitCode !== 0) {
      throw new Error(`the run script exited ${r.exitCode}: ${r.tail.at(-1) ?? ''}`);
    }
    this.live = prepared;
    return undefined;
  }

  run(
    script: string,
    _dir: string,
    env: Readonly<Record<string, string>>,
    timeoutMs: number,
  ): Promise<ScriptResult> {
    return this.exec(script, { ...env, ...(this.live && this.files(this.live)) }, timeoutMs);
  }

  /** Nothing stays on the runner: the platform keeps (and prunes) its own releases. */
  prune(): Promise<string[]> {
    return Promise.resolve([]);
  }

  private files(p: PreparedRelease): Record<string, string> {
    return {
      MSDEPLOY_ARTIFACT: p.artifact,
      MSDEPLOY_ARTIFACT_KIND: p.kind,
      MSDEPLOY_CONFIG: p.config,
    };
  }

  private async exec(
    script: string,
    env: Readonly<Record<string, string>>,
    timeoutMs: number,
  ): Promise<ScriptResult> {
    // The manifest's script (trusted text) may run code from the artifact: it gets the build's
    // allow-list plus the names the environment forwards, never our inputs, tokens or files.
    const run = (onOutput?: (chunk: string) => void) =>
      runProcess('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
        cwd: this.o.root,
        env: buildEnvironment(parentEnvironment(), this.o.forward, env),
        installHint: 'bash',
        timeoutMs,
        reapGroup: true,
        ...(onOutput && { onOutput }),
      });
    const log = this.o.log;
    const r = log?.untrusted
      ? await log.untrusted((write) => run(write))
      : await run(log && ((chunk) => log.info(chunk.replace(/\n$/, ''))));
    return { exitCode: r.exitCode, tail: r.tail };
  }
}
