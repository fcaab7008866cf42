/**
 * A gzip stream written as independent members, one per MEMBER_INPUT bytes of input, each
 * deflated on the libuv thread pool while the caller fills the next: packing uses every core.
 * Member boundaries are fixed by input offsets alone, never by timing or the number of threads,
 * so the same input always gives the same bytes. Every gunzip (`gzip -d`, GNU tar, zlib) reads
 * concatenated members as one stream (RFC 1952 §2.2); framing costs about 0.2% in size.
 */
import { readSync } from 'node:fs';
import { constants, gzip } from 'node:zlib';

const MIB = 1024 * 1024;
/** Input bytes per member: large enough that the lost dictionary at each boundary is noise. */
export const MEMBER_INPUT = MIB;
/**
 * Members being deflated, queued, or waiting to be written in order: the bound on memory (about
 * 3 MiB each). Twice the default pool of 4 threads, so the pool still has work queued while this
 * thread waits to be scheduled on a loaded machine (measured: 4 left the pool idle a fifth of
 * the time there).
 */
const IN_FLIGHT = 8;
/** zlib's output buffer, over deflateBound(MEMBER_INPUT): a member is deflated in one pool task. */
const MEMBER_OUTPUT = MEMBER_INPUT + 64 * 1024;
const LEVEL = 6;
/** zlib's gzip header with mtime 0 and no name; byte 9 (OS) varies by platform and is set to Unix. */
const GZIP_HEADER_PREFIX = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00]);
const GZIP_OS_UNIX = 3;

interface Member {
  input: Buffer;
  output?: Buffer;
  error?: Error;
}

/**
 * Fill fixed-size input blocks (copy, zeros, or straight from a file descriptor); each full
 * block goes to zlib at once. Finished members reach `sink` in input order. At most IN_FLIGHT
 * members exist at a time: the writing methods wait (asynchronously) when that bound is reached.
 */
export class GzipMemberWriter {
  private readonly free: Buffer[] = [];
  private readonly queue: Member[] = [];
  private wake: (() => void) | undefined;
  private block: Buffer | undefined;
  private pos = 0;

  constructor(private readonly sink: (member: Buffer) => void) {}

  /** Copies `src` into the stream. */
  async write(src: Buffer): Promise<void> {
    for (let off = 0; off < src.length;) {
      const block = await this.current();
      const n = src.copy(block, this.pos, off);
      off += n;
      this.advance(n);
    }
  }

  async zeros(count: number): Promise<void> {
    for (let left = count; left > 0;) {
      const block = await this.current();
      const n = Math.min(left, MEMBER_INPUT - this.pos);
      block.fill(0, this.pos, this.pos + n);
      left -= n;
      this.advance(n);
    }
  }

  /**
   * Reads exactly `length` bytes of `fd` from its start into the stream, synchronously between
   * blocks: small files cost no promise and no thread-pool round trip, which the pool needs for
   * deflating. Returns the bytes read before end of file (less than `length`: the file shrank).
   */
  async readFrom(fd: number, length: number): Promise<number> {
    for (let done = 0; done < length;) {
      const block = await this.current();
      const want = Math.min(MEMBER_INPUT - this.pos, length - done);
      const n = readSync(fd, block, this.pos, want, done);
      if (n === 0) return done;
      done += n;
      this.advance(n);
    }
    return length;
  }

  /** Deflates the last, partial block and hands every remaining member to the sink. */
  async end(): Promise<void> {
    if (this.block && this.pos > 0) this.submit(this.block.subarray(0, this.pos), this.block);
    this.block = undefined;
    while (this.queue.length > 0) await this.writeHead();
  }

  private async current(): Promise<Buffer> {
    if (this.block) return this.block;
    while (this.queue.length >= IN_FLIGHT) await this.writeHead();
    this.block = this.free.pop() ?? Buffer.allocUnsafe(MEMBER_INPUT);
    this.pos = 0;
    return this.block;
  }

  private advance(n: number): void {
    this.pos += n;
    if (this.pos === MEMBER_INPUT) {
      this.submit(this.block!, this.block!);
      this.block = undefined;
    }
  }

  private submit(input: Buffer, owner: Buffer): void {
    const member: Member = { input: owner };
    this.queue.push(member);
    // Z_FINISH with the whole input: one pool task deflates the member, with no hop back to this
    // thread in between (the bytes are the same as deflating it and finishing after).
    const options = { level: LEVEL, chunkSize: MEMBER_OUTPUT, flush: constants.Z_FINISH };
    gzip(input, options, (error, output) => {
      if (error) member.error = error;
      else member.output = output;
      const wake = this.wake;
      this.wake = undefined;
      wake?.();
    });
  }

  /** Waits for the oldest member, writes it, and recycles its input block. */
  private async writeHead(): Promise<void> {
    const head = this.queue[0]!;
    while (!head.output && !head.error) await new Promise<void>((r) => (this.wake = r));
    this.queue.shift();
    if (head.error) throw head.error;
    this.sink(normaliseHeader(head.output!));
    this.free.push(head.input);
  }
}

/**
 * zlib's gzip header is fixed except the OS byte, which depends on the platform zlib was built
 * for; set it to Unix so archives packed on any OS are identical. Anything else unexpected means
 * a zlib that breaks reproducibility, which must not pass silently.
 */
function normaliseHeader(member: Buffer): Buffer {
  for (let i = 0; i < GZIP_HEADER_PREFIX.length; i++) {
    if (member[i] !== GZIP_HEADER_PREFIX[i]) {
      throw new Error(
        `zlib wrote an unexpected gzip header byte ${i} (0x${member[i]?.toString(16)}); archives would not be reproducible.`,
      );
    }
  }
  member[9] = GZIP_OS_UNIX;
  return member;
}
