/** detect-changed-service: which services does this push or PR affect, and why. */
import { limitYoungGeneration } from '../../platform/heap.js';

// Before anything else is loaded: see platform/heap.ts.
limitYoungGeneration();
await import('./main.js');
