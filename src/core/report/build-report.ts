/** What reviewers and terminals see of a build: the artifact's identity and where it came from. */
import type { BuildResult } from '../artifact/build.js';
import { totals } from '../artifact/junit.js';
import { fitSummary, md, mdCode, shortSha, table } from './markdown.js';

export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}

function testsLine(r: BuildResult): string {
  if (r.tests.length === 0) return 'none recorded';
  const t = totals(r.tests);
  return `${t.tests} run: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped (${r.tests.length} report${r.tests.length > 1 ? 's' : ''})`;
}

export function buildSummary(r: BuildResult, commit: string): string {
  const seconds = ((r.finishedOn.getTime() - r.startedOn.getTime()) / 1000).toFixed(1);
  const rows: string[][] = [
    ['service', `**${md(r.meta.service)}**`],
    ['version', mdCode(r.meta.version)],
    ['digest', mdCode(r.meta.digest)],
    ['size', formatBytes(r.meta.size)],
    ['kind', r.meta.kind],
    [
      'store',
      `${mdCode(r.stored.location)}${r.stored.bytesUploaded === 0 ? ' (already there: nothing uploaded)' : ''}`,
    ],
    ['reference', mdCode(r.stored.ref)],
    ['commit', mdCode(shortSha(commit))],
    ['build time', `${seconds} s`],
    ['tests', md(testsLine(r))],
  ];
  return fitSummary(
    `### msdeploy: built ${md(r.meta.service)} ${md(r.meta.version)}\n\n${table(['', ''], rows)}\n`,
    'the provenance file has every field.',
  );
}

export function buildText(r: BuildResult, commit: string): string {
  return (
    [
      `built ${r.meta.service} ${r.meta.version}`,
      `  digest     ${r.meta.digest}`,
      `  size       ${formatBytes(r.meta.size)} (${r.meta.kind})`,
      `  stored at  ${r.stored.location}${r.stored.bytesUploaded === 0 ? ' (already there)' : ''}`,
      `  reference  ${r.stored.ref}`,
      `  commit     ${commit}`,
      `  tests      ${testsLine(r)}`,
      `  provenance ${r.provenancePath}`,
    ].join('\n') + '\n'
  );
}
