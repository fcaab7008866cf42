/**
 * The declarative description of `msdeploy.yml`: every key, its type, its documentation.
 *
 * One source drives both the structural validation (structure.ts) and the JSON Schema
 * (json-schema.ts), so editors autocomplete and flag exactly the keys the loader accepts.
 * Adding a section (`build`, `pipeline`, `environments`) is one more entry in `manifestSpec`,
 * plus, when it refers to other names, a check in validate.ts and a field in build.ts.
 */

/** Documentation shared by every node kind; it becomes the schema's `title`/`description`/`examples`. */
export interface Doc {
  /** A short noun phrase, used in messages ("must be <title>") and as the schema `title`. */
  readonly title: string;
  readonly description: string;
  readonly examples?: readonly unknown[];
}

/**
 * What a string means, which selects extra checks:
 * - `name`: a service, library or release group name (NAME_PATTERN);
 * - `dir`: a repo-relative directory (normalised, must stay inside the repository);
 * - `pattern`: a repo-relative glob, optionally `!`-negated;
 * - `ref`: the name of another entry (resolved by validate.ts, not here).
 */
export type StringFormat = 'name' | 'dir' | 'pattern' | 'ref';

export interface StringSpec extends Doc {
  readonly kind: 'string';
  readonly format?: StringFormat;
}

/** A single allowed value, such as `version: 1`. */
export interface ConstSpec<V extends string | number = string | number> extends Doc {
  readonly kind: 'const';
  readonly value: V;
}

export interface ListSpec<I extends Spec = Spec> extends Doc {
  readonly kind: 'list';
  readonly items: I;
  /** Reject the same item twice. */
  readonly unique?: boolean;
  readonly minItems?: number;
  /** How to fix a list that is too short (completes the sentence after the colon). */
  readonly minItemsHint?: string;
}

/** A mapping with fixed keys; unknown keys are errors. */
export interface ObjectSpec<F extends Fields = Fields> extends Doc {
  readonly kind: 'object';
  readonly fields: F;
  readonly required?: readonly (keyof F & string)[];
  /** At least one of these keys must be present, with the hint used when none is. */
  readonly requireOneOf?: { readonly keys: readonly (keyof F & string)[]; readonly hint: string };
}

/** A mapping from user-chosen names (validated like `format: 'name'`) to values of one spec. */
export interface MapSpec<V extends Spec = Spec> extends Doc {
  readonly kind: 'map';
  /** What one key names, e.g. `service`: used in messages and the schema. */
  readonly entry: string;
  readonly values: V;
  readonly minEntries?: number;
  readonly minEntriesHint?: string;
}

export type Spec = StringSpec | ConstSpec | ListSpec | ObjectSpec | MapSpec;
export type Fields = { readonly [key: string]: Spec };

/**
 * The plain value a spec accepts after structural validation. Object fields are all optional
 * because a value that failed validation is left out (its issue is reported instead); maps keep
 * manifest order and are safe for any key (a plain object would reorder `"42"` and trip on
 * `__proto__`).
 */
export type Infer<S> = S extends StringSpec
  ? string
  : S extends ConstSpec<infer V>
    ? V
    : S extends ListSpec<infer I>
      ? Infer<I>[]
      : S extends MapSpec<infer V>
        ? Map<string, Infer<V>>
        : S extends ObjectSpec<infer F>
          ? { -readonly [K in keyof F]?: Infer<F[K]> }
          : never;

/** Names of services, libraries and release groups: DNS-label-like, so they fit tags and URLs. */
export const NAME_PATTERN = '^[a-z0-9][a-z0-9-]{0,62}$';
export const NAME_RE = new RegExp(NAME_PATTERN);

/**
 * A cheap editor-side hint that a path or pattern stays inside the repository (no leading `/`,
 * `~` or drive letter, no `..` segment, no backslash). The loader checks the same rules and more.
 */
export const INSIDE_REPO_PATTERN = '^!?(?![/~]|[A-Za-z]:)(?!(?:.*/)?\\.\\.(?:/|$))[^\\\\]+$';

const string = (format: StringFormat | undefined, doc: Doc): StringSpec => ({
  kind: 'string',
  ...(format ? { format } : {}),
  ...doc,
});

const patternList = (doc: Doc): ListSpec<StringSpec> => ({
  kind: 'list',
  items: string('pattern', {
    title: 'a glob pattern',
    description:
      'A repo-root-relative glob (`*`, `**`, `?`, `[a-z]`, `{a,b}`); a leading `!` excludes.',
    examples: ['proto/common/**', '!docs/**'],
  }),
  ...doc,
});

const dependsOn = (allowed: string): ListSpec<StringSpec> => ({
  kind: 'list',
  title: 'a list of names',
  description: `Names of the ${allowed} this one builds on: when one of them changes, this one is affected too.`,
  examples: [['common', 'payments']],
  unique: true,
  items: string('ref', {
    title: `the name of a ${allowed.replace(/ies$/, 'y').replace(/s$/, '')}`,
    description: `A name declared under ${allowed === 'libraries' ? '`libraries`' : '`libraries` or `services`'}.`,
    examples: ['common'],
  }),
});

