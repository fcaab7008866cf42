import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import {
  GitHubApiError,
  createGitHubApi
} from "./chunk-D2TEQLDY.js";
import "./chunk-NMG6Q5FT.js";
export {
  GitHubApiError,
  createGitHubApi
};
