/**
 * Tar headers: encode (ustar + PAX extended headers) and decode (ustar, PAX, GNU long names).
 * Pure functions over 512-byte blocks; streaming lives in pack.ts and unpack.ts.
 */

export const BLOCK_SIZE = 512;
/** Two zero blocks end an archive. */
export const END_OF_ARCHIVE = Buffer.alloc(2 * BLOCK_SIZE);

/** The typeflag byte of a tar header. */
export const TarType = {
  file: '0',
  oldFile: '\0',
  hardLink: '1',
  symlink: '2',
  charDevice: '3',
  blockDevice: '4',
  directory: '5',
  fifo: '6',
  contiguous: '7',
  paxLocal: 'x',
  paxGlobal: 'g',
  gnuLongName: 'L',
  gnuLongLink: 'K',
} as const;

export interface TarHeader {
  name: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  /** Seconds since the epoch. */
  mtime: number;
  /** The typeflag character (see TarType). */
  type: string;
  linkName: string;
  uname: string;
  gname: string;
  devMajor: number;
  devMinor: number;
}

/** Fields of one archive member as our writer emits it. */
export interface TarEntry {
  path: string;
  type: typeof TarType.file | typeof TarType.directory | typeof TarType.symlink;
  mode: number;
  size: number;
  mtime: number;
  linkName?: string;
}

export class TarFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TarFormatError';
  }
}

// ustar field layout: [offset, length]
const F = {
  name: [0, 100],
  mode: [100, 8],
  uid: [108, 8],
  gid: [116, 8],
  size: [124, 12],
  mtime: [136, 12],
  checksum: [148, 8],
  type: [156, 1],
  linkName: [157, 100],
  magic: [257, 6],
  version: [263, 2],
  uname: [265, 32],
  gname: [297, 32],
  devMajor: [329, 8],
  devMinor: [337, 8],
  prefix: [345, 155],
} as const satisfies Record<string, readonly [number, number]>;

/** Largest value an octal field of `len` bytes holds (len - 1 digits plus a NUL). */
function octalMax(len: number): number {
  return 8 ** (len - 1) - 1;
}

const isPlainAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/**
 * Encode one ustar header block from complete values. Tests use it directly to craft hostile
 * archives, so it does not judge the values: it only refuses what the format cannot hold.
 */
export function encodeUstarHeader(h: Partial<TarHeader> & { name: string; type: string }): Buffer {
  const block = Buffer.alloc(BLOCK_SIZE);
  writeString(block, F.name, h.name, 'name');
  writeOctal(block, F.mode, h.mode ?? 0o644);
  writeOctal(block, F.uid, h.uid ?? 0);
  writeOctal(block, F.gid, h.gid ?? 0);
  writeOctal(block, F.size, h.size ?? 0);
  writeOctal(block, F.mtime, h.mtime ?? 0);
  block.write(h.type, F.type[0], 1, 'latin1');
  writeString(block, F.linkName, h.linkName ?? '', 'linkname');
  block.write('ustar\0', F.magic[0], 'latin1');
  block.write('00', F.version[0], 'latin1');
  writeString(block, F.uname, h.uname ?? '', 'uname');
  writeString(block, F.gname, h.gname ?? '', 'gname');
  writeOctal(block, F.devMajor, h.devMajor ?? 0);
  writeOctal(block, F.devMinor, h.devMinor ?? 0);
  writeChecksum(block);
  return block;
}

/**
 * The header block(s) of one entry as our reproducible writer emits it: owner 0/0, empty
 * owner names, and a PAX extended header (with a fixed name) when the path or link target is
 * too long or not plain ASCII, or the size exceeds the ustar field.
 */
