/**
 * Test results from JUnit XML reports (the format nearly every test runner can emit), reduced
 * to what provenance records: how many tests ran, passed, failed and were skipped, per file.
 *
 * A report is read by a streaming XML parser (saxes): attributes may hold `>` and `/>`, comments
 * and CDATA may hold text that looks like tags, and suites nest. Its work is linear in its size,
 * and a report is refused over {@link MAX_JUNIT_BYTES}, {@link MAX_JUNIT_TESTCASES} test cases or
 * {@link MAX_JUNIT_DEPTH} nested elements. Entities a DTD declares are never expanded.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { SaxesParser } from 'saxes';

export interface TestReport {
  file: string;
  tests: number;
  passed: number;
  failed: number;
  skipped: number;
}

export class JUnitError extends Error {}

/** The largest report read: test runners write a few MiB for tens of thousands of tests. */
export const MAX_JUNIT_BYTES = 50 * 1024 * 1024;
/** Most test cases one report may hold. */
export const MAX_JUNIT_TESTCASES = 1_000_000;
/** Deepest element nesting (suites in suites) one report may hold. */
export const MAX_JUNIT_DEPTH = 256;

interface Limits {
  maxTestcases?: number;
}

/** Counts test cases as XML arrives in chunks; `result()` once the whole report was written. */
class JUnitCounter {
  private readonly parser = new SaxesParser();
  private tests = 0;
  private failed = 0;
  private skipped = 0;
  private depth = 0;
  private suites = 0;
  /** Depth of the open <testcase>, 0 outside one. */
  private caseDepth = 0;
  private outcome: 'pass' | 'fail' | 'skip' = 'pass';

  constructor(
    private readonly file: string,
    private readonly maxTestcases: number,
  ) {
    this.parser.on('opentag', (tag) => {
      if (++this.depth > MAX_JUNIT_DEPTH) {
        throw new JUnitError(
          `${file} nests elements more than ${MAX_JUNIT_DEPTH} deep; it is not a JUnit report.`,
        );
      }
      const name = tag.name;
      if (name === 'testsuite' || name === 'testsuites') this.suites++;
      else if (name === 'testcase') {
        if (this.caseDepth !== 0) return; // a test case inside a test case is part of it
        if (++this.tests > this.maxTestcases) {
          throw new JUnitError(
            `${file} has more than ${this.maxTestcases} test cases; msdeploy reads at most that many.`,
          );
        }
        this.caseDepth = this.depth;
        this.outcome = 'pass';
      } else if (this.caseDepth !== 0) {
        if (name === 'failure' || name === 'error') this.outcome = 'fail';
        else if (name === 'skipped' && this.outcome === 'pass') this.outcome = 'skip';
      }
    });
    this.parser.on('closetag', () => {
      if (this.depth === this.caseDepth) {
        if (this.outcome === 'fail') this.failed++;
        else if (this.outcome === 'skip') this.skipped++;
        this.caseDepth = 0;
      }
      this.depth--;
    });
    this.parser.on('error', (err) => {
      throw new JUnitError(`${file} is not well-formed XML: ${err.message}`);
    });
  }

  write(chunk: string): void {
    this.parser.write(chunk);
  }

  result(): TestReport {
    this.parser.close();
    if (this.suites === 0) {
      throw new JUnitError(
        `${this.file} is not a JUnit XML report (no <testsuite> or <testsuites> element).`,
      );
    }
    const { file, tests, failed, skipped } = this;
    return { file, tests, passed: tests - failed - skipped, failed, skipped };
  }
}

/** Count the test cases of a report held in memory. */
export function parseJUnit(xml: string, file: string, limits: Limits = {}): TestReport {
  if (xml.length > MAX_JUNIT_BYTES) throw tooLarge(file, Buffer.byteLength(xml, 'utf8'));
  const counter = new JUnitCounter(file, limits.maxTestcases ?? MAX_JUNIT_TESTCASES);
  counter.write(xml);
  return counter.result();
}

/** Count the test cases of the report at `path` (shown as `file`), streaming it. */
export async function readJUnit(
  path: string,
  file: string,
  limits: Limits = {},
): Promise<TestReport> {
  const { size } = await stat(path);
  if (size > MAX_JUNIT_BYTES) throw tooLarge(file, size);
  const counter = new JUnitCounter(file, limits.maxTestcases ?? MAX_JUNIT_TESTCASES);
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  let read = 0;
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      read += chunk.length;
      // A file that grows while it is read is held to the same cap.
      if (read > MAX_JUNIT_BYTES) throw tooLarge(file, read);
      counter.write(chunk);
    }
  } finally {
    stream.destroy();
  }
  return counter.result();
}

function tooLarge(file: string, bytes: number): JUnitError {
  return new JUnitError(
    `${file} is ${bytes} bytes, over the ${MAX_JUNIT_BYTES} bytes (50 MiB) msdeploy reads of a ` +
      'JUnit report: split the report, or leave it out of build.tests.',
  );
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
