/**
 * The declarative description of `msdeploy.yml`: every key, its type, its documentation.
 *
 * One source drives both the structural validation (structure.ts) and the JSON Schema
 * (json-schema.ts), so editors autocomplete and flag exactly the keys the loader accepts.
 * Adding a section (`build`, `pipeline`, `environments`) is one more entry in `manifestSpec`,
 * plus, when it refers to other names, a check in validate.ts and a field in build.ts.
 *
 * Kinds for contributors, beyond `string`, `enum`, `const`, `list`, `object` and `map`:
 * - `number`: YAML numbers only (`"5"` is text); `integer` rejects fractions, `min`/`max` are
 *   inclusive bounds and `rangeHint` says how to fix a value outside them; `.nan` and `.inf`
 *   are always rejected.
 * - `boolean`: YAML 1.2 `true`/`false` only; `yes`, `on` or `"true"` are text and get a hint.
 * - `union`: a mapping whose `discriminator` key (e.g. `driver`) picks one of `variants`. Each
 *   variant is an object spec that leaves the discriminator out of its fields and examples;
 *   the union adds it as a required const. It validates as the chosen variant, infers a
 *   TypeScript discriminated union, and renders as a `oneOf` told apart by that const.
 * `default` (any kind) is documentation, published as the schema's `default`: structural
 * validation does not fill it in, build.ts applies defaults.
 */

/**
 * Documentation shared by every node kind; it becomes the schema's `title`, `description`,
 * `examples` and `default`.
 */
export interface Doc {
  /**
   * A short noun phrase, used in messages ("must be <title>") and as the schema `title`. A
   * boolean's messages say "must be true or false" instead, so its title may name its meaning.
   */
  readonly title: string;
  readonly description: string;
  readonly examples?: readonly unknown[];
  /** The value assumed when the key is absent; published as the schema's `default`. */
  readonly default?: unknown;
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
  /**
   * What a `dir` or `pattern` is relative to (default: the repository root). A `dir` relative
   * to the `service` must name a subdirectory: the service's directory itself holds its sources.
   */
  readonly base?: 'repository' | 'service';
  /** For `format: 'name'`: what the name names (`stage`, `environment`), in messages. Default: project. */
  readonly entry?: string;
  /** A regular expression (JSON Schema / ECMAScript syntax) the whole value must match. */
  readonly pattern?: string;
  /**
   * What is wrong and how to fix it when `pattern` does not match; completes a sentence that
   * starts with the value and where it is, e.g. "is not a base version: write e.g. `1.4`".
   */
  readonly patternHint?: string;
}

