import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-CWW5WECO.js";
import "./chunk-O2MQ7EGA.js";
import "./chunk-NMG6Q5FT.js";
export {
  context,
  getOctokit
};
