import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import {
  GitHubApiError,
  createGitHubApi
} from "./chunk-JHKPCD2A.js";
import "./chunk-GLYJZRA3.js";
export {
  GitHubApiError,
  createGitHubApi
};
