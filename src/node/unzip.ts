/**
 * Reading a file out of a zip archive (the ECB's eurofxref-hist.zip) with Node's zlib alone:
 * the central directory is read by hand (PKWARE APPNOTE 4.3.12-4.3.16), the entry inflated with
 * inflateRawSync under an output limit (no zip bomb), its CRC-32 and sizes checked. Zip64,
 * encryption and methods other than stored (0) and deflate (8) are refused, not guessed.
 */
import { crc32, inflateRawSync } from 'node:zlib';

/** Why a zip cannot be read, for the caller to name the file. */
export class ZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** One file of an archive, as its central directory lists it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/**
 * Whether bytes start like a zip archive (a local file header, "PK\x03\x04").
 *
 * @example
 * isZip(Buffer.from('PK\u0003\u0004')) //=> true
 * isZip(Buffer.from('Date,USD')) //=> false
 */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
}

/**
 * The entries of a zip archive, from its central directory.
 *
 * @throws ZipError when the archive is truncated or not one dealcalc reads
 *
 * @example
 * let why = '';
 * try { zipEntries(Buffer.from('PK\u0003\u0004 cut short')); } catch (error) { why = error.message; }
 * why //=> 'not a complete zip archive (its end record is missing: truncated?)'
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = view.length - 22; at >= Math.max(0, view.length - 22 - 0xffff); at -= 1) {
    if (view.readUInt32LE(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipError('not a complete zip archive (its end record is missing: truncated?)');
  const count = view.readUInt16LE(end + 10);
  const size = view.readUInt32LE(end + 12);
  const offset = view.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff)
    throw new ZipError('a Zip64 archive, which dealcalc does not read');
  if (offset + size > end) throw new ZipError('its central directory lies outside the file (truncated?)');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || view.readUInt32LE(at) !== CENTRAL)
      throw new ZipError('its central directory is damaged');
    const nameLength = view.readUInt16LE(at + 28);
    const extraLength = view.readUInt16LE(at + 30);
    const commentLength = view.readUInt16LE(at + 32);
    entries.push({
      flags: view.readUInt16LE(at + 8),
      method: view.readUInt16LE(at + 10),
      crc: view.readUInt32LE(at + 16),
      compressedSize: view.readUInt32LE(at + 20),
      size: view.readUInt32LE(at + 24),
      localOffset: view.readUInt32LE(at + 42),
      name: view.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The bytes of one entry, inflated and checked against its CRC-32 and size.
 *
 * @param bytes - the archive
 * @param entry - one of zipEntries(bytes)
 * @param limit - the most bytes the entry may inflate to
 * @throws ZipError
 *
 * @example
 * const local = Buffer.alloc(34); local.writeUInt32LE(0x04034b50, 0); local.write('abcd', 30);
 * zipEntryBytes(local, { name: 'a.csv', method: 0, flags: 0, crc: 0xed82cd11, compressedSize: 4, size: 4, localOffset: 0 }, 100).toString() //=> 'abcd'
 * let why = '';
 * try { zipEntryBytes(local, { name: 'a.csv', method: 0, flags: 1, crc: 0, compressedSize: 4, size: 4, localOffset: 0 }, 100); } catch (error) { why = error.message; }
 * why //=> 'a.csv is encrypted'
 */
export function zipEntryBytes(bytes: Uint8Array, entry: ZipEntry, limit: number): Buffer {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.flags & 1) throw new ZipError(`${entry.name} is encrypted`);
  if (entry.size > limit)
    throw new ZipError(`${entry.name} would inflate to ${entry.size} bytes, more than ${limit}`);
  const at = entry.localOffset;
  if (at + 30 > view.length || view.readUInt32LE(at) !== LOCAL)
    throw new ZipError(`the local header of ${entry.name} is missing`);
  const start = at + 30 + view.readUInt16LE(at + 26) + view.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > view.length) throw new ZipError(`${entry.name} is cut short (truncated archive)`);
  const stored = view.subarray(start, end);
  let data: Buffer;
  if (entry.method === 0) data = Buffer.from(stored);
  else if (entry.method === 8) {
    try {
      data = inflateRawSync(stored, { maxOutputLength: limit });
    } catch (error) {
      throw new ZipError(
        `${entry.name} does not inflate (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  } else
    throw new ZipError(
      `${entry.name} uses compression method ${entry.method}; only stored and deflate are read`,
    );
  if (data.length !== entry.size)
    throw new ZipError(
      `${entry.name} inflates to ${data.length} bytes, not the ${entry.size} its directory says`,
    );
  if (crc32(data) !== entry.crc) throw new ZipError(`${entry.name} fails its CRC-32 check (damaged)`);
  return data;
}
