/** Action inputs as the runner hands them (`INPUT_<NAME>`, hyphens kept). */
import { SettingError } from '../../core/errors.js';
import { issueCommand } from './commands.js';
import { inputValue } from './context.js';

/** An input, trimmed; '' when unset. A required one that is missing is a SettingError. */
export function getInput(name: string, required = false): string {
  const value = inputValue(name);
  if (required && !value) {
    throw new SettingError(name, (label) => `The ${label} is required: set it in \`with:\`.`);
  }
  return value;
}

export function getBooleanInput(name: string, fallback: boolean): boolean {
  const raw = inputValue(name).toLowerCase();
  if (raw === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(raw)) return true;
  if (['false', 'no', '0', 'off'].includes(raw)) return false;
  throw new SettingError(
    name,
    (label) => `The ${label} must be true or false, got ${JSON.stringify(raw)}.`,
  );
}

/** An input that holds a credential: masked in every later log line before anything else runs. */
export function getSecretInput(name: string): string | undefined {
  const value = inputValue(name);
  if (!value) return undefined;
  issueCommand('add-mask', {}, value);
  return value;
}
