import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);

// src/core/artifact/file-name.ts
var FILE_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,254}$/;
function isArtifactFileName(name) {
  return typeof name === "string" && FILE_NAME_RE.test(name) && !name.includes("..");
}
function checkArtifactFileName(name, where) {
  if (!isArtifactFileName(name)) {
    throw new Error(
      `${where} names the artifact file ${JSON.stringify(name)}: not a plain file name (letters, digits and . _ + -, starting with a letter or digit, no "..", "/", control characters). Refusing to use it.`
    );
  }
  return name;
}

export {
  checkArtifactFileName
};
