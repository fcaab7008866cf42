/** Short YAML examples derived from the spec, for the "write e.g. …" half of messages. */
import { parse } from 'yaml';
import { nameDoc, variantSpec, type Spec } from './spec.js';

/** A representative value for `spec`: its first example or default, else one built from its parts. */
export function exampleOf(spec: Spec): unknown {
  if (spec.examples?.length) return spec.examples[0];
  if (spec.default !== undefined) return spec.default;
  switch (spec.kind) {
    case 'string':
      return 'x';
    case 'number':
      return spec.min ?? spec.max ?? 0; // a bound is always in range
    case 'boolean':
      return true;
    case 'enum':
      return spec.values[0];
    case 'const':
      return spec.value;
    case 'list':
      return [exampleOf(spec.items)];
    case 'map': {
      const name = nameDoc(spec.entry).examples?.[0];
      return { [typeof name === 'string' ? name : 'name']: exampleOf(spec.values) };
    }
    case 'object':
      return Object.fromEntries(
        (spec.required ?? []).map((k) => [k, exampleOf(spec.fields[k] as Spec)]),
      );
    case 'union':
      return exampleOf(variantSpec(spec, Object.keys(spec.variants)[0] ?? ''));
  }
}

/** One-line YAML flow syntax: `{path: services/catalog}`, `[web, catalog]`, `'!docs/**'`. */
export function flowYaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowYaml).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const parts = Object.entries(value).map(([k, v]) => `${flowYaml(k)}: ${flowYaml(v)}`);
    return `{${parts.join(', ')}}`;
  }
  if (typeof value === 'string') {
    // Plain when YAML reads it back as the same string: `!` (tag), `*` (alias) and `[`/`{` need
    // quotes, and so do `true`, `1.4` or `.inf`, which YAML would read as another type.
    return /^[A-Za-z0-9_.][A-Za-z0-9_./*-]*$/.test(value) && parse(value) === value
      ? value
      : `'${value.replace(/'/g, "''")}'`;
  }
  return String(value);
}
