/**
 * The refs by which msdeploy's reusable workflows and composite actions use its own actions.
 *
 * A reusable workflow or a composite action runs in the caller's repository, so it cannot say
 * `uses: ./actions/x`: it names this repository, `<owner>/msdeploy/actions/x@<ref>`. On main
 * these read `<org>/msdeploy/…@main`; a release rewrites every one of them to the repository and
 * tag being released, so `@v1.2.3` of a workflow runs the actions of `v1.2.3` and nothing else.
 *
 *   npx tsx scripts/release-refs.ts --repository acme/msdeploy --ref v1.2.3           rewrite
 *   npx tsx scripts/release-refs.ts --repository acme/msdeploy --ref v1.2.3 --check   verify
 *   npx tsx scripts/release-refs.ts --version 1.2.3                                   print tags
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * `<owner>/msdeploy…@<ref>` — the root action, an action under actions/, or a workflow under
 * .github/workflows/ — with the owner, the path and the ref captured. Another repository never
 * matches: its name must be msdeploy and what follows it one of those three forms.
 */
const INTERNAL =
  /([^\s/@'"]+)\/msdeploy((?:\/actions\/[a-z0-9-]+|\/\.github\/workflows\/[a-z0-9-]+\.ya?ml)?)@([^\s#'"]+)/;
const INTERNAL_USES = new RegExp(`^(\\s*-?\\s*uses:\\s*)${INTERNAL.source}`, 'gm');

/** A `uses:` value naming one of our own actions or workflows, or undefined. */
export function parseInternalUses(
  value: string,
): { owner: string; path: string; ref: string } | undefined {
  const m = new RegExp(`^${INTERNAL.source}$`).exec(value.trim());
  return m ? { owner: m[1]!, path: m[2]!, ref: m[3]! } : undefined;
}

export interface InternalRef {
  owner: string;
  path: string;
  ref: string;
  line: number;
}

export function internalRefs(text: string): InternalRef[] {
  return [...text.matchAll(INTERNAL_USES)].map((m) => ({
    owner: m[2]!,
    path: m[3]!,
    ref: m[4]!,
    line: text.slice(0, m.index).split('\n').length,
  }));
}

/** `text` with every internal `uses:` naming `repository` (`owner/msdeploy`) at `ref`. */
export function rewriteInternalRefs(text: string, repository: string, ref: string): string {
  const owner = checkRepository(repository);
  checkRef(ref);
  return text.replace(
    INTERNAL_USES,
    (_all, prefix: string, _owner: string, path: string) =>
      `${prefix}${owner}/msdeploy${path}@${ref}`,
  );
}

/** The files that may hold internal refs: the root action, actions/*, .github/workflows/*. */
export function filesWithRefs(root = ROOT): string[] {
  const files = [join(root, 'action.yml')];
  for (const dir of readdirSync(join(root, 'actions')).sort()) {
    const file = join(root, 'actions', dir, 'action.yml');
    if (existsSync(file)) files.push(file);
  }
  const workflows = join(root, '.github', 'workflows');
  for (const f of readdirSync(workflows).sort()) {
    if (/\.ya?ml$/.test(f)) files.push(join(workflows, f));
  }
  return files;
}

/** `1.2.3` or `v1.2.3` as its release tag and the major tag that follows it. */
export function releaseTags(version: string): { tag: string; major: string } {
  const m = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(version.trim());
  if (!m) {
    throw new Error(
      `"${version}" is not a release version: write MAJOR.MINOR.PATCH such as 1.2.3 (or v1.2.3); pre-releases are not published as tags here.`,
    );
  }
  return { tag: `v${m[1]}.${m[2]}.${m[3]}`, major: `v${m[1]}` };
}

function checkRepository(repository: string): string {
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/msdeploy$/.exec(repository);
  if (!m) {
    throw new Error(
      `--repository must be <owner>/msdeploy (the repository being released, e.g. the workflow's github.repository), got "${repository}".`,
    );
  }
  return m[1]!;
}

function checkRef(ref: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(ref) || ref.includes('..')) {
    throw new Error(`--ref must be a tag or branch name such as v1.2.3, got "${ref}".`);
  }
}

/** Every internal ref that does not name `repository` at `ref`, as `file:line: …` lines. */
export function staleRefs(repository: string, ref: string, root = ROOT): string[] {
  const owner = checkRepository(repository);
  const problems: string[] = [];
  for (const file of filesWithRefs(root)) {
    for (const r of internalRefs(readFileSync(file, 'utf8'))) {
      if (r.owner !== owner || r.ref !== ref) {
        const where = `${file.slice(root.length)}:${r.line}`;
        problems.push(
          `${where}: uses ${r.owner}/msdeploy${r.path}@${r.ref}, not ${repository}${r.path}@${ref}`,
        );
      }
    }
  }
  return problems;
}

function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      repository: { type: 'string' },
      ref: { type: 'string' },
      version: { type: 'string' },
      check: { type: 'boolean' },
      root: { type: 'string' },
    },
  });
  const root = values.root ? resolve(values.root) + '/' : ROOT;
  if (values.version !== undefined) {
    const { tag, major } = releaseTags(values.version);
    console.log(`tag=${tag}\nmajor=${major}`);
    return 0;
  }
  if (!values.repository || !values.ref) {
    console.error(
      'release-refs: give --repository <owner>/msdeploy and --ref <tag> (or --version X.Y.Z).',
    );
    return 2;
  }
  if (values.check) {
    const problems = staleRefs(values.repository, values.ref, root);
    for (const p of problems) console.error(p);
    if (problems.length > 0) {
      console.error(
        `${problems.length} internal uses: do not name ${values.repository}@${values.ref}: release with the release workflow's workflow_dispatch, which rewrites them.`,
      );
      return 1;
    }
    console.log(`Every internal uses: names ${values.repository}@${values.ref}.`);
    return 0;
  }
  let changed = 0;
  for (const file of filesWithRefs(root)) {
    const text = readFileSync(file, 'utf8');
    const next = rewriteInternalRefs(text, values.repository, values.ref);
    if (next !== text) {
      writeFileSync(file, next);
      changed++;
    }
  }
  console.log(
    `Rewrote internal uses: in ${changed} file(s) to ${values.repository}@${values.ref}.`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 2;
  }
}
