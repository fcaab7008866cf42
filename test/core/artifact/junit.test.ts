import { JUnitError, parseJUnit, totals } from '../../../src/core/artifact/junit.js';

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
});
