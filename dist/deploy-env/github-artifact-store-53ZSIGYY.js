import { createRequire as __msdeployCreateRequire } from 'node:module';
const require = __msdeployCreateRequire(import.meta.url);
import {
  checkArtifactFileName
} from "./chunk-RZPP366V.js";
import {
  ArtifactNotFoundError,
  DIGEST_SOURCE,
  DigestMismatchError,
  digestFile,
  isDigest,
  sha256
} from "./chunk-XB4X3GD5.js";
import "./chunk-NMG6Q5FT.js";

// src/platform/github-artifact-store.ts
import {
  copyFile,
  link,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  writeFile
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
var KIND_EXTENSION = { archive: ".tar.gz", deb: ".deb" };
var KINDS = Object.keys(KIND_EXTENSION);
var INVALID_NAME_CHARS = /[":<>|*?\r\n\\/]/g;
var PROVENANCE_SUFFIX = ".provenance.json";
var REF_PATTERN = new RegExp(`^github:(\\d+)/(.+)@(${DIGEST_SOURCE})$`);
var RETENTION_HINT = "GitHub deletes artifacts when their retention period ends (90 days by default, at most 90 days on public repositories, less if the repository or the upload set it lower). Rebuild the version, or promote through the oci store, which keeps artifacts for as long as the registry does.";
function artifactName(meta) {
  return `${meta.service}-${meta.version}${KIND_EXTENSION[meta.kind]}`.replace(
    INVALID_NAME_CHARS,
    "-"
  );
}
function formatGitHubRef(ref) {
  return `github:${ref.runId}/${ref.name}@${ref.digest}`;
}
function parseGitHubRef(ref) {
  const m = REF_PATTERN.exec(ref);
  if (!m) {
    throw new Error(
      `Not a github artifact reference: "${ref}". Expected github:<run-id>/<artifact-name>@sha256:<64 hex>, as printed by the build-artifact step.`
    );
  }
  return { runId: Number(m[1]), name: m[2], digest: m[3] };
}
var GitHubArtifactStore = class {
  constructor(options = {}) {
    this.options = options;
    this.serverUrl = (options.serverUrl ?? "https://github.com").replace(/\/+$/, "");
    if (options.runId !== void 0 && options.runId !== "") {
      this.runId = Number(options.runId);
      if (!Number.isSafeInteger(this.runId) || this.runId <= 0) {
        throw new Error(
          `GitHubArtifactStore: runId must be a positive integer (GITHUB_RUN_ID), got "${options.runId}".`
        );
      }
    }
    if (options.repository !== void 0 && !/^[\w.-]+\/[\w.-]+$/.test(options.repository)) {
      throw new Error(
        `GitHubArtifactStore: repository must be "owner/name" (GITHUB_REPOSITORY), got "${options.repository}".`
      );
    }
  }
  options;
  kind = "github";
  serverUrl;
  runId;
  module;
  async put(file, meta, provenance, onProgress) {
    const runId = this.requireRunId("upload");
    const name = artifactName(meta);
    const session = await this.session();
    const staging = await mkdtemp(join(tmpdir(), "msdeploy-github-"));
    try {
      const staged = await stageAs(file, staging, name);
      const uploaded = await this.uploadOnce(session, staged, name, meta.digest, "refuse");
      const provenanceFile = join(staging, name + PROVENANCE_SUFFIX);
      await writeFile(provenanceFile, provenance);
      const provenanceUploaded = await this.uploadOnce(
        session,
        provenanceFile,
        name + PROVENANCE_SUFFIX,
        sha256(provenance),
        uploaded.existed ? "keep" : "refuse"
      );
      onProgress?.(meta.size, meta.size);
      return {
        ref: formatGitHubRef({ runId, name, digest: meta.digest }),
        location: this.artifactUrl(runId, uploaded.id),
        bytesUploaded: uploaded.bytes + provenanceUploaded.bytes
      };
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  async get(ref, destFile, onProgress) {
    const parsed = parseGitHubRef(ref);
    const session = await this.session();
    const find = this.findOptions(parsed.runId);
    const staging = await mkdtemp(join(tmpdir(), "msdeploy-github-"));
    try {
      const artifactFile = await this.download(session, find, parsed, parsed.name, staging);
      const provenanceName = parsed.name + PROVENANCE_SUFFIX;
      const provenanceFile = await this.download(session, find, parsed, provenanceName, staging);
      const provenance = await readFile(provenanceFile);
      const { size } = await stat(artifactFile);
      const meta = metaFromProvenance(
        provenance,
        parsed.digest,
        size,
        `${provenanceName} in run ${parsed.runId}`
      );
      await mkdir(dirname(destFile), { recursive: true });
      await moveFile(artifactFile, destFile);
      onProgress?.(size, size);
      return { meta, provenance };
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  /**
   * The digests of the repository's unexpired artifacts named after `service` at `version`, in
   * any run (`GET /repos/{owner}/{repo}/actions/artifacts?name=…`, once per artifact kind, since
   * the kind is part of the name). Several runs may each hold the version, with different bytes
   * when the build is not reproducible: every distinct digest is returned.
   */
  async findVersion(service, version) {
    const { api, token, repository } = this.options;
    if (!token || !repository) {
      throw new Error(
        `Finding ${service} ${version} in the github store lists the repository's artifacts: that needs a token with actions:read and the repository (owner/name). Pass them to the store (in a workflow: github-token and GITHUB_REPOSITORY).`
      );
    }
    if (!api) {
      throw new Error(
        `Finding ${service} ${version} in the github store lists the repository's artifacts through the GitHub REST API: pass \`api\` to the store (createGitHubApi of platform/github.ts, with the token and repository).`
      );
    }
    const found = /* @__PURE__ */ new Set();
    for (const kind of KINDS) {
      const name = artifactName({ service, version, kind });
      let listed;
      try {
        listed = await api.listArtifacts({ name });
      } catch (err) {
        const message = errorMessage(err).replace(/\.?$/, ".");
        throw new Error(
          `Could not list the GitHub artifacts named "${name}" of ${repository}: ${message}`,
          { cause: err }
        );
      }
      for (const artifact of listed) {
        if (artifact.name !== name || artifact.expired) continue;
        if (!artifact.digest || !isDigest(artifact.digest)) {
          this.options.logger?.debug(
            `GitHub artifact "${name}" (id ${artifact.id}) has no sha256 digest: not uploaded by msdeploy; skipped.`
          );
          continue;
        }
        found.add(artifact.digest);
      }
    }
    return [...found];
  }
  /**
   * GitHub finds artifacts by run and name, not by digest: `ref` (build-artifact's `artifact`
   * output) is required. The artifact is downloaded into a temporary directory, hashed and
   * checked as `get` does, then deleted.
   */
  async inspect(service, digest, ref) {
    if (ref === void 0) {
      throw new Error(
        `The github store cannot look up artifact ${digest} of ${service} by its digest alone: GitHub finds artifacts by workflow run and name. Pass the artifact reference build-artifact printed (its \`artifact\` output, github:<run-id>/<name>@sha256:<hex>).`
      );
    }
    const parsed = parseGitHubRef(ref);
    if (parsed.digest !== digest) {
      throw new Error(
        `Artifact reference ${ref} names ${parsed.digest}, not ${digest}: pass the reference of the artifact being inspected.`
      );
    }
    const staging = await mkdtemp(join(tmpdir(), "msdeploy-github-inspect-"));
    try {
      const { meta, provenance } = await this.get(ref, join(staging, "artifact"));
      if (meta.service !== service) {
        throw new Error(
          `GitHub artifact ${ref} belongs to service ${meta.service}, not ${service}: check the service and reference.`
        );
      }
      return { meta, provenance, ref };
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  /**
   * Upload one file under `name` in this run. A name already taken in this run (GitHub answers 409)
   * is accepted when the existing artifact has the same digest: the same bytes are already there
   * (a re-run step), so nothing is uploaded. Another digest is refused (or kept, for provenance of
   * an artifact that was already there); an existing artifact is never deleted or overwritten.
   */
  async uploadOnce({ client, mod }, file, name, expected, otherDigest) {
    let response;
    try {
      response = await client.uploadArtifact(name, [file], dirname(file), {
        skipArchive: true,
        retentionDays: this.options.retentionDays
      });
    } catch (err) {
      if (!/\(409\)/.test(errorMessage(err))) throw err;
      const id = await this.existingArtifact({ client, mod }, name, expected, otherDigest);
      return { id, bytes: 0, existed: true };
    }
    const actual = response.digest ? `sha256:${response.digest}` : void 0;
    if (actual !== expected) {
      await client.deleteArtifact(name).catch((err) => {
        this.options.logger?.warning(
          `Could not delete mismatching artifact "${name}": ${errorMessage(err)}`
        );
      });
      throw new DigestMismatchError(
        expected,
        actual ?? "sha256:unknown",
        `GitHub artifact "${name}" uploaded to run ${this.runId}`
      );
    }
    this.options.logger?.info(
      `Uploaded ${name} (${response.size ?? 0} bytes) as artifact ${response.id} in run ${this.runId}.`
    );
    return { id: response.id ?? 0, bytes: response.size ?? 0, existed: false };
  }
  /** The id of the artifact already named `name` in this run, if its digest may stand. */
  async existingArtifact({ client, mod }, name, expected, otherDigest) {
    let existing;
    try {
      ({ artifact: existing } = await client.getArtifact(name));
    } catch (err) {
      if (!(err instanceof mod.ArtifactNotFoundError)) throw err;
      throw new Error(
        `GitHub artifact "${name}" is being uploaded by another job of run ${this.runId} (the name is taken but not finalized). Give each job its own service/version, or upload once and download in the other jobs.`
      );
    }
    if (existing.digest !== expected && otherDigest === "keep") {
      this.options.logger?.info(
        `GitHub artifact "${name}" already exists in run ${this.runId}; keeping it (${existing.digest ?? "no digest"}).`
      );
    } else if (existing.digest !== expected) {
      throw new Error(
        `GitHub artifact "${name}" already exists in run ${this.runId} with digest ${existing.digest ?? "unknown"}, but this upload has ${expected}. Artifact names must be unique per run: the same service and version were built twice with different bytes. Make the build reproducible or give each build its own version.`
      );
    } else {
      this.options.logger?.info(
        `GitHub artifact "${name}" already exists in run ${this.runId} with the same digest; not uploading again.`
      );
    }
    return existing.id;
  }
  /**
   * Download `name` from the ref's run into a fresh directory under `staging`; returns the file.
   * The artifact itself (`name === ref.name`) must have the ref's digest; its provenance is
   * checked later against the digest it names.
   */
  async download({ client, mod }, find, ref, name, staging) {
    const expected = name === ref.name ? ref.digest : void 0;
    const where = `GitHub artifact "${name}" in run ${ref.runId}`;
    let artifact;
    try {
      ({ artifact } = await client.getArtifact(name, find));
    } catch (err) {
      throw this.notFoundOr(err, mod, where);
    }
    if (expected && artifact.digest && artifact.digest !== expected) {
      throw new DigestMismatchError(expected, artifact.digest, where);
    }
    const dir = await mkdtemp(join(staging, "download-"));
    try {
      await client.downloadArtifact(artifact.id, { ...find, path: dir, skipDecompress: true });
    } catch (err) {
      throw this.notFoundOr(err, mod, where);
    }
    const files = await readdir(dir);
    if (files.length !== 1) {
      throw new Error(
        `${where}: expected one file (uploaded with skipArchive), found ${files.length}. It was not uploaded by msdeploy.`
      );
    }
    const file = join(dir, files[0]);
    if (expected) {
      const actual = await digestFile(file);
      if (actual !== expected) {
        await rm(file, { force: true });
        throw new DigestMismatchError(expected, actual, where);
      }
    }
    return file;
  }
  notFoundOr(err, mod, where) {
    const status = err.status;
    if (err instanceof mod.ArtifactNotFoundError || status === 404 || status === 410) {
      const repo = this.options.repository ? ` of ${this.options.repository}` : "";
      const notFound = new ArtifactNotFoundError(
        `${where}${repo} was not found or has expired. ${RETENTION_HINT}`
      );
      notFound.cause = err;
      return notFound;
    }
    return err instanceof Error ? err : new Error(String(err));
  }
  findOptions(runId) {
    if (runId === this.runId) return {};
    const { token, repository } = this.options;
    const [repositoryOwner, repositoryName] = repository?.split("/") ?? [];
    if (!token || !repositoryOwner || !repositoryName) {
      throw new Error(
        `Artifact is in workflow run ${runId}, not this run (${this.runId ?? "none"}): reading another run's artifacts needs a token with actions:read and the repository (owner/name). Pass them to the store (in a workflow: github-token and GITHUB_REPOSITORY).`
      );
    }
    return { findBy: { token, workflowRunId: runId, repositoryOwner, repositoryName } };
  }
  requireRunId(what) {
    if (this.runId === void 0) {
      throw new Error(
        `The github store needs the current workflow run id to ${what} artifacts: it only works inside a GitHub Actions job (GITHUB_RUN_ID). Outside Actions use the local or oci store.`
      );
    }
    return this.runId;
  }
  artifactUrl(runId, artifactId) {
    const repo = this.options.repository ?? "<owner>/<repo>";
    return `${this.serverUrl}/${repo}/actions/runs/${runId}/artifacts/${artifactId}`;
  }
  async session() {
    this.module ??= import("./artifact-LWGI5FZM.js");
    const mod = await this.module;
    return { client: new mod.DefaultArtifactClient(), mod };
  }
};
function metaFromProvenance(provenance, digest, size, where) {
  let statement;
  try {
    statement = JSON.parse(provenance.toString("utf8"));
  } catch (err) {
    throw new Error(`${where} is not valid JSON: ${errorMessage(err)}`);
  }
  const subject = statement.subject?.[0];
  const params = statement.predicate?.buildDefinition;
  const service = params?.externalParameters?.service;
  const kind = params?.externalParameters?.kind;
  const version = params?.internalParameters?.version;
  if (!subject?.name || !service || !version || kind !== "archive" && kind !== "deb") {
    throw new Error(
      `${where} is not an msdeploy provenance statement (needs subject name, service, kind, version).`
    );
  }
  const bound = `sha256:${subject.digest?.sha256 ?? ""}`;
  if (bound !== digest) {
    throw new Error(
      `${where} describes ${bound}, not the artifact ${digest}: the provenance belongs to other bytes.`
    );
  }
  const fileName = checkArtifactFileName(subject.name, where);
  return { service, version, kind, digest, size, fileName };
}
async function stageAs(file, staging, name) {
  const staged = join(staging, name);
  try {
    await link(file, staged);
  } catch {
    await copyFile(file, staged);
  }
  return staged;
}
async function moveFile(from, to) {
  try {
    await rename(from, to);
  } catch (err) {
    if (err.code !== "EXDEV") throw err;
    const partial = `${to}.partial-${process.pid}`;
    try {
      await copyFile(from, partial);
      await rename(partial, to);
    } finally {
      await rm(partial, { force: true });
    }
  }
}
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}
export {
  GitHubArtifactStore,
  artifactName,
  formatGitHubRef,
  parseGitHubRef
};
