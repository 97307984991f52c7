// Fake of Obsidian's Editor: a plain string with one selection (no CodeMirror).
// `StringEditor` is what MarkdownView.editor holds in the fake.
import type * as O from "obsidian";

type Pos = O.EditorPosition;

const cmp = (a: Pos, b: Pos) => a.line - b.line || a.ch - b.ch;

export abstract class Editor implements O.Editor {
  getDoc(): this {
    return this;
  }

  abstract refresh(): void;
  abstract getValue(): string;
  abstract setValue(content: string): void;
  abstract getLine(line: number): string;

  setLine(n: number, text: string): void {
    this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
  }

  abstract lineCount(): number;
  abstract lastLine(): number;
  abstract getSelection(): string;

  somethingSelected(): boolean {
    return this.getSelection().length > 0;
  }

  abstract getRange(from: Pos, to: Pos): string;
  abstract replaceSelection(replacement: string, origin?: string): void;
  abstract replaceRange(replacement: string, from: Pos, to?: Pos, origin?: string): void;
  abstract getCursor(side?: "from" | "to" | "head" | "anchor"): Pos;
  abstract listSelections(): O.EditorSelection[];

  setCursor(pos: Pos | number, ch?: number): void {
    const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
    this.setSelection(p, p);
  }

  abstract setSelection(anchor: Pos, head?: Pos): void;
  abstract setSelections(ranges: O.EditorSelectionOrCaret[], main?: number): void;
  abstract focus(): void;
  abstract blur(): void;
  abstract hasFocus(): boolean;
  abstract getScrollInfo(): { top: number; left: number };
  abstract scrollTo(x?: number | null, y?: number | null): void;
  abstract scrollIntoView(range: O.EditorRange, center?: boolean): void;
  abstract undo(): void;
  abstract redo(): void;
  abstract exec(command: O.EditorCommandName): void;
  abstract transaction(tx: O.EditorTransaction, origin?: string): void;
  abstract wordAt(pos: Pos): O.EditorRange | null;
  abstract posToOffset(pos: Pos): number;
  abstract offsetToPos(offset: number): Pos;

  processLines<T>(read: (line: number, lineText: string) => T | null, write: (line: number, lineText: string, value: T | null) => O.EditorChange | void, ignoreEmpty = true): void {
    const changes: O.EditorChange[] = [];
    for (let i = 0; i < this.lineCount(); i++) {
      const text = this.getLine(i);
      if (ignoreEmpty && text.trim() === "") continue;
      const change = write(i, text, read(i, text));
      if (change) changes.push(change);
    }
    this.transaction({ changes });
  }
}

/** String-backed editor. `onChange` (fake-only) is called after every edit. */
export class StringEditor extends Editor {
  private text: string;
  private anchor: Pos = { line: 0, ch: 0 };
  private head: Pos = { line: 0, ch: 0 };
  private focused = false;
  private readonly history: string[] = [];
  private readonly future: string[] = [];

  constructor(text = "", private readonly onChange?: () => void) {
    super();
    this.text = text;
  }

  refresh(): void {}

  getValue(): string {
    return this.text;
  }

  setValue(content: string): void {
    this.edit(content);
    this.anchor = this.head = { line: 0, ch: 0 };
  }

  private lines(): string[] {
    return this.text.split("\n");
  }

  getLine(line: number): string {
    return (this.lines()[line] ?? "").replace(/\r$/, "");
  }

  lineCount(): number {
    return this.lines().length;
  }

  lastLine(): number {
    return this.lineCount() - 1;
  }

  getSelection(): string {
    const [from, to] = this.ordered();
    return this.getRange(from, to);
  }

  getRange(from: Pos, to: Pos): string {
    return this.text.slice(this.posToOffset(from), this.posToOffset(to));
  }

  replaceSelection(replacement: string): void {
    const [from, to] = this.ordered();
    this.replaceRange(replacement, from, to);
    const end = this.offsetToPos(this.posToOffset(from) + replacement.length);
    this.anchor = this.head = end;
  }

