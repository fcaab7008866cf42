/** The allow-listed environment of a build command (pure). */
import {
  allowedByDefault,
  buildEnvironment,
  neverForwarded,
} from '../../../src/core/artifact/build-env.js';

const parent = {
  PATH: '/usr/bin',
  HOME: '/home/runner',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  TZ: 'UTC',
  TMPDIR: '/tmp',
  CI: 'true',
  GITHUB_ACTIONS: 'true',
  GITHUB_SHA: 'abc',
  GITHUB_REF_NAME: 'main',
  GITHUB_WORKSPACE: '/w',
  RUNNER_TEMP: '/rt',
  RUNNER_OS: 'Linux',
  MSDEPLOY_FLAVOUR: 'x',
  // never:
  GITHUB_TOKEN: 'ghs_secret',
  GITHUB_OUTPUT: '/rt/out',
  GITHUB_ENV: '/rt/env',
  GITHUB_PATH: '/rt/path',
  GITHUB_STATE: '/rt/state',
  GITHUB_STEP_SUMMARY: '/rt/summary',
  GITHUB_EVENT_PATH: '/rt/event.json',
  'INPUT_REGISTRY-PASSWORD': 'hunter2',
  INPUT_TOKEN: 'ghs_input',
  ACTIONS_RUNTIME_TOKEN: 'rt',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
  MSDEPLOY_REGISTRY_PASSWORD: 'cli-secret',
  MSDEPLOY_REGISTRY_USERNAME: 'me',
  AWS_SECRET_ACCESS_KEY: 'aws',
  NPM_TOKEN: 'npm',
  UNSET: undefined,
};

describe('buildEnvironment', () => {
  it('passes only the allow-list: no inputs, credentials or file commands', () => {
    expect(buildEnvironment(parent, [], { MSDEPLOY_VERSION: '1.0.0' })).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      TZ: 'UTC',
      TMPDIR: '/tmp',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_SHA: 'abc',
      GITHUB_REF_NAME: 'main',
      GITHUB_WORKSPACE: '/w',
      RUNNER_TEMP: '/rt',
      RUNNER_OS: 'Linux',
      MSDEPLOY_FLAVOUR: 'x',
      MSDEPLOY_VERSION: '1.0.0',
    });
  });

  it('adds the names the manifest forwards, but never an input, ACTIONS_* or a file command', () => {
    const env = buildEnvironment(
      parent,
      [
        'NPM_TOKEN',
        'GITHUB_TOKEN',
        'INPUT_TOKEN',
        'ACTIONS_RUNTIME_TOKEN',
        'GITHUB_OUTPUT',
        'NOPE',
      ],
      {},
    );
    expect(env.NPM_TOKEN).toBe('npm');
    expect(env.GITHUB_TOKEN).toBe('ghs_secret'); // the workflow chose to forward it
    expect(env).not.toHaveProperty('INPUT_TOKEN');
    expect(env).not.toHaveProperty('ACTIONS_RUNTIME_TOKEN');
    expect(env).not.toHaveProperty('GITHUB_OUTPUT');
    expect(env).not.toHaveProperty('NOPE');
    expect(env).not.toHaveProperty('AWS_SECRET_ACCESS_KEY');
  });

  it("msdeploy's own values win over the parent's", () => {
    expect(
      buildEnvironment({ MSDEPLOY_VERSION: 'evil' }, [], { MSDEPLOY_VERSION: '1.0.0' }),
    ).toEqual({ MSDEPLOY_VERSION: '1.0.0' });
  });

  it('says why a name is never forwarded', () => {
    expect(neverForwarded('INPUT_TOKEN')).toMatch(/action input/);
    expect(neverForwarded('ACTIONS_RUNTIME_URL')).toMatch(/runner's internal/);
    expect(neverForwarded('GITHUB_STEP_SUMMARY')).toMatch(/file command/);
    expect(neverForwarded('MSDEPLOY_REGISTRY_PASSWORD')).toMatch(/own credential/);
    expect(neverForwarded('NPM_TOKEN')).toBeUndefined();
    expect(allowedByDefault('GITHUB_EVENT_PATH')).toBe(false);
    expect(allowedByDefault('GITHUB_TOKEN')).toBe(false);
  });
});
