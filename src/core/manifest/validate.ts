/**
 * Cross-reference checks, run after the structure is known: unique names across libraries and
 * services, `depends-on` targets, dependency cycles, release group members, and the keys of a
 * `build` that depend on each other (`kind` and `deb`) or on where it is written.
 */
import { neverForwarded } from '../artifact/build-env.js';
import { displayPath, type IssueList, type SourceMap, type ValuePath } from './issues.js';
import { DEB_PACKAGE_PATTERN, type RawBuild, type RawManifest } from './spec.js';
import { DEFAULT_STAGE_NAMES } from './pipeline.js';
import { didYouMean } from './suggest.js';

type Kind = 'library' | 'service';

interface Component {
  kind: Kind;
  name: string;
  /** Where the entry is declared (the map key, or `name` for a single-service repository). */
  at: ValuePath;
  dependsOn: readonly string[];
}

export function checkReferences(raw: RawManifest, locs: SourceMap, issues: IssueList): void {
  new ReferenceChecker(raw, locs, issues).run();
}

class ReferenceChecker {
  private readonly libraries: Component[];
  private readonly services: Component[];
  /** False when a map was present but unusable: then "unknown name" errors would only be noise. */
  private readonly librariesKnown: boolean;
  private readonly servicesKnown: boolean;
  private readonly byName = new Map<string, Component>();

  constructor(
    private readonly raw: RawManifest,
    private readonly locs: SourceMap,
    private readonly issues: IssueList,
  ) {
    this.librariesKnown = raw.libraries !== undefined || !locs.has(['libraries']);
    this.libraries = this.components('library', 'libraries', raw.libraries);
    if (locs.has(['services'])) {
      this.servicesKnown = raw.services !== undefined;
      this.services = this.components('service', 'services', raw.services);
    } else {
      // A single-service repository: the service is the whole repo, named `name`.
      this.servicesKnown = raw.name !== undefined;
      this.services =
        raw.name === undefined
          ? []
          : [{ kind: 'service', name: raw.name, at: ['name'], dependsOn: [] }];
    }
  }

  run(): void {
    this.checkUniqueNames();
    this.checkDependencies();
    this.checkCycles();
    this.checkReleaseGroups();
    this.checkBuilds();
    this.checkPipelines();
    this.checkEnvironments();
  }

  /**
   * An environment places only declared services (on its own hosts, for ssh); the stage that
   * feeds it is a stage of each of them; a stage's `environment` names a declared one.
   */
  private checkEnvironments(): void {
    const envs = this.raw.environments;
    const declared = this.locs.childKeys(['environments']);
    if (this.locs.has(['environments'])) {
      const stagePaths = this.stageEnvironmentPaths();
      for (const { at, name } of stagePaths) {
        if (declared.includes(name)) continue;
        const hint = didYouMean(name, declared) ?? `declare it under \`environments\``;
        this.issues.add(
          this.locs.value(at),
          `\`${displayPath(at)}\` names environment \`${name}\`, which is not declared: ${hint}.`.replace(
            /\?\.$/,
            '?',
          ),
        );
      }
    }
    if (envs === undefined) return;
    for (const [env, e] of envs) {
      const at = ['environments', env];
      (e.secrets ?? []).forEach((name, i) => {
        const why = neverForwarded(name);
        if (why) {
          this.issues.add(
            this.locs.value([...at, 'secrets', i]),
            `\`${name}\` in \`${displayPath(at)}.secrets\` is never given to configuration: ${why}. ` +
              "Map the secret to a name of its own in the step's `env:`, e.g. `DB_PASSWORD`.",
          );
        }
      });
      const hosts = e.driver === 'ssh' ? this.locs.childKeys([...at, 'hosts']) : [];
      for (const service of this.locs.childKeys([...at, 'services'])) {
        const svc = this.byName.get(service);
        if (svc?.kind !== 'service') {
          if (!this.servicesKnown) continue;
          const hint =
            didYouMean(
              service,
              this.services.map((x) => x.name),
            ) ?? 'declare it under `services`, or remove it from the environment';
          this.issues.add(
            this.locs.key([...at, 'services', service]),
            `Environment \`${env}\` places \`${service}\`, which is not a service: ${hint}.`.replace(
              /\?\.$/,
              '?',
            ),
          );
          continue;
        }
        const listed = (e.services?.get(service) as { hosts?: string[] } | undefined)?.hosts ?? [];
        for (const host of listed) {
          if (hosts.includes(host)) continue;
          const hint = didYouMean(host, hosts) ?? `its hosts are ${hosts.join(', ')}`;
          this.issues.add(
            this.locs.itemPos([...at, 'services', service, 'hosts'], host),
            `\`${displayPath([...at, 'services', service, 'hosts'])}\` names host \`${host}\`, which is not in \`${displayPath([...at, 'hosts'])}\`: ${hint}.`.replace(
              /\?\.$/,
              '?',
            ),
          );
        }
        if (e.stage === undefined) continue;
        const stages = this.stagesOf(service);
        if (!stages.includes(e.stage)) {
          this.issues.add(
            this.locs.value([...at, 'stage']),
            `Environment \`${env}\` is fed by stage \`${e.stage}\`, which is not in the pipeline of \`${service}\` ` +
              `(${stages.join(' → ')}): name one of its stages, or remove \`${service}\` from the environment.`,
          );
        }
      }
    }
  }

