/**
 * iCalendar content lines (RFC 5545 §3.1) read from text that arrives in pieces:
 * folded lines joined again, parameters split (quoted values, lists, RFC 6868 caret
 * escapes), TEXT values unescaped. Lines of properties nobody asked for are not kept,
 * so a long description or an attached file costs no memory.
 */
import { LineSplitter } from "./lines";

export interface ContentLine {
  /** Upper case: "DTSTART". */
  name: string;
  /** Parameter names in upper case, each with its values (a list parameter has several). */
  params: Map<string, string[]>;
  value: string;
  /** The line number where the property starts. */
  line: number;
}

/** The longest property kept; longer ones are counted as unreadable. */
const MAX_PROPERTY = 65536;

export class ContentLineReader {
  private readonly splitter: LineSplitter;
  private current = "";
  private currentLine = 0;
  private currentWanted = false;
  private currentCut = false;

  /**
   * @param wanted which property names to keep (BEGIN and END are always kept)
   * @param onProperty gets each kept property, or null with its line number when it can't be read
   */
  constructor(
    private readonly wanted: ReadonlySet<string>,
    private readonly onProperty: (property: ContentLine | null, line: number) => void,
  ) {
    this.splitter = new LineSplitter((line, number, cut) => this.physical(line, number, cut), MAX_PROPERTY);
  }

  push(chunk: string): void {
    this.splitter.push(chunk);
  }

  end(): void {
    this.splitter.end();
    this.flush();
  }

  private physical(line: string, number: number, cut: boolean): void {
    const first = line.charCodeAt(0);
    if (first === 0x20 || first === 0x09) {
      if (!this.currentWanted) return;
      if (this.current.length + line.length > MAX_PROPERTY) this.currentCut = true;
      else this.current += line.slice(1);
      return;
    }
    this.flush();
    if (line.trim() === "") return;
    const name = /^[A-Za-z0-9-]+/.exec(line)?.[0].toUpperCase() ?? "";
    this.currentWanted = name === "BEGIN" || name === "END" || this.wanted.has(name);
    this.current = this.currentWanted ? line : "";
    this.currentLine = number;
    this.currentCut = cut;
  }

  private flush(): void {
    if (!this.currentWanted) return;
    this.currentWanted = false;
    const text = this.current;
    this.current = "";
    const property = this.currentCut ? null : parseContentLine(text, this.currentLine);
    this.onProperty(property, this.currentLine);
  }
}

/** RFC 6868: ^n is a line break, ^' a double quote, ^^ a caret. */
function unescapeParam(value: string): string {
  return value.replace(/\^(n|'|\^)/g, (_m, c: string) => (c === "n" ? "\n" : c === "'" ? '"' : "^"));
}

/** One unfolded content line: `NAME;PARAM=a,"b;c":value`; null when it has no name or no colon. */
export function parseContentLine(text: string, line = 0): ContentLine | null {
  const nameMatch = /^([A-Za-z0-9-]+)/.exec(text);
  if (!nameMatch) return null;
  const name = (nameMatch[1] as string).toUpperCase();
  const params = new Map<string, string[]>();
  let i = name.length;
  while (text[i] === ";") {
    const eq = text.indexOf("=", i);
    if (eq === -1) return null;
    const key = text.slice(i + 1, eq).trim().toUpperCase();
    const values: string[] = [];
    i = eq + 1;
    for (;;) {
      if (text[i] === '"') {
        const close = text.indexOf('"', i + 1);
        if (close === -1) return null;
        values.push(unescapeParam(text.slice(i + 1, close)));
        i = close + 1;
      } else {
        let j = i;
        while (j < text.length && text[j] !== ";" && text[j] !== ":" && text[j] !== ",") j++;
        values.push(unescapeParam(text.slice(i, j)));
        i = j;
      }
      if (text[i] === ",") {
        i++;
        continue;
      }
      break;
    }
    params.set(key, values);
  }
  if (text[i] !== ":") return null;
  return { name, params, value: text.slice(i + 1), line };
}

/** A TEXT value as written: `\n`, `\,`, `\;` and `\\` unescaped. */
export function unescapeText(value: string): string {
  return value.replace(/\\([nN,;\\])/g, (_m, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

/** The first value of a parameter, or null. */
export function param(property: ContentLine, key: string): string | null {
  return property.params.get(key)?.[0] ?? null;
}
