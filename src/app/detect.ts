/** detect-changed-service as one use case: manifest + git + event → affected services, with reasons. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { BasePolicy, EventContext } from '../core/changes/base.js';
import { detect, type DetectResult } from '../core/changes/detect.js';
import { localDefaultBase } from '../core/changes/local-base.js';
import type { Logger } from '../core/ports.js';
import { detectDetail } from '../core/report/detect-outputs.js';
import type { RunContext } from '../core/run-context.js';
import { CliGit } from '../platform/git.js';
import { createGitHubApi } from '../platform/github.js';
import { collectGarbage } from '../platform/heap.js';
import { readManifest, type ManifestLocation } from '../platform/manifest-file.js';
import { checkManifestPaths } from './manifest-paths.js';

export interface DetectSettings {
  manifest: ManifestLocation;
  base?: string;
  head?: string;
  basePolicy: BasePolicy;
  /** Skip detection: exactly these services. */
  services: readonly string[];
  maxFetchRounds: number;
  /** Where to write the detail JSON (every file of every service), if anywhere. */
  detailFile?: string;
  token?: string;
}

export interface DetectOutcome {
  result: DetectResult;
  detail: ReturnType<typeof detectDetail>;
}

export async function detectAffected(
  settings: DetectSettings,
  run: RunContext,
  logger: Logger,
): Promise<DetectOutcome> {
  const manifest = await readManifest(settings.manifest);
  collectGarbage(); // the parse's garbage must not add to the change set's peak
  const git = new CliGit(settings.manifest.root, { logger });

  let base = settings.base;
  let head = settings.head;
  let event: EventContext;
  if (run.onActions) {
    event = eventContext(run);
  } else {
    // On a laptop there is no event: compare with where this branch left the default branch.
    head ??= 'HEAD';
    event = { eventName: 'local', sha: head, ref: '', payload: {} };
    if (!base && settings.services.length === 0) {
      const local = await localDefaultBase(git, head);
      if (local) {
        base = local.base;
        logger.info(`base: ${local.reason}`);
      }
    }
  }
  const result = await detect(
    {
      manifest,
      services: settings.services,
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
  await checkManifestPaths(manifest, settings.manifest, git, result.head, logger);
  const detail = detectDetail(result);
  if (settings.detailFile) {
    await mkdir(dirname(settings.detailFile), { recursive: true });
    await writeFile(settings.detailFile, JSON.stringify(detail));
  }
  return { result, detail };
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
