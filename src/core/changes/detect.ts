/** detect-changed-service, end to end over the ports: base → change set → affected services. */
import { serviceByName } from '../manifest/lookup.js';
import type { Manifest } from '../manifest/types.js';
import type { Git, GitHubApi, Logger } from '../ports.js';
import { allAffected, computeAffected, type AffectedResult } from './affected.js';
import { resolveBase, type BaseDecision, type BaseRequest } from './base.js';

export interface DetectRequest {
  /**
   * The manifest, or how to parse it: then it is called once git's diff has started, so a large
   * manifest is parsed (and its parser loaded) while git compares the trees (two processes, two
   * cores). Its errors still come first: a base that cannot be resolved is reported only for a
   * valid manifest.
   */
  manifest: Manifest | (() => Manifest | Promise<Manifest>);
  base: BaseRequest;
  /** An explicit list of services (e.g. a workflow_dispatch input): these, and only these. */
  services?: readonly string[];
  /**
   * Called as git's diff starts: the caller may start more git work at `head` to run alongside
   * the diff and the manifest's parse (app/detect.ts lists the tree for the path check).
   */
  onCompare?: (base: string, head: string) => void;
}

export interface DetectResult {
  base?: string;
  head: string;
  baseReason: string;
  warning?: string;
  affected: AffectedResult;
}

export async function detect(
  req: DetectRequest,
  ports: { git: Git; github?: GitHubApi; logger: Logger },
): Promise<DetectResult> {
  const given = req.manifest;
  const load = typeof given === 'function' ? given : () => Promise.resolve(given);
  if (req.services && req.services.length > 0) {
    const manifest = await load();
    for (const name of req.services) serviceByName(manifest, name); // a typo is an error, not "nothing"
    const head =
      (await ports.git.resolveCommit(req.base.head ?? req.base.event.sha)) ?? req.base.event.sha;
    const reason = `services input: ${req.services.join(', ')}`;
    return {
      head,
      baseReason: reason,
      affected: allAffected(
        manifest,
        'requested',
        'requested by the services input',
        new Set(req.services),
      ),
    };
  }

  let decision: BaseDecision;
  try {
    decision = await resolveBase(req.base, ports);
  } catch (e) {
    await load(); // an invalid manifest is the error to report first
    throw e;
  }
  if (decision.kind === 'all') {
    if (decision.warning) ports.logger.warning(decision.warning);
    return {
      head: decision.head,
      baseReason: decision.reason,
      warning: decision.warning,
      affected: allAffected(await load(), 'all', decision.reason),
    };
  }
  const diff = ports.git.diff(decision.base, decision.head); // git runs from here on
  req.onCompare?.(decision.base, decision.head);
  let manifest: Manifest;
  try {
    manifest = await load();
  } catch (e) {
    diff.catch(() => undefined); // the manifest's error wins; the diff's is moot
    throw e;
  }
  return {
    base: decision.base,
    head: decision.head,
    baseReason: decision.reason,
    affected: computeAffected(manifest, await diff),
  };
}
