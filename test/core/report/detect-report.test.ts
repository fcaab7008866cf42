import type { AffectedResult } from '../../../src/core/changes/affected.js';
import {
  detectOutputs,
  MATRIX_JOB_LIMIT,
  OUTPUT_BUDGET_BYTES,
  type DetectSummaryInput,
} from '../../../src/core/report/detect-outputs.js';
import { detectSummary } from '../../../src/core/report/detect-summary.js';
import { detectText } from '../../../src/core/report/detect-text.js';
import { buildFailureSummary } from '../../../src/core/report/build-failure.js';
import {
  fitSummary,
  md,
  showInvisible,
  SUMMARY_BUDGET_BYTES,
} from '../../../src/core/report/markdown.js';

function result(n: number, affectedEvery = 1, files: string[] = []): AffectedResult {
  return {
    services: Array.from({ length: n }, (_, i) => ({
      name: `service-${String(i).padStart(5, '0')}`,
      path: `services/service-${String(i).padStart(5, '0')}`,
      affected: i % affectedEvery === 0,
      reason:
        i % affectedEvery === 0
          ? { kind: 'paths' as const, chain: [`s${i}`], file: files[0] ?? 'x' }
          : undefined,
      files: i % affectedEvery === 0 ? files : [],
    })),
    libraries: [],
    globalFiles: [],
    unownedCount: 0,
    changedCount: files.length,
  };
}

const input = (affected: AffectedResult): DetectSummaryInput => ({
  base: 'a'.repeat(40),
  head: 'b'.repeat(40),
  baseReason: 'merge-base of main and the PR head',
  affected,
});

describe('detectOutputs', () => {
  it('gives services, a ready matrix and any-changed', () => {
    const out = detectOutputs(input(result(3)), '/tmp/d.json');
    expect(JSON.parse(out.services)).toEqual(['service-00000', 'service-00001', 'service-00002']);
    expect(JSON.parse(out.matrix).include[1]).toEqual({
      service: 'service-00001',
      path: 'services/service-00001',
      reason: 'own files changed (x)',
    });
    expect(out.anyChanged).toBe('true');
    expect(out.matrixChunkCount).toBe('1');
    expect(out.detail).toBe('/tmp/d.json');
  });

  it('reports no change as an empty matrix, not a missing one', () => {
    const out = detectOutputs(input(result(3, 1000 /* only service 0 */)), 'd');
    expect(JSON.parse(out.services)).toEqual(['service-00000']);
    const none = detectOutputs(input({ ...result(0), services: [] }), 'd');
    expect(none.matrix).toBe('{"include":[]}');
    expect(none.anyChanged).toBe('false');
  });

  it('splits more than 256 affected services into chunks of at most 256', () => {
    const out = detectOutputs(input(result(600)), 'd');
    const chunks = JSON.parse(out.matrixChunks) as { include: unknown[] }[];
    expect(chunks.map((c) => c.include.length)).toEqual([256, 256, 88]);
    expect(JSON.parse(out.matrix).include).toHaveLength(MATRIX_JOB_LIMIT);
    expect(out.matrixChunkCount).toBe('3');
    expect(detectSummary(input(result(600)))).toMatch(
      /600 services are affected, more than GitHub's 256 jobs per matrix.*3 matrices/,
    );
    expect(detectSummary(input(result(256)))).not.toContain('jobs per matrix');
  });

  it('stays under the output budget with 5,000 affected services and 100,000 files', () => {
    const files = Array.from({ length: 100_000 }, (_, i) => `services/x/${i}-${'y'.repeat(60)}.ts`);
    const out = detectOutputs(input(result(5000, 1, files)), 'd');
    const bytes = Object.entries(out).reduce((n, [k, v]) => n + k.length + Buffer.byteLength(v), 0);
    expect(bytes).toBeLessThan(OUTPUT_BUDGET_BYTES);
    expect(JSON.parse(out.services)).toHaveLength(5000);
  });
});

