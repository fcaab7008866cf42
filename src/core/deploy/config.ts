/**
 * A service's configuration for one environment: its files merged in order, validated against
 * an optional schema, `${secret:NAME}` references resolved, and a digest that never depends on
 * a secret's value. Pure: the caller reads the files and looks the secrets up. See
 * docs/deploy.md#configuration.
 */
import { sha256 } from '../artifact/digest.js';
import type { Digest } from '../artifact/types.js';
import { ExitCode, MsdeployError } from '../errors.js';
import { formatIssue } from '../manifest/problems.js';
import { canonicalJson, setOwn } from './canonical.js';
import { checkSchema, type ConfigSchema } from './config-schema.js';
import {
  parseConfigSource,
  type ConfigIssue,
  type ConfigSource,
  type LNode,
  type Loc,
} from './config-yaml.js';
import { parseTemplate } from './secret-refs.js';

export type { ConfigIssue, ConfigSource } from './config-yaml.js';
export type { ConfigSchema, ConfigType } from './config-schema.js';
export { MAX_ALIAS_COUNT, MAX_CONFIG_BYTES } from './config-yaml.js';

export interface ConfigInput {
  /** In merge order: later files win (e.g. `config/<service>/base.yml`, then `<env>.yml`). */
  sources: readonly ConfigSource[];
  schema?: ConfigSchema;
  /** The secret names the environment declares; a reference to any other is refused. */
  allowedSecrets: readonly string[];
  /** A secret's value by name; undefined or `""` (what an unset GitHub secret expands to) is missing. */
  secret: (name: string) => string | undefined;
  /** The environment's name, for messages. */
  environment?: string;
}

export interface ResolvedConfig {
  /** The merged configuration with secrets substituted: plain JSON data, keys sorted. */
  config: unknown;
  /** `config` as canonical JSON (sorted keys, 2 spaces, trailing newline): the file to write, 0600. */
  json: string;
  /**
   * sha256 of the canonical JSON of the configuration *before* substitution (references kept
   * as written): the same whatever the secrets' values, so it can be shown and recorded anywhere.
   */
  digest: Digest;
  /** Every value substituted, once each, for the log masker. */
  secretValues: string[];
  /** The names referenced, sorted. */
  usedSecrets: string[];
}

/**
 * Merges, validates and resolves. `resolved` is set exactly when `issues` is empty; `issues`
 * holds every problem (files in order, then reading order), and no message holds a secret value.
 */
export function resolveConfig(input: ConfigInput): {
  resolved?: ResolvedConfig;
  issues: ConfigIssue[];
} {
  const issues: ConfigIssue[] = [];
  const trees = input.sources.map((src) => parseConfigSource(src, issues));
  if (issues.length > 0) return { issues: sortIssues(issues, input.sources) };

  let merged: LNode | undefined;
  for (const tree of trees) merged = overlay(merged, tree!);
  const root: LNode = merged ?? {
    kind: 'map',
    loc: { file: '(no configuration file)', line: 1, col: 1 },
    entries: new Map(),
  };

  if (input.schema) checkSchema(root, input.schema, issues);
  const secrets = new Secrets(input);
  const template = toPlain(root, (s) => s);
  const config = toPlain(root, (s, loc, path) => secrets.substitute(s, loc, path, issues));
  if (issues.length > 0) return { issues: sortIssues(issues, input.sources) };

  return {
    resolved: {
      config,
      json: canonicalJson(config),
      digest: sha256(canonicalJson(template)),
      secretValues: [...secrets.values],
      usedSecrets: [...secrets.used].sort(),
    },
    issues: [],
  };
}

/** Configuration that cannot be resolved: exit 3 like a bad manifest, one annotation per issue. */
export class ConfigError extends MsdeployError {
  constructor(readonly issues: readonly ConfigIssue[]) {
    const n = issues.length;
    super(
      `${n} problem${n === 1 ? '' : 's'} in the configuration:\n${issues.map(formatIssue).join('\n')}`,
      { exitCode: ExitCode.manifest, annotations: issues },
    );
  }
}

