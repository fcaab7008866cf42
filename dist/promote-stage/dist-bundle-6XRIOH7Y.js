import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import {
  VERSION,
  retry
} from "./chunk-Y4TVPNFP.js";
import "./chunk-CRLYWORE.js";
import "./chunk-EFPBQA2D.js";
import "./chunk-NMG6Q5FT.js";
export {
  VERSION,
  retry
};
