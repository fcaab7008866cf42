/** Containment of resolved paths: the one check behind every "must stay inside" rule. */
import { isAbsolute, relative, sep } from 'node:path';

/** `p` is `root` itself or below it (both absolute and resolved as far as the caller needs). */
export function isInside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

/** `p` is below `root`, not `root` itself. */
export function isStrictlyInside(root: string, p: string): boolean {
  return relative(root, p) !== '' && isInside(root, p);
}
