/** The player's one error: something it cannot play faithfully, said with where and what to do. */
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/index';

export class PlayerError extends Error {
  override name = 'PlayerError';
}

/** `line L, col C: ` of a token, for messages (the caller names the file, job and step). */
export function where(token: TemplateToken): string {
  return token.line !== undefined ? `line ${token.line}, col ${token.col ?? 0}: ` : '';
}

/** Re-throw a PlayerError with the place it happened in front (`file job step: …`). */
export function within<T>(place: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw located(place, e);
  }
}

export async function withinAsync<T>(place: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw located(place, e);
  }
}

function located(place: string, e: unknown): unknown {
  if (!(e instanceof PlayerError) || e.message.startsWith(place)) return e;
  const err = new PlayerError(`${place}: ${e.message}`);
  err.stack = e.stack;
  return err;
}
