/**
 * Peak-memory control for the actions that handle big inputs (a 5,000-service manifest, a
 * 100,000-file change set). Both arrive in bursts of short-lived allocations; left alone, V8
 * grows its young generation and keeps the garbage of one phase while the next one allocates,
 * and the runner's peak RSS is the sum. A small young generation and one full collection
 * between the phases keep the peak to what is live.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * Call before the phases it should bound (app/detect.ts: before the parse of a large manifest):
 * the flags only shape the heap's growth from then on. Not at start-up: compiling the bundle
 * under a 2 MB young generation made every start 10 ms slower.
 */
export function limitYoungGeneration(): void {
  v8.setFlagsFromString('--max-semi-space-size=2');
  v8.setFlagsFromString('--semi-space-growth-factor=1');
}

let gc: (() => void) | undefined;

/** A full garbage collection, between two phases that each allocate a lot. */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}
