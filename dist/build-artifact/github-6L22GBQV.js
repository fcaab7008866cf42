import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-GEOLFBGZ.js";
import "./chunk-CRLYWORE.js";
import "./chunk-GLYJZRA3.js";
export {
  context,
  getOctokit
};
