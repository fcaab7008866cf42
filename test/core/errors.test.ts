/** One failure type, worded for where it is shown. */
import {
  asMsdeployError,
  ExitCode,
  ManifestProblem,
  MsdeployError,
  SettingError,
} from '../../src/core/errors.js';
import { BuildFailedError } from '../../src/core/artifact/build.js';
import { ManifestError } from '../../src/core/manifest/index.js';

describe('failures', () => {
  it('a setting error names an input in Actions and an option on the CLI, and exits 2', () => {
    const e = new SettingError('store', (label) => `The ${label} is "s3": use local.`);
    expect(e.messageFor('action')).toBe('The input `store` is "s3": use local.');
    expect(e.messageFor('cli')).toBe('The option --store is "s3": use local.');
    expect(e.exitCode).toBe(ExitCode.usage);
  });

  it('manifest problems exit 3 and carry one annotation per located issue', () => {
    const e = new ManifestError([
      { file: 'msdeploy.yml', line: 3, col: 5, message: 'bad' },
      { file: 'msdeploy.yml', line: 9, col: 1, message: 'worse' },
    ]);
    expect(e).toBeInstanceOf(ManifestProblem);
    expect(e.exitCode).toBe(3);
    expect(e.annotations.map((a) => a.line)).toEqual([3, 9]);
  });

  it('a failed build carries its own exit code, a summary and its output tail', () => {
    const e = new BuildFailedError('catalog', 9, ['npm ERR! <script>']);
    expect(e.exitCode).toBe(9);
    expect(e.summary).toContain('the build of catalog failed (exit code 9)');
    expect(e.summary).toContain('&lt;script&gt;');
    expect(e.detail).toEqual(['Last lines of its output:', 'npm ERR! <script>']);
  });

  it('anything else becomes exit 1 with its message', () => {
    const e = asMsdeployError(new TypeError('boom'));
    expect(e).toBeInstanceOf(MsdeployError);
    expect([e.exitCode, e.message]).toEqual([1, 'boom']);
    expect(asMsdeployError('text').message).toBe('text');
  });
});