  /** Every `environment:` a stage names: the manifest's list, services' lists and overrides. */
  private stageEnvironmentPaths(): { at: ValuePath; name: string }[] {
    const found: { at: ValuePath; name: string }[] = [];
    const list = (at: ValuePath) => {
      for (let i = 0; this.locs.has([...at, i]); i++) {
        const name = this.locs.text([...at, i, 'environment']);
        if (name !== undefined) found.push({ at: [...at, i, 'environment'], name });
      }
    };
    list(['pipeline', 'stages']);
    for (const service of this.locs.childKeys(['services'])) {
      list(['services', service, 'pipeline', 'stages']);
      for (const stage of this.locs.childKeys(['services', service, 'pipeline', 'override'])) {
        const at = ['services', service, 'pipeline', 'override', stage, 'environment'];
        const name = this.locs.text(at);
        if (name !== undefined) found.push({ at, name });
      }
    }
    return found;
  }

  /** The stage names a service's artifacts go through (its own list, the manifest's, or the default). */
  private stagesOf(service: string): string[] {
    const own = ['services', service, 'pipeline', 'stages'];
    const from = (at: ValuePath) => {
      const names: string[] = [];
      for (let i = 0; this.locs.has([...at, i]); i++) {
        const n = this.locs.text([...at, i, 'name']);
        if (n !== undefined) names.push(n);
      }
      return names;
    };
    if (this.locs.has(own)) return from(own);
    if (this.locs.has(['pipeline', 'stages'])) return from(['pipeline', 'stages']);
    return [...DEFAULT_STAGE_NAMES];
  }

  /**
   * Stage names are unique in each list, and a service's `override` names only stages of the
   * list that service uses (its own `stages`, else the manifest's, else the default ones).
   */
  private checkPipelines(): void {
    const defaultNames = this.stageNames(['pipeline', 'stages']) ?? [...DEFAULT_STAGE_NAMES];
    for (const name of this.locs.childKeys(['services'])) {
      const at = ['services', name, 'pipeline'];
      const names = this.stageNames([...at, 'stages']) ?? defaultNames;
      for (const stage of this.locs.childKeys([...at, 'override'])) {
        if (names.includes(stage)) continue;
        const hint = didYouMean(stage, names) ?? `the stages are ${[...new Set(names)].join(', ')}`;
        this.issues.add(
          this.locs.key([...at, 'override', stage]),
          `\`${displayPath(at)}.override\` names stage \`${stage}\`, which is not in this ` +
            `service's pipeline: ${hint}.`.replace(/\?\.$/, '?'),
        );
      }
    }
  }

  /** The names in a stage list, reporting each repeated one; undefined when there is no list. */
  private stageNames(at: ValuePath): string[] | undefined {
    if (!this.locs.has(at)) return undefined;
    const names: string[] = [];
    for (let i = 0; this.locs.has([...at, i]); i++) {
      const name = this.locs.text([...at, i, 'name']);
      if (name === undefined) continue;
      const first = names.indexOf(name);
      names.push(name);
      if (first >= 0) {
        const line = this.locs.value([...at, first, 'name']).line;
        this.issues.add(
          this.locs.value([...at, i, 'name']),
          `Stage \`${name}\` is already in \`${displayPath(at)}\` on line ${line}: each stage ` +
            'appears once in a pipeline, so rename or remove one of them.',
        );
      }
    }
    return names;
  }

  private components(
    kind: Kind,
    key: 'libraries' | 'services',
    map: ReadonlyMap<string, { 'depends-on'?: string[] }> | undefined,
  ): Component[] {
    // Declared names come from the source, so an entry with an invalid body still counts as declared.
    return this.locs.childKeys([key]).map((name) => ({
      kind,
      name,
      at: [key, name],
      dependsOn: map?.get(name)?.['depends-on'] ?? [],
    }));
  }

  private checkUniqueNames(): void {
    for (const c of [...this.libraries, ...this.services]) {
      const other = this.byName.get(c.name);
      if (other === undefined) {
        this.byName.set(c.name, c);
        continue;
      }
      if (other.kind === c.kind) continue; // a duplicate key, already a YAML error
      const [first, second] = this.inReadingOrder(other, c);
      this.issues.add(
        this.locs.key(second.at),
        `\`${c.name}\` is declared both as ${describe(first)} on line ${this.locs.key(first.at).line} ` +
          `and as ${describe(second)}: names must be unique across libraries and services, so rename one.`,
      );
    }
  }

