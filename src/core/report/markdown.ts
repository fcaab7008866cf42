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
 * Characters that draw nothing or reorder what is drawn: Unicode format characters (bidi
 * embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, zero-width U+200B–U+200D,
 * U+2060, U+FEFF, soft hyphen, …), line and paragraph separators, and C1 controls.
 */
const INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}\u0080-\u009f]/gu;

/**
 * Untrusted text with every invisible character shown as `<U+XXXX>`: `svc/rtl\u202Egpj.exe`
 * would display as `svc/rtlexe.jpg`; it reads `svc/rtl<U+202E>gpj.exe`. For Markdown, terminals
 * and workflow outputs alike.
 */
export function showInvisible(text: string): string {
  return text.replace(
    INVISIBLE,
    (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}

/**
 * Escape text for a Markdown table cell or paragraph: every character with Markdown, HTML,
 * table, math or mention meaning becomes an entity, as does the `:` of a `scheme://` autolink
 * (`(` and `)` are inert once `[` and `]` are), line breaks become a visible `␤`, and invisible
 * characters are spelled out ({@link showInvisible}).
 */
export function md(text: string): string {
  const escaped = showInvisible(text)
    .replace(/[&<>"|`*_[\]\\~$@]|:(?=\/\/)/g, (c) => ENTITY[c]!)
    .replace(/\r?\n|\r/g, '␤');
  // A heading or list marker only means something at the start of a line: there is one line now.
  return escaped.replace(/^[#+-]/, (c) => `&#${c.charCodeAt(0)};`);
}

/** A file name shown as code: entities still apply inside <code>, unlike backtick spans. */
export function mdCode(text: string): string {
  return `<code>${md(text)}</code>`;
}

/** GitHub drops a step summary over 1 MiB whole: every summary we write stays under this. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024;

/** `text` cut to `max` characters with an ellipsis: one file name must not fill a summary. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * `markdown` if it fits in `budget` bytes of UTF-8, else cut at the last line break that fits,
 * with `note` (Markdown) after it saying what was left out and where to find it.
 */
export function fitSummary(
  markdown: string,
  note = 'the rest of this summary was cut to stay under the 1 MiB GitHub allows a step summary.',
  budget: number = SUMMARY_BUDGET_BYTES,
): string {
  if (Buffer.byteLength(markdown, 'utf8') <= budget) return markdown;
  const tail = `\n\n> [!NOTE]\n> _Truncated:_ ${note}\n`;
  const bytes = Buffer.from(markdown, 'utf8');
  const room = Math.max(0, budget - Buffer.byteLength(tail, 'utf8'));
  // Cut at a line break (a 0x0a byte is never inside a UTF-8 sequence), else at a character.
  let cut = bytes.lastIndexOf(0x0a, room);
  if (cut <= 0) {
    cut = room;
    while (cut > 0 && (bytes[cut]! & 0xc0) === 0x80) cut--;
  }
  return `${bytes.toString('utf8', 0, cut)}${tail}`;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function shortSha(sha: string | undefined): string {
  return sha ? sha.slice(0, 7) : '';
}