/** One of a few fixed strings, such as `kind: archive`. */
export interface EnumSpec<V extends string = string> extends Doc {
  readonly kind: 'enum';
  readonly values: readonly V[];
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

/** A YAML number, such as `keep: 5` or `timeout-seconds: 30`; never NaN or infinite. */
export interface NumberSpec extends Doc {
  readonly kind: 'number';
  /** Whole numbers only (`1.0` counts as one, as in JSON Schema). */
  readonly integer?: boolean;
  /** Inclusive bounds. */
  readonly min?: number;
  readonly max?: number;
  /**
   * How to fix a value outside `min`..`max`; completes the sentence after the colon, e.g.
   * "keep at least one release to roll back to, e.g. `keep: 5`". Default: an example.
   */
  readonly rangeHint?: string;
  readonly default?: number;
}

/** YAML 1.2 `true` or `false`. */
export interface BooleanSpec extends Doc {
  readonly kind: 'boolean';
  readonly default?: boolean;
}

/**
 * A mapping whose `discriminator` key selects which variant's fields apply, such as an
 * environment's `driver: ssh | local | command`. Variants leave the discriminator out of their
 * fields: {@link variantSpec} adds it.
 */
export interface UnionSpec<D extends string = string, V extends Variants = Variants> extends Doc {
  readonly kind: 'union';
  readonly discriminator: D;
  /** By discriminator value, in the order messages and the schema list them. */
  readonly variants: V;
}
export type Variants = { readonly [value: string]: ObjectSpec };

export type Spec =
  | StringSpec
  | NumberSpec
  | BooleanSpec
  | EnumSpec
  | ConstSpec
  | ListSpec
  | ObjectSpec
  | MapSpec
  | UnionSpec;
export type Fields = { readonly [key: string]: Spec };

/**
 * The plain value a spec accepts after structural validation. Object fields are all optional
 * because a value that failed validation is left out (its issue is reported instead); maps keep
 * manifest order and are safe for any key (a plain object would reorder `"42"` and trip on
 * `__proto__`).
 */
export type Infer<S> = S extends StringSpec
  ? string
  : S extends NumberSpec
    ? number
    : S extends BooleanSpec
      ? boolean
      : S extends EnumSpec<infer V>
        ? V
        : S extends ConstSpec<infer V>
          ? V
          : S extends ListSpec<infer I>
            ? Infer<I>[]
            : S extends MapSpec<infer V>
              ? Map<string, Infer<V>>
              : S extends ObjectSpec<infer F>
                ? InferFields<F>
                : S extends UnionSpec<infer D, infer V>
                  ? InferUnion<D, V>
                  : never;

type InferFields<F extends Fields> = { -readonly [K in keyof F]?: Infer<F[K]> };

/**
 * One object type per variant, each with its discriminator as a required literal, so that
 * `switch (env.driver)` narrows. A union value exists only once its discriminator was valid.
 */
type InferUnion<D extends string, V extends Variants> = {
  [K in keyof V & string]: Flat<{ -readonly [P in D]: K } & InferFields<V[K]['fields']>>;
}[keyof V & string];

/** Shows `{ driver: 'ssh'; hosts?: … }` in editors instead of an intersection. */
type Flat<T> = { [K in keyof T]: T[K] } & {};

/** The union's discriminator as an enum of its variants' values (validated like `kind:`). */
export function discriminatorSpec(union: UnionSpec): EnumSpec {
  const values = Object.keys(union.variants);
  return {
    kind: 'enum',
    values,
    title: `a ${union.discriminator}`,
    description: `One of ${values.join(', ')}: it selects which other keys apply.`,
  };
}

/**
 * The object a union's variant stands for: the discriminator first, as a required const
 * documented like the variant (editors show that when completing the value), then the
 * variant's fields. The variant's examples leave the discriminator out too; it is added.
 */
export function variantSpec(union: UnionSpec, value: string): ObjectSpec {
  const variant = union.variants[value];
  const key = union.discriminator;
  if (variant === undefined) throw new Error(`internal: no variant \`${key}: ${value}\``);
  if (Object.hasOwn(variant.fields, key)) {
    throw new Error(`internal: variant \`${key}: ${value}\` declares \`${key}\` itself`);
  }
  const tag: ConstSpec = {
    kind: 'const',
    value,
    title: variant.title,
    description: variant.description,
  };
  return {
    ...variant,
    fields: { [key]: tag, ...variant.fields },
    required: [key, ...(variant.required ?? [])],
    ...(variant.examples && {
      examples: variant.examples.map((e) => ({ [key]: value, ...(e as object) })),
    }),
  };
}

/** Names of services, libraries and release groups: DNS-label-like, so they fit tags and URLs. */
export const NAME_PATTERN = '^[a-z0-9][a-z0-9-]{0,62}$';
export const NAME_RE = new RegExp(NAME_PATTERN);
const nameDocText = '1–63 lowercase letters, digits and `-`, starting with a letter or digit.';

/** A ref name msdeploy will write: `/`-joined segments of `[A-Za-z0-9._-]`, none starting with `.` or `-`, no `..`, not ending in `.lock`. */
export const LEDGER_REF_PATTERN =
  '^(?!.*\\.\\.)(?!.*\\.lock(?:/|$))(?:[A-Za-z0-9_][A-Za-z0-9._-]*/)*[A-Za-z0-9_][A-Za-z0-9._-]*$';

/**
 * A cheap editor-side hint that a path or pattern stays inside the repository (no leading `/`,
 * `~` or drive letter, no `..` segment, no backslash). The loader checks the same rules and more.
 */
export const INSIDE_REPO_PATTERN = '^(?!!?(?:[/~]|[A-Za-z]:))(?!!?(?:.*/)?\\.\\.(?:/|$))[^\\\\]+$';

const string = (
  format: StringFormat | undefined,
  doc: Omit<StringSpec, 'kind' | 'format'>,
): StringSpec => ({
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

/** `depends-on` of a library (libraries only) or of a service (libraries and services). */
const dependsOn = (of: 'library' | 'service'): ListSpec<StringSpec> => {
  const targets = of === 'library' ? 'libraries' : 'libraries or services';
  const declared = of === 'library' ? '`libraries`' : '`libraries` or `services`';
  return {
    kind: 'list',
    title: 'a list of names',
    description: `Names of the ${targets} this ${of} builds on: when one of them changes, this ${of} is affected too.`,
    examples: [of === 'library' ? ['money'] : ['common', 'payments']],
    unique: true,
    items: string('ref', {
      title: of === 'library' ? 'a library name' : 'a library or service name',
      description: `A name declared under ${declared}.`,
      examples: [of === 'library' ? 'money' : 'common'],
    }),
  };
};

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
    },
  };
}

/** A base version as artifact/version.ts reads it: MAJOR.MINOR, optionally .PATCH, -pre, +build. */
export const VERSION_PATTERN = '^v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(\\.(0|[1-9]\\d*))?([-+].*)?$';

/** An environment variable name as POSIX shells accept it. */
export const ENV_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';

