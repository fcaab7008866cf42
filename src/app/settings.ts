/**
 * Settings that an action input and a CLI option of the same name both carry, parsed once here
 * so both entries accept the same values and word their errors for where they are shown.
 */
import { DEFAULT_MAX_FETCH_ROUNDS, type BasePolicy } from '../core/changes/base.js';
import { isSemVer } from '../core/artifact/version.js';
import { SettingError } from '../core/errors.js';

const BASE_POLICIES: readonly BasePolicy[] = ['event', 'last-successful'];

export function parseBasePolicy(raw: string): BasePolicy {
  if (raw === '') return 'event';
  if ((BASE_POLICIES as readonly string[]).includes(raw)) return raw as BasePolicy;
  throw new SettingError(
    'base-policy',
    (label) => `The ${label} must be "event" or "last-successful", got ${JSON.stringify(raw)}.`,
  );
}

export function parseMaxFetchRounds(raw: string): number {
  if (raw === '') return DEFAULT_MAX_FETCH_ROUNDS;
  const rounds = Number(raw);
  if (!/^\d+$/.test(raw) || rounds > 30) {
    throw new SettingError(
      'max-fetch-rounds',
      (label) => `The ${label} must be a whole number from 0 to 30, got ${JSON.stringify(raw)}.`,
    );
  }
  return rounds;
}

/** Seconds to wait for another deployer's lease: a whole number up to a day (empty: 0). */
export function parseLeaseWait(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 0;
  const seconds = Number(raw);
  if (!/^\d+$/.test(raw) || seconds > 86_400) {
    throw new SettingError(
      'lease-wait',
      (label) =>
        `The ${label} must be a whole number of seconds from 0 to 86400, got ${JSON.stringify(raw)}.`,
    );
  }
  return seconds;
}

/**
 * Secret values handed over as one JSON object of name → string (a reusable workflow cannot
 * forward secrets by arbitrary names). Errors never echo the text: it is a secret.
 */
export function parseSecretMap(setting: string, raw: string): Record<string, string> {
  if (raw.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  const entries =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value as Record<string, unknown>)
      : undefined;
  if (!entries || entries.some(([, v]) => typeof v !== 'string')) {
    throw new SettingError(
      setting,
      (label) =>
        `The ${label} must be a JSON object of secret names to string values, e.g. ` +
        '`{"DB_PASSWORD": "…"}` (its text is not shown: it holds secrets).',
    );
  }
  return Object.fromEntries(entries) as Record<string, string>;
}

/** A list written as JSON, or names separated by commas, spaces or lines. */
export function parseList(setting: string, raw: string): string[] {
  const text = raw.trim();
  if (!text.startsWith('[')) return text.split(/[\s,]+/).filter(Boolean);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.some((x) => typeof x !== 'string')) {
    throw new SettingError(
      setting,
      (label) =>
        `The ${label} must be a JSON array of names, or names separated by commas or spaces.`,
    );
  }
  return parsed as string[];
}

/**
 * A version given instead of the computed one: a SemVer 2.0 such as `1.4.0` or
 * `1.4.0-rc.1+abc1234`. It names files (`<service>-<version>.tar.gz`) and store tags, so it is
 * checked here, where it enters, before anything joins it into a path.
 */
export function parseVersion(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!isSemVer(raw)) {
    throw new SettingError(
      'version',
      (label) =>
        `The ${label} must be a SemVer such as 1.4.0 or 1.4.0-rc.1+abc1234 (no path ` +
        `separators), got ${JSON.stringify(raw)}.`,
    );
  }
  return raw;
}
