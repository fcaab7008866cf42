/** The deploy-env step summary: what went where, per target, each step with its time, and any rollback. */
import { md, table } from './markdown.js';

export interface DeploySummaryInput {
  message: string;
  service: string;
  environment: string;
  release: string;
  digest: string;
  configDigest: string;
  changed: boolean;
  failed: boolean;
  rolledBack: boolean;
  previousVersion?: string;
  url?: string;
  targets: readonly {
    target: string;
    previous?: string;
    steps: readonly { step: string; ok: boolean; detail: string; ms: number }[];
  }[];
}

export function deploySummary(d: DeploySummaryInput): string {
  const head = d.failed
    ? d.rolledBack
      ? `### ✗ ${md(d.service)} → ${md(d.environment)}: failed, rolled back`
      : `### ✗ ${md(d.service)} → ${md(d.environment)}: failed`
    : d.changed
      ? `### ${md(d.service)} → ${md(d.environment)}`
      : `### ${md(d.service)} → ${md(d.environment)}: already live`;
  const parts = [head, '', md(d.message), ''];
  parts.push(
    table(
      ['Release', 'Artifact', 'Config', 'Was', 'URL'],
      [
        [
          `<code>${md(d.release)}</code>`,
          `<code>${md(d.digest.slice(0, 19))}</code>`,
          `<code>${md(d.configDigest.slice(0, 19))}</code>`,
          d.previousVersion ? md(d.previousVersion) : '—',
          d.url ? md(d.url) : '',
        ],
      ],
    ),
  );
  for (const t of d.targets) {
    parts.push('', `#### ${md(t.target)}${t.previous ? ` (was ${md(t.previous)})` : ''}`, '');
    parts.push(
      table(
        ['Step', '', 'Detail', 'Time'],
        t.steps.map((s) => [md(s.step), s.ok ? '✓' : '✗', md(s.detail), `${s.ms} ms`]),
      ),
    );
  }
  return parts.join('\n') + '\n';
}
