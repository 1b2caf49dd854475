// MD5 (RFC 1321) over bytes fed in pieces, for Content-MD5 of upload parts and the whole-file hash.
const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const K = Int32Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0);

export class Md5 {
  constructor() {
    this.state = new Uint32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]);
    this.block = new Uint8Array(64);
    this.words = new Uint32Array(16);
    this.buffered = 0;
    this.length = 0;
  }

  /** Adds bytes (a Uint8Array); returns this. */
  update(bytes) {
    let offset = 0;
    this.length += bytes.length;
    if (this.buffered > 0) {
      const take = Math.min(64 - this.buffered, bytes.length);
      this.block.set(bytes.subarray(0, take), this.buffered);
      this.buffered += take;
      offset = take;
      if (this.buffered < 64) return this;
      this.compress(this.block, 0);
      this.buffered = 0;
    }
    for (; offset + 64 <= bytes.length; offset += 64) this.compress(bytes, offset);
    if (offset < bytes.length) {
      this.block.set(bytes.subarray(offset), 0);
      this.buffered = bytes.length - offset;
    }
    return this;
  }

  /** The 16-byte digest; the hash must not be updated afterwards. */
  digest() {
    const bits = this.length * 8;
    const padding = new Uint8Array(((this.buffered < 56 ? 56 : 120) - this.buffered) + 8);
    padding[0] = 0x80;
    const view = new DataView(padding.buffer);
    view.setUint32(padding.length - 8, bits >>> 0, true);
    view.setUint32(padding.length - 4, Math.floor(bits / 2 ** 32), true);
    this.update(padding);
    const out = new Uint8Array(16);
    const outView = new DataView(out.buffer);
    this.state.forEach((word, i) => outView.setUint32(i * 4, word, true));
    return out;
  }

  compress(bytes, offset) {
    const w = this.words;
    for (let i = 0; i < 16; i++) {
      const j = offset + i * 4;
      w[i] = bytes[j] | (bytes[j + 1] << 8) | (bytes[j + 2] << 16) | (bytes[j + 3] << 24);
    }
    const state = this.state;
    let a = state[0] | 0;
    let b = state[1] | 0;
    let c = state[2] | 0;
    let d = state[3] | 0;
    // The four rounds as separate loops (no branch per step); t is the rotated sum of one step.
    let t;
    for (let i = 0; i < 16; i++) {
      t = (a + ((b & c) | (~b & d)) + K[i] + w[i]) | 0;
      a = d; d = c; c = b;
      b = (b + ((t << SHIFTS[i & 3]) | (t >>> (32 - SHIFTS[i & 3])))) | 0;
    }
    for (let i = 16; i < 32; i++) {
      t = (a + ((d & b) | (~d & c)) + K[i] + w[(5 * i + 1) & 15]) | 0;
      a = d; d = c; c = b;
      b = (b + ((t << SHIFTS[4 + (i & 3)]) | (t >>> (32 - SHIFTS[4 + (i & 3)])))) | 0;
    }
    for (let i = 32; i < 48; i++) {
      t = (a + (b ^ c ^ d) + K[i] + w[(3 * i + 5) & 15]) | 0;
      a = d; d = c; c = b;
      b = (b + ((t << SHIFTS[8 + (i & 3)]) | (t >>> (32 - SHIFTS[8 + (i & 3)])))) | 0;
    }
    for (let i = 48; i < 64; i++) {
      t = (a + (c ^ (b | ~d)) + K[i] + w[(7 * i) & 15]) | 0;
      a = d; d = c; c = b;
      b = (b + ((t << SHIFTS[12 + (i & 3)]) | (t >>> (32 - SHIFTS[12 + (i & 3)])))) | 0;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
  }
}

export function hex(digest) {
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function base64(digest) {
  return btoa(String.fromCharCode(...digest));
}

/** The MD5 of a Blob, read in slices of a few MiB so that memory stays small; feeds every slice to the extra hashes too. */
export async function md5OfBlob(blob, ...alsoFeed) {
  const hash = new Md5();
  const slice = 4 * 1024 * 1024;
  for (let at = 0; at < blob.size; at += slice) {
    const bytes = new Uint8Array(await blob.slice(at, at + slice).arrayBuffer());
    hash.update(bytes);
    alsoFeed.forEach((other) => other.update(bytes));
  }
  return hash.digest();
}
