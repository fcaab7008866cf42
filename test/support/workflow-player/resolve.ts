/**
 * Where a `uses:` points. `./path` is the workspace (the checkout), as on the runner;
 * `owner/name/path@ref` is a stand-in for a known third-party action, or a repository the play
 * was given (`repositories`), e.g. msdeploy itself for `<owner>/msdeploy/actions/<name>@<ref>`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PlayerError } from './errors.js';
import { STAND_INS } from './stand-ins.js';
import type { PlayOptions } from './types.js';

export type UsesTarget =
  { kind: 'stand-in'; name: string } | { kind: 'action'; dir: string; file: string; label: string };

/** `owner/name[/path]@ref` split, or undefined for anything else. */
export function parseRemote(uses: string): { repo: string; path: string; ref: string } | undefined {
  const m = /^([^/@]+)\/([^/@]+)((?:\/[^@]*)?)@(.+)$/.exec(uses);
  if (!m) return undefined;
  return { repo: `${m[1]}/${m[2]}`, path: (m[3] ?? '').replace(/^\//, ''), ref: m[4]! };
}

/** The local directory of a remote repository the play knows, or a clear error. */
export function repositoryDir(repo: string, options: PlayOptions, uses: string): string {
  const known = options.repositories ?? {};
  const name = repo.split('/')[1]!;
  const dir = known[repo] ?? known[`*/${name}`];
  if (!dir) {
    throw new PlayerError(
      `${uses}: the player has no copy of ${repo} and no stand-in for it ` +
        `(stand-ins: ${Object.keys(STAND_INS).join(', ')}; known repositories: ${Object.keys(known).join(', ') || 'none'})`,
    );
  }
  return dir;
}

function actionFile(dir: string, uses: string, hint: string): string {
  for (const f of ['action.yml', 'action.yaml']) if (existsSync(join(dir, f))) return join(dir, f);
  throw new PlayerError(`${uses}: no action.yml in ${dir}${hint}`);
}

export function resolveUses(uses: string, workspace: string, options: PlayOptions): UsesTarget {
  if (uses.startsWith('docker://'))
    throw new PlayerError(`${uses}: docker actions are not supported by the workflow player`);
  if (uses.startsWith('./')) {
    const dir = join(workspace, uses);
    return {
      kind: 'action',
      dir,
      file: actionFile(
        dir,
        uses,
        ' (a ./ action is read from the workspace: check the repository out first)',
      ),
      label: uses,
    };
  }
  const remote = parseRemote(uses);
  if (!remote)
    throw new PlayerError(
      `${uses}: not an action reference the runner accepts (./path or owner/name[/path]@ref)`,
    );
  const standIn = remote.repo.toLowerCase();
  if (remote.path === '' && STAND_INS[standIn]) return { kind: 'stand-in', name: standIn };
  const dir = join(repositoryDir(remote.repo, options, uses), remote.path);
  return { kind: 'action', dir, file: actionFile(dir, uses, ''), label: uses };
}
