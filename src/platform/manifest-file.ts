/** Finds `msdeploy.yml` in a checkout and reads it; manifest-load.ts parses and validates it. */
import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { ManifestProblem, settingLabel } from '../core/errors.js';
import {
  DEFAULT_MANIFEST_FILE,
  MAX_MANIFEST_BYTES,
  ManifestError,
  manifestTooLarge,
} from '../core/manifest/problems.js';
import { isInside } from '../core/paths/inside.js';

/** Where the manifest is: the repository root it describes, and the file within it. */
export interface ManifestLocation {
  /** The repository root: service paths are relative to it. */
  root: string;
  /** The manifest, relative to `root`. */
  file: string;
  /** How error locations name the file (for annotations: relative to the workspace). */
  shownAs: string;
}

/**
 * `path` (relative to `root`) resolved through every symlink, or an error when it leaves the
 * repository. Never quotes the target's content. Undefined when the path does not exist.
 */
export async function insideRepository(
  root: string,
  path: string,
  what: string,
): Promise<string | undefined> {
  const realRoot = await realpath(root);
  let real: string;
  try {
    real = await realpath(join(root, path));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  if (!isInside(realRoot, real)) {
    throw new ManifestProblem(
      `${what} ${path} leads outside the repository (through a symbolic link): refusing to use it.`,
    );
  }
  return real;
}

/**
 * The manifest's text: inside the repository, not over the size limit, readable. Apart from
 * the parse (manifest-load.ts) so a caller can start other work (git) before it loads the parser.
 */
export async function readManifestText(at: ManifestLocation): Promise<string> {
  try {
    await insideRepository(at.root, at.file, 'The manifest');
    const path = join(at.root, at.file);
    // Measured before it is read: a huge file is refused without reading it into memory.
    const { size } = await stat(path);
    if (size > MAX_MANIFEST_BYTES) throw new ManifestError([manifestTooLarge(size, at.shownAs)]);
    return await readFile(path, 'utf8');
  } catch (e) {
    if (e instanceof ManifestProblem) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new ManifestProblem((audience) =>
      code === 'ENOENT'
        ? `No manifest at ${at.shownAs}: create msdeploy.yml at the repository root (see docs/manifest.md), or point the ${settingLabel('manifest', audience)} at it.`
        : `Cannot read the manifest ${at.shownAs}: ${(e as Error).message}`,
    );
  }
}

/**
 * The manifest for a command run in `cwd`: `file` there, else in the nearest parent directory
 * up to the repository root (the first one holding `.git`). An explicit path is taken as given.
 */
export async function findManifest(
  cwd: string,
  file: string | undefined,
): Promise<ManifestLocation> {
  const start = resolve(cwd);
  if (file !== undefined) return { root: start, file, shownAs: file };
  for (let dir = start; ; dir = dirname(dir)) {
    if (await exists(join(dir, DEFAULT_MANIFEST_FILE))) {
      return {
        root: dir,
        file: DEFAULT_MANIFEST_FILE,
        shownAs: relative(start, join(dir, DEFAULT_MANIFEST_FILE)),
      };
    }
    if ((await exists(join(dir, '.git'))) || dirname(dir) === dir) break;
  }
  throw new ManifestProblem(
    `No ${DEFAULT_MANIFEST_FILE} in ${start} or its parents up to the repository root: create one (see docs/manifest.md) or pass --manifest.`,
  );
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );
