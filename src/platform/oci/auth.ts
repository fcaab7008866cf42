/**
 * Registry authentication as Docker and OCI clients do it: send the request, read the
 * `WWW-Authenticate` challenge of a 401, then answer it with Basic credentials or with a
 * Bearer token fetched from the challenge's realm for the needed scope (cached per scope).
 */
import {
  checkNoDowngrade,
  discardBody,
  httpRequest,
  readCappedText,
  readTextPrefix,
  type HttpOptions,
  type HttpResponse,
} from '../http.js';

export interface Challenge {
  scheme: string; // lowercased: 'basic' | 'bearer' | …
  params: Record<string, string>;
}

/**
 * Parse a WWW-Authenticate header (RFC 9110 §11.6.1): one or more challenges, each a scheme
 * followed by comma-separated `key=value` or `key="quoted value"` parameters.
 */
export function parseChallenges(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  let i = 0;
  const skip = (re: RegExp) => {
    while (i < header.length && re.test(header[i]!)) i++;
  };
  while (i < header.length) {
    skip(/[\s,]/);
    const scheme = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/.exec(header.slice(i))?.[0];
    if (!scheme) break;
    i += scheme.length;
    const current: Challenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(current);
    for (;;) {
      skip(/[\s,]/);
      const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*/.exec(header.slice(i));
      if (!m) break; // the next token is a new scheme (or the end)
      i += m[0].length;
      let value = '';
      if (header[i] === '"') {
        for (i++; i < header.length && header[i] !== '"'; i++) {
          if (header[i] === '\\') i++;
          value += header[i] ?? '';
        }
        i++;
      } else {
        const raw = /^[^,\s]*/.exec(header.slice(i))![0];
        value = raw;
        i += raw.length;
      }
      current.params[m[1]!.toLowerCase()] = value;
    }
  }
  return challenges;
}

export interface Credentials {
  username?: string;
  password?: string;
  /** A ready bearer token, sent as is (no token exchange). */
  token?: string;
}

interface CachedToken {
  value: string;
  expiresAt: number;
}

/** Tokens are refreshed this long before they expire, so a request never carries a stale one. */
const EXPIRY_MARGIN_MS = 10_000;
/** Docker's token spec: a token without `expires_in` lives 60 s. */
const DEFAULT_TOKEN_LIFETIME_S = 60;
/** A token response is a JWT or two and a few fields; anything much bigger is not one. */
export const TOKEN_RESPONSE_MAX = 64 * 1024;

export class RegistryAuth {
  private scheme: 'none' | 'basic' | 'bearer' = 'none';
  private readonly tokens = new Map<string, CachedToken>();
  /** Token requests under way: concurrent 401s for one scope wait for the same token. */
  private readonly fetching = new Map<string, Promise<CachedToken>>();

  /**
   * `origin` is the registry's own (scheme, host, port): the only origin whose requests get an
   * Authorization header and whose 401 challenges are answered. Auth state belongs to it.
   */
  constructor(
    private readonly registry: string,
    private readonly credentials: Credentials,
    private readonly http: HttpOptions,
    private readonly origin: string,
  ) {}

  /** The Authorization header to send preemptively for `scope`, once a challenge told us how. */
  authorization(scope: string, origin: string): string | undefined {
    if (origin !== this.origin) return undefined;
    if (this.scheme === 'basic') return this.basic();
    if (this.scheme === 'bearer') {
      if (this.credentials.token) return `Bearer ${this.credentials.token}`;
      const cached = this.tokens.get(scope);
      if (cached && cached.expiresAt - EXPIRY_MARGIN_MS > Date.now())
        return `Bearer ${cached.value}`;
    }
    return undefined;
  }

