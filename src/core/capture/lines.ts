/**
 * Splits text that arrives in pieces into lines, wherever the pieces break. A line
 * longer than `maxLine` keeps only its start (the rest is dropped as it arrives), so a
 * file without line breaks can't fill memory.
 */
export type LineHandler = (line: string, lineNumber: number, cut: boolean) => void;

export class LineSplitter {
  private pending = "";
  private pendingCut = false;
  private lineNumber = 0;

  constructor(
    private readonly onLine: LineHandler,
    private readonly maxLine = 65536,
  ) {}

  push(chunk: string): void {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf("\n", start);
      if (nl === -1) break;
      this.keep(chunk, start, nl);
      this.emit();
      start = nl + 1;
    }
    if (start < chunk.length) this.keep(chunk, start, chunk.length);
  }

  /** The last line, when the text doesn't end with a line break. */
  end(): void {
    if (this.pending !== "" || this.pendingCut) this.emit();
  }

  private keep(chunk: string, from: number, to: number): void {
    const room = this.maxLine - this.pending.length;
    if (room <= 0) {
      if (to > from) this.pendingCut = true;
      return;
    }
    if (to - from > room) {
      this.pending += chunk.slice(from, from + room);
      this.pendingCut = true;
    } else if (to > from) {
      this.pending += chunk.slice(from, to);
    }
  }

  private emit(): void {
    this.lineNumber++;
    let line = this.pending;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    const cut = this.pendingCut;
    this.pending = "";
    this.pendingCut = false;
    this.onLine(line, this.lineNumber, cut);
  }
}
