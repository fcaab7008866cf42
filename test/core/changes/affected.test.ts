import { computeAffected, allAffected, reasonText } from '../../../src/core/changes/affected.js';
import type { ChangedFile } from '../../../src/core/changes/types.js';
import type { Manifest } from '../../../src/core/manifest/types.js';

type Node = { path: string; include?: string[]; dependsOn?: string[] };

function manifest(spec: {
  services: Record<string, Node>;
  libraries?: Record<string, Node>;
  global?: string[];
  releaseGroups?: Record<string, string[]>;
}): Manifest {
  const node = ([name, n]: [string, Node]) => ({
    name,
    path: n.path,
    patterns: [n.path === '.' ? '**' : `${n.path}/**`, ...(n.include ?? [])],
    dependsOn: n.dependsOn ?? [],
    stages: [],
  });
  return {
    file: 'msdeploy.yml',
    services: Object.entries(spec.services).map(node),
    libraries: Object.entries(spec.libraries ?? {}).map(node),
    global: ['msdeploy.yml', ...(spec.global ?? [])],
    releaseGroups: Object.entries(spec.releaseGroups ?? {}).map(([name, services]) => ({
      name,
      services,
    })),
    ledger: { ref: 'refs/heads/msdeploy/ledger', push: false },
    environments: [],
  };
}

const M = (path: string): ChangedFile => ({ status: 'M', path });

const shop = manifest({
  libraries: {
    money: { path: 'libs/money' },
    common: { path: 'libs/common', dependsOn: ['money'] },
  },
  services: {
    catalog: {
      path: 'services/catalog',
      dependsOn: ['common'],
      include: ['!services/catalog/docs/**'],
    },
    payments: { path: 'services/payments', dependsOn: ['money'] },
    web: { path: 'services/web', dependsOn: ['catalog'] },
    search: { path: 'services/search' },
    admin: { path: 'services/admin' },
  },
  global: ['package-lock.json'],
  releaseGroups: { storefront: ['web', 'search'] },
});

function affectedNames(changes: ChangedFile[]) {
  return computeAffected(shop, changes)
    .services.filter((s) => s.affected)
    .map((s) => s.name);
}

describe('computeAffected', () => {
  it('affects a service through its own paths only', () => {
    const r = computeAffected(shop, [M('services/payments/src/index.ts')]);
    const payments = r.services.find((s) => s.name === 'payments')!;
    expect(payments.reason).toEqual({
      kind: 'paths',
      chain: ['payments'],
      file: 'services/payments/src/index.ts',
    });
    expect(payments.files).toEqual(['services/payments/src/index.ts']);
    expect(r.services.filter((s) => s.affected).map((s) => s.name)).toEqual(['payments']);
  });

  it('follows dependencies transitively with the shortest reason chain', () => {
    const r = computeAffected(shop, [M('libs/money/src/money.ts')]);
    const web = r.services.find((s) => s.name === 'web')!;
    expect(web.reason?.chain).toEqual(['web', 'catalog', 'common', 'money']);
    expect(reasonText(web.reason!)).toBe(
      'web ← catalog ← common ← money (libs/money/src/money.ts)',
    );
    const payments = r.services.find((s) => s.name === 'payments')!;
    expect(payments.reason?.chain).toEqual(['payments', 'money']);
    expect(r.libraries.map((l) => l.affected)).toEqual([true, true]);
  });

  it('pulls in release-group siblings but does not propagate the group to dependents', () => {
    const r = computeAffected(shop, [M('services/search/x.ts')]);
    expect(r.services.filter((s) => s.affected).map((s) => s.name)).toEqual(['web', 'search']);
    const web = r.services.find((s) => s.name === 'web')!;
    expect(web.reason).toMatchObject({
      kind: 'release-group',
      group: 'storefront',
      chain: ['web', 'search'],
    });
    expect(reasonText(web.reason!)).toBe(
      'release group storefront: web ← search (services/search/x.ts)',
    );
  });

  it('a change to a dependency of one group member affects the whole group', () => {
    expect(affectedNames([M('libs/common/a.ts')])).toEqual(['catalog', 'web', 'search']);
  });

  it('affects every service when a global file changes, keeping more specific reasons', () => {
    const r = computeAffected(shop, [M('package-lock.json'), M('services/admin/a')]);
    expect(r.services.every((s) => s.affected)).toBe(true);
    expect(r.services.find((s) => s.name === 'admin')!.reason!.kind).toBe('paths');
    expect(r.services.find((s) => s.name === 'search')!.reason).toEqual({
      kind: 'global',
      chain: ['search'],
      file: 'package-lock.json',
    });
    expect(r.globalFiles).toEqual(['package-lock.json']);
  });

  it('the manifest itself is global', () => {
    expect(affectedNames([M('msdeploy.yml')])).toHaveLength(5);
  });

  it('honours ! exclusions in a service’s patterns', () => {
    expect(affectedNames([M('services/catalog/docs/README.md')])).toEqual([]);
    const r = computeAffected(shop, [M('services/catalog/docs/README.md')]);
    expect(r.unownedCount).toBe(1);
  });

  it('a rename affects both the service the file left and the one it joined', () => {
    const rename: ChangedFile = {
      status: 'R',
      path: 'services/admin/x.ts',
      oldPath: 'services/payments/x.ts',
    };
    const r = computeAffected(shop, [rename]);
    expect(r.services.filter((s) => s.affected).map((s) => s.name)).toEqual(['payments', 'admin']);
    expect(r.services.find((s) => s.name === 'payments')!.files).toEqual([
      'services/payments/x.ts',
    ]);
    expect(r.services.find((s) => s.name === 'admin')!.files).toEqual(['services/admin/x.ts']);
  });

  it('a deletion counts', () => {
    expect(affectedNames([{ status: 'D', path: 'services/search/gone.ts' }])).toEqual([
      'web',
      'search',
    ]);
  });

  it('an empty change set affects nothing', () => {
    const r = computeAffected(shop, []);
    expect(r.services.some((s) => s.affected)).toBe(false);
    expect(r.changedCount).toBe(0);
  });

  it('a whole-repo service (path .) owns every file', () => {
    const single = manifest({ services: { hello: { path: '.' } } });
    const r = computeAffected(single, [M('src/index.js'), M('.github/workflows/ci.yml')]);
    expect(r.services[0]).toMatchObject({
      affected: true,
      files: ['src/index.js', '.github/workflows/ci.yml'],
    });
  });
});

describe('allAffected', () => {
  it('marks every service with the note', () => {
    const r = allAffected(shop, 'all', 'schedule: every service');
    expect(
      r.services.every((s) => s.affected && s.reason?.note === 'schedule: every service'),
    ).toBe(true);
  });
  it('marks only the requested services', () => {
    const r = allAffected(shop, 'requested', 'services input', new Set(['web']));
    expect(r.services.filter((s) => s.affected).map((s) => s.name)).toEqual(['web']);
    expect(reasonText(r.services.find((s) => s.name === 'web')!.reason!)).toBe('services input');
  });
});
