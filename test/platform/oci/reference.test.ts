import {
  formatReference,
  parseReference,
  redactReference,
  registryBaseUrl,
  versionToTag,
} from '../../../src/platform/oci/reference.js';

const HEX = 'a'.repeat(64);

describe('parseReference', () => {
  test.each([
    [
      'ghcr.io/acme/catalog',
      { host: 'ghcr.io', repository: 'acme/catalog', tag: undefined, digest: undefined },
    ],
    [
      '127.0.0.1:5000/acme/catalog:1.4.0_12',
      { host: '127.0.0.1:5000', repository: 'acme/catalog', tag: '1.4.0_12', digest: undefined },
    ],
    [
      `oci://localhost:5000/a/b/c@sha256:${HEX}`,
      { host: 'localhost:5000', repository: 'a/b/c', tag: undefined, digest: `sha256:${HEX}` },
    ],
    [
      `reg.example/x:v1@sha256:${HEX}`,
      { host: 'reg.example', repository: 'x', tag: 'v1', digest: `sha256:${HEX}` },
    ],
    [
      '123.dkr.ecr.eu-west-1.amazonaws.com/my-svc__x.y',
      {
        host: '123.dkr.ecr.eu-west-1.amazonaws.com',
        repository: 'my-svc__x.y',
        tag: undefined,
        digest: undefined,
      },
    ],
  ])('%s', (text, expected) => {
    expect(parseReference(text)).toEqual(expected);
    expect(formatReference(parseReference(text))).toBe(text.replace(/^oci:\/\//, ''));
  });

  test.each([
    ['catalog', /registry host is missing/],
    ['ghcr.io/acme/cat$alog', /repository component "cat\$alog" must be lowercase/],
    ['ghcr.io/acme/catalog:1.0+build', /"1.0\+build" is not a valid tag/],
    ['ghcr.io/acme/catalog@sha256:abc', /"sha256:abc" is not a sha256 digest/],
    ['ghcr.io/acme//catalog', /repository component ""/],
  ])('rejects %s', (text, message) => {
    expect(() => parseReference(text)).toThrow(message);
  });
});

describe('repository case', () => {
  test('a mixed-case repository path is lower-cased (the tag keeps its case), and says so', () => {
    expect(parseReference('ghcr.io/Acme/Shop:V1')).toEqual({
      host: 'ghcr.io',
      repository: 'acme/shop',
      tag: 'V1',
      digest: undefined,
      lowercasedFrom: 'Acme/Shop',
    });
    expect(parseReference('ghcr.io/acme/shop')).not.toHaveProperty('lowercasedFrom');
  });
});

describe('credentials in a reference', () => {
  test.each([
    'ci:s3cr3t@ghcr.io/acme/catalog',
    'oci://ci:s3cr3t@ghcr.io/acme/catalog:1.0.0',
    'ci:s3cr3t@ghcr.io',
    'ci:s3/cr3t@ghcr.io/acme/catalog',
    `ci:s3cr3t@ghcr.io/acme/catalog@sha256:${HEX}`,
    'ci:s3cr3t@ghcr.io/Acme/catalog',
  ])('%s is refused without echoing the password', (text) => {
    let message = '';
    try {
      parseReference(text);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/carries credentials/);
    expect(message).toContain('***@ghcr.io');
    expect(message).not.toMatch(/s3cr3t|s3\/cr3t|\bci:s/);
  });

  test('redactReference keeps a digest suffix and a plain reference as they are', () => {
    expect(redactReference(`ghcr.io/a/b@sha256:${HEX}`)).toBe(`ghcr.io/a/b@sha256:${HEX}`);
    expect(redactReference('https://u:p@ss@h.example/x')).toBe('https://***@h.example/x');
  });
});

describe('versionToTag', () => {
  test('maps semver build metadata + to _', () => {
    expect(versionToTag('1.4.0+12.abc1234')).toBe('1.4.0_12.abc1234');
    expect(versionToTag('1.4.0-rc.1')).toBe('1.4.0-rc.1');
  });
  test('refuses versions no tag can hold', () => {
    expect(() => versionToTag('1.0/evil')).toThrow(/can't be an OCI tag/);
    expect(() => versionToTag('x'.repeat(129))).toThrow(/can't be an OCI tag/);
  });
});

describe('registryBaseUrl', () => {
  test('loopback may use plain HTTP, everything else is HTTPS unless insecure', () => {
    expect(registryBaseUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(registryBaseUrl('localhost:5000')).toBe('http://localhost:5000');
    expect(registryBaseUrl('[::1]:5000')).toBe('http://[::1]:5000');
    expect(registryBaseUrl('ghcr.io')).toBe('https://ghcr.io');
    expect(registryBaseUrl('10.0.0.5:5000')).toBe('https://10.0.0.5:5000');
    expect(registryBaseUrl('10.0.0.5:5000', true)).toBe('http://10.0.0.5:5000');
  });
});
