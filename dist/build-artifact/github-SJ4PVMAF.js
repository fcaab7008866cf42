import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-EGQRFOWE.js";
import "./chunk-O2MQ7EGA.js";
import "./chunk-GLYJZRA3.js";
export {
  context,
  getOctokit
};