  replaceRange(replacement: string, from: Pos, to?: Pos): void {
    const a = this.posToOffset(from);
    const b = to ? this.posToOffset(to) : a;
    this.edit(this.text.slice(0, a) + replacement + this.text.slice(b));
  }

  getCursor(side: "from" | "to" | "head" | "anchor" = "head"): Pos {
    const [from, to] = this.ordered();
    return { ...(side === "from" ? from : side === "to" ? to : side === "anchor" ? this.anchor : this.head) };
  }

  listSelections(): O.EditorSelection[] {
    return [{ anchor: { ...this.anchor }, head: { ...this.head } }];
  }

  setSelection(anchor: Pos, head?: Pos): void {
    this.anchor = this.clip(anchor);
    this.head = this.clip(head ?? anchor);
  }

  setSelections(ranges: O.EditorSelectionOrCaret[], main = 0): void {
    const r = ranges[main] ?? ranges[0];
    if (r) this.setSelection(r.anchor, r.head);
  }

  focus(): void {
    this.focused = true;
  }

  blur(): void {
    this.focused = false;
  }

  hasFocus(): boolean {
    return this.focused;
  }

  getScrollInfo(): { top: number; left: number } {
    return { top: 0, left: 0 };
  }

  scrollTo(): void {}

  scrollIntoView(): void {}

  undo(): void {
    const prev = this.history.pop();
    if (prev === undefined) return;
    this.future.push(this.text);
    this.text = prev;
    this.onChange?.();
  }

  redo(): void {
    const next = this.future.pop();
    if (next === undefined) return;
    this.history.push(this.text);
    this.text = next;
    this.onChange?.();
  }

  exec(_command: O.EditorCommandName): void {}

  transaction(tx: O.EditorTransaction): void {
    const changes = [...(tx.changes ?? [])].sort((x, y) => cmp(y.from, x.from));
    let text = this.text;
    for (const c of changes) {
      const a = this.posToOffset(c.from);
      const b = c.to ? this.posToOffset(c.to) : a;
      text = text.slice(0, a) + c.text + text.slice(b);
    }
    if (changes.length) this.edit(text);
    if (tx.replaceSelection !== undefined) this.replaceSelection(tx.replaceSelection);
    const sel = tx.selection ?? tx.selections?.[0];
    if (sel) this.setSelection(sel.from, sel.to);
  }

  wordAt(pos: Pos): O.EditorRange | null {
    const line = this.getLine(pos.line);
    let a = pos.ch;
    let b = pos.ch;
    while (a > 0 && /\w/.test(line[a - 1] ?? "")) a--;
    while (b < line.length && /\w/.test(line[b] ?? "")) b++;
    return a === b ? null : { from: { line: pos.line, ch: a }, to: { line: pos.line, ch: b } };
  }

  posToOffset(pos: Pos): number {
    const lines = this.lines();
    let off = 0;
    for (let i = 0; i < Math.min(pos.line, lines.length); i++) off += (lines[i] ?? "").length + 1;
    return Math.min(off + Math.min(pos.ch, (lines[pos.line] ?? "").length), this.text.length);
  }

  offsetToPos(offset: number): Pos {
    const before = this.text.slice(0, Math.max(0, offset)).split("\n");
    return { line: before.length - 1, ch: (before[before.length - 1] ?? "").length };
  }

  private clip(p: Pos): Pos {
    return this.offsetToPos(this.posToOffset(p));
  }

  private ordered(): [Pos, Pos] {
    return cmp(this.anchor, this.head) <= 0 ? [this.anchor, this.head] : [this.head, this.anchor];
  }

  private edit(next: string): void {
    if (next === this.text) return;
    this.history.push(this.text);
    this.future.length = 0;
    this.text = next;
    this.onChange?.();
  }
}
