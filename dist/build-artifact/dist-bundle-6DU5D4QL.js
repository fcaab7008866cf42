import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import {
  VERSION,
  retry
} from "./chunk-2G7QGWGH.js";
import "./chunk-O2MQ7EGA.js";
import "./chunk-HRPTN454.js";
import "./chunk-GLYJZRA3.js";
export {
  VERSION,
  retry
};
