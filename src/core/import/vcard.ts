import { decodeCharset } from "./encoding";
import { capitalized, cleanText, isLinkedInUrl, otherNamesOf, parseBirthday, presentFields, type ImportRecord, type RecordReader } from "./import-record";

/** One content line of a card: `item1.EMAIL;TYPE=work,pref:sam@example.com`. */
interface CardProperty {
  /** Upper case, without the group (`EMAIL`). */
  name: string;
  /** Parameter values by upper-case name; bare vCard 2.1 parameters (`;WORK`) count as TYPE. */
  params: Map<string, string[]>;
  /** Still escaped (`\,`), but quoted-printable already decoded. */
  value: string;
}

/**
 * Reads vCard files (3.0 and 4.0, and the 2.1 that older phones write): folded lines,
 * quoted-printable values in any character set, `\,` `\;` `\n` escapes, several
 * values of a kind (TYPE=…, the preferred one wins), birthdays in their several forms.
 * A card without END:VCARD is reported and left out; the others are still read.
 */
export class VCardReader implements RecordReader {
  readonly records: ImportRecord[] = [];
  readonly problems: string[] = [];
  work = 0;
  private pos = 0;
  private card: CardProperty[] | null = null;
  private cards = 0;

  constructor(private readonly text: string) {}

  get progress(): number {
    return this.text.length === 0 ? 1 : this.pos / this.text.length;
  }

  read(count: number): boolean {
    let made = 0;
    while (made < count) {
      const line = this.nextLine();
      if (line === null) {
        this.leaveUnfinished();
        return false;
      }
      const bare = line.trim().toUpperCase();
      if (bare === "BEGIN:VCARD") {
        this.leaveUnfinished();
        this.card = [];
        this.cards++;
      } else if (bare === "END:VCARD") {
        if (this.card) this.finish(this.card);
        this.card = null;
        made++;
      } else if (this.card && line.trim() !== "") {
        const property = parseProperty(line);
        if (property) this.card.push(property);
      }
    }
    return this.pos < this.text.length;
  }

  /** The next line with its folded continuations joined (and quoted-printable soft breaks), or null at the end. */
  private nextLine(): string | null {
    if (this.pos >= this.text.length) return null;
    let line = this.rawLine();
    for (;;) {
      const next = this.text.charAt(this.pos);
      if (next === " " || next === "\t") {
        line += this.rawLine().slice(1);
      } else if (line.endsWith("=") && isQuotedPrintable(line) && this.pos < this.text.length) {
        line = line.slice(0, -1) + this.rawLine();
      } else {
        return line;
      }
    }
  }

  private rawLine(): string {
    const { text } = this;
    const lf = text.indexOf("\n", this.pos);
    const end = lf === -1 ? text.length : lf;
    const line = text.slice(this.pos, end).replace(/\r$/, "");
    this.work += end - this.pos + 1;
    this.pos = end + 1;
    return line;
  }

  private leaveUnfinished(): void {
    if (!this.card) return;
    const name = nameOf(this.card);
    this.problems.push(`Card ${this.cards}${name ? ` (${name})` : ""} has no END:VCARD line, so it may be cut short and was left out; the other cards were read.`);
    this.card = null;
  }

  private finish(card: CardProperty[]): void {
    const where = `card ${this.cards}`;
    const name = nameOf(card);
    if (name === null) {
      const company = firstValue(card, "ORG");
      this.problems.push(`${capitalized(where)} has no name${company ? `, only the company ${splitStructured(company)[0] ?? company}` : ""}; left out.`);
      return;
    }
    const n = structured(card, "N");
    const birthday = property(card, "BDAY");
    const birthdayValue = birthday ? parseBirthday(unescape(birthday.value), birthday.params.get("X-APPLE-OMIT-YEAR")?.[0] ?? null) : null;
    if (birthday && birthdayValue === null) this.problems.push(`${name} (${where}): the birthday "${birthday.value}" isn't a date, so it was left out.`);
    const address = structured(card, "ADR");
    this.records.push({
      where,
      name,
      otherNames: otherNamesOf(name, cleanText(n[1]), cleanText(n[0])),
      fields: presentFields({
        company: structured(card, "ORG")[0],
        role: unescape(firstValue(card, "TITLE") ?? ""),
        email: unescape(preferred(card, "EMAIL")?.value ?? ""),
        phone: unescape(preferred(card, "TEL")?.value ?? "").replace(/^tel:/i, ""),
        location: address[3] || address[4] || address[6],
        birthday: birthdayValue,
        linkedin: linkedInOf(card),
      }),
    });
  }
}

