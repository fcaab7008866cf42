import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import {
  limitYoungGeneration
} from "./chunk-V3KK6UZH.js";
import "./chunk-OV4JGM76.js";

// src/actions/detect-changed-service/index.ts
limitYoungGeneration();
await import("./main-RPUOALNJ.js");
