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
 * Call first thing, before the bundle's own code is loaded: the flags only shape the heap's
 * growth from then on.
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