  private checkDependencies(): void {
    for (const c of [...this.libraries, ...this.services]) {
      const listPath = [...c.at, 'depends-on'];
      for (const dep of c.dependsOn) {
        const at = this.locs.itemPos(listPath, dep);
        const target = this.byName.get(dep);
        if (dep === c.name) {
          this.issues.add(
            at,
            `${capital(c.kind)} \`${c.name}\` depends on itself: remove \`${dep}\` from its \`depends-on\`.`,
          );
        } else if (target === undefined) {
          this.reportUnknownDependency(c, dep, at);
        } else if (c.kind === 'library' && target.kind === 'service') {
          this.issues.add(
            at,
            `Library \`${c.name}\` depends on \`${dep}\`, which is a service: libraries may depend ` +
              'only on libraries, so move the shared code into a library or remove the dependency.',
          );
        }
      }
    }
  }

  private reportUnknownDependency(c: Component, dep: string, at: { line: number; col: number }) {
    const candidates =
      c.kind === 'library' ? this.libraries : [...this.libraries, ...this.services];
    if (!this.librariesKnown || (c.kind === 'service' && !this.servicesKnown)) return;
    const allowed = c.kind === 'library' ? 'a library' : 'a library or a service';
    const hint =
      didYouMean(
        dep,
        candidates.filter((x) => x.name !== c.name).map((x) => x.name),
      ) ??
      `declare it under \`${c.kind === 'library' ? 'libraries' : 'libraries` or `services'}\`, ` +
        'or remove it';
    this.issues.add(
      at,
      `\`${c.at.join('.')}.depends-on\` names \`${dep}\`, which is not ${allowed}: ${hint}.`.replace(
        /\?\.$/,
        '?',
      ),
    );
  }

  /**
   * Depth-first search in declaration order. Each edge back onto the current path closes one
   * cycle, reported once at the `depends-on` entry that closes it; removing those edges leaves
   * the graph acyclic, so no cycle goes unreported.
   */
  private checkCycles(): void {
    const nodes = [...this.byName.values()].sort((a, b) => this.compareDeclared(a, b));
    const edges = new Map(
      nodes.map((n) => [n.name, n.dependsOn.filter((d) => this.isUsableEdge(n, d))]),
    );
    const done = new Set<string>();
    const onPath = new Map<string, number>(); // name → index in `path`
    for (const start of nodes) {
      if (done.has(start.name)) continue;
      const path: { name: string; next: number }[] = [{ name: start.name, next: 0 }];
      onPath.set(start.name, 0);
      while (path.length > 0) {
        const top = path[path.length - 1]!;
        const out = edges.get(top.name)!;
        if (top.next >= out.length) {
          path.pop();
          onPath.delete(top.name);
          done.add(top.name);
          continue;
        }
        const to = out[top.next++]!;
        const back = onPath.get(to);
        if (back !== undefined) {
          this.reportCycle(
            [...path.slice(back).map((p) => p.name), to],
            this.byName.get(top.name)!,
          );
        } else if (!done.has(to)) {
          onPath.set(to, path.length);
          path.push({ name: to, next: 0 });
        }
      }
    }
  }

  private isUsableEdge(from: Component, to: string): boolean {
    const target = this.byName.get(to);
    return (
      to !== from.name &&
      target !== undefined &&
      !(from.kind === 'library' && target.kind === 'service')
    );
  }

  private reportCycle(cycle: string[], closer: Component): void {
    const closing = cycle[cycle.length - 1]!;
    this.issues.add(
      this.locs.itemPos([...closer.at, 'depends-on'], closing),
      `Dependency cycle ${cycle.join(' → ')}: nothing in it can be built first, so remove one ` +
        `of these \`depends-on\` entries (e.g. \`${closing}\` from \`${closer.name}\`).`,
    );
  }

  private checkReleaseGroups(): void {
    const groups = this.raw['release-groups'];
    if (groups === undefined) return;
    const groupOf = new Map<string, string>();
    for (const [group, members] of groups) {
      const listPath = ['release-groups', group];
      for (const member of members) {
        const at = this.locs.itemPos(listPath, member);
        const target = this.byName.get(member);
        if (target?.kind === 'service') {
          const other = groupOf.get(member);
          if (other === undefined) {
            groupOf.set(member, group);
            continue;
          }
          const line = this.locs.itemPos(['release-groups', other], member).line;
          this.issues.add(
            at,
            `Service \`${member}\` is already in release group \`${other}\` (line ${line}): a ` +
              'service ships with at most one group, so remove it from one of them.',
          );
        } else if (target?.kind === 'library') {
          this.issues.add(
            at,
            `Release group \`${group}\` lists \`${member}\`, which is a library: groups list ` +
              'services (libraries ship inside the services that depend on them), so remove it.',
          );
        } else if (this.servicesKnown) {
          const hint =
            didYouMean(
              member,
              this.services.map((s) => s.name),
            ) ?? 'declare it under `services`, or remove it from the group';
          this.issues.add(
            at,
            `Release group \`${group}\` lists \`${member}\`, which is not a service: ${hint}.`.replace(
              /\?\.$/,
              '?',
            ),
          );
        }
      }
    }
  }

