import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import "./chunk-GLYJZRA3.js";

// src/platform/heap.ts
import v8 from "node:v8";
import vm from "node:vm";
function limitYoungGeneration() {
  v8.setFlagsFromString("--max-semi-space-size=2");
  v8.setFlagsFromString("--semi-space-growth-factor=1");
}
var gc;
function collectGarbage() {
  if (!gc) {
    v8.setFlagsFromString("--expose-gc");
    gc = vm.runInNewContext("gc");
  }
  gc();
}
export {
  collectGarbage,
  limitYoungGeneration
};
