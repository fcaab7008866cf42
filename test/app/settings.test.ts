/** Settings an input and an option share: parsed once, worded for where they are shown. */
import { SettingError } from '../../src/core/errors.js';
import { parseVersion } from '../../src/app/settings.js';

function failure(raw: string): SettingError {
  try {
    parseVersion(raw);
  } catch (e) {
    if (e instanceof SettingError) return e;
    throw e;
  }
  throw new Error(`parseVersion accepted ${JSON.stringify(raw)}`);
}

describe('parseVersion', () => {
  it('keeps a SemVer, and an empty value means the computed one', () => {
    expect(parseVersion('1.4.0')).toBe('1.4.0');
    expect(parseVersion('1.4.0-rc.1+abc1234')).toBe('1.4.0-rc.1+abc1234');
    expect(parseVersion('')).toBeUndefined();
    expect(parseVersion(undefined)).toBeUndefined();
  });

  it('refuses a version that is a path before it is joined into one, naming the input or option', () => {
    for (const bad of ['1.0/../../x', '../x', '1.0.0/x', '1.0', 'v1.0.0', '1.0.0\n', '..']) {
      const e = failure(bad);
      expect(e.exitCode).toBe(2);
      expect(e.messageFor('action')).toMatch(/^The input `version` must be a SemVer/);
      expect(e.messageFor('cli')).toMatch(/^The option --version must be a SemVer/);
    }
  });
});