/** FN, or the parts of N (given, middle, family) when FN is missing. */
function nameOf(card: CardProperty[]): string | null {
  const formatted = cleanText(unescape(firstValue(card, "FN") ?? ""));
  if (formatted) return formatted;
  const [family, given, additional] = structured(card, "N");
  return cleanText([given, additional, family].filter(Boolean).join(" "));
}

function property(card: CardProperty[], name: string): CardProperty | undefined {
  return card.find((p) => p.name === name);
}

function firstValue(card: CardProperty[], name: string): string | undefined {
  return property(card, name)?.value;
}

/** A structured value's parts (N, ADR, ORG), each unescaped. */
function structured(card: CardProperty[], name: string): string[] {
  const value = firstValue(card, name);
  return value === undefined ? [] : splitStructured(value).map((part) => unescape(part).trim());
}

/** Splits on the `;` that aren't escaped. */
function splitStructured(value: string): string[] {
  return value.split(/(?<!\\);/);
}

/** Of several values (two e-mails, three phones): the one marked preferred, else the first. */
function preferred(card: CardProperty[], name: string): CardProperty | undefined {
  const all = card.filter((p) => p.name === name && p.value.trim() !== "");
  const rank = (p: CardProperty) => {
    const pref = Number(p.params.get("PREF")?.[0]);
    if (Number.isInteger(pref) && pref > 0) return pref;
    return typesOf(p).includes("pref") ? 1 : 101;
  };
  return all.reduce<CardProperty | undefined>((best, p) => (best === undefined || rank(p) < rank(best) ? p : best), undefined);
}

function typesOf(p: CardProperty): string[] {
  return (p.params.get("TYPE") ?? []).flatMap((t) => t.split(",")).map((t) => t.trim().toLowerCase());
}

function linkedInOf(card: CardProperty[]): string | undefined {
  return card
    .filter((p) => p.name === "URL" || p.name === "X-SOCIALPROFILE")
    .map((p) => unescape(p.value).trim())
    .find(isLinkedInUrl);
}

/** `\n` is a line break, `\,` `\;` `\:` and `\\` the character itself. */
function unescape(value: string): string {
  return value.replace(/\\([nN,;:\\])/g, (_all, c: string) => (c === "n" || c === "N" ? "\n" : c));
}

function isQuotedPrintable(line: string): boolean {
  const head = line.slice(0, line.indexOf(":") + 1).toUpperCase();
  return head.includes("QUOTED-PRINTABLE") || /;ENCODING=QP[;:]/.test(head);
}

/** Splits `group.NAME;params:value` at the first colon outside a quoted parameter. */
function parseProperty(line: string): CardProperty | null {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ":" && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon === -1) return null;
  const [head = "", ...rawParams] = line.slice(0, colon).split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const name = head.slice(head.lastIndexOf(".") + 1).trim().toUpperCase();
  const params = new Map<string, string[]>();
  for (const raw of rawParams) {
    const eq = raw.indexOf("=");
    const key = eq === -1 ? "TYPE" : raw.slice(0, eq).trim().toUpperCase();
    const value = (eq === -1 ? raw : raw.slice(eq + 1)).trim().replace(/^"|"$/g, "");
    params.set(key, [...(params.get(key) ?? []), value]);
  }
  const encoding = (params.get("ENCODING")?.[0] ?? (params.get("TYPE") ?? []).find((t) => /^(quoted-printable|qp)$/i.test(t)) ?? "").toUpperCase();
  let value = line.slice(colon + 1);
  if (encoding === "QUOTED-PRINTABLE" || encoding === "QP") value = decodeQuotedPrintable(value, params.get("CHARSET")?.[0] ?? null);
  return { name, params, value };
}

/** `=C3=A9` is bytes in the value's character set; other characters stand for themselves. */
function decodeQuotedPrintable(value: string, charset: string | null): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (const [, hex, literal] of value.matchAll(/=([0-9A-Fa-f]{2})|([^=]+|=)/g)) {
    if (hex !== undefined) bytes.push(parseInt(hex, 16));
    else bytes.push(...encoder.encode(literal ?? ""));
  }
  return decodeCharset(Uint8Array.from(bytes), charset);
}

/** Reads a vCard file a slice at a time. */
export function vCardReader(text: string): VCardReader {
  return new VCardReader(text);
}