/** Debian policy 5.6.1: at least two of `a-z0-9+.-`, starting with a letter or digit. */
export const DEB_PACKAGE_PATTERN = '^[a-z0-9][a-z0-9+.-]+$';

/** One Debian relation, `pkg[:arch] [(op version)]`; a `Depends` entry may join several with `|`. */
const DEB_RELATION =
  '[a-z0-9][a-z0-9+.-]+(?::[a-z0-9-]+)?(?: *\\( *(?:<<|<=|=|>=|>>) *[0-9][A-Za-z0-9.+~:-]* *\\))?';
export const DEB_DEPENDS_PATTERN = `^${DEB_RELATION}(?: *\\| *${DEB_RELATION})*$`;

/*
 * The control-file fields are single lines: a line break in them would start a new control
 * field (or break the package), so the patterns below exclude `\n` and `\r`.
 */
const DEB_MAINTAINER_PATTERN = '^[^<>\\r\\n]*[^<>\\s] <[^<>\\s@]+@[^<>\\s]+>$';
const ONE_LINE_PATTERN = '^[^\\r\\n]*\\S[^\\r\\n]*$';
/** An absolute directory on the target, without `..`, whitespace or `\`. */
const ABSOLUTE_DIR_PATTERN = '^/(?!(?:.*/)?\\.\\.(?:/|$))[^\\s\\\\]*$';

const deb = {
  kind: 'object',
  title: 'a Debian package description',
  description:
    'The Debian package to build (only with `kind: deb`): its control fields and where it ' +
    'installs the build output on the target.',
  examples: [{ maintainer: 'Shop Team <ops@example.com>', depends: ['nodejs (>= 20)'] }],
  required: ['maintainer'],
  fields: {
    maintainer: string(undefined, {
      title: 'a maintainer',
      description: 'Who maintains the package, as `Name <email>` (the control `Maintainer` field).',
      examples: ['Shop Team <ops@example.com>'],
      pattern: DEB_MAINTAINER_PATTERN,
      patternHint: 'is not `Name <email>` on one line: write e.g. `Shop Team <ops@example.com>`',
    }),
    package: string(undefined, {
      title: 'a Debian package name',
      description:
        'The package name. Default: the service name. At least two lowercase letters, digits, ' +
        '`+`, `-` or `.`, starting with a letter or digit (Debian policy).',
      examples: ['shop-catalog'],
      pattern: DEB_PACKAGE_PATTERN,
      patternHint:
        'is not a Debian package name: use at least two lowercase letters, digits, `+`, `-` ' +
        'or `.`, starting with a letter or digit, e.g. `shop-catalog`',
    }),
    description: string(undefined, {
      title: 'a one-line description',
      description: 'The package synopsis. Default: `<service> service (built by msdeploy)`.',
      examples: ['Catalog API'],
      pattern: ONE_LINE_PATTERN,
      patternHint:
        'must be one non-blank line (the package synopsis): shorten it, e.g. `Catalog API`',
    }),
    depends: {
      kind: 'list',
      title: 'a list of Debian dependencies',
      description:
        'Packages this one needs on the target (the control `Depends` field), one per entry.',
      examples: [['nodejs (>= 20)']],
      unique: true,
      items: string(undefined, {
        title: 'a Debian dependency',
        description:
          'A package name with an optional version restriction and `|` alternatives, e.g. ' +
          '`nodejs (>= 20)` or `default-jre | openjdk-17-jre`.',
        examples: ['nodejs (>= 20)'],
        pattern: DEB_DEPENDS_PATTERN,
        patternHint:
          'is not one Debian dependency: write a package name with an optional version, e.g. ' +
          '`nodejs (>= 20)`, and give each dependency its own entry',
      }),
    },
    architecture: string(undefined, {
      title: 'a Debian architecture',
      description:
        'The package architecture. Default: `all` (runs on any machine, e.g. scripts or ' +
        'JavaScript); use e.g. `amd64` for compiled code.',
      examples: ['all'],
      pattern: '^[a-z0-9][a-z0-9-]*$',
      patternHint:
        'is not a Debian architecture: write `all` for files that run anywhere, or one such as ' +
        '`amd64` or `arm64`',
    }),
    prefix: string(undefined, {
      title: 'an absolute directory',
      description:
        'Where the package installs the contents of `output` on the target. Default: ' +
        '`/opt/<service>`.',
      examples: ['/opt/catalog'],
      pattern: ABSOLUTE_DIR_PATTERN,
      patternHint:
        'is not an absolute directory: write where the package installs its files on the ' +
        'target, starting with `/` and without spaces or `..`, e.g. `/opt/catalog`',
    }),
  },
} as const satisfies ObjectSpec;

