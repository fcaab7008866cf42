/** Opening a store by kind, or by the reference build-artifact handed out. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '../../src/core/artifact/digest.js';
import type { ArtifactMeta } from '../../src/core/artifact/types.js';
import { SettingError } from '../../src/core/errors.js';
import { readRunContext } from '../../src/platform/runner/context.js';
import {
  openStore,
  openStoreForRef,
  parseStoreKind,
  type StoreSettings,
} from '../../src/platform/stores.js';
import { quietLogger } from '../support/build-harness.js';
import { startRegistry } from '../support/registry.js';

const dir = mkdtempSync(join(tmpdir(), 'msdeploy-stores-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = readRunContext({ GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '7' });
const logger = quietLogger();

/** Put an artifact into the store `settings` open, then fetch it by its ref alone. */
async function roundTrip(settings: StoreSettings, name: string) {
  const bytes = Buffer.from(`artifact bytes of ${name}`);
  const file = join(dir, `${name}.tar.gz`);
  writeFileSync(file, bytes);
  const meta: ArtifactMeta = {
    service: 'catalog',
    version: '1.0.0',
    kind: 'archive',
    digest: sha256(bytes),
    size: bytes.length,
    fileName: 'catalog-1.0.0.tar.gz',
  };
  const provenance = Buffer.from(
    JSON.stringify({ subject: [{ digest: { sha256: meta.digest.slice('sha256:'.length) } }] }),
  );
  const put = await (await openStore(settings, run, logger)).put(file, meta, provenance);
  const store = await openStoreForRef(put.ref, {}, run, logger);
  const out = join(dir, `${name}.got`);
  const got = await store.get(put.ref, out);
  expect(readFileSync(out)).toEqual(bytes);
  expect(got.meta).toEqual(meta);
  return { store, ref: put.ref };
}

describe('openStoreForRef', () => {
  it('opens the local store a local ref names', async () => {
    const { store } = await roundTrip({ kind: 'local', path: join(dir, 'artifacts') }, 'local');
    expect(store.kind).toBe('local');
  });

  it('opens the OCI repository an oci ref names (a real registry)', async () => {
    const registry = await startRegistry();
    try {
      const { store, ref } = await roundTrip(
        { kind: 'oci', registry: `${registry.host}/acme/shop` },
        'oci',
      );
      expect(store.kind).toBe('oci');
      expect(ref.startsWith(`oci://${registry.host}/acme/shop/catalog@sha256:`)).toBe(true);
    } finally {
      await registry.stop();
    }
  });

  it('opens the github store for a github ref', async () => {
    const ref = `github:7/x.tar.gz@sha256:${'b'.repeat(64)}`;
    expect((await openStoreForRef(ref, {}, run, logger)).kind).toBe('github');
  });

  it('refuses what is not a reference, naming the forms it takes', async () => {
    const bad = openStoreForRef('s3://bucket/x', {}, run, logger);
    await expect(bad).rejects.toBeInstanceOf(SettingError);
    await expect(bad).rejects.toThrow(
      /"s3:\/\/bucket\/x" is not an artifact reference: expected local:/,
    );
  });
});

describe('credentials in a registry value', () => {
  it('are never echoed: not by openStore, openStoreForRef or a ref that is none', async () => {
    const messages: string[] = [];
    const failures = [
      openStore({ kind: 'oci', registry: 'ci:s3cr3t@ghcr.io/acme/shop' }, run, logger),
      openStoreForRef(
        `oci://ci:s3cr3t@ghcr.io/acme/shop@sha256:${'b'.repeat(64)}`,
        {},
        run,
        logger,
      ),
      openStoreForRef('https://ci:s3cr3t@ghcr.io/acme/shop', {}, run, logger),
    ];
    for (const failure of failures) {
      messages.push(
        await failure.then(
          () => 'no error',
          (e: Error) => e.message,
        ),
      );
    }
    for (const message of messages) {
      expect(message).toContain('***@ghcr.io');
      expect(message).not.toContain('s3cr3t');
    }
    expect(messages[0]).toMatch(/carries credentials/);
  });
});

describe('parseStoreKind', () => {
  it('words a wrong store for where it is shown', () => {
    let error: SettingError | undefined;
    try {
      parseStoreKind('s3');
    } catch (e) {
      error = e as SettingError;
    }
    expect(error?.messageFor('action')).toBe(
      'The input `store` is "s3": use one of local, github, oci.',
    );
    expect(error?.messageFor('cli')).toBe(
      'The option --store is "s3": use one of local, github, oci.',
    );
  });
});
