import {
  BLOCK_SIZE,
  decodeHeader,
  encodeEntryHeader,
  encodePaxHeader,
  encodeUstarHeader,
  isZeroBlock,
  padding,
  parsePax,
  TarFormatError,
  TarType,
} from '../../../src/core/artifact/tar.js';

describe('tar headers', () => {
  it('round-trips a ustar header', () => {
    const block = encodeUstarHeader({
      name: 'bin/run.sh',
      type: TarType.file,
      mode: 0o755,
      size: 12345,
      mtime: 1_700_000_000,
    });
    expect(block.length).toBe(BLOCK_SIZE);
    expect(decodeHeader(block, 0)).toEqual({
      name: 'bin/run.sh',
      mode: 0o755,
      uid: 0,
      gid: 0,
      size: 12345,
      mtime: 1_700_000_000,
      type: '0',
      linkName: '',
      uname: '',
      gname: '',
      devMajor: 0,
      devMinor: 0,
    });
  });

  it('writes a plain ustar header for short ASCII paths, a directory with a trailing slash', () => {
    const header = encodeEntryHeader({
      path: 'lib',
      type: TarType.directory,
      mode: 0o755,
      size: 0,
      mtime: 5,
    });
    expect(header.length).toBe(BLOCK_SIZE);
    expect(decodeHeader(header, 0).name).toBe('lib/');
    expect(header.toString('latin1', 257, 263)).toBe('ustar\0');
  });

  it.each([
    ['a long path', `${'d'.repeat(60)}/${'f'.repeat(60)}.txt`],
    ['a non-ASCII path', 'données/日本.txt'],
  ])('carries %s in a PAX header with a fixed name', (_, path) => {
    const header = encodeEntryHeader({ path, type: TarType.file, mode: 0o644, size: 3, mtime: 9 });
    const pax = decodeHeader(header.subarray(0, BLOCK_SIZE), 0);
    expect(pax.type).toBe(TarType.paxLocal);
    expect(pax.name).toBe('PaxHeader');
    expect(pax.mtime).toBe(9);
    const records = parsePax(header.subarray(BLOCK_SIZE, BLOCK_SIZE + pax.size), BLOCK_SIZE);
    expect(records.get('path')).toBe(path);
    const main = decodeHeader(header.subarray(header.length - BLOCK_SIZE), 0);
    expect(main.size).toBe(3);
    expect(Buffer.byteLength(main.name)).toBeLessThanOrEqual(100);
  });

  it('carries a long symlink target in a PAX linkpath record', () => {
    const target = `../${'x'.repeat(120)}`;
    const header = encodeEntryHeader({
      path: 'l',
      type: TarType.symlink,
      mode: 0o777,
      size: 0,
      mtime: 0,
      linkName: target,
    });
    const pax = decodeHeader(header.subarray(0, BLOCK_SIZE), 0);
    expect(parsePax(header.subarray(BLOCK_SIZE, BLOCK_SIZE + pax.size), 0).get('linkpath')).toBe(
      target,
    );
  });

  it('puts sizes over 8 GiB in a PAX size record', () => {
    const size = 9 * 1024 ** 3;
    const header = encodeEntryHeader({
      path: 'big',
      type: TarType.file,
      mode: 0o644,
      size,
      mtime: 0,
    });
    const pax = decodeHeader(header.subarray(0, BLOCK_SIZE), 0);
    expect(parsePax(header.subarray(BLOCK_SIZE, BLOCK_SIZE + pax.size), 0).get('size')).toBe(
      String(size),
    );
  });

  it('counts its own digits in a PAX record length, across a digit boundary', () => {
    // " path=" + value + "\n" = 95 bytes: with 2 digits 97, which still has 2 digits;
    // 98 bytes of rest make 100 with 3 digits (not 100 with 2).
    for (const valueLen of [1, 87, 88, 90, 91, 92, 93, 994, 995]) {
      const value = 'v'.repeat(valueLen);
      const body = encodePaxHeader([['path', value]]).subarray(BLOCK_SIZE);
      const len = Number(body.toString('latin1', 0, body.indexOf(0x20)));
      expect(body.toString('utf8', 0, len)).toBe(`${len} path=${value}\n`);
      expect(parsePax(body, 0).get('path')).toBe(value);
    }
  });

  it('refuses a header with a bad checksum, naming the offset', () => {
    const block = encodeUstarHeader({ name: 'a', type: TarType.file });
    block[0] = 'b'.charCodeAt(0);
    expect(() => decodeHeader(block, 1024)).toThrow(TarFormatError);
    expect(() => decodeHeader(block, 1024)).toThrow(/byte 1024/);
  });

  it('reads GNU base-256 sizes and ustar prefixes written by other tools', () => {
    const block = encodeUstarHeader({ name: 'name.bin', type: TarType.file });
    block.write('some/prefix\0', 345, 'latin1');
    block.fill(0, 124, 136);
    block[124] = 0x80;
    block.writeUIntBE(10 * 1024 ** 3, 136 - 6, 6);
    rewriteChecksum(block);
    const h = decodeHeader(block, 0);
    expect(h.size).toBe(10 * 1024 ** 3);
    expect(h.name).toBe('some/prefix/name.bin');
  });

  it('refuses values the format cannot hold', () => {
    expect(() => encodeUstarHeader({ name: 'x'.repeat(101), type: TarType.file })).toThrow(
      /101 bytes; the field holds 100/,
    );
    expect(() => encodeUstarHeader({ name: 'x', type: TarType.file, mtime: -1 })).toThrow(
      TarFormatError,
    );
  });

  it('refuses malformed PAX records', () => {
    expect(() => parsePax(Buffer.from('99 path=x\n'), 0)).toThrow(/Malformed PAX/);
    expect(() => parsePax(Buffer.from('9 pathx\n'), 0)).toThrow(/Malformed PAX/);
  });

  it('knows zero blocks and padding', () => {
    expect(isZeroBlock(Buffer.alloc(BLOCK_SIZE))).toBe(true);
    expect(isZeroBlock(encodeUstarHeader({ name: 'a', type: '0' }))).toBe(false);
    expect([0, 1, 511, 512, 513].map(padding)).toEqual([0, 511, 1, 0, 511]);
  });
});

function rewriteChecksum(block: Buffer) {
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of block) sum += b;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
}
