import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);

// src/core/artifact/types.ts
var ARTIFACT_MEDIA_TYPE = {
  archive: "application/vnd.msdeploy.artifact.layer.v1.tar+gzip",
  deb: "application/vnd.debian.binary-package"
};
var ARTIFACT_TYPE = "application/vnd.msdeploy.artifact.v1";
var PROVENANCE_MEDIA_TYPE = "application/vnd.in-toto+json";
var DigestMismatchError = class extends Error {
  constructor(expected, actual, where) {
    super(
      `Digest mismatch for ${where}: expected ${expected}, got ${actual}. The artifact was altered or corrupted; it will not be used.`
    );
    this.expected = expected;
    this.actual = actual;
    this.name = "DigestMismatchError";
  }
  expected;
  actual;
};
var ArtifactNotFoundError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ArtifactNotFoundError";
  }
};

// src/core/artifact/digest.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
var READ_CHUNK = 1024 * 1024;
var DIGEST_SOURCE = "sha256:[0-9a-f]{64}";
var DIGEST_RE = new RegExp(`^${DIGEST_SOURCE}$`);
function isDigest(s) {
  return DIGEST_RE.test(s);
}
function sha256(bytes) {
  return `sha256:${createHash("sha256").update(bytes).digest("hex")}`;
}
var DigestStream = class {
  hash = createHash("sha256");
  update(chunk) {
    this.hash.update(chunk);
  }
  digest() {
    return `sha256:${this.hash.digest("hex")}`;
  }
};
async function digestFile(path) {
  const hash = new DigestStream();
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK })) {
    hash.update(chunk);
  }
  return hash.digest();
}
function checkDigest(expected, actual, where) {
  if (actual !== expected) throw new DigestMismatchError(expected, actual, where);
}
async function verifyFile(path, expected, where) {
  if (!isDigest(expected)) {
    throw new Error(
      `Expected digest "${String(expected)}" for ${where} is not of the form sha256:<64 lowercase hex digits>.`
    );
  }
  checkDigest(expected, await digestFile(path), where);
}

export {
  ARTIFACT_MEDIA_TYPE,
  ARTIFACT_TYPE,
  PROVENANCE_MEDIA_TYPE,
  DigestMismatchError,
  ArtifactNotFoundError,
  DIGEST_SOURCE,
  isDigest,
  sha256,
  DigestStream,
  digestFile,
  checkDigest,
  verifyFile
};