/** Names of environment variables forwarded to code we run for the user (`what`). */
function envNames(what: string) {
  return {
    kind: 'list',
    title: 'a list of environment variable names',
    description:
      `Names of environment variables to pass to ${what} beyond the ones it always gets ` +
      '(PATH, HOME, locale, TZ, TMPDIR, CI, the GitHub context, RUNNER_*, MSDEPLOY_*); set ' +
      "their values in the workflow step's `env:`. Never action inputs (`INPUT_*`), `ACTIONS_*` " +
      'or the runner file commands (`GITHUB_OUTPUT`, `GITHUB_ENV`, `GITHUB_PATH`, ' +
      '`GITHUB_STATE`, `GITHUB_STEP_SUMMARY`).',
    examples: [['NPM_TOKEN', 'NODE_OPTIONS']],
    unique: true,
    items: string(undefined, {
      title: 'an environment variable name',
      description: 'A variable name: letters, digits and `_`, not starting with a digit.',
      examples: ['NPM_TOKEN'],
      pattern: ENV_NAME_PATTERN,
      patternHint:
        'is not an environment variable name: use letters, digits and `_`, not starting with ' +
        'a digit, e.g. `NPM_TOKEN`',
    }),
  } as const;
}

const build = {
  kind: 'object',
  title: 'a build',
  description:
    "How to build the service's artifact: a bash script run in the service's directory, and " +
    'the directory it writes whose contents become the artifact.',
  examples: [{ run: 'npm ci && npm run build', output: 'dist' }],
  required: ['run', 'output'],
  fields: {
    run: string(undefined, {
      title: 'a bash script',
      description:
        "The commands that build the service, run by bash in the service's directory (like a " +
        'workflow `run:` step); a failing command fails the build.',
      examples: ['npm ci && npm run build'],
      pattern: '\\S',
      patternHint:
        'has no commands: write the script that builds the service, e.g. `npm ci && npm run build`',
    }),
    output: string('dir', {
      title: 'a directory',
      description:
        "The directory the build writes, relative to the service's directory; its contents " +
        'become the artifact.',
      examples: ['dist'],
      base: 'service',
    }),
    kind: {
      kind: 'enum',
      values: ['archive', 'deb'],
      title: 'an artifact kind',
      description:
        'What the output is packed into: `archive` (default), a reproducible `.tar.gz`; or ' +
        '`deb`, a Debian package described by `deb`.',
      examples: ['archive'],
    },
    version: string(undefined, {
      title: 'a base version',
      description:
        "MAJOR.MINOR (or a SemVer, whose MAJOR.MINOR are kept) of the service's builds; the " +
        "build counter becomes the patch number. Quote it. Default: the service's package.json " +
        'version, else `0.1`.',
      examples: ['1.4'],
      pattern: VERSION_PATTERN,
      patternHint:
        'is not a base version: write MAJOR.MINOR or a SemVer without leading zeros, e.g. ' +
        "`'1.4'` or `1.4.0`",
    }),
    tests: {
      kind: 'list',
      title: 'a list of glob patterns',
      description:
        "JUnit XML reports the build writes, as globs relative to the service's directory; " +
        'the reports found are recorded in the provenance.',
      examples: [['reports/junit*.xml']],
      unique: true,
      items: string('pattern', {
        title: 'a glob pattern',
        description:
          "A glob relative to the service's directory (`*`, `**`, `?`, `[a-z]`, `{a,b}`); a " +
          'leading `!` excludes.',
        examples: ['reports/junit*.xml'],
        base: 'service',
      }),
    },
    env: envNames('the build'),
    deb,
  },
} as const satisfies ObjectSpec;

/** A GitHub login (1–39 letters, digits and single inner hyphens) or a team, `@org/team-slug`. */
export const APPROVER_PATTERN =
  '^(?:[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}|@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})$';

/** The settings of a stage, shared by a stage of the list and a service's override of one. */
const stageSettings = {
  environment: string('name', {
    entry: 'environment',
    title: 'an environment name',
    description:
      'The environment this stage deploys to (see `environments`). Optional: a stage without ' +
      'one records the promotion and deploys nowhere.',
    examples: ['staging'],
  }),
  promote: {
    kind: 'enum',
    values: ['auto', 'manual'],
    title: 'a promotion mode',
    description:
      '`auto`: the pipeline promotes into this stage by itself once the stage before passed. ' +
      '`manual`: a person must promote (a `workflow_dispatch` run, or the CLI). Default: ' +
      '`auto`, except for a stage named `production`, which defaults to `manual`.',
    examples: ['manual'],
  },
  approvers: {
    kind: 'list',
    title: 'a list of GitHub logins or teams',
    description:
      'Who may promote into this manual stage: GitHub logins, or teams as `@org/team-slug` ' +
      '(checked when the token can read the team). Empty or absent: anyone with write access ' +
      'who is not a bot.',
    examples: [['alice', '@acme/release-managers']],
    unique: true,
    items: string(undefined, {
      title: 'a GitHub login or team',
      description: 'A GitHub login, e.g. `alice`, or a team, e.g. `@acme/release-managers`.',
      examples: ['alice'],
      pattern: APPROVER_PATTERN,
      patternHint:
        'is not a GitHub login or team: write a login such as `alice` (letters, digits and ' +
        'single hyphens, at most 39) or a team as `@org/team-slug`',
    }),
  },
  'allow-self-approval': {
    kind: 'boolean',
    title: 'whether the commit author may approve',
    description:
      "May the author of the artifact's commit promote it into this manual stage? Default: " +
      'false (four eyes).',
    default: false,
  },
} as const satisfies Fields;

