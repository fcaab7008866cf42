/** `environments` in the manifest: the three drivers, defaults, and located cross-reference errors. */
import { parseManifest } from '../../../src/core/manifest/load.js';

const KEY = 'AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl';
const issues = (...lines: string[]) =>
  parseManifest(lines.join('\n') + '\n').issues.map((i) => `${i.line}:${i.col} ${i.message}`);

const services = ['services:', '  catalog: {path: c}', '  web: {path: w}'];

describe('environments', () => {
  it('reads the three drivers with their defaults', () => {
    const { manifest, issues: found } = parseManifest(
      [
        ...services,
        'pipeline:',
        '  stages: [{name: commit}, {name: uat, environment: staging}, {name: production, environment: prod}]',
        'environments:',
        '  staging:',
        '    driver: local',
        '    base: /tmp/shop',
        '    stage: uat',
        '    health: {url: "http://127.0.0.1:8080/health"}',
        '    services:',
        '      catalog: {port: 8080}',
        '  prod:',
        '    driver: ssh',
        '    base: /srv/shop',
        '    stage: production',
        '    secrets: [DB_PASSWORD]',
        '    hosts:',
        `      web-1: {address: 10.0.0.5, user: deploy, known-hosts: ["10.0.0.5 ssh-ed25519 ${KEY}"]}`,
        `      web-2: {address: 10.0.0.6, user: deploy, port: 2222, known-hosts: ["10.0.0.6 ssh-ed25519 ${KEY}"]}`,
        '    services:',
        '      catalog: {}',
        '      web: {hosts: [web-2], dir: storefront, config: [config/web.yml]}',
        '  k8s:',
        '    driver: command',
        '    run: ./deploy.sh',
        '    keep: 2',
        '    services: {web: {health: {command: "true", retries: 3}}}',
      ].join('\n'),
    );
    expect(found).toEqual([]);
    const [staging, prod, k8s] = manifest!.environments;
    expect(staging).toMatchObject({
      name: 'staging',
      driver: 'local',
      base: '/tmp/shop',
      stage: 'uat',
      keep: 5,
      secrets: [],
      health: {
        url: 'http://127.0.0.1:8080/health',
        status: 200,
        timeoutSeconds: 5,
        intervalSeconds: 2,
        retries: 10,
      },
      services: [{ service: 'catalog', dir: 'catalog', port: 8080, hosts: [] }],
    });
    expect(prod).toMatchObject({
      driver: 'ssh',
      parallel: 4,
      secrets: ['DB_PASSWORD'],
      hosts: [
        { name: 'web-1', address: '10.0.0.5', user: 'deploy', port: 22 },
        { name: 'web-2', port: 2222 },
      ],
      services: [
        { service: 'catalog', hosts: ['web-1', 'web-2'], dir: 'catalog' },
        { service: 'web', hosts: ['web-2'], dir: 'storefront', config: ['config/web.yml'] },
      ],
    });
    expect(k8s).toMatchObject({
      driver: 'command',
      run: './deploy.sh',
      keep: 2,
      services: [{ service: 'web', health: { command: 'true', retries: 3, status: 200 } }],
    });
  });

  it('locates unknown services, hosts, stages and environments, with suggestions', () => {
    expect(
      issues(
        ...services,
        'pipeline:',
        '  stages: [{name: commit}, {name: uat, environment: stagng}]',
        'environments:',
        '  staging:',
        '    driver: ssh',
        '    base: /srv',
        '    stage: production',
        `    hosts: {web-1: {address: h, user: u, known-hosts: ["h ssh-ed25519 ${KEY}"]}}`,
        '    services:',
        '      catlog: {}',
        '      web: {hosts: [web-2]}',
      ),
    ).toEqual([
      '5:53 `pipeline.stages[1].environment` names environment `stagng`, which is not declared: did you mean `staging`?',
      '10:12 Environment `staging` is fed by stage `production`, which is not in the pipeline of `web` (commit → uat): name one of its stages, or remove `web` from the environment.',
      '13:7 Environment `staging` places `catlog`, which is not a service: did you mean `catalog`?',
      '14:21 `environments.staging.services.web.hosts` names host `web-2`, which is not in `environments.staging.hosts`: did you mean `web-1`?',
    ]);
  });

  it('checks drivers, ports, known_hosts lines, health and keep where they are written', () => {
    expect(
      issues(
        'name: a',
        'environments:',
        '  x: {driver: ftp}',
        '  y:',
        '    driver: ssh',
        '    base: relative/dir',
        '    hosts: {h: {address: h, user: u, port: 70000, known-hosts: ["not a key"]}}',
        '    services: {a: {}}',
        '    keep: 0',
        '    health: {status: 200}',
      ),
    ).toEqual([
      expect.stringMatching(
        /^3:15 `environments\.x\.driver` is the text `ftp` but must be one of local, ssh, command/,
      ),
      expect.stringMatching(
        /^6:11 `relative\/dir` in `environments\.y\.base` is not an absolute directory/,
      ),
      expect.stringMatching(/^7:44 .*port.*between 1 and 65535/),
      expect.stringMatching(/^7:65 `not a key` .* is not a known_hosts line/),
      expect.stringMatching(/^9:11 .*keep at least one release/),
      expect.stringMatching(/^10:5 `environments\.y\.health` has neither `url` nor `command`/),
    ]);
  });
});
