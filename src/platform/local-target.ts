/**
 * The `local` driver's target: releases on this machine's filesystem, under the environment's
 * base, through the release layout (platform/release-layout.ts). Scripts run with bash in the
 * live release, with the build's allow-listed environment plus MSDEPLOY_* values.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { DeployTarget, ReleaseFiles, ScriptResult } from '../core/ports.js';
import { buildEnvironment } from '../core/artifact/build-env.js';
import { installDeb } from './dpkg.js';
import {
  CURRENT_LINK,
  currentRelease,
  DEB_FILE,
  RELEASES_DIR,
  prepareRelease,
  prune,
  switchCurrent,
} from './release-layout.js';
import { runProcess } from './process.js';
import { parentEnvironment } from './runner/context.js';

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** The name of the resolved config file inside a release. */
export const CONFIG_FILE = 'config.json';

export class LocalTarget implements DeployTarget {
  readonly name = 'local';
  readonly keepsReleases = true;

  /** `dpkgRoot`: where a `deb` release is installed when it goes live (the environment's `dpkg-root`). */
  constructor(
    private readonly base: string,
    private readonly dpkgRoot?: string,
  ) {}

  async prepare(files: ReleaseFiles): Promise<{ created: boolean }> {
    if (files.kind === 'deb' && this.dpkgRoot === undefined) {
      throw new Error(
        `${files.service} is a deb artifact: give the environment a \`dpkg-root\` to install it into, or deploy it with the command driver (dpkg -i "$MSDEPLOY_ARTIFACT").`,
      );
    }
    const r = await prepareRelease({
      kind: files.kind,
      base: this.base,
      service: files.dir,
      version: files.version,
      artifactDigest: files.artifactDigest,
      configDigest: files.configDigest,
      archive: files.artifactFile,
      configFile: CONFIG_FILE,
      config: files.config,
    });
    return { created: r.created };
  }

  current(dir: string): Promise<string | undefined> {
    return currentRelease(join(this.base, dir));
  }

  async activate(dir: string, release: string): Promise<string | undefined> {
    const previous = await switchCurrent(join(this.base, dir), release);
    const deb = join(this.base, dir, RELEASES_DIR, release, DEB_FILE);
    if (this.dpkgRoot !== undefined && (await exists(deb))) await installDeb(this.dpkgRoot, deb);
    return previous;
  }

  async run(
    script: string,
    dir: string,
    env: Readonly<Record<string, string>>,
    timeoutMs: number,
  ): Promise<ScriptResult> {
    // The manifest's script (trusted text) runs code from the artifact (untrusted): it gets the
    // build's allow-list, never our inputs, tokens, secrets or the runner's file commands.
    const r = await runProcess('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd: join(this.base, dir, CURRENT_LINK),
      env: buildEnvironment(parentEnvironment(), [], env),
      installHint: 'bash',
      timeoutMs,
      reapGroup: true,
    });
    return { exitCode: r.exitCode, tail: r.tail };
  }

  prune(dir: string, keep: number, protect: readonly string[]): Promise<string[]> {
    return prune(join(this.base, dir), keep, [...protect]);
  }
}