const stage = {
  kind: 'object',
  title: 'a stage',
  description:
    'One step of the value stream. An artifact enters it only after it entered the stage before.',
  examples: [
    { name: 'uat', environment: 'staging' },
    { name: 'production', promote: 'manual' },
  ],
  required: ['name'],
  fields: {
    name: string('name', {
      entry: 'stage',
      title: 'a stage name',
      description: nameDocText,
      examples: ['uat'],
    }),
    ...stageSettings,
  },
} as const satisfies ObjectSpec;

const stageList = {
  kind: 'list',
  title: 'a list of stages',
  description:
    'The stages in promotion order. Default: `commit`, `acceptance`, `uat`, `performance`, ' +
    '`production`.',
  examples: [[{ name: 'commit' }, { name: 'uat', environment: 'staging' }, { name: 'production' }]],
  minItems: 1,
  minItemsHint:
    'an artifact needs at least one stage to enter, e.g. `- name: commit`; remove `stages` to ' +
    'use the default pipeline',
  items: stage,
} as const satisfies ListSpec;

const ledger = {
  kind: 'object',
  title: 'a ledger',
  description: 'Where promotions are recorded: an append-only history of commits on a git ref.',
  examples: [{ ref: 'msdeploy/ledger', push: true }],
  fields: {
    ref: string(undefined, {
      title: 'a git ref',
      description:
        'The ref holding the ledger: a branch name (`msdeploy/ledger`, the default) or a full ' +
        'ref such as `refs/msdeploy/ledger`.',
      examples: ['msdeploy/ledger', 'refs/msdeploy/ledger'],
      pattern: LEDGER_REF_PATTERN,
      patternHint:
        'is not a ref name msdeploy writes: use segments of letters, digits, `.`, `_` and `-` ' +
        'joined by `/`, e.g. `msdeploy/ledger` or `refs/msdeploy/ledger`',
    }),
    push: {
      kind: 'boolean',
      title: 'whether the CLI pushes the ledger',
      description:
        'Make the CLI read and write the ledger on `origin`, as the actions always do. Default: ' +
        'false (the CLI keeps the ledger in the local repository unless given `--push`).',
      default: false,
    },
  },
} as const satisfies ObjectSpec;

const pipeline = {
  kind: 'object',
  title: 'a pipeline',
  description:
    "The stages every service's artifacts are promoted through, in order, and where the " +
    'promotions are recorded.',
  examples: [{ stages: [{ name: 'commit' }, { name: 'production' }] }],
  fields: { stages: stageList, ledger },
} as const satisfies ObjectSpec;

const servicePipeline = {
  kind: 'object',
  title: "a service's pipeline",
  description:
    "This service's own stages (replacing the default list), or changes to some stages of the " +
    'list it uses.',
  examples: [{ override: { production: { approvers: ['alice'] } } }],
  fields: {
    stages: stageList,
    override: {
      kind: 'map',
      entry: 'stage',
      title: 'a map of stage settings',
      description:
        'Settings that replace those of the named stages for this service only, e.g. other ' +
        '`approvers` for `production`. Every name must be a stage of the pipeline.',
      values: {
        kind: 'object',
        title: 'stage settings',
        description: 'Any of `environment`, `promote`, `approvers`, `allow-self-approval`.',
        examples: [{ approvers: ['alice'] }],
        fields: stageSettings,
      },
    },
  },
} as const satisfies ObjectSpec;

/** A port number on the target. */
const port = (title: string, description: string): NumberSpec => ({
  kind: 'number',
  integer: true,
  min: 1,
  max: 65535,
  rangeHint: 'use a TCP port between 1 and 65535, e.g. `8080`',
  title,
  description,
  examples: [8080],
});

const seconds = (title: string, description: string, dflt: number, max: number): NumberSpec => ({
  kind: 'number',
  min: 0.1,
  max,
  rangeHint: `use a number of seconds between 0.1 and ${max}, e.g. \`${dflt}\``,
  title,
  description,
  examples: [dflt],
  default: dflt,
});

