/**
 * Structural validation: walks the YAML nodes against the spec (spec.ts), reports every
 * unknown key, wrong type, missing key, bad name, path or pattern at its exact position, and
 * returns the plain values that passed. Cross-references (depends-on, release groups) are
 * checked afterwards by validate.ts.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import { exampleOf, flowYaml } from './example.js';
import { displayPath, type IssueList, type SourceMap, type ValuePath } from './issues.js';
import { dirError, patternError } from './paths.js';
import {
  NAME_RE,
  discriminatorSpec,
  nameDoc,
  variantSpec,
  type BooleanSpec,
  type ConstSpec,
  type EnumSpec,
  type Infer,
  type ListSpec,
  type MapSpec,
  type NumberSpec,
  type ObjectSpec,
  type Spec,
  type StringSpec,
  type UnionSpec,
} from './spec.js';
import { didYouMean } from './suggest.js';
import type { SourcePos } from './types.js';

/**
 * Upper bound on visited nodes. Aliases can nest exponentially ("billion laughs"); no real
 * manifest comes near this.
 */
const NODE_BUDGET = 200_000;

export interface WalkContext {
  readonly doc: Document;
  readonly text: string;
  readonly issues: IssueList;
  readonly locs: SourceMap;
}

/**
 * Validates `root` (the document's top-level node) against `spec`; undefined when the root
 * itself is unusable (its issue is reported).
 */
export function checkStructure<S extends Spec>(
  root: Node | null,
  spec: S,
  ctx: WalkContext,
): Infer<S> | undefined {
  return new Walker(ctx).walk(root, spec, [], undefined) as Infer<S> | undefined;
}

type YamlNode = Node | null | undefined;

class Walker {
  private visited = 0;
  private exhausted = false;

  constructor(private readonly ctx: WalkContext) {}

  /** Returns the accepted value, or undefined (after reporting why) when it cannot be used. */
  walk(raw: YamlNode, spec: Spec, path: ValuePath, keyPos: SourcePos | undefined): unknown {
    if (++this.visited > NODE_BUDGET) {
      if (!this.exhausted) {
        this.exhausted = true;
        this.ctx.issues.add(
          this.ctx.locs.posOf(raw),
          `The manifest expands to more than ${NODE_BUDGET} values through aliases: ` +
            'write the repeated parts out instead of nesting `*alias` references.',
        );
      }
      return undefined;
    }
    // An alias stands for its anchor's value; positions stay at the alias, where the user looks.
    const node = isAlias(raw) ? (raw.resolve(this.ctx.doc) as YamlNode) : raw;
    const valuePos = this.ctx.locs.posOf(raw, keyPos);
    const text = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
    this.ctx.locs.record(path, keyPos, valuePos, text);

    if (node === null || node === undefined || (isScalar(node) && node.value === null)) {
      this.report(keyPos ?? valuePos, `${this.where(path)} has no value: ${this.fix(spec, path)}.`);
      return undefined;
    }
    switch (spec.kind) {
      case 'string':
        return this.string(node, spec, path, valuePos);
      case 'number':
        return this.number(node, spec, path, valuePos);
      case 'boolean':
        return this.boolean(node, spec, path, valuePos);
      case 'enum':
        return this.enumeration(node, spec, path, valuePos);
      case 'const':
        return this.constant(node, spec, path, valuePos);
      case 'list':
        return this.list(node, spec, path, keyPos, valuePos);
      case 'map':
        return this.map(node, spec, path, keyPos, valuePos);
      case 'object':
        return this.object(node, spec, path, keyPos, valuePos);
      case 'union':
        return this.union(node, spec, path, keyPos, valuePos);
    }
  }

  private string(node: Node, spec: StringSpec, path: ValuePath, pos: SourcePos) {
    if (!isScalar(node) || typeof node.value !== 'string') {
      this.wrongType(
        node,
        spec,
        path,
        pos,
        isScalar(node) ? ' (quote it to make it a string)' : '',
      );
      return undefined;
    }
    const value = node.value;
    const problem =
      spec.format === 'name'
        ? this.nameProblem(value, spec.entry ?? 'project')
        : spec.format === 'dir'
          ? dirError(value, spec.base)
          : spec.format === 'pattern'
            ? patternError(value, spec.base)
            : spec.pattern !== undefined && !compiled(spec.pattern).test(value)
              ? (spec.patternHint ?? `does not match \`${spec.pattern}\``)
              : undefined;
    if (problem !== undefined) {
      // An issue is one line (`file:line:col: message`), so multi-line values are not quoted.
      const subject =
        value === '' || /[\r\n]/.test(value)
          ? this.where(path)
          : `${quoteValue(value)} in ${this.where(path, true)}`;
      this.report(pos, `${subject} ${problem.replace(/\.$/, '')}.`);
      return undefined;
    }
    return value;
  }

