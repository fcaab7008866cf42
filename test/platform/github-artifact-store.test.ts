/**
 * The github store against a fake Results service, blob storage and REST API on loopback: the real
 * `@actions/artifact` client runs end to end (Twirp retries, block uploads, octokit redirects).
 * What every store promises (round trip, dedupe, digest checks, not found, progress, …) is in
 * test/contracts/github-artifact-store.contract.test.ts; these are the github store's specifics.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { provenanceBytes, provenanceStatement } from '../../src/core/artifact/provenance.js';
import {
  DigestMismatchError,
  type ArtifactMeta,
  type Digest,
} from '../../src/core/artifact/types.js';
import {
  GitHubArtifactStore,
  artifactName,
  parseGitHubRef,
} from '../../src/platform/github-artifact-store.js';
import { createGitHubApi } from '../../src/platform/github.js';
import {
  RESULTS_ENV_KEYS,
  useFakeResultsService,
  type FakeRun,
} from '../support/fake-results-service.js';

const REPOSITORY = 'acme/shop';
const results = useFakeResultsService(REPOSITORY, 9000);
const enterRun = results.enterRun;
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'msdeploy-github-store-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function storeFor(run: FakeRun, extra: { token?: string } = {}): GitHubArtifactStore {
  return new GitHubArtifactStore({
    runId: run.runId,
    repository: REPOSITORY,
    serverUrl: 'https://github.com',
    ...extra,
    // As openStore does: the REST API when there is a token.
    ...(extra.token && {
      api: createGitHubApi({
        token: extra.token,
        repository: REPOSITORY,
        apiUrl: results.service().url,
        delayUnitMs: 10,
      }),
    }),
  });
}

interface Built {
  file: string;
  bytes: Buffer;
  meta: ArtifactMeta;
  provenance: Buffer;
}

let buildCount = 0;
async function build(
  service = 'catalog',
  version = '1.4.0+12.abc1234',
  content?: string | Buffer,
): Promise<Built> {
  const bytes = Buffer.isBuffer(content)
    ? content
    : Buffer.from(
        content ?? `artifact bytes of ${service} ${version} #${buildCount++}\n`.repeat(500),
      );
  const digest: Digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  const fileName = `${service.replace(/\//g, '-')}-${version}.tar.gz`;
  const file = join(work, `built-${buildCount++}.tar.gz`);
  await writeFile(file, bytes);
  const meta: ArtifactMeta = {
    service,
    version,
    kind: 'archive',
    digest,
    size: bytes.length,
    fileName,
  };
  const provenance = provenanceBytes(
    provenanceStatement({
      artifact: meta,
      repository: REPOSITORY,
      serverUrl: 'https://github.com',
      commit: 'a'.repeat(40),
      ref: 'refs/heads/main',
      builderId: 'acme/shop/.github/workflows/ci.yml@refs/heads/main',
      commands: ['make package'],
      workingDirectory: 'services/catalog',
      tests: [],
      startedOn: new Date('2025-01-01T10:00:00Z'),
      finishedOn: new Date('2025-01-01T10:01:00Z'),
      msdeployVersion: '0.1.0',
      toolchain: { node: '24.0.0', zlib: '1.3.0' },
    }),
  );
  return { file, bytes, meta, provenance };
}

describe('GitHubArtifactStore', () => {
  test('in the same run: one un-zipped file whose GitHub digest is ours, provenance beside it, no REST API', async () => {
    const run = enterRun();
    const store = storeFor(run);
    const built = await build();

    const stored = await store.put(built.file, built.meta, built.provenance);

    const name = 'catalog-1.4.0+12.abc1234.tar.gz';
    expect(stored.ref).toBe(`github:${run.runId}/${name}@${built.meta.digest}`);
    const onGitHub = results.service().find(run.runId, name)!;
    expect(stored.location).toBe(
      `https://github.com/acme/shop/actions/runs/${run.runId}/artifacts/${onGitHub.id}`,
    );
    expect(stored.bytesUploaded).toBe(built.bytes.length + built.provenance.length);
    expect(onGitHub.blob).toEqual(built.bytes); // not zipped
    expect(onGitHub.digest).toBe(built.meta.digest);
    expect(results.service().find(run.runId, `${name}.provenance.json`)!.blob).toEqual(
      built.provenance,
    );

    const dest = join(work, 'fetched', 'same-run.tar.gz');
    const progress: number[] = [];
    await store.get(stored.ref, dest, (done) => progress.push(done));
    expect(await readFile(dest)).toEqual(built.bytes);
    expect(progress).toEqual([built.bytes.length]); // once, at the end: the library reports none
    expect(results.service().callCount('ListWorkflowRunArtifacts')).toBe(0); // same run: no REST API
  });

  test('an artifact larger than one 8 MiB block is staged in blocks and reassembled in order', async () => {
    const run = enterRun();
    const store = storeFor(run);
    const big = Buffer.alloc(9 * 1024 * 1024 + 123);
    for (let i = 0; i < big.length; i += 4096) big.writeUInt32BE(i, i); // position-dependent bytes
    const built = await build('media', '1.0.0', big);
    const blocksBefore = results.service().callCount('PutBlock');

    const { ref } = await store.put(built.file, built.meta, built.provenance);

    expect(results.service().callCount('PutBlock') - blocksBefore).toBe(3); // two artifact blocks + provenance
    const dest = join(work, 'fetched', 'big.tar.gz');
    await store.get(ref, dest);
    expect((await readFile(dest)).equals(built.bytes)).toBe(true);
  });

  test('downloads from another run through the REST API (findBy) with a token', async () => {
    const producer = enterRun();
    const built = await build('orders', '2.0.0');
    const { ref } = await storeFor(producer).put(built.file, built.meta, built.provenance);
    const restCallsBefore = results.service().callCount('DownloadArtifact');

    const consumer = enterRun();
    const dest = join(work, 'fetched', 'cross-run.tar.gz');
    const got = await storeFor(consumer, { token: results.service().restToken }).get(ref, dest);

    expect(await readFile(dest)).toEqual(built.bytes);
    expect(got.meta.digest).toBe(built.meta.digest);
    expect(results.service().callCount('DownloadArtifact') - restCallsBefore).toBe(2); // artifact + provenance
  });

  test('reading another run without a token says what is missing', async () => {
    const producer = enterRun();
    const built = await build('orders', '2.0.1');
    const { ref } = await storeFor(producer).put(built.file, built.meta, built.provenance);
    const consumer = enterRun();
    await expect(storeFor(consumer).get(ref, join(work, 'x'))).rejects.toThrow(
      /not this run.*token with actions:read and the repository/s,
    );
  });

  test('a file that does not match meta.digest is deleted from GitHub again after its upload', async () => {
    const run = enterRun();
    const built = await build('billing', '0.9.1');
    const wrong: ArtifactMeta = { ...built.meta, digest: `sha256:${'0'.repeat(64)}` };
    const deletesBefore = results.service().callCount('DeleteArtifact');

    await expect(storeFor(run).put(built.file, wrong, built.provenance)).rejects.toBeInstanceOf(
      DigestMismatchError,
    );

    expect(results.service().callCount('DeleteArtifact') - deletesBefore).toBe(1);
    expect(results.service().find(run.runId, artifactName(built.meta))).toBeUndefined();
  });

  test('retries a Results service 503 and then succeeds', async () => {
    const run = enterRun();
    const built = await build('search', '3.1.0');
    results.service().failNext('CreateArtifact', 1, 503);

    await storeFor(run).put(built.file, built.meta, built.provenance);

    const createStatuses = results
      .service()
      .calls.filter((c) => c.operation === 'CreateArtifact')
      .slice(-3)
      .map((c) => c.status);
    expect(createStatuses).toEqual([503, 200, 200]); // failed, retried, then the provenance upload
    expect(results.service().find(run.runId, artifactName(built.meta))!.digest).toBe(
      built.meta.digest,
    );
  });

  test('retries a REST 500 on a cross-run lookup', async () => {
    const producer = enterRun();
    const built = await build('search', '3.1.1');
    const { ref } = await storeFor(producer).put(built.file, built.meta, built.provenance);
    const consumer = enterRun();
    results.service().failNext('ListWorkflowRunArtifacts', 1, 500);
    const before = results.service().calls.length;

    await storeFor(consumer, { token: results.service().restToken }).get(
      ref,
      join(work, 'fetched', 'rest-retry.tar.gz'),
    );

    const listStatuses = results
      .service()
      .calls.slice(before)
      .filter((c) => c.operation === 'ListWorkflowRunArtifacts')
      .map((c) => c.status);
    expect(listStatuses).toEqual([500, 200, 200]);
  });

  test('same name in the same run: a 409 with the same digest sends no block, keeps the first provenance; other bytes are refused', async () => {
    const run = enterRun();
    const store = storeFor(run);
    const built = await build('cart', '1.0.0');
    const first = await store.put(built.file, built.meta, built.provenance);
    const blockUploads = results.service().callCount('PutBlock');
    expect(blockUploads).toBeGreaterThan(0);

    const again = await store.put(built.file, built.meta, built.provenance);

    expect(again.location).toBe(first.location);
    expect(results.service().callCount('PutBlock')).toBe(blockUploads);
    expect(
      results
        .service()
        .calls.filter((c) => c.operation === 'CreateArtifact')
        .slice(-2)
        .map((c) => c.status),
    ).toEqual([409, 409]);

    // A re-run rebuilds the same bytes with fresh provenance timestamps: the first provenance stays.
    const rerunProvenance = Buffer.from(
      built.provenance.toString().replace('2025-01-01', '2025-02-02'),
    );
    const rerun = await store.put(built.file, built.meta, rerunProvenance);
    expect(rerun.bytesUploaded).toBe(0);
    expect(
      results.service().find(run.runId, `${artifactName(built.meta)}.provenance.json`)!.blob,
    ).toEqual(built.provenance);

    const rebuilt = await build('cart', '1.0.0', 'different bytes');
    await expect(store.put(rebuilt.file, rebuilt.meta, rebuilt.provenance)).rejects.toThrow(
      new RegExp(
        `already exists in run ${run.runId} with digest ${built.meta.digest}, but this upload has ${rebuilt.meta.digest}`,
      ),
    );
  });

  test('an expired artifact of another run names the retention limit and the oci store', async () => {
    const run = enterRun();
    const store = storeFor(run, { token: results.service().restToken });
    const built = await build('legacy', '0.1.0');
    const { ref } = await store.put(built.file, built.meta, built.provenance);
    results.service().expire(run.runId, artifactName(built.meta));
    const other = enterRun();
    await expect(
      storeFor(other, { token: results.service().restToken }).get(ref, join(work, 'expired')),
    ).rejects.toThrow(/has expired.*90 days.*oci store/s);
    expect(
      results.service().calls.some((c) => c.operation === 'DownloadArtifact' && c.status === 410),
    ).toBe(true);
  });

  test('findVersion lists every run: each distinct unexpired digest of the name, of either kind', async () => {
    const token = results.service().restToken;
    const first = enterRun();
    const a = await build('inventory', '5.0.0', 'first build\n');
    await storeFor(first).put(a.file, a.meta, a.provenance);
    // A rebuild of the same version in another run, with other bytes (not reproducible).
    const second = enterRun();
    const b = await build('inventory', '5.0.0', 'second build\n');
    await storeFor(second).put(b.file, b.meta, b.provenance);
    // A third run's build, expired: its bytes are gone.
    const third = enterRun();
    const c = await build('inventory', '5.0.0', 'third build\n');
    await storeFor(third).put(c.file, c.meta, c.provenance);
    results.service().expire(third.runId, artifactName(c.meta));
    // The deb kind is another name: found too.
    const d = await build('inventory', '5.0.1', 'a deb\n');
    const deb = { ...d.meta, kind: 'deb' as const, fileName: 'inventory-5.0.1.deb' };
    await storeFor(enterRun()).put(d.file, deb, d.provenance);

    const reader = storeFor(enterRun(), { token });
    expect((await reader.findVersion('inventory', '5.0.0')).sort()).toEqual(
      [a.meta.digest, b.meta.digest].sort(),
    );
    expect(await reader.findVersion('inventory', '5.0.1')).toEqual([d.meta.digest]);
    expect(await reader.findVersion('inventory', '5.0.2')).toEqual([]);
    expect(results.service().callCount('ListRepositoryArtifacts')).toBeGreaterThanOrEqual(6);
  });

  test('findVersion explains a listing GitHub refuses, through the GitHub API client', async () => {
    const reader = storeFor(enterRun(), { token: results.service().restToken });
    results.service().failNext('ListRepositoryArtifacts', 1, 403);
    await expect(reader.findVersion('inventory', '5.0.0')).rejects.toThrow(
      /Could not list the GitHub artifacts named "inventory-5\.0\.0\.tar\.gz" of acme\/shop: GitHub API GET \/repos\/acme\/shop\/actions\/artifacts\?.* failed with 403 .*actions: read/,
    );
  });

  test('findVersion without a token says what it needs', async () => {
    await expect(storeFor(enterRun()).findVersion('inventory', '5.0.0')).rejects.toThrow(
      /lists the repository's artifacts: that needs a token with actions:read and the repository/,
    );
  });

  test('inspect by the ref of another run downloads, checks and deletes; a ref of other bytes is refused', async () => {
    const producer = enterRun();
    const built = await build('orders', '2.1.0');
    const { ref } = await storeFor(producer).put(built.file, built.meta, built.provenance);
    const reader = storeFor(enterRun(), { token: results.service().restToken });

    const inspected = await reader.inspect('orders', built.meta.digest, ref);
    expect(inspected).toMatchObject({ meta: built.meta, ref });
    expect(inspected.provenance.equals(built.provenance)).toBe(true);

    const other: Digest = `sha256:${'3'.repeat(64)}`;
    await expect(reader.inspect('orders', other, ref)).rejects.toThrow(
      `names ${built.meta.digest}, not ${other}`,
    );
  });

  test('artifact names are sanitised to what GitHub accepts', async () => {
    expect(artifactName({ service: 'web/api', version: '1.0.0:rc*1', kind: 'deb' })).toBe(
      'web-api-1.0.0-rc-1.deb',
    );
    expect(artifactName({ service: 'a"b<c>d|e?f\\g', version: '1\r\n2', kind: 'archive' })).toBe(
      'a-b-c-d-e-f-g-1--2.tar.gz',
    );

    const run = enterRun();
    const built = await build('platform/gateway', '5.0.0');
    const { ref } = await storeFor(run).put(built.file, built.meta, built.provenance);
    expect(parseGitHubRef(ref).name).toBe('platform-gateway-5.0.0.tar.gz');
    expect(results.service().find(run.runId, 'platform-gateway-5.0.0.tar.gz')).toBeDefined();
  });

  test('rejects malformed refs and a missing run id with the expected form', async () => {
    const store = new GitHubArtifactStore({});
    await expect(store.get('github:12/x', join(work, 'x'))).rejects.toThrow(
      /github:<run-id>\/<artifact-name>@sha256:<64 hex>/,
    );
    const built = await build('cart', '9.9.9');
    await expect(store.put(built.file, built.meta, built.provenance)).rejects.toThrow(
      /GITHUB_RUN_ID.*local or oci store/s,
    );
    expect(() => new GitHubArtifactStore({ repository: 'not-a-repo' })).toThrow(/owner\/name/);
  });

  test('importing the store does not load @actions/artifact; the first call does', async () => {
    const storeUrl = pathToFileURL(
      fileURLToPath(new URL('../../src/platform/github-artifact-store.ts', import.meta.url)),
    ).href;
    const log = join(work, 'loaded-modules.log');
    // A module hook records every @actions/artifact file Node loads into the child process.
    const hook = `import { appendFileSync } from 'node:fs';
      let log;
      export function initialize(data) { log = data.log; }
      export async function load(url, context, next) {
        if (url.includes('/node_modules/@actions/artifact/')) appendFileSync(log, url + '\\n');
        return next(url, context);
      }`;
    const script = `
      import { register } from 'node:module';
      import { readFileSync, writeFileSync } from 'node:fs';
      const log = ${JSON.stringify(log)};
      writeFileSync(log, '');
      register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}), 'file:///', { data: { log } });
      const { GitHubArtifactStore } = await import(${JSON.stringify(storeUrl)});
      const afterImport = readFileSync(log, 'utf8');
      const store = new GitHubArtifactStore({ runId: 1 });
      await store.get('github:1/x.tar.gz@sha256:${'0'.repeat(64)}', ${JSON.stringify(join(work, 'never'))}).catch(() => {});
      const afterCall = readFileSync(log, 'utf8');
      console.log('RESULT ' + JSON.stringify({ afterImport, afterCall }));`;
    const env = { ...process.env };
    for (const key of [...RESULTS_ENV_KEYS, 'NODE_OPTIONS']) delete env[key];
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: fileURLToPath(new URL('../..', import.meta.url)), env },
    );
    const result = JSON.parse(
      stdout
        .split('\n')
        .find((l) => l.startsWith('RESULT '))!
        .slice(7),
    ) as {
      afterImport: string;
      afterCall: string;
    };
    expect(result.afterImport).toBe('');
    expect(result.afterCall).toContain('/@actions/artifact/lib/artifact.js');
  });
});