describe('markdown escaping', () => {
  it('makes Markdown, HTML and table syntax inert', () => {
    const evil = '<img src=x onerror=alert(1)>|`code`*b*_i_[l](http://x)\n# h';
    const out = md(evil);
    expect(out).not.toMatch(/[<>|`*_[\]\n]/);
    expect(md('# not a heading')).toBe('&#35; not a heading');
    expect(md('see http://evil.example')).toBe('see http&#58;//evil.example');
    expect(md('@octocat')).toBe('&#64;octocat');
    expect(out).toContain('&lt;img');
    expect(out).toContain('␤');
  });

  it('renders a summary whose file names cannot break the table', () => {
    const r = result(2, 1, ['services/a/x | y <b>.ts', 'services/a/$(touch pwned).ts']);
    const text = detectSummary(input(r));
    const rows = text.split('\n').filter((l) => l.startsWith('| **service'));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.split(' | ')).toHaveLength(4); // 4 cells, no injected pipe
    expect(text).toContain('2 of 2 services affected');
    expect(text).toContain('&#36;(touch pwned)');
    expect(text).not.toContain('<b>');
  });

  it('lists only affected services when there are too many rows', () => {
    const text = detectSummary(input(result(1000, 10)));
    expect(text).toContain('100 of 1000 services affected');
    expect(text).toContain('and 900 more services not listed');
  });
});

describe('invisible characters', () => {
  const rlo = 'svc/rtl\u202Egpj.exe';
  const invisibles = [
    ...'\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069',
    ...'\u200B\u200C\u200D\u2060\uFEFF\u200E\u200F\u00AD\u2028\u2029\u009B',
  ];
  const hidden = /[\p{Cf}\p{Zl}\p{Zp}\u0080-\u009f]/u;

  it('are spelled out as <U+XXXX>, every one of them', () => {
    expect(showInvisible(rlo)).toBe('svc/rtl<U+202E>gpj.exe');
    for (const c of invisibles) {
      const hex = c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      expect(showInvisible(`a${c}b`)).toBe(`a<U+${hex}>b`);
    }
    expect(showInvisible('naïve café 服务 ✅')).toBe('naïve café 服务 ✅');
  });

  it('are escaped in Markdown, the terminal text and matrix reasons', () => {
    const r = result(1, 1, [rlo, `services/a/${invisibles.join('')}.ts`]);
    const summary = detectSummary(input(r));
    expect(summary).not.toMatch(hidden);
    expect(summary).toContain('svc/rtl&lt;U+202E&gt;gpj.exe');
    expect(md(rlo)).toBe('svc/rtl&lt;U+202E&gt;gpj.exe');

    const text = detectText(input(r));
    expect(text).not.toMatch(hidden);
    expect(text).toContain('svc/rtl<U+202E>gpj.exe');
    expect(detectText(input(result(1, 1, ['a\x1b[31mred'])))).toContain('a\\x1b[31mred');

    const matrix = JSON.parse(detectOutputs(input(r), 'detail.json').matrix) as {
      include: { reason: string }[];
    };
    expect(matrix.include[0]!.reason).toContain('svc/rtl<U+202E>gpj.exe');
    expect(matrix.include[0]!.reason).not.toMatch(hidden);
  });
});

describe('summary size', () => {
  const MIB = 1024 * 1024;

  it('stays under 1 MiB with 300 services with long names and many long files', () => {
    const long = (i: number, what: string) => `${what}_${i}_${'é_*'.repeat(400)}`;
    const r: AffectedResult = {
      services: Array.from({ length: 300 }, (_, i) => ({
        name: long(i, 'service'),
        path: `services/${i}`,
        affected: true,
        reason: { kind: 'paths' as const, chain: [long(i, 'svc')], file: long(i, 'file') },
        files: Array.from({ length: 200 }, (_, f) => long(f, `services/${i}/file`)),
      })),
      libraries: Array.from({ length: 50 }, (_, i) => ({
        name: long(i, 'lib'),
        path: `libs/${i}`,
        affected: true,
        reason: undefined,
        files: [],
      })),
      globalFiles: [],
      unownedCount: 0,
      changedCount: 60_000,
    };
    const text = detectSummary(input(r), '/tmp/runner/msdeploy-detect.json');
    const bytes = Buffer.byteLength(text, 'utf8');
    expect(bytes).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
    expect(bytes).toBeLessThan(MIB);
    expect(text).toContain('300 of 300 services affected');
    expect(text).toMatch(
      /_…and \d+ more services not listed: the summary stops here to stay under the 1 MiB GitHub allows; every service and file is in the detail file <code>\/tmp\/runner\/msdeploy-detect\.json<\/code>\._/,
    );
    // Rows are whole: the table was not cut in the middle of one.
    const rows = text.split('\n').filter((l) => l.startsWith('| **service'));
    for (const row of rows) expect(row.endsWith(' |')).toBe(true);
    expect(rows.length).toBeGreaterThan(10);
  });

  it('cuts any Markdown at a line break under the budget, with a note', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => `line ${i} — ${'界'.repeat(10)}`);
    const cut = fitSummary(lines.join('\n'), 'see the log.');
    expect(Buffer.byteLength(cut, 'utf8')).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
    expect(cut).toMatch(/\n\n> \[!NOTE\]\n> _Truncated:_ see the log\.\n$/);
    expect(cut).not.toContain('\uFFFD');
    const body = cut.slice(0, cut.indexOf('\n\n> [!NOTE]'));
    expect(lines.join('\n').startsWith(body)).toBe(true);
    expect(fitSummary('small\n')).toBe('small\n');
  });

  it('keeps a failed build summary under the budget, however long its output lines', () => {
    const tail = Array.from({ length: 500 }, () => '_'.repeat(100_000));
    const text = buildFailureSummary('api', 2, tail);
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
    expect(text).toContain('the build of api failed (exit code 2)');
  });
});
