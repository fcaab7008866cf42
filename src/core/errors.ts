/**
 * Failures msdeploy can explain. Each carries what every entry needs to report it — an exit
 * code, located annotations, Markdown for the step summary — so the action wrapper and the CLI
 * each map every failure in one place, without knowing which use case raised it.
 */

/**
 * Exit codes shared by the CLI and the actions (a failed build exits with its own code).
 * `refused`: the promotion rules said no (a skipped stage, a hold, a rejected digest, a person
 * who may not approve); nothing was written.
 */
export const ExitCode = { ok: 0, failure: 1, usage: 2, manifest: 3, refused: 4 } as const;

/** A message tied to a place in a file: an error annotation in Actions, `file:line:col:` in a terminal. */
export interface Annotation {
  message: string;
  file?: string;
  line?: number;
  col?: number;
}

/** Where a message is shown: a settings problem names an action *input* or a CLI *option*. */
export type Audience = 'action' | 'cli';

export interface FailureDetails {
  exitCode?: number;
  annotations?: readonly Annotation[];
  /** Markdown appended to the step summary (Actions only). */
  summary?: string;
  /** More lines printed under the message on a terminal (e.g. the tail of a failed command). */
  detail?: readonly string[];
  cause?: unknown;
}

/** A message, or one worded for where it is shown (it may name a setting, see settingLabel). */
export type Message = string | ((audience: Audience) => string);

export class MsdeployError extends Error {
  readonly exitCode: number;
  readonly annotations: readonly Annotation[];
  readonly summary?: string;
  readonly detail: readonly string[];
  private readonly worded?: (audience: Audience) => string;

  constructor(message: Message, details: FailureDetails = {}) {
    super(
      typeof message === 'string' ? message : message('action'),
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.name = new.target.name;
    if (typeof message !== 'string') this.worded = message;
    this.exitCode = details.exitCode ?? ExitCode.failure;
    this.annotations = details.annotations ?? [];
    this.summary = details.summary;
    this.detail = details.detail ?? [];
  }

  /** The message worded for where it is shown. */
  messageFor(audience: Audience): string {
    return this.worded ? this.worded(audience) : this.message;
  }
}

/** How a setting is named where it is shown: `input \`store\`` in Actions, `--store` on the CLI. */
export function settingLabel(name: string, audience: Audience): string {
  return audience === 'action' ? `input \`${name}\`` : `option --${name}`;
}

/**
 * A setting with a wrong value — one message source for both entries: `explain` receives the
 * setting's label (`input \`store\`` or `option --store`) and returns the sentence.
 */
export class SettingError extends MsdeployError {
  constructor(
    readonly setting: string,
    explain: (label: string) => string,
  ) {
    super((audience) => explain(settingLabel(setting, audience)), { exitCode: ExitCode.usage });
  }
}

/** A manifest that is missing or invalid: exit 3, one annotation per located problem. */
export class ManifestProblem extends MsdeployError {
  constructor(message: Message, annotations: readonly Annotation[] = []) {
    super(message, { exitCode: ExitCode.manifest, annotations });
  }
}

/** Anything thrown, as a MsdeployError (unknown errors keep their message and exit 1). */
export function asMsdeployError(e: unknown): MsdeployError {
  if (e instanceof MsdeployError) return e;
  return new MsdeployError(e instanceof Error ? e.message : String(e), { cause: e });
}
