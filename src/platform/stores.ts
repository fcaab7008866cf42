/**
 * Choosing and opening an artifact store, by kind (to put) or by an artifact reference (to get).
 * The github and oci stores are imported on demand: an action that uses the local store never
 * loads @actions/artifact or the OCI client.
 */
import { SettingError } from '../core/errors.js';
import type { ArtifactStore, Logger } from '../core/ports.js';
import type { RunContext } from '../core/run-context.js';
import { LocalStore } from './local-store.js';
import { parseReference, redactReference } from './oci/reference.js';

/** The local store's directory, relative to the repository root, unless told otherwise. */
export const DEFAULT_LOCAL_STORE = '.msdeploy/artifacts';

export const STORE_KINDS = ['local', 'github', 'oci'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export interface StoreSettings {
  kind: StoreKind;
  /** local: the store directory. */
  path?: string;
  /** oci: `host[:port]/org/name`. */
  registry?: string;
  username?: string;
  password?: string;
  insecure?: boolean;
  /** github: a token with actions:read, to read artifacts of other runs. */
  token?: string;
}

export function parseStoreKind(raw: string): StoreKind {
  if ((STORE_KINDS as readonly string[]).includes(raw)) return raw as StoreKind;
  throw new SettingError(
    'store',
    (label) => `The ${label} is "${raw}": use one of ${STORE_KINDS.join(', ')}.`,
  );
}

export async function openStore(
  s: StoreSettings,
  run: RunContext,
  logger: Logger,
): Promise<ArtifactStore> {
  switch (s.kind) {
    case 'local':
      return new LocalStore(s.path ?? DEFAULT_LOCAL_STORE);
    case 'github': {
      const [{ GitHubArtifactStore }, { createGitHubApi }] = await Promise.all([
        import('./github-artifact-store.js'),
        import('./github.js'),
      ]);
      const { token } = s;
      const repository = run.repository;
      return new GitHubArtifactStore({
        token,
        repository,
        // Every GitHub REST call goes through createGitHubApi (retries, rate limits, timeouts).
        ...(token &&
          repository && {
            api: createGitHubApi({ token, repository, apiUrl: run.apiUrl, logger }),
          }),
        runId: run.runId,
        serverUrl: run.serverUrl,
        logger,
      });
    }
    case 'oci': {
      if (!s.registry) {
        throw new SettingError(
          'registry',
          (label) =>
            `The oci store needs a registry repository, e.g. ghcr.io/acme/shop: set the ${label}.`,
        );
      }
      const { OciStore } = await import('./oci/store.js');
      return new OciStore({
        repository: s.registry,
        username: s.username,
        password: s.password,
        insecure: s.insecure,
        logger,
      });
    }
  }
}

/**
 * The store an artifact reference points into: `local:<dir>@sha256:…`,
 * `github:<run-id>/<name>@sha256:…` or `oci://<host>/<repo>@sha256:…`. Credentials in `s`
 * are used only by the kind the reference names. It is opened to `get` the ref: an oci ref names
 * a service's own repository (`…/shop/catalog`), not the configured parent (`…/shop`), so
 * findVersion, inspect and tagStage go through the store opened from the settings (openStore).
 */
export function storeKindOfRef(ref: string): StoreKind {
  if (ref.startsWith('local:')) return 'local';
  if (ref.startsWith('github:')) return 'github';
  if (ref.startsWith('oci://')) return 'oci';
  throw new SettingError(
    'artifact',
    (label) =>
      `The ${label} "${redactReference(ref)}" is not an artifact reference: expected local:<dir>@sha256:<hex>, github:<run-id>/<name>@sha256:<hex> or oci://<host>/<repository>@sha256:<hex> (build-artifact's \`artifact\` output).`,
  );
}

export async function openStoreForRef(
  ref: string,
  s: Omit<StoreSettings, 'kind' | 'path' | 'registry'>,
  run: RunContext,
  logger: Logger,
): Promise<ArtifactStore> {
  const kind = storeKindOfRef(ref);
  switch (kind) {
    case 'local':
      return openStore(
        { kind, path: ref.slice('local:'.length, ref.lastIndexOf('@')) },
        run,
        logger,
      );
    case 'github':
      return openStore({ kind, token: s.token }, run, logger);
    case 'oci': {
      const { host, repository } = parseReference(ref);
      return openStore({ ...s, kind, registry: `${host}/${repository}` }, run, logger);
    }
  }
}
