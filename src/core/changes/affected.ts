/**
 * Which services a change set affects, and why.
 *
 * A service is affected when one of its own patterns matches a changed file, when a `global`
 * file changed, when something it depends on (transitively) is affected, or when a sibling in
 * its release group is affected. Each affected service carries one reason: the most specific
 * one (own files, then dependency, then release group, then global), and for dependencies the
 * shortest chain back to a changed file.
 *
 * Release groups widen *what ships*, not *what the code depends on*: a service pulled in by its
 * group does not in turn affect services that depend on it.
 */
import type { Manifest } from '../manifest/types.js';
import type { ChangedFile } from './types.js';
import { PathIndex, type Owner } from '../paths/path-index.js';

export type ReasonKind = 'paths' | 'dependency' | 'release-group' | 'global' | 'requested' | 'all';

export interface Reason {
  kind: ReasonKind;
  /** Names from the affected service back to where the change is, e.g. [catalog, common, money]. */
  chain: string[];
  /** One changed file that triggered it (absent for `requested` and `all`). */
  file?: string;
  /** The release group that pulled this service in (kind `release-group`). */
  group?: string;
  /** For `all`/`requested`: why every (or this) service was chosen. */
  note?: string;
}

export interface ServiceResult {
  name: string;
  path: string;
  affected: boolean;
  reason?: Reason;
  /** Changed files matched by this service's own patterns (old and new path of a rename both count). */
  files: string[];
}

export interface LibraryResult {
  name: string;
  path: string;
  affected: boolean;
  reason?: Reason;
  files: string[];
}

export interface AffectedResult {
  services: ServiceResult[];
  libraries: LibraryResult[];
  /** Changed files matched by a `global` pattern. */
  globalFiles: string[];
  /** Changed files that belong to nothing in the manifest. */
  unownedCount: number;
  changedCount: number;
}

/** Owners in the index: services first, then libraries, then the global pseudo-owner. */
function indexOwners(manifest: Manifest): Owner[] {
  return [
    ...manifest.services.map((s) => ({ id: s.name, patterns: s.patterns })),
    ...manifest.libraries.map((l) => ({ id: l.name, patterns: l.patterns })),
    { id: '', patterns: manifest.global },
  ];
}

/** Match every changed path (both sides of a rename) to its owners. Returns files per owner index. */
export function matchChanges(manifest: Manifest, changes: readonly ChangedFile[]) {
  const owners = indexOwners(manifest);
  const index = new PathIndex(owners);
  const filesByOwner: string[][] = owners.map(() => []);
  let unownedCount = 0;
  const add = (path: string): boolean => {
    const hits = index.ownersOf(path);
    for (const o of hits) filesByOwner[o]!.push(path);
    return hits.length > 0;
  };
  for (const change of changes) {
    let owned = add(change.path);
    if (change.oldPath !== undefined && change.oldPath !== change.path) {
      owned = add(change.oldPath) || owned;
    }
    if (!owned) unownedCount++;
  }
  return { filesByOwner, unownedCount };
}

export function computeAffected(
  manifest: Manifest,
  changes: readonly ChangedFile[],
): AffectedResult {
  const { filesByOwner, unownedCount } = matchChanges(manifest, changes);
  const nServices = manifest.services.length;
  const nodes = [...manifest.services, ...manifest.libraries];
  const byName = new Map(nodes.map((n, i) => [n.name, i]));
  const globalFiles = filesByOwner[nodes.length]!;

  // Reverse edges: dependency → dependents.
  const dependents: number[][] = nodes.map(() => []);
  nodes.forEach((n, i) => {
    for (const dep of n.dependsOn) {
      const d = byName.get(dep);
      if (d !== undefined) dependents[d]!.push(i);
    }
  });

  // Multi-source BFS from the nodes whose own files changed gives each node its shortest chain.
  const reasons: (Reason | undefined)[] = nodes.map(() => undefined);
  const queue: number[] = [];
  nodes.forEach((n, i) => {
    const first = filesByOwner[i]![0];
    if (first !== undefined) {
      reasons[i] = { kind: 'paths', chain: [n.name], file: first };
      queue.push(i);
    }
  });
  for (let head = 0; head < queue.length; head++) {
    const from = queue[head]!;
    const r = reasons[from]!;
    for (const to of dependents[from]!) {
      if (reasons[to]) continue;
      reasons[to] = { kind: 'dependency', chain: [nodes[to]!.name, ...r.chain], file: r.file };
      queue.push(to);
    }
  }

  for (const group of manifest.releaseGroups) {
    const members = group.services.map((s) => byName.get(s)!);
    const trigger = members.find((m) => reasons[m] && reasons[m].kind !== 'release-group');
    if (trigger === undefined) continue;
    for (const m of members) {
      if (reasons[m]) continue;
      reasons[m] = {
        kind: 'release-group',
        group: group.name,
        chain: [nodes[m]!.name, ...reasons[trigger]!.chain],
        file: reasons[trigger]!.file,
      };
    }
  }

  if (globalFiles.length > 0) {
    for (let i = 0; i < nServices; i++) {
      reasons[i] ??= { kind: 'global', chain: [nodes[i]!.name], file: globalFiles[0] };
    }
  }

  const result = (i: number) => ({
    name: nodes[i]!.name,
    path: nodes[i]!.path,
    affected: reasons[i] !== undefined,
    reason: reasons[i],
    files: filesByOwner[i]!,
  });
  return {
    services: manifest.services.map((_, i) => result(i)),
    libraries: manifest.libraries.map((_, j) => result(nServices + j)),
    globalFiles,
    unownedCount,
    changedCount: changes.length,
  };
}

/** Every service affected for one stated reason (no usable base, or an explicit request). */
export function allAffected(
  manifest: Manifest,
  kind: 'all' | 'requested',
  note: string,
  only?: ReadonlySet<string>,
): AffectedResult {
  return {
    services: manifest.services.map((s) => {
      const affected = !only || only.has(s.name);
      return {
        name: s.name,
        path: s.path,
        affected,
        reason: affected ? { kind, chain: [s.name], note } : undefined,
        files: [],
      };
    }),
    libraries: manifest.libraries.map((l) => ({
      name: l.name,
      path: l.path,
      affected: false,
      files: [],
    })),
    globalFiles: [],
    unownedCount: 0,
    changedCount: 0,
  };
}

/** One line for humans: `catalog ← common ← money (libs/money/src/x.ts)`. */
export function reasonText(reason: Reason): string {
  const where = reason.file !== undefined ? ` (${reason.file})` : '';
  switch (reason.kind) {
    case 'paths':
      return `own files changed${where}`;
    case 'dependency':
      return `${reason.chain.join(' ← ')}${where}`;
    case 'release-group':
      return `release group ${reason.group}: ${reason.chain.join(' ← ')}${where}`;
    case 'global':
      return `global file changed${where}`;
    case 'requested':
    case 'all':
      return reason.note ?? reason.kind;
  }
}
