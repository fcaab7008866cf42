/** The root action: the msdeploy CLI with `args` split without a shell. */
import { runCli } from '../../app/run-cli.js';
import { MsdeployError } from '../../core/errors.js';
import { runAction } from '../run-action.js';
import { getRunCliSettings, writeRunCliOutputs } from './io.js';

await runAction(async (_run, logger) => {
  const settings = getRunCliSettings();
  const outcome = await runCli(settings, logger);
  writeRunCliOutputs(outcome);
  if (outcome.exitCode !== 0) {
    // The CLI has said what went wrong on stderr, above; its exit code is the step's.
    throw new MsdeployError(
      `msdeploy ${settings.args[0]} exited with code ${outcome.exitCode} (see its output above).`,
      { exitCode: outcome.exitCode },
    );
  }
});