/** Like {@link resolveConfig}, but throws a {@link ConfigError} listing every issue. */
export function resolveConfigOrThrow(input: ConfigInput): ResolvedConfig {
  const { resolved, issues } = resolveConfig(input);
  if (!resolved) throw new ConfigError(issues);
  return resolved;
}

/**
 * `over` laid on `base`. Mappings merge key by key, recursively. Anything else — a list, a
 * scalar, or a change of kind — replaces the base value whole: merging lists has no one right
 * answer (append? by index? by some key?), and a replaced list reads the same in every file.
 * `null` means "not set": it removes the key from the result (and is dropped where nothing
 * was set), so an overlay can delete a base key and the result never holds a `null` member.
 * Returns undefined when nothing is left.
 */
function overlay(base: LNode | undefined, over: LNode): LNode | undefined {
  if (over.kind === 'scalar' && over.value === null) return undefined;
  if (over.kind !== 'map') return over;
  const entries = new Map(base?.kind === 'map' ? base.entries : []);
  for (const [key, entry] of over.entries) {
    const node = overlay(entries.get(key)?.node, entry.node);
    if (node) entries.set(key, { keyLoc: entry.keyLoc, node });
    else entries.delete(key);
  }
  return { kind: 'map', loc: over.loc, entries };
}

/** Plain JSON data with keys sorted; every string passes through `str` (with its place). */
function toPlain(
  node: LNode,
  str: (s: string, loc: Loc, path: string) => string,
  path = '',
): unknown {
  if (node.kind === 'list') {
    return node.items.map((item, i) => toPlain(item, str, `${path}[${i}]`));
  }
  if (node.kind === 'map') {
    const out: Record<string, unknown> = {};
    for (const key of [...node.entries.keys()].sort()) {
      setOwn(out, key, toPlain(node.entries.get(key)!.node, str, path ? `${path}.${key}` : key));
    }
    return out;
  }
  return typeof node.value === 'string' ? str(node.value, node.loc, path) : node.value;
}

/** Resolves references for one run, remembering which names and values were used. */
class Secrets {
  readonly used = new Set<string>();
  readonly values = new Set<string>();
  private readonly allowed: ReadonlySet<string>;

  constructor(private readonly input: ConfigInput) {
    this.allowed = new Set(input.allowedSecrets);
  }

  substitute(s: string, loc: Loc, path: string, issues: ConfigIssue[]): string {
    const { parts, problems } = parseTemplate(s);
    for (const p of problems) issues.push({ ...loc, message: `\`${path}\` ${p}.` });
    let out = '';
    for (const part of parts) {
      if ('text' in part) {
        out += part.text;
        continue;
      }
      const value = this.lookup(part.secret, loc, path, issues);
      if (value !== undefined) out += value;
    }
    return out;
  }

  private lookup(name: string, loc: Loc, path: string, issues: ConfigIssue[]): string | undefined {
    const env = this.input.environment
      ? `environment \`${this.input.environment}\``
      : 'the environment';
    if (!this.allowed.has(name)) {
      const allowed = [...this.allowed].sort();
      issues.push({
        ...loc,
        message:
          `\`${path}\` references secret ${name}, which is not among the secrets ${env} ` +
          `declares (${allowed.length ? allowed.join(', ') : 'none'}): add ${name} to its ` +
          '`secrets` in msdeploy.yml, or fix the name.',
      });
      return undefined;
    }
    const value = this.input.secret(name);
    if (value === undefined || value === '') {
      issues.push({
        ...loc,
        message:
          `\`${path}\` references secret ${name}, which has no value in this run: pass it to ` +
          'the deploy (a GitHub secret given to the workflow, or an environment variable for ' +
          'the CLI).',
      });
      return undefined;
    }
    this.used.add(name);
    this.values.add(value);
    return value;
  }
}

/** Files in merge order, then reading order within a file. */
function sortIssues(issues: ConfigIssue[], sources: readonly ConfigSource[]): ConfigIssue[] {
  const order = new Map(sources.map((s, i) => [s.file, i]));
  return [...issues].sort(
    (a, b) =>
      (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line || a.col - b.col,
  );
}