export function encodeEntryHeader(e: TarEntry): Buffer {
  const name = e.type === TarType.directory ? `${e.path}/` : e.path;
  const linkName = e.linkName ?? '';
  const pax: [string, string][] = [];
  if (Buffer.byteLength(name) > F.name[1] || !isPlainAscii(name)) pax.push(['path', name]);
  if (Buffer.byteLength(linkName) > F.linkName[1] || !isPlainAscii(linkName)) {
    pax.push(['linkpath', linkName]);
  }
  if (e.size > octalMax(F.size[1])) pax.push(['size', String(e.size)]);
  const header = encodeUstarHeader({
    name: pax.some(([k]) => k === 'path') ? asciiStandIn(name, F.name[1]) : name,
    type: e.type,
    mode: e.mode,
    size: e.size > octalMax(F.size[1]) ? 0 : e.size,
    mtime: e.mtime,
    linkName: pax.some(([k]) => k === 'linkpath')
      ? asciiStandIn(linkName, F.linkName[1])
      : linkName,
  });
  if (pax.length === 0) return header;
  return Buffer.concat([encodePaxHeader(pax, e.mtime), header]);
}

/** A PAX extended header entry (`x`) carrying `records`, padded to whole blocks. */
export function encodePaxHeader(
  records: readonly (readonly [string, string])[],
  mtime = 0,
): Buffer {
  const body = Buffer.concat(records.map(([k, v]) => paxRecord(k, v)));
  const header = encodeUstarHeader({
    // A fixed name keeps the archive reproducible (GNU tar puts its pid here).
    name: 'PaxHeader',
    type: TarType.paxLocal,
    mode: 0o644,
    size: body.length,
    mtime,
  });
  return Buffer.concat([header, body, Buffer.alloc(padding(body.length))]);
}

/** `"<len> <key>=<value>\n"` where len counts the whole record, its own digits included. */
function paxRecord(key: string, value: string): Buffer {
  const rest = ` ${key}=${value}\n`;
  const restLen = Buffer.byteLength(rest);
  let len = restLen + String(restLen).length;
  if (String(len).length + restLen !== len) len = restLen + String(len).length;
  return Buffer.from(`${len}${rest}`);
}

/** Bytes of zero padding after a body of `size` bytes. */
export function padding(size: number): number {
  return (BLOCK_SIZE - (size % BLOCK_SIZE)) % BLOCK_SIZE;
}

/** An ASCII rendering for the ustar field of a name carried in full by a PAX record. */
function asciiStandIn(s: string, max: number): string {
  return s.replace(/[^\x20-\x7e]/g, '_').slice(0, max);
}

function writeString(
  block: Buffer,
  [off, len]: readonly [number, number],
  s: string,
  what: string,
) {
  const bytes = Buffer.from(s);
  if (bytes.length > len) {
    throw new TarFormatError(
      `tar ${what} "${s}" is ${bytes.length} bytes; the field holds ${len}.`,
    );
  }
  bytes.copy(block, off);
}

function writeOctal(block: Buffer, [off, len]: readonly [number, number], n: number) {
  if (!Number.isInteger(n) || n < 0 || n > octalMax(len)) {
    throw new TarFormatError(`tar numeric field value ${n} does not fit ${len - 1} octal digits.`);
  }
  block.write(`${n.toString(8).padStart(len - 1, '0')}\0`, off, len, 'latin1');
}

function writeChecksum(block: Buffer) {
  block.fill(0x20, F.checksum[0], F.checksum[0] + F.checksum[1]);
  let sum = 0;
  for (let i = 0; i < BLOCK_SIZE; i++) sum += block[i]!;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, F.checksum[0], 8, 'latin1');
}

/** True when every byte of the block is zero (an end-of-archive block). */
export function isZeroBlock(block: Buffer): boolean {
  for (let i = 0; i < BLOCK_SIZE; i++) if (block[i] !== 0) return false;
  return true;
}

/**
 * Decode one header block. Verifies the checksum (unsigned, or signed as some old writers
 * computed it) and reads octal or GNU base-256 numbers.
 */
