/** The player's matrix expansion against the examples in GitHub's documentation. */
import { PlayerError } from '../support/workflow-player/index.js';
import type { Json } from '../support/workflow-player/expressions.js';
import { expandMatrix } from '../support/workflow-player/matrix.js';

test("include extends matching combinations without overwriting original values (GitHub's fruit/animal example)", () => {
  expect(
    expandMatrix({
      fruit: ['apple', 'pear'],
      animal: ['cat', 'dog'],
      include: [
        { color: 'green' },
        { color: 'pink', animal: 'cat' },
        { fruit: 'apple', shape: 'circle' },
        { fruit: 'banana' },
        { fruit: 'banana', animal: 'cat' },
      ],
    }),
  ).toEqual([
    { fruit: 'apple', animal: 'cat', color: 'pink', shape: 'circle' },
    { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
    { fruit: 'pear', animal: 'cat', color: 'pink' },
    { fruit: 'pear', animal: 'dog', color: 'green' },
    { fruit: 'banana' },
    { fruit: 'banana', animal: 'cat' },
  ]);
});

test("exclude removes every combination an entry partially matches (GitHub's os/version example)", () => {
  const legs = expandMatrix({
    os: ['macos-latest', 'windows-latest'],
    version: [12, 14, 16],
    environment: ['staging', 'production'],
    exclude: [
      { os: 'macos-latest', version: 12, environment: 'production' },
      { os: 'windows-latest', version: 16 },
    ],
  });
  expect(legs).toHaveLength(9);
  expect(legs).not.toContainEqual({ os: 'macos-latest', version: 12, environment: 'production' });
  expect(legs.filter((l) => l.os === 'windows-latest' && l.version === 16)).toEqual([]);
});

test('an include-only matrix (the chunked form detect writes) is its entries', () => {
  const include = [
    { service: 'catalog', path: 'services/catalog' },
    { service: 'web', path: 'services/web' },
  ];
  expect(expandMatrix({ include })).toEqual(include);
});

test.each([
  [
    'an empty vector',
    { service: [] },
    "matrix vector 'service' must be a non-empty sequence, got []",
  ],
  [
    'an empty include',
    { include: [] },
    'strategy.matrix produced no combinations (GitHub fails such a job)',
  ],
  [
    '257 legs',
    { a: Array.from({ length: 257 }, (_, i) => i) },
    'strategy.matrix produced 257 jobs; GitHub allows at most 256 per matrix',
  ],
  [
    'a string',
    'fromJSON gave a string',
    'strategy.matrix must be a mapping, got "fromJSON gave a string"',
  ],
] as [string, Json, string][])('%s is refused as GitHub refuses it', (_label, matrix, message) => {
  expect(() => expandMatrix(matrix)).toThrow(PlayerError);
  expect(() => expandMatrix(matrix)).toThrow(message);
});
