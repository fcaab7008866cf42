/** A Logger for the CLI: plain stderr lines, `file:line:col` prefixes like a compiler. */
import type { AnnotationPos, Logger } from '../core/ports.js';

function located(message: string, where?: AnnotationPos): string {
  if (!where?.file) return message;
  const pos = [where.file, where.line, where.col].filter((p) => p !== undefined).join(':');
  return `${pos}: ${message}`;
}

export function consoleLogger(
  opts: { verbose?: boolean; stream?: NodeJS.WritableStream } = {},
): Logger {
  const out = opts.stream ?? process.stderr;
  const write = (line: string) => out.write(`${line}\n`);
  return {
    debug: (m) => {
      if (opts.verbose) write(m);
    },
    info: (m) => write(m),
    warning: (m, where) => write(`warning: ${located(m, where)}`),
    error: (m, where) => write(`error: ${located(m, where)}`),
    group: async (title, fn) => {
      write(`▸ ${title}`);
      return fn();
    },
  };
}
