/**
 * The `local` driver's target: releases on this machine's filesystem, under the environment's
 * base, through the release layout (platform/release-layout.ts). Scripts run with bash in the
 * live release, with the build's allow-listed environment plus MSDEPLOY_* values.
 */
import { join } from 'node:path';
import type { DeployTarget, ReleaseFiles, ScriptResult } from '../core/ports.js';
import { buildEnvironment } from '../core/artifact/build-env.js';
import {
  CURRENT_LINK,
  currentRelease,
  prepareRelease,
  prune,
  switchCurrent,
} from './release-layout.js';
import { runProcess } from './process.js';
import { parentEnvironment } from './runner/context.js';

/** The name of the resolved config file inside a release. */
export const CONFIG_FILE = 'config.json';

export class LocalTarget implements DeployTarget {
  readonly name = 'local';

  constructor(private readonly base: string) {}

  async prepare(files: ReleaseFiles): Promise<{ created: boolean }> {
    if (files.kind !== 'archive') {
      throw new Error(
        `${files.service} is a ${files.kind} artifact: the local driver unpacks archives; install a deb with the command driver.`,
      );
    }
    const r = await prepareRelease({
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

  activate(dir: string, release: string): Promise<string | undefined> {
    return switchCurrent(join(this.base, dir), release);
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