/** One OpenSSH known_hosts line: host patterns, a key type and a base64 key. */
export const KNOWN_HOSTS_PATTERN =
  '^[^\\s#][^\\s]*\\s+(?:ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp(?:256|384|521)|sk-ssh-ed25519@openssh\\.com|sk-ecdsa-sha2-nistp256@openssh\\.com)\\s+[A-Za-z0-9+/]+={0,3}(?:\\s+[^\\r\\n]*)?$';

const script = (title: string, description: string, example: string): StringSpec =>
  string(undefined, {
    title,
    description,
    examples: [example],
    pattern: '\\S',
    patternHint: `has no commands: write the script, e.g. \`${example}\``,
  });

const health = {
  kind: 'object',
  title: 'a health check',
  description:
    'How to tell the new release works, after it started: an HTTP `url` answering `status`, or ' +
    'a `command` exiting 0; tried every `interval-seconds` up to `retries` times.',
  examples: [{ url: 'http://127.0.0.1:8080/health' }, { command: 'systemctl is-active catalog' }],
  requireOneOf: {
    keys: ['url', 'command'],
    hint: 'add `url: http://127.0.0.1:8080/health` or `command: ./healthy.sh`',
  },
  fields: {
    url: string(undefined, {
      title: 'an http(s) URL',
      description: 'Fetched with GET; healthy when it answers `status`.',
      examples: ['http://127.0.0.1:8080/health'],
      pattern: '^https?://[^\\s]+$',
      patternHint: 'is not an http(s) URL: write e.g. `http://127.0.0.1:8080/health`',
    }),
    status: {
      kind: 'number',
      integer: true,
      min: 100,
      max: 599,
      rangeHint: 'use an HTTP status code, e.g. `200`',
      title: 'an HTTP status',
      description: 'The status a healthy `url` answers. Default: 200.',
      examples: [200],
      default: 200,
    },
    command: script(
      'a bash script',
      'Healthy when it exits 0.',
      'curl -fsS http://127.0.0.1:8080/health',
    ),
    'timeout-seconds': seconds('a timeout', 'How long one try may take.', 5, 300),
    'interval-seconds': seconds('an interval', 'How long to wait between tries.', 2, 300),
    retries: {
      kind: 'number',
      integer: true,
      min: 1,
      max: 1000,
      rangeHint: 'try at least once, e.g. `retries: 10`',
      title: 'a number of tries',
      description: 'How many tries before the release is declared unhealthy. Default: 10.',
      examples: [10],
      default: 10,
    },
  },
} as const satisfies ObjectSpec;

/** What every driver's environment has, whatever it deploys to. */
const environmentFields = {
  stage: string('name', {
    entry: 'stage',
    title: 'a stage name',
    description:
      'The pipeline stage that feeds this environment: only a digest the ledger shows has entered ' +
      'that stage, and is not rejected, may be deployed here. Absent: a sandbox that accepts any ' +
      'built artifact.',
    examples: ['uat'],
  }),
  start: script(
    'a bash script',
    'Starts or restarts a service after its release became current, with MSDEPLOY_* variables ' +
      '(docs/deploy.md). A service may override it.',
    'systemctl restart "$MSDEPLOY_SERVICE"',
  ),
  health,
  secrets: {
    kind: 'list',
    title: 'a list of secret names',
    description:
      'Names of the secrets this environment may use in configuration (`${secret:NAME}`). ' +
      "Values come from the runner's environment (GitHub secrets mapped in `env:`), never from " +
      'the repository.',
    examples: [['DB_PASSWORD']],
    unique: true,
    items: string(undefined, {
      title: 'a secret name',
      description: 'An environment variable name.',
      examples: ['DB_PASSWORD'],
      pattern: ENV_NAME_PATTERN,
      patternHint:
        'is not a secret name: use letters, digits and `_`, not starting with a digit, e.g. `DB_PASSWORD`',
    }),
  },
  keep: {
    kind: 'number',
    integer: true,
    min: 1,
    max: 100,
    rangeHint: 'keep at least one release to roll back to, e.g. `keep: 5`',
    title: 'a number of releases',
    description: 'How many releases of each service to keep on a target. Default: 5.',
    examples: [5],
    default: 5,
  },
} as const satisfies Fields;

