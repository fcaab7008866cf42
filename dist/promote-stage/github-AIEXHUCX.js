import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-MNNUWJ45.js";
import "./chunk-CRLYWORE.js";
import "./chunk-NMG6Q5FT.js";
export {
  context,
  getOctokit
};