  private checkBuilds(): void {
    const services = this.raw.services;
    if (this.locs.has(['build']) && this.locs.has(['services'])) {
      const first = this.locs.childKeys(['services'])[0] ?? 'catalog';
      this.issues.add(
        this.locs.key(['build']),
        'A top-level `build` is only for a single-service repository (one without `services`): ' +
          `move it under the service it builds, e.g. \`services.${first}.build\`.`,
      );
    }
    if (services !== undefined) {
      for (const [name, s] of services) {
        if (s.build) this.checkBuild(name, ['services', name, 'build'], s.build);
      }
    } else if (this.raw.name !== undefined && this.raw.build !== undefined) {
      this.checkBuild(this.raw.name, ['build'], this.raw.build);
    }
  }

  private checkBuild(service: string, at: ValuePath, build: RawBuild): void {
    const where = displayPath(at);
    (build.env ?? []).forEach((name, i) => {
      const why = typeof name === 'string' ? neverForwarded(name) : undefined;
      if (why) {
        this.issues.add(
          this.locs.value([...at, 'env', i]),
          `\`${name}\` in \`${where}.env\` is never passed to a build: ${why}. Remove it; ` +
            "pass what the build needs under another name in the step's `env:`.",
        );
      }
    });
    const prefix = build.deb?.prefix;
    if (typeof prefix === 'string' && prefix.startsWith('/') && debianControlPrefix(prefix)) {
      // dpkg-deb reads the package's DEBIAN/ directory as its control area (maintainer scripts
      // run as root on install): the build output must never land there.
      this.issues.add(
        this.locs.value([...at, 'deb', 'prefix']),
        `\`${prefix}\` in \`${where}.deb.prefix\` is inside /DEBIAN, the package's control ` +
          'area (its maintainer scripts run as root on install): install the build output ' +
          `elsewhere, e.g. \`/opt/${service}\`.`,
      );
    }
    const hasDeb = this.locs.has([...at, 'deb']);
    // An invalid `kind` was reported already; guessing it here would only add noise.
    const kind = build.kind ?? (this.locs.has([...at, 'kind']) ? undefined : 'archive');
    if (kind === 'deb' && !hasDeb) {
      this.issues.add(
        this.locs.key(at),
        `\`${where}\` has \`kind: deb\` but no \`deb\` section: add one with the package ` +
          "maintainer, e.g. `deb: {maintainer: 'Shop Team <ops@example.com>'}`.",
      );
    } else if (kind === 'archive' && hasDeb) {
      this.issues.add(
        this.locs.key([...at, 'deb']),
        `\`${where}.deb\` describes a Debian package, but the build makes an archive: remove ` +
          '`deb` or set `kind: deb`.',
      );
    } else if (
      kind === 'deb' &&
      build.deb !== undefined &&
      !this.locs.has([...at, 'deb', 'package']) &&
      !new RegExp(DEB_PACKAGE_PATTERN).test(service)
    ) {
      // Service names are valid package names except for length: Debian needs two characters.
      this.issues.add(
        this.locs.key([...at, 'deb']),
        `The Debian package of \`${service}\` is named after the service by default, but ` +
          `\`${service}\` is not a valid package name (it needs at least two characters): set ` +
          `\`package\` in \`${where}.deb\`, e.g. \`package: ${service}-service\`.`,
      );
    }
  }

  private compareDeclared(a: Component, b: Component): number {
    const pa = this.locs.key(a.at);
    const pb = this.locs.key(b.at);
    return pa.line - pb.line || pa.col - pb.col;
  }

  private inReadingOrder(a: Component, b: Component): [Component, Component] {
    return this.compareDeclared(a, b) <= 0 ? [a, b] : [b, a];
  }
}

const describe = (c: Component): string =>
  c.at[0] === 'name' ? 'the single service `name`' : `a ${c.kind}`;

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** True when an absolute prefix normalises into `/DEBIAN` (`//DEBIAN/`, `/./DEBIAN/x`). */
export function debianControlPrefix(prefix: string): boolean {
  return prefix.split('/').find((c) => c !== '' && c !== '.') === 'DEBIAN';
}
