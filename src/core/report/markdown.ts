/** Markdown helpers that make untrusted text (file and branch names) inert in GitHub Markdown. */

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '|': '&#124;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '~': '&#126;',
  $: '&#36;',
  '@': '&#64;',
  ':': '&#58;',
};

/**
 * Escape text for a Markdown table cell or paragraph: every character with Markdown, HTML,
 * table, math or mention meaning becomes an entity, as does the `:` of a `scheme://` autolink
 * (`(` and `)` are inert once `[` and `]` are), and line breaks become a visible `␤`.
 */
export function md(text: string): string {
  const escaped = text
    .replace(/[&<>"|`*_[\]\\~$@]|:(?=\/\/)/g, (c) => ENTITY[c]!)
    .replace(/\r?\n|\r/g, '␤');
  // A heading or list marker only means something at the start of a line: there is one line now.
  return escaped.replace(/^[#+-]/, (c) => `&#${c.charCodeAt(0)};`);
}

/** A file name shown as code: entities still apply inside <code>, unlike backtick spans. */
export function mdCode(text: string): string {
  return `<code>${md(text)}</code>`;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function shortSha(sha: string | undefined): string {
  return sha ? sha.slice(0, 7) : '';
}
