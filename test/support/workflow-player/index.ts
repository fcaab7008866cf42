/** The local workflow player: see docs/testing.md#the-workflow-player. */
export { playWorkflow, cleanupPlays } from './player.js';
export { PlayerError } from './errors.js';
export type { PlayOptions, PlayResult, JobRecord, StepRecord } from './types.js';
