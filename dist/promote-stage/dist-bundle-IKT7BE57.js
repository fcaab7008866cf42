import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import {
  VERSION,
  retry
} from "./chunk-64IDQEFQ.js";
import "./chunk-O2MQ7EGA.js";
import "./chunk-FENPOM4I.js";
import "./chunk-NMG6Q5FT.js";
export {
  VERSION,
  retry
};
