import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  JUnitError,
  MAX_JUNIT_BYTES,
  parseJUnit,
  readJUnit,
  totals,
} from '../../../src/core/artifact/junit.js';

const report = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="jest tests" tests="5" failures="1">
  <testsuite name="money" tests="5">
    <testcase classname="money" name="adds" time="0.01"/>
    <testcase classname="money" name="rounds"></testcase>
    <testcase classname="money" name="fails"><failure message="boom"><![CDATA[<testcase name="fake"/>]]></failure></testcase>
    <testcase classname="money" name="errors"><error message="x"/></testcase>
    <!-- <testcase name="commented out"/> -->
    <testcase classname="money" name="later"><skipped/></testcase>
  </testsuite>
</testsuites>`;

describe('parseJUnit', () => {
  it('counts test cases by outcome, ignoring CDATA and comments', () => {
    expect(parseJUnit(report, 'junit.xml')).toEqual({
      file: 'junit.xml',
      tests: 5,
      passed: 2,
      failed: 2,
      skipped: 1,
    });
  });

  it('refuses a file that is not JUnit', () => {
    expect(() => parseJUnit('<html></html>', 'x.xml')).toThrow(JUnitError);
  });

  it('adds reports up', () => {
    const r = parseJUnit(report, 'a.xml');
    expect(totals([r, r])).toEqual({ tests: 10, passed: 4, failed: 4, skipped: 2 });
  });

  it('counts a self-closing test case whose attributes hold ">" and "/>"', () => {
    const xml = `<testsuite>
      <testcase name="x > y"/>
      <testcase name="a /> b" classname="c"/>
      <testcase name="z"><failure message="expected 1 > 0"/></testcase>
    </testsuite>`;
    expect(parseJUnit(xml, 'j.xml')).toEqual({
      file: 'j.xml',
      tests: 3,
      passed: 2,
      failed: 1,
      skipped: 0,
    });
  });

  it('counts test cases in nested suites, with CDATA and entities', () => {
    const xml = `<?xml version="1.0"?>
<testsuites>
  <testsuite name="outer">
    <testsuite name="inner &amp; more">
      <testcase name="&lt;testcase/&gt; &#60;x&#62;"><system-out><![CDATA[<testcase name="fake"/><!--]]></system-out></testcase>
      <testcase name="s"><skipped message="&quot;later&quot;"/></testcase>
    </testsuite>
    <testcase name="e"><error><![CDATA[ ]]> <skipped/></error></testcase>
  </testsuite>
</testsuites>`;
    expect(parseJUnit(xml, 'j.xml')).toEqual({
      file: 'j.xml',
      tests: 3,
      passed: 1,
      failed: 1,
      skipped: 1,
    });
  });

  it('reads 400 KB of "<!--" in linear work: an unclosed comment is malformed XML', () => {
    const xml = `<testsuite><testcase name="a"/>${'<!--'.repeat(100_000)}`;
    expect(() => parseJUnit(xml, 'j.xml')).toThrow(/j\.xml is not well-formed XML/);
    const closed = `<testsuite>${'<!--x-->'.repeat(100_000)}<testcase name="a"/></testsuite>`;
    expect(parseJUnit(closed, 'j.xml').tests).toBe(1);
  });

  it('never expands entities a DTD declares (billion laughs)', () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<testsuite><testcase name="&lol2;"/></testsuite>`;
    expect(() => parseJUnit(xml, 'j.xml')).toThrow(JUnitError);
  });

  it('refuses more test cases than the cap', () => {
    const xml = `<testsuite>${'<testcase name="t"/>'.repeat(11)}</testsuite>`;
    expect(() => parseJUnit(xml, 'j.xml', { maxTestcases: 10 })).toThrow(
      /j\.xml has more than 10 test cases/,
    );
    expect(parseJUnit(xml, 'j.xml', { maxTestcases: 11 }).tests).toBe(11);
  });

  it('refuses elements nested more than 256 deep', () => {
    const xml = `<testsuite>${'<a>'.repeat(300)}${'</a>'.repeat(300)}</testsuite>`;
    expect(() => parseJUnit(xml, 'j.xml')).toThrow(/more than 256 deep/);
  });

  describe('readJUnit (a file)', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'msdeploy-junit-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('streams a report from disk', async () => {
      const path = join(dir, 'ok.xml');
      writeFileSync(path, report);
      await expect(readJUnit(path, 'reports/ok.xml')).resolves.toMatchObject({
        file: 'reports/ok.xml',
        tests: 5,
        failed: 2,
      });
    });

    it('refuses a report over 50 MiB by its size, before reading it', async () => {
      const path = join(dir, 'big.xml');
      writeFileSync(path, '');
      truncateSync(path, MAX_JUNIT_BYTES + 1); // sparse: reading it would take a while
      await expect(readJUnit(path, 'reports/big.xml')).rejects.toThrow(
        `reports/big.xml is ${MAX_JUNIT_BYTES + 1} bytes, over the ${MAX_JUNIT_BYTES} bytes (50 MiB)`,
      );
    });
  });
});
