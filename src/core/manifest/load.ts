/** Parsing `msdeploy.yml` text into a validated `Manifest`, with every problem located. */
import {
  LineCounter,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
  type YAMLError,
} from 'yaml';
import { buildManifest } from './build.js';
import { IssueList, SourceMap } from './issues.js';
import { manifestSpec, type Infer, type Spec } from './spec.js';
import { checkStructure, type WalkContext } from './structure.js';
import {
  DEFAULT_MANIFEST_FILE,
  MAX_MANIFEST_BYTES,
  ManifestError,
  manifestTooLarge,
} from './problems.js';
import type { Manifest, ManifestIssue } from './types.js';
import { checkReferences } from './validate.js';

/**
 * Parses and validates a manifest. Pure: `file` (relative to the repository root) becomes the
 * implicit `global` pattern and, unless `shownAs` says otherwise, names the manifest in issues
 * (an action shows it relative to the workspace, a CLI relative to where it was started).
 * `manifest` is set exactly when `issues` is empty.
 */
export function parseManifest(
  text: string,
  file: string = DEFAULT_MANIFEST_FILE,
  shownAs: string = file,
): { manifest?: Manifest; issues: ManifestIssue[] } {
  // A UTF-16 code unit is at least one UTF-8 byte: only a text that may be over is measured.
  if (text.length > MAX_MANIFEST_BYTES / 3) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_MANIFEST_BYTES) return { issues: [manifestTooLarge(bytes, shownAs)] };
  }
  const ctx = parseYaml(text, shownAs);
  const { doc, issues, locs } = ctx;
  if (issues.length > 0) return { issues: issues.sorted() };
  const root = doc.contents;
  if (root === null || (root.range[0] === root.range[1] && !isMap(root))) {
    issues.add(
      { line: 1, col: 1 },
      `${shownAs} is empty: declare the repository's \`services\` (or a \`name\` for a ` +
        'single-service repository); see docs/manifest.md.',
    );
    return { issues: issues.sorted() };
  }
  if (!isMap(root)) {
    issues.add(
      locs.posOf(root),
      `The manifest must be a mapping of keys such as \`services:\` and \`global:\`, not ` +
        `${isSeq(root) ? 'a list' : 'a single value'}: see docs/manifest.md for its layout.`,
    );
    return { issues: issues.sorted() };
  }

  const raw = checkStructure(root, manifestSpec, ctx) ?? {};
  checkReferences(raw, locs, issues);
  if (issues.length > 0) return { issues: issues.sorted() };
  return { manifest: buildManifest(raw, file, locs), issues: [] };
}

/**
 * The structural half of {@link parseManifest} for any spec: YAML errors, then every value
 * checked against `spec`, with the same located messages. `value` is set exactly when `issues`
 * is empty. Lets a spec kind be tested on its own, before any manifest section uses it.
 */
export function validateYaml<S extends Spec>(
  text: string,
  spec: S,
  file: string,
): { value?: Infer<S>; issues: ManifestIssue[] } {
  const ctx = parseYaml(text, file);
  if (ctx.issues.length > 0) return { issues: ctx.issues.sorted() };
  const value = checkStructure(ctx.doc.contents, spec, ctx);
  if (ctx.issues.length > 0 || value === undefined) return { issues: ctx.issues.sorted() };
  return { value, issues: [] };
}

/** Parses YAML text, reporting syntax errors and repeated keys; check nothing else if any. */
function parseYaml(text: string, file: string): WalkContext & { doc: Document.Parsed } {
  const issues = new IssueList(file);
  const lineCounter = new LineCounter();
  const locs = new SourceMap(lineCounter);
  // yaml's own uniqueKeys check is quadratic per mapping (seconds for 5,000 services): ours is linear.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });

  if (doc.errors.length > 0) {
    // The tree of a broken document is a guess; checking it would only add confusing errors.
    for (const e of doc.errors) issues.add(locs.posAt(e.pos[0]), yamlErrorMessage(e));
    return { doc, text, issues, locs };
  }
  reportRepeatedKeys(doc.contents, locs, issues);
  return { doc, text, issues, locs };
}

/**
 * Every mapping's repeated keys, anywhere in the document (aliases are not followed: their
 * anchor is checked where it is written). A plain recursion over collections: yaml's `visit`
 * also visits every scalar and builds a path for each, a tenth of a large manifest's parse.
 */
function reportRepeatedKeys(node: unknown, locs: SourceMap, issues: IssueList): void {
  if (isSeq(node)) {
    for (const item of node.items) reportRepeatedKeys(item, locs, issues);
  } else if (isMap(node)) {
    const seen = new Set<unknown>();
    for (const { key } of node.items) {
      if (!isScalar(key)) continue;
      if (seen.has(key.value) && key.range) {
        issues.add(
          locs.posAt(key.range[0]),
          `YAML syntax error: Map keys must be unique: ${YAML_HINTS.DUPLICATE_KEY}.`,
        );
      }
      seen.add(key.value);
    }
    for (const { key, value } of node.items) {
      reportRepeatedKeys(key, locs, issues);
      reportRepeatedKeys(value, locs, issues);
    }
  }
}

/** Like {@link parseManifest}, but throws a {@link ManifestError} listing every issue. */
export function loadManifestOrThrow(text: string, file: string = DEFAULT_MANIFEST_FILE): Manifest {
  const { manifest, issues } = parseManifest(text, file);
  if (manifest === undefined) throw new ManifestError(issues);
  return manifest;
}

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'each key may appear once in a mapping, so remove or merge the repeated one',
  TAB_AS_INDENT: 'YAML indents with spaces, so replace the tabs',
  BAD_INDENT: 'indent it with spaces to line up with the entries it belongs to',
  MULTIPLE_DOCS: 'the manifest is one document, so remove the `---` and what follows',
  MISSING_CHAR: 'add the missing closing character',
  BAD_ALIAS: 'define the anchor (`&name`) before using `*name`',
  BAD_SCALAR_START: 'quote the value',
  BLOCK_AS_IMPLICIT_KEY: 'put the key and its value on separate lines, or quote it',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; check for a missing `:` or quote',
};

function yamlErrorMessage(e: YAMLError): string {
  const what = e.message.split('\n')[0]!.replace(/\.$/, '');
  const hint = YAML_HINTS[e.code] ?? 'check the quoting, brackets and indentation around here';
  return `YAML syntax error: ${what}: ${hint}.`;
}
