/**
 * What every ledger command needs, established once: the manifest, the ledger (local or on
 * origin), the artifact store, the GitHub API when there is one, and who is acting.
 */
import { isDigest } from '../core/artifact/digest.js';
import { checkProvenanceSubject, provenanceFacts } from '../core/artifact/provenance.js';
import { ArtifactNotFoundError, DigestMismatchError, type Digest } from '../core/artifact/types.js';
import { MsdeployError } from '../core/errors.js';
import { ledgerRefName } from '../core/manifest/pipeline.js';
import type { Manifest, ServiceSpec, StageSpec } from '../core/manifest/types.js';
import type {
  ArtifactStore,
  CommitIdentity,
  GitHubApi,
  InspectedArtifact,
  Ledger,
  LedgerSnapshot,
  Logger,
} from '../core/ports.js';
import { artifactState, serviceState } from '../core/promotion/state.js';
import {
  PromotionRefused,
  type ApprovalFacts,
  type BuiltArtifact,
} from '../core/promotion/rules.js';
import type { Actor } from '../core/promotion/types.js';
import type { RunContext } from '../core/run-context.js';
import { CliGit } from '../platform/git.js';
import { createGitHubApi } from '../platform/github.js';
import { openLedger } from '../platform/ledger.js';
import type { ManifestLocation } from '../platform/manifest-file.js';
import { readManifest } from '../platform/manifest-load.js';
import { openStore, type StoreSettings } from '../platform/stores.js';

export interface LedgerSettings {
  manifest: ManifestLocation;
  /** Overrides `pipeline.ledger.ref`. */
  ledgerRef?: string;
  /** Read and write the ledger on origin. Always true in Actions; the CLI's `--push`. */
  push?: boolean;
  /** A token for the GitHub API (mirrors, actor checks) and an https origin. */
  token?: string;
}

export interface LedgerContext {
  manifest: Manifest;
  ledger: Ledger;
  git: CliGit;
  run: RunContext;
  logger: Logger;
  api?: GitHubApi;
}

export async function openLedgerContext(
  s: LedgerSettings,
  run: RunContext,
  logger: Logger,
): Promise<LedgerContext> {
  const manifest = await readManifest(s.manifest);
  const git = new CliGit(s.manifest.root, { logger });
  const ref = s.ledgerRef ? ledgerRefName(s.ledgerRef) : manifest.ledger.ref;
  const remote = run.onActions || (s.push ?? manifest.ledger.push);
  const ledger = openLedger({ root: s.manifest.root, ref, remote, logger, token: s.token });
  const api =
    s.token && run.repository
      ? createGitHubApi({ token: s.token, repository: run.repository, apiUrl: run.apiUrl, logger })
      : undefined;
  return { manifest, ledger, git, run, logger, ...(api && { api }) };
}

/**
 * Who is acting, and how we know. In Actions: the person who started (or re-ran) a
 * workflow_dispatch run, unless a bot; any other event is the pipeline itself. In the CLI: the
 * local git identity, recorded as such (it is configured, not verified).
 */
export async function establishActor(
  ctx: LedgerContext,
): Promise<{ actor: Actor; identity: CommitIdentity }> {
  const { run, api } = ctx;
  if (run.onActions) {
    const login = run.triggeringActor ?? run.actor;
    if (!login) {
      throw new MsdeployError('GITHUB_ACTOR is not set: cannot tell who is acting in this run.');
    }
    const dispatched = run.eventName === 'workflow_dispatch';
    const bot =
      login.endsWith('[bot]') || (dispatched && (await api?.accountType(login)) === 'Bot');
    return {
      actor: {
        name: login,
        via: dispatched ? 'workflow_dispatch' : 'workflow',
        person: dispatched && !bot,
      },
      identity: { name: login, email: `${login}@users.noreply.github.com` },
    };
  }
  const name = await gitConfig(ctx.git, 'user.name');
  const email = await gitConfig(ctx.git, 'user.email');
  if (!name || !email) {
    throw new MsdeployError(
      'The ledger records who made each change, and git has no identity here: set one with ' +
        '`git config user.name "Your Name"` and `git config user.email you@example.com`.',
    );
  }
  return { actor: { name, email, via: 'git-identity', person: true }, identity: { name, email } };
}

async function gitConfig(git: CliGit, key: string): Promise<string | undefined> {
  const r = await git.run(['config', '--get', key], [1]);
  return r.code === 0 ? r.stdout.toString('utf8').trim() || undefined : undefined;
}

/** A GitHub noreply address names its login: `12345+alice@users.noreply.github.com` → alice. */
function noreplyLogin(email: string | undefined): string | undefined {
  return /^(?:\d+\+)?([A-Za-z0-9-]+)@users\.noreply\.github\.com$/i.exec(email ?? '')?.[1];
}

/**
 * For a manual stage: is the actor one of its approvers, and did they write the commit? Facts
 * that cannot be established count against the actor (never fail open): an unreadable team is
 * no membership, an unknown commit author blocks a stage that forbids self-approval.
 */
