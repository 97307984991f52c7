/**
 * Bytes to text in pieces, for a file read chunk by chunk: UTF-8 (with or without a
 * byte order mark) or UTF-16 with a mark. A character split between two chunks is
 * joined; bytes that aren't UTF-8 become U+FFFD, never an error, so one bad byte in a
 * mail body can't stop a capture.
 */
export class ChunkDecoder {
  private decoder: TextDecoder | null = null;
  private pending: Uint8Array | null = null;
  /** Bytes given so far: with the file's size, the progress. */
  bytesSeen = 0;

  decode(bytes: Uint8Array): string {
    this.bytesSeen += bytes.length;
    if (this.decoder === null) {
      const all = this.pending ? concat(this.pending, bytes) : bytes;
      // Two bytes tell UTF-16's mark; wait for them unless the file is that short.
      if (all.length < 2) {
        this.pending = all;
        return "";
      }
      this.pending = null;
      const label = all[0] === 0xff && all[1] === 0xfe ? "utf-16le" : all[0] === 0xfe && all[1] === 0xff ? "utf-16be" : "utf-8";
      this.decoder = new TextDecoder(label);
      return this.decoder.decode(all, { stream: true });
    }
    return this.decoder.decode(bytes, { stream: true });
  }

  /** The end of the file: whatever was held back. */
  end(): string {
    if (this.decoder === null) {
      this.decoder = new TextDecoder("utf-8");
      return this.pending ? this.decoder.decode(this.pending) : "";
    }
    return this.decoder.decode();
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
