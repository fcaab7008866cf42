/** The reviewer-facing step summary of detect-changed-service. */
import { reasonText } from '../changes/affected.js';
import { matrixLimitNote, type DetectSummaryInput } from './detect-outputs.js';
import { md, mdCode, shortSha, table } from './markdown.js';

const FILES_SHOWN = 3;
/** Rows beyond this collapse unaffected services into one count (GitHub caps summaries at 1 MiB). */
const MAX_ROWS = 300;

export function detectSummary(input: DetectSummaryInput): string {
  const { affected } = input;
  const hit = affected.services.filter((s) => s.affected);
  const out: string[] = [];
  out.push(`### msdeploy: ${hit.length} of ${affected.services.length} services affected`);
  const range = input.base
    ? `${mdCode(shortSha(input.base))}…${mdCode(shortSha(input.head))}`
    : `${mdCode(shortSha(input.head))} (no base)`;
  out.push(`**Compared** ${range}: ${md(input.baseReason)}`);
  out.push(
    `${affected.changedCount} changed files` +
      (affected.globalFiles.length ? `, ${affected.globalFiles.length} global` : '') +
      (affected.unownedCount ? `, ${affected.unownedCount} outside every service and library` : ''),
  );
  if (input.warning) out.push(`> [!WARNING]\n> ${md(input.warning)}`);
  const limit = matrixLimitNote(hit.length);
  if (limit) out.push(`> [!NOTE]\n> ${md(limit)}`);

  const shown = affected.services.length > MAX_ROWS ? hit.slice(0, MAX_ROWS) : affected.services;
  const rows = shown.map((s) => {
    const files = s.files.slice(0, FILES_SHOWN).map(mdCode).join('<br>');
    const more = s.files.length > FILES_SHOWN ? `<br>… ${s.files.length - FILES_SHOWN} more` : '';
    return [
      `**${md(s.name)}**`,
      s.affected ? '✅ affected' : '— unchanged',
      s.reason ? md(reasonText(s.reason)) : '',
      s.files.length ? `${s.files.length}: ${files}${more}` : '0',
    ];
  });
  out.push(table(['service', 'status', 'reason', 'own changed files'], rows));
  const hidden = affected.services.length - shown.length;
  if (hidden > 0) out.push(`_…and ${hidden} more services not listed (see the detail file)._`);

  const libs = affected.libraries.filter((l) => l.affected);
  if (libs.length) {
    out.push(
      `**Libraries affected:** ` +
        libs.map((l) => `${md(l.name)} (${l.files.length || 'via dependency'})`).join(', '),
    );
  }
  return out.join('\n\n') + '\n';
}