export async function approvalFacts(
  ctx: LedgerContext,
  stage: StageSpec,
  actor: Actor,
  commit: string | null,
): Promise<ApprovalFacts> {
  if (stage.promote !== 'manual' || !actor.person) return { approver: false, author: false };
  const logins = new Set(
    [actor.name, noreplyLogin(actor.email)]
      .filter((x): x is string => !!x)
      .map((x) => x.toLowerCase()),
  );
  let approver = stage.approvers.length === 0;
  for (const entry of stage.approvers) {
    if (approver) break;
    const team = /^@([^/]+)\/(.+)$/.exec(entry);
    if (!team) {
      approver = logins.has(entry.toLowerCase());
      continue;
    }
    if (!ctx.api || actor.via === 'git-identity') {
      ctx.logger.warning(`Cannot check team ${entry} without a GitHub token and a GitHub actor.`);
      continue;
    }
    const member = await ctx.api.isTeamMember(team[1]!, team[2]!, actor.name);
    if (member === undefined)
      ctx.logger.warning(`The token cannot read team ${entry}: counted as not a member.`);
    approver = member === true;
  }
  if (stage.allowSelfApproval) return { approver, author: false };
  if (commit === null) {
    throw new PromotionRefused(
      `\`${stage.name}\` forbids self-approval, and the artifact's provenance names no commit: ` +
        'cannot tell who wrote it, so it cannot be approved.',
    );
  }
  return { approver, author: await wroteCommit(ctx, actor, commit, logins) };
}

async function wroteCommit(
  ctx: LedgerContext,
  actor: Actor,
  commit: string,
  logins: Set<string>,
): Promise<boolean> {
  if (actor.via !== 'git-identity') {
    const login = await ctx.api?.commitAuthorLogin(commit);
    if (login !== undefined) return logins.has(login.toLowerCase());
  }
  const r = await ctx.git.run(
    ['show', '-s', '--format=%ae%x00%an', '--end-of-options', commit],
    [128],
  );
  if (r.code !== 0) {
    throw new PromotionRefused(
      `Cannot tell who wrote commit ${commit} (not in this clone${ctx.api ? ' and not linked to a GitHub account' : ''}): ` +
        'a stage that forbids self-approval cannot be approved blind. Fetch the commit, or run where it is known.',
    );
  }
  const [email, name] = r.stdout.toString('utf8').trim().split('\0');
  const authorLogin = noreplyLogin(email);
  return (
    (authorLogin !== undefined && logins.has(authorLogin.toLowerCase())) ||
    (actor.email !== undefined && email?.toLowerCase() === actor.email.toLowerCase()) ||
    (actor.via === 'git-identity' && name === actor.name)
  );
}

/**
 * The artifact a `--version` names (a version, a digest or a store reference), checked in its
 * store: present, bytes and metadata bound to the digest, provenance naming this service.
 */
export async function resolveArtifact(
  ctx: LedgerContext,
  store: ArtifactStore,
  service: ServiceSpec,
  wanted: string,
  snapshot: LedgerSnapshot,
): Promise<BuiltArtifact> {
  let digest: Digest;
  let ref: string | undefined;
  const tail = wanted.slice(wanted.lastIndexOf('@') + 1);
  if (isDigest(wanted)) {
    digest = wanted;
  } else if (wanted.startsWith('oci://') && store.digestOfRef) {
    // The digest in an OCI reference is its manifest's; the store says whose artifact it is.
    ref = wanted;
    const named = await store.digestOfRef(service.name, wanted);
    if (named === undefined) {
      throw new PromotionRefused(`${wanted} is not an artifact of ${service.name} in the store.`);
    }
    digest = named;
  } else if (/^(local:|oci:\/\/|github:)/.test(wanted) && isDigest(tail)) {
    ref = wanted;
    digest = tail;
  } else {
    digest = await digestOfVersion(store, service, wanted, snapshot);
  }
  ref ??= artifactState(snapshot.state, service.name, digest)?.artifact ?? undefined;
  let found: InspectedArtifact;
  try {
    found = await store.inspect(service.name, digest, ref);
    checkProvenanceSubject(found.provenance, digest, `${service.name} ${digest}`);
  } catch (e) {
    // Missing, tampered or bound to other bytes: a refusal by the rules, not a crash.
    if (
      e instanceof ArtifactNotFoundError ||
      e instanceof DigestMismatchError ||
      /provenance|metadata/i.test((e as Error).message)
    ) {
      // Promote and deploy both come here: the words fit either.
      throw new PromotionRefused(
        `${service.name} ${digest} cannot be used: ${(e as Error).message}`,
      );
    }
    throw e;
  }
  const facts = provenanceFacts(found.provenance);
  if (found.meta.service !== service.name || (facts.service ?? service.name) !== service.name) {
    throw new PromotionRefused(
      `${digest} was built for ${facts.service ?? found.meta.service}, not ${service.name}: ` +
        "an artifact is promoted only through its own service's pipeline.",
    );
  }
  return {
    digest,
    version: found.meta.version,
    commit: facts.commit ?? null,
    artifact: found.ref,
  };
}

async function digestOfVersion(
  store: ArtifactStore,
  service: ServiceSpec,
  version: string,
  snapshot: LedgerSnapshot,
): Promise<Digest> {
  const known = serviceState(snapshot.state, service.name).artifacts;
  const fromLedger = Object.entries(known)
    .filter(([, a]) => a.version === version)
    .map(([d]) => d as Digest);
  const candidates = [
    ...new Set([...(await store.findVersion(service.name, version)), ...fromLedger]),
  ];
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length > 1) {
    throw new PromotionRefused(
      `${service.name} ${version} is ambiguous: it names ${candidates.join(', ')}. Pass the digest instead.`,
    );
  }
  const recent = Object.values(known)
    .map((a) => a.version)
    .slice(-10)
    .reverse();
  throw new PromotionRefused(
    `No artifact ${service.name} ${version} in the ${store.kind} store or the ledger` +
      (recent.length ? `; versions the ledger knows: ${recent.join(', ')}.` : '.') +
      ' Pass a version build-artifact printed, or a digest.',
  );
}

export function storeFor(
  settings: StoreSettings | undefined,
  run: RunContext,
  logger: Logger,
): Promise<ArtifactStore> {
  return openStore(settings ?? { kind: 'local' }, run, logger);
}