export function decodeHeader(block: Buffer, offset: number): TarHeader {
  if (block.length !== BLOCK_SIZE) {
    throw new TarFormatError(`Truncated tar header at byte ${offset}.`);
  }
  const stored = readNumber(block, F.checksum, 'checksum', offset);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK_SIZE; i++) {
    const b = i >= F.checksum[0] && i < F.checksum[0] + F.checksum[1] ? 0x20 : block[i]!;
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  if (stored !== unsigned && stored !== signed) {
    throw new TarFormatError(
      `Bad tar header checksum at byte ${offset}: the file is not a tar archive or is corrupted.`,
    );
  }
  const magic = block.toString('latin1', F.magic[0], F.magic[0] + 5);
  let name = readString(block, F.name);
  const prefix = magic === 'ustar' ? readString(block, F.prefix) : '';
  if (prefix) name = `${prefix}/${name}`;
  return {
    name,
    mode: readNumber(block, F.mode, 'mode', offset),
    uid: readNumber(block, F.uid, 'uid', offset),
    gid: readNumber(block, F.gid, 'gid', offset),
    size: readNumber(block, F.size, 'size', offset),
    mtime: readNumber(block, F.mtime, 'mtime', offset),
    type: String.fromCharCode(block[F.type[0]]!),
    linkName: readString(block, F.linkName),
    uname: readString(block, F.uname),
    gname: readString(block, F.gname),
    devMajor: readNumber(block, F.devMajor, 'devmajor', offset),
    devMinor: readNumber(block, F.devMinor, 'devminor', offset),
  };
}

function readString(block: Buffer, [off, len]: readonly [number, number]): string {
  const end = block.indexOf(0, off);
  return block.toString('utf8', off, end === -1 || end > off + len ? off + len : end);
}

function readNumber(
  block: Buffer,
  [off, len]: readonly [number, number],
  what: string,
  offset: number,
): number {
  if (block[off]! & 0x80) {
    // GNU base-256: big-endian two's complement in the remaining bits; negatives are refused.
    if (block[off]! & 0x40) {
      throw new TarFormatError(`Negative tar ${what} in the header at byte ${offset}.`);
    }
    let n = block[off]! & 0x3f;
    for (let i = off + 1; i < off + len; i++) n = n * 256 + block[i]!;
    if (!Number.isSafeInteger(n)) {
      throw new TarFormatError(`tar ${what} in the header at byte ${offset} is too large.`);
    }
    return n;
  }
  // Octal digits, after leading spaces and before trailing NULs or spaces; a byte loop, as
  // every header holds eight numbers and an archive may hold a million headers.
  const end = off + len;
  let i = off;
  while (i < end && block[i] === 0x20) i++;
  let n = 0;
  for (; i < end; i++) {
    const b = block[i]!;
    if (b < 0x30 || b > 0x37) break;
    n = n * 8 + (b - 0x30);
  }
  for (; i < end; i++) {
    const b = block[i]!;
    if (b !== 0 && b !== 0x20) {
      const text = block
        .toString('latin1', off, end)
        .replace(/[\0 ]+$/, '')
        .replace(/^ +/, '');
      throw new TarFormatError(`Bad tar ${what} field "${text}" in the header at byte ${offset}.`);
    }
  }
  return n;
}

/** Parse a PAX extended header body into its records (later keys override earlier ones). */
export function parsePax(body: Buffer, offset: number): Map<string, string> {
  const records = new Map<string, string>();
  let pos = 0;
  while (pos < body.length) {
    if (body[pos] === 0) break; // trailing NUL padding written by some tools
    const space = body.indexOf(0x20, pos);
    const len = space === -1 ? NaN : Number(body.toString('latin1', pos, space));
    if (
      !Number.isInteger(len) ||
      len <= 0 ||
      pos + len > body.length ||
      body[pos + len - 1] !== 0x0a
    ) {
      throw new TarFormatError(`Malformed PAX extended header record at byte ${offset + pos}.`);
    }
    const record = body.toString('utf8', space + 1, pos + len - 1);
    const eq = record.indexOf('=');
    if (eq <= 0) {
      throw new TarFormatError(`Malformed PAX extended header record at byte ${offset + pos}.`);
    }
    records.set(record.slice(0, eq), record.slice(eq + 1));
    pos += len;
  }
  return records;
}