  /**
   * Answer a 401's challenge so the request can be retried once. Throws when we have nothing
   * that could satisfy it (no credentials, or credentials that were just refused). `sent` is the
   * Authorization the refused request carried: a request sent before a concurrent one's token
   * arrived takes that token rather than fetching another.
   */
  async answer(
    header: string | null,
    scope: string,
    what: string,
    origin: string,
    sent?: string,
  ): Promise<void> {
    if (origin !== this.origin) {
      // A redirect target (a CDN, another host) asking for credentials never gets them.
      throw new Error(
        `${what}: ${origin} answered 401, but it is not the registry ${this.origin}; msdeploy sends credentials to the registry (and the token service it names) only.`,
      );
    }
    const challenges = parseChallenges(header ?? '');
    const bearer = challenges.find((c) => c.scheme === 'bearer');
    const basic = challenges.find((c) => c.scheme === 'basic');
    if (bearer && !this.credentials.token) {
      this.scheme = 'bearer';
      const current = this.authorization(scope, origin);
      if (current !== undefined && current !== sent) return;
      let pending = this.fetching.get(scope);
      if (!pending) {
        pending = this.fetchToken(bearer.params, scope).finally(() => this.fetching.delete(scope));
        this.fetching.set(scope, pending);
      }
      this.tokens.set(scope, await pending);
      return;
    }
    if (bearer && this.credentials.token) {
      this.scheme = 'bearer';
      return;
    }
    if (basic) {
      if (!this.hasPassword()) {
        throw new Error(
          `${what}: the registry ${this.registry} requires a username and password (Basic auth); pass username/password to the OCI store.`,
        );
      }
      this.scheme = 'basic';
      return;
    }
    throw new Error(
      `${what}: the registry ${this.registry} answered 401 with an unsupported challenge "${header ?? '(none)'}"; msdeploy supports Basic and Bearer.`,
    );
  }

  private hasPassword(): boolean {
    return this.credentials.username !== undefined && this.credentials.password !== undefined;
  }

  private basic(): string {
    const { username = '', password = '' } = this.credentials;
    return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  }

  private async fetchToken(params: Record<string, string>, scope: string): Promise<CachedToken> {
    const realm = params.realm;
    if (!realm) {
      throw new Error(
        `The registry ${this.registry} sent a Bearer challenge without a realm: can't fetch a token.`,
      );
    }
    let url: URL;
    try {
      url = new URL(realm);
    } catch {
      throw new Error(`The registry ${this.registry} sent a Bearer realm that is not a URL.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(
        `The registry ${this.registry} sent a Bearer realm with scheme ${url.protocol}; only https (or http) is used.`,
      );
    }
    checkNoDowngrade(
      this.origin,
      url.href,
      this.http.insecure,
      `The token realm of ${this.registry}`,
    );
    if (params.service) url.searchParams.set('service', params.service);
    url.searchParams.append('scope', scope);
    // The registry may ask for a scope other than the one we predicted (e.g. a mount's source).
    if (params.scope && params.scope !== scope) url.searchParams.append('scope', params.scope);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.hasPassword()) headers.authorization = this.basic();
    const res = await httpRequest({ method: 'GET', url: url.href, headers }, this.http);
    return this.readToken(res, url, scope);
  }

  private async readToken(res: HttpResponse, url: URL, scope: string): Promise<CachedToken> {
    if (res.status === 401 || res.status === 403) {
      await discardBody(res);
      throw new Error(
        `The token service ${url.origin}${url.pathname} refused ${this.hasPassword() ? `the credentials of "${this.credentials.username}"` : 'anonymous access'} for scope "${scope}" (HTTP ${res.status}). Check username/password and that the account may access the repository.`,
      );
    }
    if (!res.ok) {
      const text = await readTextPrefix(res);
      throw new Error(
        `The token service ${url.origin}${url.pathname} answered HTTP ${res.status}: ${text.slice(0, 300)}`,
      );
    }
    const text = await readCappedText(res, TOKEN_RESPONSE_MAX, 'a token response');
    let body: { token?: string; access_token?: string; expires_in?: number; issued_at?: string };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new Error(
        `The token service ${url.origin}${url.pathname} answered non-JSON: ${text.slice(0, 200)}`,
      );
    }
    const value = body.token ?? body.access_token;
    if (!value)
      throw new Error(`The token service ${url.origin}${url.pathname} answered without a token.`);
    const issued = body.issued_at ? Date.parse(body.issued_at) : NaN;
    const start = Number.isNaN(issued) ? Date.now() : Math.min(issued, Date.now());
    const lifetime = (body.expires_in ?? DEFAULT_TOKEN_LIFETIME_S) * 1000;
    this.http.logger?.debug(`got a registry token for ${scope} (valid ${lifetime / 1000} s)`);
    return { value, expiresAt: start + lifetime };
  }
}
