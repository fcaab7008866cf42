/**
 * The environment a build command gets: an allow-list cut from ours, never the whole of it.
 * The action's own environment holds what the build must not see: its inputs (`INPUT_*`, the
 * registry password and token among them), the runner's internal credentials (`ACTIONS_*`),
 * and the file-command paths through which a step rewrites its outputs, environment, PATH or
 * summary (`GITHUB_OUTPUT`, `GITHUB_ENV`, `GITHUB_PATH`, `GITHUB_STATE`, `GITHUB_STEP_SUMMARY`).
 */

/** Names always passed when set: what a shell and common toolchains expect. */
const BASE_NAMES = new Set(['PATH', 'HOME', 'LANG', 'LANGUAGE', 'TZ', 'TMPDIR', 'CI']);

/**
 * The documented GitHub context variables, read-only facts about the run. Not among them:
 * GITHUB_TOKEN (a credential), the file-command paths (see {@link NEVER_FORWARDED}) and
 * GITHUB_EVENT_PATH (the event payload is the runner's file, full of untrusted text: a
 * reproducible build depends on the source, not on the event).
 */
const GITHUB_CONTEXT = new Set([
  'GITHUB_ACTIONS',
  'GITHUB_ACTION_REPOSITORY',
  'GITHUB_ACTOR',
  'GITHUB_ACTOR_ID',
  'GITHUB_API_URL',
  'GITHUB_BASE_REF',
  'GITHUB_EVENT_NAME',
  'GITHUB_GRAPHQL_URL',
  'GITHUB_HEAD_REF',
  'GITHUB_JOB',
  'GITHUB_REF',
  'GITHUB_REF_NAME',
  'GITHUB_REF_PROTECTED',
  'GITHUB_REF_TYPE',
  'GITHUB_REPOSITORY',
  'GITHUB_REPOSITORY_ID',
  'GITHUB_REPOSITORY_OWNER',
  'GITHUB_REPOSITORY_OWNER_ID',
  'GITHUB_RETENTION_DAYS',
  'GITHUB_RUN_ATTEMPT',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_NUMBER',
  'GITHUB_SERVER_URL',
  'GITHUB_SHA',
  'GITHUB_TRIGGERING_ACTOR',
  'GITHUB_WORKFLOW',
  'GITHUB_WORKFLOW_REF',
  'GITHUB_WORKFLOW_SHA',
  'GITHUB_WORKSPACE',
]);

/** The runner's file commands: whoever can write these rewrites our outputs, env, PATH or summary. */
export const FILE_COMMAND_NAMES: readonly string[] = [
  'GITHUB_OUTPUT',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY',
];

/** Why `name` may never reach a build, even when the manifest forwards it; undefined if it may. */
export function neverForwarded(name: string): string | undefined {
  if (name.startsWith('INPUT_')) return 'it is an action input (inputs carry our credentials)';
  if (name.startsWith('ACTIONS_')) return "it is the runner's internal credential or endpoint";
  if (FILE_COMMAND_NAMES.includes(name)) {
    return "it is a runner file command (the build could rewrite the action's outputs)";
  }
  if (isCredentialOfOurs(name)) return "it is msdeploy's own credential";
  return undefined;
}

/** MSDEPLOY_* names that hold credentials (the CLI's registry login), kept from the build. */
function isCredentialOfOurs(name: string): boolean {
  return (
    name.startsWith('MSDEPLOY_') &&
    (name.startsWith('MSDEPLOY_REGISTRY_') || /PASSWORD|TOKEN|SECRET|CREDENTIAL/.test(name))
  );
}

/** True when `name` passes without being forwarded by the manifest. */
export function allowedByDefault(name: string): boolean {
  if (neverForwarded(name)) return false;
  return (
    BASE_NAMES.has(name) ||
    name.startsWith('LC_') ||
    GITHUB_CONTEXT.has(name) ||
    name.startsWith('RUNNER_') ||
    name.startsWith('MSDEPLOY_')
  );
}

/**
 * The build's whole environment: the allowed names from `parent`, the names the manifest
 * forwards (`build.env`), then msdeploy's own values for the build (`own`), which win.
 */
export function buildEnvironment(
  parent: Readonly<Record<string, string | undefined>>,
  forward: readonly string[],
  own: Readonly<Record<string, string>>,
): Record<string, string> {
  const env: Record<string, string> = {};
  const forwarded = new Set(forward.filter((n) => !neverForwarded(n)));
  for (const [name, value] of Object.entries(parent)) {
    if (value !== undefined && (allowedByDefault(name) || forwarded.has(name))) env[name] = value;
  }
  return { ...env, ...own };
}
