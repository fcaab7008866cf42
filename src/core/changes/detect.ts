/** detect-changed-service, end to end over the ports: base → change set → affected services. */
import { serviceByName } from '../manifest/lookup.js';
import type { Manifest } from '../manifest/types.js';
import type { Git, GitHubApi, Logger } from '../ports.js';
import { allAffected, computeAffected, type AffectedResult } from './affected.js';
import { resolveBase, type BaseRequest } from './base.js';

export interface DetectRequest {
  manifest: Manifest;
  base: BaseRequest;
  /** An explicit list of services (e.g. a workflow_dispatch input): these, and only these. */
  services?: readonly string[];
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
  const { manifest } = req;
  if (req.services && req.services.length > 0) {
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

  const decision = await resolveBase(req.base, ports);
  if (decision.kind === 'all') {
    if (decision.warning) ports.logger.warning(decision.warning);
    return {
      head: decision.head,
      baseReason: decision.reason,
      warning: decision.warning,
      affected: allAffected(manifest, 'all', decision.reason),
    };
  }
  const changes = await ports.git.diff(decision.base, decision.head);
  return {
    base: decision.base,
    head: decision.head,
    baseReason: decision.reason,
    affected: computeAffected(manifest, changes),
  };
}
