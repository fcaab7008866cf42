/** detect-changed-service as one use case: manifest + git + event → affected services, with reasons. */
import { constants } from 'node:fs';
import { mkdir, mkdtemp, open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MsdeployError } from '../core/errors.js';
import type { BasePolicy, EventContext } from '../core/changes/base.js';
import { detect, type DetectResult } from '../core/changes/detect.js';
import { localDefaultBase } from '../core/changes/local-base.js';
import type { Manifest } from '../core/manifest/types.js';
import type { Logger } from '../core/ports.js';
import { detectDetail } from '../core/report/detect-outputs.js';
import type { RunContext } from '../core/run-context.js';
import { CliGit } from '../platform/git.js';
import { createGitHubApi } from '../platform/github.js';
import { readManifestText, type ManifestLocation } from '../platform/manifest-file.js';
import { checkManifestPaths } from './manifest-paths.js';

/**
 * From this size on (2,000 services written as in bench/detect.bench.ts take 250 KB) the heap is
 * tuned for peak memory (platform/heap.ts) before the manifest is parsed. Below it the tuning
 * costs more time than it saves memory: a small young generation made start-up alone 10 ms
 * slower (bench/startup.bench.ts).
 */
const LARGE_MANIFEST = 256 * 1024;

export interface DetectSettings {
  manifest: ManifestLocation;
  base?: string;
  head?: string;
  basePolicy: BasePolicy;
  /** Skip detection: exactly these services. */
  services: readonly string[];
  maxFetchRounds: number;
  /**
   * Where to write the detail JSON (every file of every service). An explicit path may be
   * overwritten but a symlink there is never followed.
   */
  detailFile?: string;
  /** Without `detailFile`: write it to a fresh, private file in a new directory under this one. */
  detailDir?: string;
  token?: string;
}

export interface DetectOutcome {
  result: DetectResult;
  detail: ReturnType<typeof detectDetail>;
  /** Where the detail JSON was written, if it was. */
  detailPath?: string;
}

export async function detectAffected(
  settings: DetectSettings,
  run: RunContext,
  logger: Logger,
): Promise<DetectOutcome> {
  const manifestText = await readManifestText(settings.manifest);
  // node:v8 and node:vm are loaded only for a large manifest: 2 ms of start-up otherwise.
  const heap =
    manifestText.length >= LARGE_MANIFEST ? await import('../platform/heap.js') : undefined;
  heap?.limitYoungGeneration();
  // The parser (YAML and the manifest's rules, half of this bundle's code) is not part of the
  // start-up: it loads from here on, while git resolves the base, and parses once git's diff
  // is running (see DetectRequest.manifest).
  const parser = import('../platform/manifest-load.js');
  parser.catch(() => undefined); // awaited below
  let parsed: Promise<Manifest> | undefined;
  const manifest = (): Promise<Manifest> =>
    (parsed ??= parser.then(({ parseManifestText }) => {
      const m = parseManifestText(manifestText, settings.manifest);
      heap?.collectGarbage(); // the parse's garbage must not add to the change set's peak
      return m;
    }));
  const git = new CliGit(settings.manifest.root, { logger });

  let base = settings.base;
  let head = settings.head;
  let event: EventContext;
  let lostBase: string | undefined;
  if (run.onActions) {
    event = eventContext(run);
  } else {
    await manifest(); // its errors first, before any git work on a laptop
    // On a laptop there is no event: compare with where this branch left the default branch.
    head ??= 'HEAD';
    event = { eventName: 'local', sha: head, ref: '', payload: {} };
    if (!base && settings.services.length === 0) {
      const local = await localDefaultBase(git, head, {
        logger,
        maxFetchRounds: settings.maxFetchRounds,
      });
      if (local && 'warning' in local) {
        logger.warning(local.warning);
        lostBase = local.warning;
      } else if (local) {
        base = local.base;
        logger.info(`base: ${local.reason}`);
      }
    }
  }
  // The tree at head, for the manifest's path check, listed by a second git alongside the diff
  // and the parse (about a tenth of detect's time at 2,000 services, run after them before).
  let listed: Promise<string[]> | undefined;
  const listTree = (_base: string, head: string) => {
    listed = git.listFiles(head); // the head detect's result names
    listed.catch(() => undefined); // awaited below, or moot when detect fails
  };
  let result = await detect(
    {
      manifest,
      services: settings.services,
      onCompare: listTree,
      base: {
        event,
        base,
        head,
        policy: settings.basePolicy,
        maxFetchRounds: settings.maxFetchRounds,
      },
    },
    {
      git,
      github: createGitHubApi({
        token: settings.token,
        repository: run.repository ?? '',
        apiUrl: run.apiUrl,
        logger,
      }),
      logger,
    },
  );
  if (lostBase !== undefined && result.base === undefined && settings.services.length === 0) {
    result = { ...result, baseReason: lostBase, warning: lostBase }; // loud, never a silent "all"
  }
  await checkManifestPaths(await manifest(), settings.manifest, git, result.head, logger, {
    listed,
  });
  const detail = detectDetail(result);
  const text = JSON.stringify(detail);
  let detailPath: string | undefined;
  if (settings.detailFile) {
    detailPath = settings.detailFile;
    await writeNoFollow(detailPath, text);
  } else if (settings.detailDir) {
    // mkdtemp makes a 0700 directory of our own; 'wx' (O_EXCL) never reuses or follows a file.
    detailPath = join(await mkdtemp(join(settings.detailDir, 'msdeploy-detect-')), 'detail.json');
    const fh = await open(detailPath, 'wx', 0o600);
    try {
      await fh.writeFile(text);
    } finally {
      await fh.close();
    }
  }
  return { result, detail, ...(detailPath !== undefined && { detailPath }) };
}

/** Write `path` (created or truncated), refusing to follow a symlink planted there. */
async function writeNoFollow(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  let fh;
  try {
    fh = await open(
      path,
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW,
      0o600,
    );
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') {
      throw new MsdeployError(
        `The detail file ${path} is a symbolic link: refusing to write through it. Remove it or choose another path.`,
      );
    }
    throw e;
  }
  try {
    const info = await fh.stat();
    if (!info.isFile()) throw new MsdeployError(`The detail file ${path} is not a regular file.`);
    await fh.writeFile(text);
  } finally {
    await fh.close();
  }
}

/** The event as the base rules read it. */
function eventContext(run: RunContext): EventContext {
  return {
    eventName: run.eventName,
    sha: run.sha ?? 'HEAD',
    ref: run.ref ?? '',
    payload: run.payload,
    defaultBranch: run.defaultBranch,
    workflowId: run.workflowFile,
    runId: run.runId,
  };
}