/** How one service is placed in an environment. */
const placement = (withHosts: boolean): ObjectSpec => ({
  kind: 'object',
  title: 'a service placement',
  description:
    'Where and how the service runs in this environment: its directory, port and unit, its ' +
    'configuration files, and a start script or health check of its own.',
  examples: [{ port: 8080, config: ['config/catalog/base.yml', 'config/catalog/staging.yml'] }],
  fields: {
    ...(withHosts && {
      hosts: {
        kind: 'list',
        title: 'a list of host names',
        description: 'The hosts (keys of `hosts`) the service is deployed to. Default: every host.',
        examples: [['web-1', 'web-2']],
        unique: true,
        minItems: 1,
        minItemsHint: 'name at least one host, or remove `hosts` to deploy to every host',
        items: string('ref', {
          title: 'a host name',
          description: "A key of the environment's `hosts`.",
          examples: ['web-1'],
        }),
      },
    }),
    dir: string('name', {
      entry: 'directory',
      title: 'a directory name',
      description:
        "The directory under the base that holds the service's releases. Default: the service name.",
      examples: ['catalog'],
    }),
    port: port('a port', 'The port the service listens on (MSDEPLOY_PORT for the start script).'),
    unit: string(undefined, {
      title: 'a unit name',
      description:
        'A service manager unit (MSDEPLOY_UNIT for the start script), e.g. `catalog.service`.',
      examples: ['catalog.service'],
      pattern: '^[A-Za-z0-9@_.:-]{1,200}$',
      patternHint: 'is not a unit name: use letters, digits, `@`, `_`, `.`, `:` and `-`',
    }),
    config: {
      kind: 'list',
      title: 'a list of configuration files',
      description:
        'The configuration files merged for this service, in order (later files win). Default: ' +
        '`config/<service>/base.yml` then `config/<service>/<environment>.yml`, those that exist.',
      examples: [['config/catalog/base.yml', 'config/catalog/staging.yml']],
      unique: true,
      items: string(undefined, {
        title: 'a file in the repository',
        description: 'A repo-relative path.',
        examples: ['config/catalog/base.yml'],
        pattern: INSIDE_REPO_PATTERN,
        patternHint: 'must be a path inside the repository, e.g. `config/catalog/base.yml`',
      }),
    },
    start: environmentFields.start,
    health,
  },
});

const absoluteDir = (description: string): StringSpec =>
  string(undefined, {
    title: 'an absolute directory',
    description,
    examples: ['/srv/shop'],
    pattern: ABSOLUTE_DIR_PATTERN,
    patternHint: 'is not an absolute directory: write e.g. `/srv/shop`, without spaces or `..`',
  });

const servicesMap = (withHosts: boolean): MapSpec => ({
  kind: 'map',
  entry: 'service',
  title: 'a map of services',
  description: 'The services deployed to this environment, by name, and how each is placed.',
  minEntries: 1,
  minEntriesHint: 'place at least one service, e.g. `services: {catalog: {}}`',
  values: placement(withHosts),
});

const environment = {
  kind: 'union',
  discriminator: 'driver',
  title: 'an environment',
  description:
    "Where releases go and how: `local` (this machine's filesystem), `ssh` (remote hosts, the " +
    'same layout) or `command` (a script of yours: Kubernetes, a PaaS, a cloud CLI).',
  variants: {
    local: {
      kind: 'object',
      title: 'the local driver',
      description: "Releases on this machine's filesystem, under `base`.",
      examples: [{ base: '/tmp/shop', services: { web: {} } }],
      required: ['base', 'services'],
      fields: {
        base: absoluteDir("Where the services' releases go: `<base>/<service>/releases/…`."),
        'dpkg-root': absoluteDir(
          'For `deb` artifacts: the root directory `dpkg -i --root` installs the live release ' +
            'into (kept with the release, so a rollback installs the earlier package again).',
        ),
        services: servicesMap(false),
        ...environmentFields,
      },
    },
    ssh: {
      kind: 'object',
      title: 'the ssh driver',
      description:
        'Releases on remote hosts over the system OpenSSH client, with the same layout under `base`.',
      examples: [
        {
          base: '/srv/shop',
          hosts: {
            'web-1': {
              address: '10.0.0.5',
              user: 'deploy',
              'known-hosts': '10.0.0.5 ssh-ed25519 AAAAC3Nza…',
            },
          },
          services: { catalog: {} },
        },
      ],
      required: ['base', 'hosts', 'services'],
      fields: {
        base: absoluteDir("Where the services' releases go on each host."),
        hosts: {
          kind: 'map',
          entry: 'host',
          title: 'a map of hosts',
          description: 'The hosts of this environment, by a name of your choice.',
          minEntries: 1,
          minEntriesHint: 'declare at least one host',
          values: {
            kind: 'object',
            title: 'a host',
            description: 'How to reach one host.',
            examples: [
              {
                address: '10.0.0.5',
                user: 'deploy',
                'known-hosts': '10.0.0.5 ssh-ed25519 AAAAC3Nza…',
              },
            ],
            required: ['address', 'user', 'known-hosts'],
            fields: {
              address: string(undefined, {
                title: 'a host address',
                description: 'A DNS name or IP address (an ssh config `Host` alias works too).',
                examples: ['10.0.0.5'],
                pattern: '^[A-Za-z0-9][A-Za-z0-9.:_-]{0,252}$',
                patternHint:
                  'is not a host address: write a DNS name or an IP address, e.g. `10.0.0.5`',
              }),
              user: string(undefined, {
                title: 'a user name',
                description: 'The account to log in as.',
                examples: ['deploy'],
                pattern: '^[a-z_][a-z0-9_.-]{0,31}$',
                patternHint:
                  'is not a user name: use lowercase letters, digits, `_`, `.` and `-`, e.g. `deploy`',
              }),
              port: port('an ssh port', 'The ssh port. Default: 22.'),
              'known-hosts': {
                kind: 'list',
                title: 'a list of known_hosts lines',
                description:
                  "The host's keys as OpenSSH known_hosts lines (`ssh-keyscan -t ed25519 <host>`, " +
                  'checked out of band): the connection is refused when the host shows another key.',
                examples: [['10.0.0.5 ssh-ed25519 AAAAC3Nza…']],
                minItems: 1,
                minItemsHint:
                  "add the host's key, e.g. the output of `ssh-keyscan -t ed25519 10.0.0.5`",
                items: string(undefined, {
                  title: 'a known_hosts line',
                  description: '`<host> <key type> <base64 key>`.',
                  examples: ['10.0.0.5 ssh-ed25519 AAAAC3Nza…'],
                  pattern: KNOWN_HOSTS_PATTERN,
                  patternHint:
                    'is not a known_hosts line: write `<host> <key type> <base64 key>`, e.g. the output of `ssh-keyscan -t ed25519 <host>`',
                }),
              },
            },
          },
        },
        parallel: {
          kind: 'number',
          integer: true,
          min: 1,
          max: 256,
          rangeHint: 'deploy to at least one host at a time, e.g. `parallel: 4`',
          title: 'a number of hosts',
          description: 'How many hosts are deployed to at once. Default: 4.',
          examples: [4],
          default: 4,
        },
        services: servicesMap(true),
        ...environmentFields,
      },
    },
    command: {
      kind: 'object',
      title: 'the command driver',
      description:
        'Deploys by running `run` with the verified artifact and the resolved config as files ' +
        '(MSDEPLOY_ARTIFACT, MSDEPLOY_CONFIG…): the way to Kubernetes, a PaaS or a cloud CLI.',
      examples: [{ run: './deploy/k8s.sh', services: { catalog: {} } }],
      required: ['run', 'services'],
      fields: {
        run: script(
          'a bash script',
          'Deploys one service; a failing command fails the deploy.',
          './deploy/k8s.sh',
        ),
        env: envNames('`run`, `start` and `health` (e.g. `KUBECONFIG`, a cloud CLI profile)'),
        services: servicesMap(false),
        ...environmentFields,
      },
    },
  },
} as const satisfies UnionSpec;

