/** The CLI's plain-text rendering of a detect result. */
import { reasonText } from '../changes/affected.js';
import type { DetectSummaryInput } from './detect-outputs.js';
import { shortSha, showInvisible } from './markdown.js';

/**
 * Control characters in file names would garble a terminal, and invisible ones (bidi overrides,
 * zero-width characters) disguise them: show both as escapes.
 */
export function printable(text: string): string {
  // C0 controls and DEL as \xNN; C1 controls and format characters as <U+XXXX>.
  return showInvisible(text).replace(
    /[^ -~\u0080-\uffff]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

export function detectText(input: DetectSummaryInput): string {
  const { affected } = input;
  const hit = affected.services.filter((s) => s.affected);
  const lines: string[] = [];
  const range = input.base
    ? `${shortSha(input.base)}..${shortSha(input.head)}`
    : `${shortSha(input.head)} (no base)`;
  lines.push(`base: ${range} — ${printable(input.baseReason)}`);
  lines.push(
    `${affected.changedCount} changed files; ${hit.length} of ${affected.services.length} services affected`,
  );
  if (input.warning) lines.push(`WARNING: ${printable(input.warning)}`);
  const width = Math.max(7, ...affected.services.map((s) => s.name.length));
  for (const s of affected.services) {
    const mark = s.affected ? '●' : '○';
    const why = s.reason ? printable(reasonText(s.reason)) : 'unchanged';
    lines.push(`  ${mark} ${printable(s.name).padEnd(width)}  ${why}`);
  }
  return lines.join('\n') + '\n';
}
