/**
 * The archive format (ARCHIVE_FORMAT): a tar stream cut every MEMBER_INPUT bytes into gzip
 * members deflated in parallel. Its bytes must not depend on the number of threads, must be what
 * the system's gzip and tar read, and must not change unnoticed: the digests of a fixed tree are
 * pinned here. A change to them changes every artifact's digest; bump ARCHIVE_FORMAT and say so
 * in docs/stores.md.
 */
import { execFile } from 'node:child_process';
import { createCipheriv, createHash } from 'node:crypto';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { MEMBER_INPUT } from '../../../src/core/artifact/gzip-members.js';
import { ARCHIVE_FORMAT, packArchive } from '../../../src/core/artifact/pack.js';

const run = promisify(execFile);
const MTIME = 1_700_000_000;
const REPO = fileURLToPath(new URL('../../..', import.meta.url));

/** sha256 of the uncompressed tar stream of the fixed tree: the tar writer's output. */
const TAR_DIGEST = 'sha256:0a8e9a0e6df7ccb416783ec065fd7a91a0d5fbdaef3ba42e4c513037b183c438';
/**
 * sha256 of the archive of the fixed tree, by the zlib that deflated it (node bundles its own;
 * provenance records it). Another zlib may deflate differently: check the framing test passes
 * there, then add its digest.
 */
const ARCHIVE_DIGEST: Record<string, string> = {
  '1.3.1-e00f703': 'sha256:740d07989652d2b7e1c52e3d7422a8b040d78611dc929f80047d9111ea6bfdfc',
};

/** A fixed tree: small text files in nested directories, an incompressible 2.5 MiB file, an
 * executable, a symlink, an empty directory and a non-ASCII name; about 3.3 MiB of tar. */
function fixedTree(dir: string): void {
  for (let i = 0; i < 300; i++) {
    const sub = join(dir, `pkg-${i % 7}`, `lib-${i % 3}`);
    mkdirSync(sub, { recursive: true });
    const line = `export const value${i} = ${JSON.stringify('x'.repeat(i % 50))};\n`;
    writeFileSync(join(sub, `module-${i}.js`), line.repeat(1 + ((i * 37) % 60)));
  }
  const key = Buffer.alloc(16, 7);
  const noise = createCipheriv('aes-128-ctr', key, Buffer.alloc(16)).update(
    Buffer.alloc(2.5 * 1024 * 1024),
  );
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'blob.bin'), noise);
  writeFileSync(join(dir, 'run.sh'), '#!/bin/sh\necho run\n');
  chmodSync(join(dir, 'run.sh'), 0o755);
  symlinkSync('pkg-0/lib-0/module-0.js', join(dir, 'main.js'));
  mkdirSync(join(dir, 'empty', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'ünïcødé.txt'), 'unicode\n');
}

/** Every path under dir with what matters about it: contents, exec bit, link target. */
function describeTree(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, rel)).sort()) {
    const path = rel ? `${rel}/${name}` : name;
    const st = lstatSync(join(dir, path));
    if (st.isSymbolicLink()) out.push(`${path} -> ${readlinkSync(join(dir, path))}`);
    else if (st.isDirectory()) out.push(`${path}/`, ...describeTree(dir, path));
    else {
      const hash = createHash('sha256')
        .update(readFileSync(join(dir, path)))
        .digest('hex');
      out.push(`${path} ${st.mode & 0o111 ? 'x' : '-'} ${hash}`);
    }
  }
  return out;
}

const sha256 = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

describe(`packArchive's format (${ARCHIVE_FORMAT})`, () => {
  let work: string;
  let src: string;
  let archive: Buffer;
  let digest: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'msdeploy-pack-format-'));
    src = join(work, 'src');
    mkdirSync(src);
    fixedTree(src);
    const packed = await packArchive(src, join(work, 'a.tar.gz'), { mtime: MTIME });
    archive = readFileSync(join(work, 'a.tar.gz'));
    digest = packed.digest;
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is gzip members of MEMBER_INPUT bytes of tar each, deflated at level 6, with a fixed header', () => {
    const tar = gunzipSync(archive);
    expect(tar.length).toBeGreaterThan(3 * MEMBER_INPUT); // several members, the last one partial
    const members: Buffer[] = [];
    for (let off = 0; off < tar.length; off += MEMBER_INPUT) {
      const member = gzipSync(tar.subarray(off, off + MEMBER_INPUT), { level: 6 });
      member[9] = 3; // OS: Unix, whatever the platform
      members.push(member);
    }
    expect(archive.equals(Buffer.concat(members))).toBe(true);
    expect(sha256(tar)).toBe(TAR_DIGEST);
  });

  it('has the pinned digest for this zlib', () => {
    const zlib = process.versions.zlib ?? 'unknown';
    const pinned = ARCHIVE_DIGEST[zlib];
    if (pinned === undefined) {
      throw new Error(
        `No pinned archive digest for zlib ${zlib} (this one gives ${digest}): if the framing test passes, add it to ARCHIVE_DIGEST.`,
      );
    }
    expect(digest).toBe(pinned);
  });

  it('gives the same digest with 1, 2 and 4 threads in the pool', async () => {
    const script = `
      const { packArchive } = await import(${JSON.stringify(join(REPO, 'src/core/artifact/pack.ts'))});
      const out = process.argv[1];
      const r = await packArchive(${JSON.stringify(src)}, out, { mtime: ${MTIME} });
      console.log('DIGEST ' + r.digest);`;
    const digests = await Promise.all(
      [1, 2, 4].map(async (threads) => {
        const env: NodeJS.ProcessEnv = { ...process.env, UV_THREADPOOL_SIZE: String(threads) };
        delete env.NODE_OPTIONS; // jest's flags are not the child's
        const out = join(work, `threads-${threads}.tar.gz`);
        const { stdout } = await run(
          process.execPath,
          ['--import', 'tsx', '--input-type=module', '-e', script, out],
          { cwd: REPO, env },
        );
        return /DIGEST (\S+)/.exec(stdout)?.[1];
      }),
    );
    expect(digests).toEqual([digest, digest, digest]);
  });

  it('is read by the system gzip and tar into the identical tree', async () => {
    const file = join(work, 'system.tar.gz');
    writeFileSync(file, archive);
    await run('gzip', ['-t', file]);
    const out = join(work, 'extracted');
    mkdirSync(out);
    await run('bash', ['-c', 'set -o pipefail; gzip -dc "$1" | tar -xf - -C "$2"', 'x', file, out]);
    expect(describeTree(out)).toEqual(describeTree(src));
  });
});
