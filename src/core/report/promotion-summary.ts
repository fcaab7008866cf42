/** The promote-stage step summary: what happened, then the service's value stream. */
import { md } from './markdown.js';
import { valueStreamMermaid, valueStreamTable, type ServiceStatus } from './value-stream.js';

export interface PromotionSummaryInput {
  changed: boolean;
  message: string;
  status: ServiceStatus;
  /** Mirrors that failed, worded for people (empty when all succeeded or none ran). */
  mirrorProblems: readonly string[];
}

export function promotionSummary(p: PromotionSummaryInput): string {
  const head = p.changed ? '### Promoted' : '### Nothing to promote';
  const parts = [head, '', md(p.message), '', `#### Value stream of ${md(p.status.service)}`, ''];
  parts.push(valueStreamTable(p.status), '', valueStreamMermaid(p.status));
  if (p.mirrorProblems.length > 0) {
    parts.push(
      '',
      '> [!WARNING]',
      '> The ledger has the record, but some GitHub mirrors failed; re-run this job to repair them:',
      ...p.mirrorProblems.map((m) => `> - ${md(m)}`),
    );
  }
  return parts.join('\n') + '\n';
}