type ComponentFields = { path: StringSpec; include: ListSpec<StringSpec> };

function component<const F extends Fields>(
  what: 'service' | 'library',
  fields: F,
): ObjectSpec<ComponentFields & F> {
  return {
    kind: 'object',
    title: `a ${what}`,
    description:
      what === 'service'
        ? 'A deployable unit: a directory of the repository (or `.` for all of it).'
        : 'Shared code that services depend on; never deployed on its own.',
    required: ['path'],
    fields: {
      path: string('dir', {
        title: 'a directory',
        description:
          `The ${what}'s directory, relative to the repository root; \`.\` is the whole repository. ` +
          'Every file under it belongs to the ' +
          what +
          '.',
        examples: [what === 'service' ? 'services/catalog' : 'libs/common', '.'],
      }),
      include: patternList({
        title: 'a list of glob patterns',
        description:
          `More files that belong to the ${what}, after its \`path\`: ordered, repo-root-relative ` +
          'globs; a leading `!` excludes, and the last matching pattern wins.',
        examples: [
          [
            'proto/common/**',
            `!${what === 'service' ? 'services/catalog' : 'libs/common'}/**/*.md`,
          ],
        ],
      }),
      ...fields,
    } as ComponentFields & F,
  };
}

const library = component('library', { 'depends-on': dependsOn('libraries') });
const service = component('service', { 'depends-on': dependsOn('libraries or services') });

/** How names are documented; `entry` is what the name names (`service`, `release group`). */
export const nameDoc = (entry: string): Doc => ({
  title: `a ${entry} name`,
  description: `1–63 lowercase letters, digits and \`-\`, starting with a letter or digit.`,
  examples: [entry === 'release group' ? 'storefront' : 'catalog'],
});

export const manifestSpec = {
  kind: 'object',
  title: 'msdeploy manifest',
  description:
    'msdeploy.yml at the repository root: the services and libraries of the repository, the ' +
    'files that affect every service, and the services that ship together.',
  requireOneOf: {
    keys: ['services', 'name'],
    hint:
      'add a `services` map, or add `name: <service>` to make the whole repository one ' +
      'service with that name',
  },
  fields: {
    version: {
      kind: 'const',
      value: 1,
      title: 'the manifest format version 1',
      description: 'The manifest format version. Optional; only `1` exists.',
      examples: [1],
    },
    name: string('name', {
      title: 'a project name',
      description:
        'The project name. Required when there is no `services` map: the repository is then ' +
        'one service with this name and path `.`. ' +
        nameDoc('project').description,
      examples: ['shop'],
    }),
    global: patternList({
      title: 'a list of glob patterns',
      description:
        'Files whose change affects every service (lock files, CI workflows). The manifest ' +
        'itself is always included.',
      examples: [['package-lock.json', '.github/workflows/**']],
    }),
    libraries: {
      kind: 'map',
      entry: 'library',
      title: 'a map of libraries',
      description: 'Shared code, by library name. Libraries may depend on other libraries only.',
      values: library,
    },
    services: {
      kind: 'map',
      entry: 'service',
      title: 'a map of services',
      description: 'The deployable units, by service name.',
      minEntries: 1,
      minEntriesHint:
        'declare at least one service, or remove `services` and set `name` to make the whole ' +
        'repository one service',
      values: service,
    },
    'release-groups': {
      kind: 'map',
      entry: 'release group',
      title: 'a map of release groups',
      description:
        'Services that ship together, by group name: when one member is affected, all are. ' +
        'A service belongs to at most one group.',
      values: {
        kind: 'list',
        title: 'a list of service names',
        description: 'The services in this group (at least two).',
        examples: [['web', 'catalog']],
        unique: true,
        minItems: 2,
        minItemsHint:
          'a group ships several services together, so add another service or delete the group',
        items: string('ref', {
          title: 'a service name',
          description: 'A name declared under `services`.',
          examples: ['web'],
        }),
      },
    },
  },
} as const satisfies ObjectSpec;

/** The structurally valid manifest, before cross-references are checked. */
export type RawManifest = Infer<typeof manifestSpec>;
export type RawComponent = Infer<typeof library>;

/** The example from docs/manifest.md, also published in the schema's `examples`. */
export const exampleManifest = {
  version: 1,
  name: 'shop',
  global: ['package-lock.json', '.github/workflows/**'],
  libraries: {
    common: {
      path: 'libs/common',
      include: ['proto/common/**', '!libs/common/**/*.md'],
      'depends-on': ['money'],
    },
    money: { path: 'libs/money' },
  },
  services: {
    catalog: {
      path: 'services/catalog',
      include: ['!services/catalog/docs/**'],
      'depends-on': ['common', 'payments'],
    },
    payments: { path: 'services/payments' },
    web: { path: 'services/web', 'depends-on': ['catalog'] },
  },
  'release-groups': { storefront: ['web', 'catalog'] },
};
