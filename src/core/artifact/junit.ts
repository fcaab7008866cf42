/**
 * Test results from JUnit XML reports (the format nearly every test runner can emit), reduced
 * to what provenance records: how many tests ran, passed, failed and were skipped, per file.
 * A small tag scanner is enough: we count <testcase> elements and their outcome children.
 */

export interface TestReport {
  file: string;
  tests: number;
  passed: number;
  failed: number;
  skipped: number;
}

export class JUnitError extends Error {}

const TAG = /<(\/?)(testcase|failure|error|skipped)\b[^>]*?(\/?)>/g;

export function parseJUnit(xml: string, file: string): TestReport {
  if (!/<(testsuites|testsuite)\b/.test(xml)) {
    throw new JUnitError(
      `${file} is not a JUnit XML report (no <testsuite> or <testsuites> element).`,
    );
  }
  // Comments and CDATA may contain anything, including text that looks like tags.
  const text = xml.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  let tests = 0;
  let failed = 0;
  let skipped = 0;
  let inCase = false;
  let outcome: 'pass' | 'fail' | 'skip' = 'pass';
  const close = () => {
    tests++;
    if (outcome === 'fail') failed++;
    else if (outcome === 'skip') skipped++;
    inCase = false;
  };
  for (const m of text.matchAll(TAG)) {
    const [, closing, name, selfClosing] = m;
    if (name === 'testcase') {
      if (closing) {
        if (inCase) close();
      } else {
        inCase = true;
        outcome = 'pass';
        if (selfClosing) close();
      }
    } else if (inCase && !closing) {
      if (name === 'skipped') outcome = outcome === 'fail' ? 'fail' : 'skip';
      else outcome = 'fail';
    }
  }
  return { file, tests, passed: tests - failed - skipped, failed, skipped };
}

export function totals(reports: readonly TestReport[]): Omit<TestReport, 'file'> {
  return reports.reduce(
    (t, r) => ({
      tests: t.tests + r.tests,
      passed: t.passed + r.passed,
      failed: t.failed + r.failed,
      skipped: t.skipped + r.skipped,
    }),
    { tests: 0, passed: 0, failed: 0, skipped: 0 },
  );
}
