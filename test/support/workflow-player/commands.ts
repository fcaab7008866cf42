/**
 * Workflow commands a step prints on stdout (`::error file=a,line=1::text`, `::add-mask::v`), as
 * the runner reads them. Commands GitHub has disabled for security (set-env, add-path) or
 * replaced by files (set-output, save-state) fail the play: a workflow of ours must not use them.
 */
import { PlayerError } from './errors.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string>;
}

export interface StdoutCommands {
  annotations: Annotation[];
  masks: string[];
}

const REFUSED = new Set(['set-env', 'add-path', 'set-output', 'save-state']);

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

export function readStdoutCommands(stdout: string): StdoutCommands {
  const found: StdoutCommands = { annotations: [], masks: [] };
  let stoppedUntil: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimStart());
    if (!m) continue;
    const [, command, props = '', data] = m as unknown as [
      string,
      string,
      string | undefined,
      string,
    ];
    if (stoppedUntil !== undefined) {
      if (command === stoppedUntil) stoppedUntil = undefined;
      continue;
    }
    if (command === 'stop-commands') {
      stoppedUntil = data;
    } else if (command === 'add-mask') {
      if (data.trim() !== '') found.masks.push(unescapeData(data));
    } else if (command === 'error' || command === 'warning' || command === 'notice') {
      const properties: Record<string, string> = {};
      for (const pair of props.split(',').filter(Boolean)) {
        const eq = pair.indexOf('=');
        if (eq > 0) properties[pair.slice(0, eq).trim()] = unescapeProperty(pair.slice(eq + 1));
      }
      found.annotations.push({ level: command, message: unescapeData(data), properties });
    } else if (REFUSED.has(command)) {
      throw new PlayerError(
        `the step printed ::${command}::, a command GitHub disabled or replaced by a file (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH, GITHUB_STATE)`,
      );
    }
    // Anything else (debug, group, unknown words) is plain log to the runner too.
  }
  return found;
}
