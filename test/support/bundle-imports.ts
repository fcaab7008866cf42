/**
 * What a file of a bundle in dist/ imports, read from its text. esbuild writes every import in
 * one of these forms; JSDoc's `import('./x')` types (single quotes, inside comments) are not code.
 */

/** `import … from "x"` and `import "x"` at the start of a line: loaded with the file. */
export function staticImports(code: string): string[] {
  return [
    ...code.matchAll(/^import\s[^;]*?\sfrom\s*["']([^"']+)["']/gm),
    ...code.matchAll(/^import\s*["']([^"']+)["']/gm),
  ].map((m) => m[1]!);
}

/** Everything the file may load: its static imports, chunks on demand, CommonJS require()s. */
export function allImports(code: string): string[] {
  return [
    ...staticImports(code),
    ...[
      ...code.matchAll(/\bimport\("([^"]+)"\)/g),
      ...code.matchAll(/\b__require\("([^"]+)"\)/g),
    ].map((m) => m[1]!),
  ];
}