  private number(node: Node, spec: NumberSpec, path: ValuePath, pos: SourcePos) {
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value !== 'number') {
      const numeric =
        typeof value === 'string' &&
        isQuoted(node) &&
        value.trim() !== '' &&
        Number.isFinite(Number(value));
      this.wrongType(
        node,
        spec,
        path,
        pos,
        numeric ? ' (remove the quotes to make it a number)' : '',
      );
      return undefined;
    }
    const { min, max } = spec;
    let problem: string | undefined;
    if (!Number.isFinite(value)) {
      problem = `is not a finite number: ${this.fix(spec, path)}`;
    } else if (spec.integer && !Number.isInteger(value)) {
      problem = `is not a whole number: write e.g. ${this.entry(path, nearestAllowed(value, spec))}`;
    } else if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      const range =
        min === undefined
          ? `is more than ${max}`
          : max === undefined
            ? `is less than ${min}`
            : `is not between ${min} and ${max}`;
      problem = `${range}: ${spec.rangeHint ?? this.fix(spec, path)}`;
    }
    if (problem === undefined) return value;
    // The source text, so that `.inf` or `2.50` read as the user wrote them.
    this.report(pos, `${quoteValue(this.source(node))} in ${this.where(path, true)} ${problem}.`);
    return undefined;
  }

  private boolean(node: Node, spec: BooleanSpec, path: ValuePath, pos: SourcePos) {
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value === 'boolean') return value;
    const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
    const meant = Object.hasOwn(BOOLEAN_WORDS, text) ? BOOLEAN_WORDS[text] : undefined;
    if (meant === undefined) {
      this.wrongType(node, spec, path, pos, '');
      return undefined;
    }
    const note =
      isQuoted(node) && (text === 'true' || text === 'false')
        ? ' (remove the quotes to make it a boolean)'
        : ' (YAML 1.2 reads only `true` and `false` as booleans)';
    this.wrongType(node, spec, path, pos, note, `write ${this.entry(path, meant)}`);
    return undefined;
  }

  private enumeration(node: Node, spec: EnumSpec, path: ValuePath, pos: SourcePos) {
    const value = isScalar(node) ? node.value : undefined;
    if (typeof value === 'string' && spec.values.includes(value)) return value;
    const hint =
      (typeof value === 'string' ? didYouMean(value, spec.values) : undefined) ??
      `write e.g. \`${lastKey(path)}: ${flowYaml(exampleOf(spec))}\``;
    const message =
      `${this.where(path)} is ${this.describe(node)} but must be one of ` +
      `${spec.values.join(', ')}: ${hint}.`;
    this.report(pos, message.replace(/\?\.$/, '?'));
    return undefined;
  }

  private constant(node: Node, spec: ConstSpec, path: ValuePath, pos: SourcePos) {
    if (isScalar(node) && node.value === spec.value) return spec.value;
    const want = flowYaml(spec.value);
    this.report(
      pos,
      `${this.where(path)} must be ${want}, not ${this.describe(node)}: write ` +
        `\`${lastKey(path)}: ${want}\` (${spec.title}), or remove the key.`,
    );
    return undefined;
  }

  private list(
    node: Node,
    spec: ListSpec,
    path: ValuePath,
    keyPos: SourcePos | undefined,
    pos: SourcePos,
  ) {
    if (!isSeq(node)) {
      this.wrongType(node, spec, path, pos, '');
      return undefined;
    }
    const out: unknown[] = [];
    const seen = new Map<unknown, number>();
    node.items.forEach((item, i) => {
      const value = this.walk(item as YamlNode, spec.items, [...path, i], undefined);
      if (value === undefined) return;
      const first = seen.get(value);
      if (spec.unique && first !== undefined) {
        this.report(
          this.ctx.locs.value([...path, i]),
          `${this.where(path)} lists ${quoteValue(value)} twice (also entry ${first + 1}): ` +
            'remove the duplicate.',
        );
        return;
      }
      seen.set(value, i);
      out.push(value);
    });
    if (spec.minItems !== undefined && node.items.length < spec.minItems) {
      this.report(
        keyPos ?? pos,
        `${this.where(path)} has ${plural(node.items.length, 'entry', 'entries')} but needs at ` +
          `least ${spec.minItems}: ${spec.minItemsHint ?? `add ${spec.items.title}s`}.`,
      );
    }
    return out;
  }

  private map(
    node: Node,
    spec: MapSpec,
    path: ValuePath,
    keyPos: SourcePos | undefined,
    pos: SourcePos,
  ) {
    if (!isMap(node)) {
      this.wrongType(node, spec, path, pos, '');
      return undefined;
    }
    const out = new Map<string, unknown>();
    for (const pair of node.items as Pair<YamlNode, YamlNode>[]) {
      const name = this.keyText(pair.key);
      const namePos = this.ctx.locs.posOf(pair.key, pos);
      const problem = this.nameProblem(name, spec.entry);
      if (problem !== undefined) {
        this.report(namePos, `${quoteValue(name)} in \`${displayPath(path)}\` ${problem}.`);
      }
      // Keep badly named entries: references to them then resolve instead of piling up errors.
      const value = this.walk(pair.value, spec.values, [...path, name], namePos);
      if (value !== undefined) out.set(name, value);
    }
    if (spec.minEntries !== undefined && node.items.length < spec.minEntries) {
      this.report(
        keyPos ?? pos,
        `${this.where(path)} is empty: ${spec.minEntriesHint ?? `add a ${spec.entry}`}.`,
      );
    }
    return out;
  }

  private object(
    node: Node,
    spec: ObjectSpec,
    path: ValuePath,
    keyPos: SourcePos | undefined,
    pos: SourcePos,
  ) {
    if (!isMap(node)) {
      this.wrongType(node, spec, path, pos, '');
      return undefined;
    }
    const known = Object.keys(spec.fields);
    const out: Record<string, unknown> = {};
    const present = new Set<string>();
    for (const pair of node.items as Pair<YamlNode, YamlNode>[]) {
      const key = this.keyText(pair.key);
      const at = this.ctx.locs.posOf(pair.key, pos);
      const field = Object.hasOwn(spec.fields, key) ? spec.fields[key] : undefined;
      if (field === undefined) {
        this.unknownKey(key, known, path, at);
        continue;
      }
      present.add(key);
      const value = this.walk(pair.value, field, [...path, key], at);
      if (value !== undefined) out[key] = value;
    }
    const anchor = keyPos ?? pos;
    for (const key of spec.required ?? []) {
      if (present.has(key)) continue;
      const example = flowYaml({ [key]: exampleOf(spec.fields[key] as Spec) }).slice(1, -1);
      this.report(anchor, `${this.where(path)} has no \`${key}\`: add it, e.g. \`${example}\`.`);
    }
    const oneOf = spec.requireOneOf;
    if (oneOf && !oneOf.keys.some((k) => present.has(k))) {
      const keys = oneOf.keys.map((k) => `\`${k}\``).join(' nor ');
      this.report(anchor, `${this.where(path)} has neither ${keys}: ${oneOf.hint}.`);
    }
    return out;
  }

  /**
   * The discriminator first: until it names a variant there is nothing to check the other keys
   * against, so a missing or unknown one is the only issue reported for the mapping.
   */
  private union(
    node: Node,
    spec: UnionSpec,
    path: ValuePath,
    keyPos: SourcePos | undefined,
    pos: SourcePos,
  ) {
    if (!isMap(node)) {
      this.wrongType(node, spec, path, pos, '');
      return undefined;
    }
    const key = spec.discriminator;
    const pair = (node.items as Pair<YamlNode, YamlNode>[]).find(
      (p) => this.keyText(p.key) === key,
    );
    if (pair === undefined) {
      const tags = discriminatorSpec(spec);
      this.report(
        keyPos ?? pos,
        `${this.where(path)} has no \`${key}\`, which must be one of ${tags.values.join(', ')}: ` +
          `add it, e.g. ${this.entry([key], exampleOf(tags))}.`,
      );
      return undefined;
    }
    const at = this.ctx.locs.posOf(pair.key, pos);
    const tag = this.walk(pair.value, discriminatorSpec(spec), [...path, key], at);
    if (tag === undefined) return undefined;
    return this.object(node, variantSpec(spec, tag as string), path, keyPos, pos);
  }

  private unknownKey(key: string, known: readonly string[], path: ValuePath, at: SourcePos) {
    const where = path.length === 0 ? '' : ` in \`${displayPath(path)}\``;
    const kind = path.length === 0 ? 'top-level key' : 'key';
    const hint =
      didYouMean(key, known) ??
      `remove it; the keys allowed here are ${known.map((k) => `\`${k}\``).join(', ')}`;
    this.report(at, `Unknown ${kind} ${quoteValue(key)}${where}: ${hint}.`.replace(/\?\.$/, '?'));
  }

  private wrongType(
    node: Node,
    spec: Spec,
    path: ValuePath,
    pos: SourcePos,
    note: string,
    fix = this.fix(spec, path),
  ) {
    // A boolean's title says what it switches; what the user needs to read is its two values.
    const want = spec.kind === 'boolean' ? 'true or false' : spec.title;
    this.report(
      pos,
      `${this.where(path)} must be ${want}, not ${this.describe(node)}${note}: ${fix}.`,
    );
  }

  /** "write e.g. `path: services/catalog`". */
  private fix(spec: Spec, path: ValuePath): string {
    return `write e.g. ${this.entry(path, exampleOf(spec))}`;
  }

  /** "`path: services/catalog`" (list items and the root have no key to show). */
  private entry(path: ValuePath, value: unknown): string {
    const example = flowYaml(value);
    return typeof path[path.length - 1] === 'string'
      ? `\`${lastKey(path)}: ${example}\``
      : `\`${example}\``;
  }

  /** Undefined when `name` is valid, else what is wrong with it and a valid spelling. */
  private nameProblem(name: string, entry: string): string | undefined {
    if (NAME_RE.test(name)) return undefined;
    const fixed = name
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 63);
    const example = NAME_RE.test(fixed) ? fixed : String(nameDoc(entry).examples?.[0]);
    return (
      `is not a valid ${entry} name: use 1–63 lowercase letters, digits and \`-\`, starting ` +
      `with a letter or digit, e.g. \`${example}\``
    );
  }

  /** The key as written: a number-like key (`42:`) keeps its spelling rather than its value. */
  private keyText(key: YamlNode): string {
    if (isScalar(key) && typeof key.value === 'string') return key.value;
    const range = key?.range;
    return range ? this.ctx.text.slice(range[0], range[1]).trim() : '';
  }

  private describe(node: Node): string {
    if (isMap(node)) return 'a mapping';
    if (isSeq(node)) return 'a list';
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === 'string') return `the text ${quoteValue(v)}`;
      if (typeof v === 'number' || typeof v === 'bigint') return `the number ${this.source(node)}`;
      if (typeof v === 'boolean') return `the boolean ${String(v)}`;
    }
    return 'an unsupported value';
  }

  /** A scalar as written (`1.10`, not its value 1.1); falls back to its value. */
  private source(node: Node): string {
    const range = node.range;
    const text = range ? this.ctx.text.slice(range[0], range[1]).trim() : '';
    return text !== '' ? text : String((node as { value?: unknown }).value);
  }

  /** "`services.web.path`" or, for the root, "The manifest" (lowercase inside a sentence). */
  private where(path: ValuePath, inSentence = false): string {
    if (path.length === 0) return inSentence ? 'the manifest' : 'The manifest';
    return `\`${displayPath(path)}\``;
  }

  private report(pos: SourcePos, message: string) {
    this.ctx.issues.add(pos, message);
  }
}

const patterns = new Map<string, RegExp>();
/** Spec patterns are few and fixed: compile each once. */
function compiled(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (re === undefined) patterns.set(pattern, (re = new RegExp(pattern, 'u')));
  return re;
}

/** Text meant as a boolean: quoted `true`/`false`, or words YAML 1.1 read as booleans and 1.2 does not. */
const BOOLEAN_WORDS: Record<string, boolean> = {
  true: true,
  false: false,
  yes: true,
  no: false,
  on: true,
  off: false,
  y: true,
  n: false,
};

/** The closest whole number the spec accepts, to suggest instead of a fraction. */
function nearestAllowed(value: number, spec: NumberSpec): number {
  return Math.min(spec.max ?? Infinity, Math.max(spec.min ?? -Infinity, Math.round(value)));
}

/** Written in quotes: a quoted `"5"` or `"true"` is text even though it looks like a value. */
const isQuoted = (node: Node): boolean =>
  isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');

const lastKey = (path: ValuePath): string => String(path[path.length - 1] ?? '');

const quoteValue = (v: unknown): string => `\`${String(v)}\``;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
