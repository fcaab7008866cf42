import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import {
  VERSION,
  retry
} from "./chunk-DDKJFOEP.js";
import "./chunk-CRLYWORE.js";
import "./chunk-WFI3CSSF.js";
import "./chunk-GLYJZRA3.js";
export {
  VERSION,
  retry
};
