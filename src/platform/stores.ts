/**
 * Choosing and opening an artifact store. The github and oci stores are imported on demand:
 * an action that uses the local store never loads @actions/artifact or the OCI client.
 */
import type { ArtifactStore } from '../core/artifact/types.js';
import type { Logger } from '../core/ports.js';
import { LocalStore } from './local-store.js';

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
  /** github: the token, `owner/name`, the run and the server. */
  token?: string;
  repository?: string;
  runId?: number;
  serverUrl?: string;
  logger?: Logger;
}

/** The run a github store uploads into, from the runner's environment. */
export function githubRunSettings(
  env: NodeJS.ProcessEnv = process.env,
): Pick<StoreSettings, 'repository' | 'runId' | 'serverUrl'> {
  return {
    repository: env.GITHUB_REPOSITORY,
    runId: env.GITHUB_RUN_ID ? Number(env.GITHUB_RUN_ID) : undefined,
    serverUrl: env.GITHUB_SERVER_URL,
  };
}

export function parseStoreKind(raw: string): StoreKind {
  if ((STORE_KINDS as readonly string[]).includes(raw)) return raw as StoreKind;
  throw new Error(`Unknown store "${raw}": use one of ${STORE_KINDS.join(', ')}.`);
}

export async function openStore(s: StoreSettings): Promise<ArtifactStore> {
  switch (s.kind) {
    case 'local':
      return new LocalStore(s.path ?? DEFAULT_LOCAL_STORE);
    case 'github': {
      const { GitHubArtifactStore } = await import('./github-artifact-store.js');
      return new GitHubArtifactStore({
        token: s.token,
        repository: s.repository,
        runId: s.runId,
        serverUrl: s.serverUrl,
        logger: s.logger,
      });
    }
    case 'oci': {
      if (!s.registry) {
        throw new Error(
          'The oci store needs a registry repository, e.g. ghcr.io/acme/shop (input `registry`, CLI --registry).',
        );
      }
      const { OciStore } = await import('./oci/store.js');
      return new OciStore({
        repository: s.registry,
        username: s.username,
        password: s.password,
        insecure: s.insecure,
        logger: s.logger,
      });
    }
  }
}
