/** The reviewer-facing step summary of detect-changed-service. */
import { reasonText } from '../changes/affected.js';
import { matrixLimitNote, type DetectSummaryInput } from './detect-outputs.js';
import { clip, fitSummary, md, mdCode, shortSha, SUMMARY_BUDGET_BYTES, table } from './markdown.js';

const FILES_SHOWN = 3;
/** Characters of a file name or reason shown in a cell; the detail file has them whole. */
const CELL_TEXT_MAX = 300;
/** Kept for what follows the table (notes, libraries): the table gets the rest of the budget. */
const TAIL_RESERVE_BYTES = 32 * 1024;
/** Rows beyond this collapse unaffected services into one count (GitHub caps summaries at 1 MiB). */
const MAX_ROWS = 300;

/**
 * The summary, under {@link SUMMARY_BUDGET_BYTES} whatever the size of the change: long names
 * are clipped, and rows that would not fit are left out with a note pointing at `detailPath`.
 */
export function detectSummary(input: DetectSummaryInput, detailPath?: string): string {
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

  const detail = detailPath
    ? `the detail file ${mdCode(detailPath)}`
    : 'the detail file (the `detail` output)';
  const candidates =
    affected.services.length > MAX_ROWS ? hit.slice(0, MAX_ROWS) : affected.services;
  const header = ['service', 'status', 'reason', 'own changed files'];
  let budget =
    SUMMARY_BUDGET_BYTES -
    TAIL_RESERVE_BYTES -
    Buffer.byteLength(out.join('\n\n') + table(header, []), 'utf8');
  const rows: string[][] = [];
  for (const s of candidates) {
    const files = s.files
      .slice(0, FILES_SHOWN)
      .map((f) => mdCode(clip(f, CELL_TEXT_MAX)))
      .join('<br>');
    const more = s.files.length > FILES_SHOWN ? `<br>… ${s.files.length - FILES_SHOWN} more` : '';
    const row = [
      `**${md(clip(s.name, CELL_TEXT_MAX))}**`,
      s.affected ? '✅ affected' : '— unchanged',
      s.reason ? md(clip(reasonText(s.reason), CELL_TEXT_MAX)) : '',
      s.files.length ? `${s.files.length}: ${files}${more}` : '0',
    ];
    budget -= Buffer.byteLength(row.join(' | '), 'utf8') + 5;
    if (budget < 0) break;
    rows.push(row);
  }
  out.push(table(header, rows));
  const hidden = affected.services.length - rows.length;
  if (rows.length < candidates.length) {
    out.push(
      `_…and ${hidden} more services not listed: the summary stops here to stay under the 1 MiB ` +
        `GitHub allows; every service and file is in ${detail}._`,
    );
  } else if (hidden > 0) {
    out.push(`_…and ${hidden} more services not listed (see ${detail})._`);
  }

  const libs = affected.libraries.filter((l) => l.affected);
  if (libs.length) {
    out.push(
      `**Libraries affected:** ` +
        libs
          .map((l) => `${md(clip(l.name, CELL_TEXT_MAX))} (${l.files.length || 'via dependency'})`)
          .join(', '),
    );
  }
  return fitSummary(out.join('\n\n') + '\n', `every service and file is in ${detail}.`);
}