const library = component('library', { 'depends-on': dependsOn('library') });
const service = component('service', {
  'depends-on': dependsOn('service'),
  build,
  pipeline: servicePipeline,
});

/** How names are documented; `entry` is what the name names (`service`, `release group`). */
export const nameDoc = (entry: string): Doc => ({
  title: `${/^[aeiou]/.test(entry) ? 'an' : 'a'} ${entry} name`,
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
    build: {
      ...build,
      description:
        'How to build the artifact of a single-service repository (one without `services`); ' +
        'with `services`, each service has its own `build`. ' +
        build.description,
    },
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
    pipeline,
    environments: {
      kind: 'map',
      entry: 'environment',
      title: 'a map of environments',
      description:
        'Where services are deployed, by environment name: the driver, the targets, how each ' +
        'service is placed, configured, started and checked. See docs/deploy.md.',
      values: environment,
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
export type RawService = Infer<typeof service>;
export type RawBuild = Infer<typeof build>;
export type RawStage = Infer<typeof stage>;
export type RawStageSettings = Infer<ObjectSpec<typeof stageSettings>>;
export type RawPipeline = Infer<typeof pipeline>;
export type RawEnvironment = Infer<typeof environment>;
export type RawServicePipeline = Infer<typeof servicePipeline>;

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
      build: {
        run: 'npm ci\nnpm test\nnpm run build\n',
        output: 'dist',
        version: '1.4',
        tests: ['reports/junit*.xml'],
      },
    },
    payments: {
      path: 'services/payments',
      build: {
        run: './build.sh',
        output: 'dist',
        kind: 'deb',
        deb: {
          maintainer: 'Shop Team <ops@example.com>',
          package: 'shop-payments',
          depends: ['nodejs (>= 20)'],
        },
      },
      pipeline: { override: { production: { approvers: ['carol', 'dave'] } } },
    },
    web: {
      path: 'services/web',
      'depends-on': ['catalog'],
      build: { run: 'npm ci && npm run build', output: 'build' },
    },
  },
  pipeline: {
    stages: [
      { name: 'commit' },
      { name: 'acceptance' },
      { name: 'uat', environment: 'staging' },
      { name: 'production', environment: 'production', approvers: ['@acme/release-managers'] },
    ],
  },
  'release-groups': { storefront: ['web', 'catalog'] },
};
