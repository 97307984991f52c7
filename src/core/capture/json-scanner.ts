/**
 * Reads JSON that arrives in pieces as a stream of events (start and end of objects
 * and arrays, keys, scalar values), so a 100 MB export is never parsed whole. Strings
 * keep at most `maxString` characters; the rest of a long string is skipped as it
 * arrives. Stops at the first character that can't be JSON and says where.
 */
export interface JsonHandler {
  startObject(line: number): void;
  endObject(): void;
  startArray(): void;
  endArray(): void;
  key(name: string): void;
  /** A string, number, true, false or null; `cut` when a string was longer than kept. */
  value(value: string | number | boolean | null, cut: boolean): void;
}

const enum State {
  Between,
  String,
  Escape,
  Unicode,
  Scalar,
  Failed,
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

export class JsonScanner {
  private state = State.Between;
  /** 'o' for an object, 'a' for an array. */
  private readonly containers: string[] = [];
  private expectKey = false;
  private stringIsKey = false;
  private text = "";
  private textLength = 0;
  private hex = "";
  private scalar = "";
  private line = 1;
  private offset = 0;
  private nextQuote = -2;
  private nextSlash = -2;
  /** Where the JSON stopped making sense, if it did. */
  error: { line: number; offset: number } | null = null;

  constructor(
    private readonly handler: JsonHandler,
    private readonly maxString = 1024,
  ) {}

  push(chunk: string): void {
    this.nextQuote = -2;
    this.nextSlash = -2;
    let i = 0;
    const n = chunk.length;
    while (i < n && this.state !== State.Failed) {
      if (this.state === State.String) {
        i = this.scanString(chunk, i);
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (this.state === State.Escape) {
        this.state = State.String;
        if (c === 0x75) {
          this.hex = "";
          this.state = State.Unicode;
        } else {
          this.addText(c === 0x6e ? "\n" : c === 0x74 ? "\t" : c === 0x72 ? "\r" : c === 0x62 ? "\b" : c === 0x66 ? "\f" : chunk[i] as string);
        }
        i++;
        continue;
      }
      if (this.state === State.Unicode) {
        this.hex += chunk[i];
        i++;
        if (this.hex.length === 4) {
          const code = Number.parseInt(this.hex, 16);
          if (Number.isNaN(code)) this.fail(i - 1);
          else {
            this.addText(String.fromCharCode(code));
            this.state = State.String;
          }
        }
        continue;
      }
      if (this.state === State.Scalar) {
        if (c === 0x2c || c === 0x7d || c === 0x5d || WHITESPACE.has(c)) {
          this.finishScalar(i);
          continue;
        }
        if (this.scalar.length < 64) this.scalar += chunk[i];
        i++;
        continue;
      }
      // Between tokens.
      if (c === 0x0a) this.line++;
      if (WHITESPACE.has(c)) {
        i++;
        continue;
      }
      switch (c) {
        case 0x7b: // {
          this.containers.push("o");
          this.expectKey = true;
          this.handler.startObject(this.line);
          break;
        case 0x5b: // [
          this.containers.push("a");
          this.expectKey = false;
          this.handler.startArray();
          break;
        case 0x7d: // }
        case 0x5d: {
          // ]
          const top = this.containers.pop();
          if (top !== (c === 0x7d ? "o" : "a")) {
            this.fail(i);
            break;
          }
          if (c === 0x7d) this.handler.endObject();
          else this.handler.endArray();
          this.expectKey = false;
          break;
        }
        case 0x2c: // ,
          this.expectKey = this.containers[this.containers.length - 1] === "o";
          break;
        case 0x3a: // :
          this.expectKey = false;
          break;
        case 0x22: // "
          this.state = State.String;
          this.stringIsKey = this.expectKey;
          this.text = "";
          this.textLength = 0;
          break;
        default:
          if (c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e) {
            this.state = State.Scalar;
            this.scalar = chunk[i] as string;
          } else {
            this.fail(i);
          }
      }
      i++;
    }
    this.offset += n;
  }

  /** The text is over: unfinished JSON is an error. */
  end(): void {
    if (this.state === State.Scalar) this.finishScalar(0);
    if (this.state !== State.Failed && (this.state !== State.Between || this.containers.length > 0)) this.error = { line: this.line, offset: this.offset };
  }

  /** Reads string characters up to the closing quote or a backslash, keeping at most maxString. */
  private scanString(chunk: string, from: number): number {
    // Where the next quote and backslash are, remembered for this chunk (push forgets them):
    // searching afresh for each string would look through the rest of the chunk every time.
    if (this.nextQuote !== -1 && this.nextQuote < from) this.nextQuote = chunk.indexOf('"', from);
    if (this.nextSlash !== -1 && this.nextSlash < from) this.nextSlash = chunk.indexOf("\\", from);
    const quote = this.nextQuote;
    const slash = this.nextSlash;
    const stop = quote === -1 ? slash : slash === -1 ? quote : Math.min(quote, slash);
    const to = stop === -1 ? chunk.length : stop;
    if (to > from) this.addText(chunk.slice(from, to));
    if (stop === -1) return chunk.length;
    if (stop === slash) {
      this.state = State.Escape;
      return stop + 1;
    }
    this.state = State.Between;
    if (this.stringIsKey) this.handler.key(this.text);
    else this.handler.value(this.text, this.textLength > this.text.length);
    this.text = "";
    return stop + 1;
  }

  private addText(part: string): void {
    this.textLength += part.length;
    const room = this.maxString - this.text.length;
    if (room > 0) this.text += part.length > room ? part.slice(0, room) : part;
  }

  private finishScalar(at: number): void {
    this.state = State.Between;
    const raw = this.scalar;
    if (raw === "true" || raw === "false") this.handler.value(raw === "true", false);
    else if (raw === "null") this.handler.value(null, false);
    else if (/^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(raw)) this.handler.value(Number(raw), false);
    else this.fail(at);
  }

  private fail(at: number): void {
    this.state = State.Failed;
    this.error = { line: this.line, offset: this.offset + at };
  }
}
