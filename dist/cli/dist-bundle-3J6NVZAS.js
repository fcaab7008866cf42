import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import {
  VERSION,
  retry
} from "./chunk-ZVAHHCA3.js";
import "./chunk-WFI3CSSF.js";
import "./chunk-CRLYWORE.js";
import "./chunk-GLYJZRA3.js";
export {
  VERSION,
  retry
};
