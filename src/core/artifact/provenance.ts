/**
 * Provenance bound to an artifact digest, shaped as an in-toto Statement v1 with a SLSA
 * Provenance v1 predicate, so GitHub's attestation tooling can sign it as it is.
 */
import type { ArtifactMeta } from './types.js';
import type { TestReport } from './junit.js';
import { totals } from './junit.js';

export const BUILD_TYPE = 'https://github.com/msdeploy/msdeploy/build-artifact/v1';
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
export const SLSA_PROVENANCE = 'https://slsa.dev/provenance/v1';

export interface BuildFacts {
  artifact: ArtifactMeta;
  repository: string; // owner/name, or a local path for CLI builds
  serverUrl: string; // https://github.com
  commit: string;
  ref: string;
  /** The workflow run URL, or undefined outside GitHub Actions. */
  runUrl?: string;
  /** Who built it: the workflow ref on GitHub (`owner/repo/.github/workflows/ci.yml@refs/heads/main`) or `msdeploy-cli`. */
  builderId: string;
  commands: readonly string[];
  workingDirectory: string;
  tests: readonly TestReport[];
  startedOn: Date;
  finishedOn: Date;
  /** Outside Actions the builder is the user's machine; say so rather than pretend. */
  msdeployVersion: string;
  toolchain: Readonly<Record<string, string>>;
  /** Built from uncommitted changes (CLI only): the commit alone does not reproduce it. */
  dirty?: boolean;
}

export function provenanceStatement(f: BuildFacts) {
  const hex = f.artifact.digest.slice('sha256:'.length);
  const repoUri = /^[\w.-]+\/[\w.-]+$/.test(f.repository)
    ? `git+${f.serverUrl}/${f.repository}`
    : `git+file://${f.repository}`;
  const t = totals(f.tests);
  return {
    _type: STATEMENT_TYPE,
    subject: [{ name: f.artifact.fileName, digest: { sha256: hex } }],
    predicateType: SLSA_PROVENANCE,
    predicate: {
      buildDefinition: {
        buildType: BUILD_TYPE,
        externalParameters: {
          service: f.artifact.service,
          kind: f.artifact.kind,
          commands: f.commands,
          workingDirectory: f.workingDirectory,
          source: { uri: repoUri, ref: f.ref },
        },
        internalParameters: {
          version: f.artifact.version,
          msdeploy: f.msdeployVersion,
          toolchain: f.toolchain,
          ...(f.dirty && { dirty: true }),
        },
        resolvedDependencies: [{ uri: `${repoUri}@${f.ref}`, digest: { gitCommit: f.commit } }],
      },
      runDetails: {
        builder: { id: f.builderId },
        metadata: {
          invocationId: f.runUrl ?? `local:${f.startedOn.toISOString()}`,
          startedOn: f.startedOn.toISOString(),
          finishedOn: f.finishedOn.toISOString(),
        },
        byproducts: [
          {
            name: 'tests',
            mediaType: 'application/vnd.msdeploy.tests.v1+json',
            annotations: { ...t, reports: f.tests },
          },
        ],
      },
    },
  };
}

export type ProvenanceStatement = ReturnType<typeof provenanceStatement>;

/** Serialise stably: the provenance's bytes are stored and compared, so key order matters. */
export function provenanceBytes(statement: ProvenanceStatement): Buffer {
  return Buffer.from(JSON.stringify(statement, null, 2) + '\n');
}

/**
 * Throws unless `provenance` is a statement whose subject is the artifact `digest`: metadata read
 * back from a store is used only when it is bound to the very bytes being fetched, so a
 * provenance document of other bytes (forged, or swapped by hand) is never passed on.
 */
export function checkProvenanceSubject(provenance: Buffer, digest: string, where: string): void {
  let subjects: unknown;
  try {
    subjects = (JSON.parse(provenance.toString('utf8')) as { subject?: unknown }).subject;
  } catch {
    throw new Error(`The provenance of ${where} is not JSON: refusing the artifact ${digest}.`);
  }
  const hex = digest.slice('sha256:'.length);
  const named = Array.isArray(subjects)
    ? subjects.map((s) => (s as { digest?: { sha256?: unknown } } | null)?.digest?.sha256)
    : [];
  if (!named.includes(hex)) {
    const said = named.length ? named.map((h) => `sha256:${String(h)}`).join(', ') : 'no subject';
    throw new Error(
      `The provenance of ${where} describes ${said}, not the artifact ${digest}: it belongs to other bytes; refusing the artifact.`,
    );
  }
}

/** What promotion reads back from a provenance document: which service, built from which commit. */
export interface ProvenanceFacts {
  service?: string;
  version?: string;
  commit?: string;
}

/** The service, version and commit a provenance statement names (absent fields stay undefined). */
export function provenanceFacts(provenance: Buffer): ProvenanceFacts {
  let doc: ProvenanceStatement;
  try {
    doc = JSON.parse(provenance.toString('utf8')) as ProvenanceStatement;
  } catch {
    return {};
  }
  const def = doc?.predicate?.buildDefinition;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const commit = def?.resolvedDependencies?.[0]?.digest?.gitCommit;
  return {
    service: str(def?.externalParameters?.service),
    version: str(def?.internalParameters?.version),
    commit:
      typeof commit === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(commit)
        ? commit
        : undefined,
  };
}
