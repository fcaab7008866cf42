/**
 * OCI references: `[oci://]host[:port]/repo/path[:tag][@sha256:<hex>]`, following the
 * distribution spec's grammar for repository names and tags.
 */
import { isDigest } from '../../core/artifact/digest.js';
import type { Digest } from '../../core/artifact/types.js';

export interface OciReference {
  /** `host[:port]`, e.g. `ghcr.io` or `127.0.0.1:5000`. */
  host: string;
  /** The repository path inside the registry, e.g. `org/catalog`. */
  repository: string;
  tag?: string;
  digest?: Digest;
  /**
   * The repository path as written, when it was not all lowercase: repository names are
   * lowercase (distribution spec), so `ghcr.io/${{ github.repository }}` of `Acme/Shop` is
   * `ghcr.io/acme/shop`. Set only when lower-casing changed it, for a log line saying so.
   */
  lowercasedFrom?: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const HOST = /^(?:[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*|\[[0-9a-fA-F:]+\])(?::\d{1,5})?$/;

export const OCI_SCHEME = 'oci://';

/**
 * Where user info (`user:password@`) ends in a reference without its scheme, or -1: the last `@`
 * that is before the first `/` or that a `/` follows (a digest suffix `@sha256:…` never holds one).
 */
function userinfoEnd(body: string): number {
  const slash = body.indexOf('/');
  let end = -1;
  for (let i = body.indexOf('@'); i >= 0; i = body.indexOf('@', i + 1)) {
    if (slash < 0 || i < slash || body.includes('/', i)) end = i;
  }
  return end;
}

/**
 * The reference as it may appear in a message: user info before the host (which a reference
 * must not carry) is replaced by `***`, so no error ever echoes a password.
 */
export function redactReference(text: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(text)?.[0] ?? '';
  const body = text.slice(scheme.length);
  const end = userinfoEnd(body);
  return end < 0 ? text : `${scheme}***${body.slice(end)}`;
}

function invalid(text: string, why: string): Error {
  return new Error(
    `Invalid OCI reference "${redactReference(text)}": ${why}. Expected host[:port]/repository[:tag][@sha256:<64 hex>], e.g. ghcr.io/org/catalog:1.4.0`,
  );
}

export { isDigest };

/** Parse a reference; the host part is mandatory (msdeploy never assumes Docker Hub). */
export function parseReference(text: string): OciReference {
  let rest = text.startsWith(OCI_SCHEME) ? text.slice(OCI_SCHEME.length) : text;
  if (userinfoEnd(rest) >= 0) {
    // user:password@host — never echoed, never used: credentials go in their own inputs.
    throw invalid(
      text,
      'it carries credentials (user info before the host); remove them and pass registry-username and registry-password (CLI: MSDEPLOY_REGISTRY_USERNAME / MSDEPLOY_REGISTRY_PASSWORD) instead',
    );
  }
  let digest: Digest | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    const d = rest.slice(at + 1);
    if (!isDigest(d)) throw invalid(text, `"${d}" is not a sha256 digest`);
    digest = d;
    rest = rest.slice(0, at);
  }
  const slash = rest.indexOf('/');
  if (slash <= 0) throw invalid(text, 'the registry host is missing');
  const host = rest.slice(0, slash);
  if (!HOST.test(host)) throw invalid(text, `"${host}" is not a host[:port]`);
  let path = rest.slice(slash + 1);
  let tag: string | undefined;
  const colon = path.lastIndexOf(':');
  if (colon >= 0) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
    if (!TAG.test(tag))
      throw invalid(text, `"${tag}" is not a valid tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})`);
  }
  // Repository names are lowercase in the distribution spec; GitHub owners and repos are not.
  const written = path;
  path = path.toLowerCase();
  const bad = path.split('/').find((c) => !COMPONENT.test(c));
  if (bad !== undefined) {
    throw invalid(
      text,
      `repository component "${bad}" must be lowercase letters, digits and . _ __ - separators`,
    );
  }
  return {
    host,
    repository: path,
    tag,
    digest,
    ...(written !== path ? { lowercasedFrom: written } : {}),
  };
}

export function formatReference(ref: OciReference): string {
  return `${ref.host}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

/**
 * The tag an artifact version is pushed under. Tags can't contain `+` (semver build metadata),
 * so `1.4.0+12.abc1234` becomes `1.4.0_12.abc1234`; the exact version stays in the manifest's
 * annotations. Any other character a tag can't hold is an error, not silently rewritten.
 */
export function versionToTag(version: string): string {
  const tag = version.replaceAll('+', '_');
  if (!TAG.test(tag)) {
    throw new Error(
      `Version "${version}" can't be an OCI tag (after mapping + to _ it must match [A-Za-z0-9_][A-Za-z0-9._-]{0,127}).`,
    );
  }
  return tag;
}

/** Plain HTTP only for loopback (a local test registry) or when explicitly asked for. */
export function registryBaseUrl(host: string, insecure = false): string {
  const name = host.replace(/:\d+$/, '');
  const loopback = name === 'localhost' || name === '127.0.0.1' || name === '[::1]';
  return `${loopback || insecure ? 'http' : 'https'}://${host}`;
}

/**
 * The repository a service's artifacts live in: its own, under the configured one
 * (`ghcr.io/acme/shop` + `catalog` → `acme/shop/catalog`). Each service gets its own version
 * tags (two services built from one commit share a version) and its own stage tags.
 */
export function serviceRepository(base: string, service: string): string {
  if (!COMPONENT.test(service)) {
    throw new Error(
      `Service "${service}" can't name an OCI repository (${base}/${service}): a repository component is lowercase letters and digits, separated by . _ __ or -, and ends with a letter or digit. Rename the service.`,
    );
  }
  return `${base}/${service}`;
}

/**
 * The tag that finds an artifact manifest by the artifact's own digest (its layer's), so a
 * digest alone leads to its metadata and provenance: `artifact-sha256-<hex>`. Not the
 * referrers fallback's `sha256-<hex>`, which tools read as an index of a manifest's referrers.
 */
export function digestTag(digest: Digest): string {
  return `artifact-${digest.replace(':', '-')}`;
}
