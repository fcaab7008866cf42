/**
 * Optional signing of the provenance with GitHub's attestation service (`@actions/attest`,
 * Sigstore). It needs the job's OIDC token (`permissions: id-token: write`) and
 * `attestations: write`; when the job lacks them the build still succeeds and says why it
 * was not attested. The library is loaded only when asked for.
 */
import type { ProvenanceStatement } from '../core/artifact/provenance.js';
import type { Logger } from '../core/ports.js';
import type { RunContext } from '../core/run-context.js';

const PERMISSIONS_HINT =
  'give the job `permissions: { id-token: write, attestations: write, contents: read }`';

export interface AttestResult {
  id?: string;
  url?: string;
}

export async function attestProvenance(args: {
  statement: ProvenanceStatement;
  token: string | undefined;
  logger: Logger;
  run: RunContext;
}): Promise<AttestResult | undefined> {
  const { run } = args;
  if (!run.oidc) {
    args.logger.warning(
      `Not attested: this job has no OIDC token to sign with; ${PERMISSIONS_HINT}.`,
    );
    return undefined;
  }
  if (!args.token) {
    args.logger.warning(
      'Not attested: the token input is empty; pass `token: ${{ github.token }}`.',
    );
    return undefined;
  }
  const { attest } = await import('@actions/attest');
  try {
    const { predicateType, predicate, subject } = args.statement;
    const attestation = await attest({
      subjects: subject,
      predicateType,
      predicate,
      // The library picks Sigstore's public-good instance for public repositories, GitHub's otherwise.
      token: args.token,
    });
    const id = attestation.attestationID;
    const url =
      id && run.repository ? `${run.serverUrl}/${run.repository}/attestations/${id}` : undefined;
    args.logger.info(`Attested the provenance${url ? `: ${url}` : ''}.`);
    return { id, url };
  } catch (e) {
    args.logger.warning(
      `Not attested: ${(e as Error).message}. If the token lacks the rights, ${PERMISSIONS_HINT}.`,
    );
    return undefined;
  }
}
