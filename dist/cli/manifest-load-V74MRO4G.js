import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import {
  parseManifestText,
  readManifest
} from "./chunk-65PZUPE5.js";
import "./chunk-PC5HZGC7.js";
import "./chunk-GLYJZRA3.js";
export {
  parseManifestText,
  readManifest
};
