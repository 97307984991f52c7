/**
 * Mail header values (RFC 5322, RFC 2047): encoded words in names and subjects,
 * address lists with quoted names, comments and groups, and dates with their zones.
 */
import { decodeCharset } from "../import/encoding";

const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;

function base64Bytes(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, "");
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const n = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".indexOf(ch);
    value = (value << 6) | n;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >> bits) & 0xff);
    }
  }
  return new Uint8Array(bytes);
}

function quotedPrintableBytes(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === "_") bytes.push(0x20);
    else if (c === "=" && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c.charCodeAt(0) & 0xff);
  }
  return new Uint8Array(bytes);
}

/** A header value with its RFC 2047 encoded words decoded; the space between two encoded words goes, as the RFC says. */
export function decodeWords(value: string): string {
  const joined = value.replace(/(=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=)/g, "$1");
  return joined.replace(ENCODED_WORD, (_m, charset: string, encoding: string, text: string) => {
    const bytes = encoding.toUpperCase() === "B" ? base64Bytes(text) : quotedPrintableBytes(text);
    // RFC 2231 lets a language follow the charset: UTF-8*en.
    return decodeCharset(bytes, charset.replace(/\*.*$/, ""));
  });
}

export interface MailAddress {
  /** Lower case. */
  address: string;
  name: string | null;
}

/** Splits at top-level commas (and group ends), outside quotes, angle brackets and comments. */
function splitAddresses(value: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  let angle = 0;
  let comment = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i] as string;
    if (quoted) {
      current += c;
      if (c === "\\" && i + 1 < value.length) current += value[++i];
      else if (c === '"') quoted = false;
      continue;
    }
    if (c === '"' && comment === 0) quoted = true;
    else if (c === "(") comment++;
    else if (c === ")" && comment > 0) comment--;
    else if (c === "<" && comment === 0) angle++;
    else if (c === ">" && angle > 0) angle--;
    else if ((c === "," || c === ";") && angle === 0 && comment === 0) {
      parts.push(current);
      current = "";
      continue;
    } else if (c === ":" && angle === 0 && comment === 0) {
      // A group's name ("Friends: a@b, c@d;") is no address.
      current = "";
      continue;
    }
    current += c;
  }
  parts.push(current);
  return parts;
}

function unquote(name: string): string {
  const trimmed = name.trim();
  const inner = trimmed.startsWith('"') && trimmed.endsWith('"') && trimmed.length >= 2 ? trimmed.slice(1, -1) : trimmed;
  return inner.replace(/\\(.)/g, "$1");
}

/** The addresses in a From, To or Cc value, each with the name it is given (decoded). */
export function parseAddressList(value: string): MailAddress[] {
  const out: MailAddress[] = [];
  for (const part of splitAddresses(value)) {
    const angle = /<([^<>]*)>/.exec(part);
    let address: string;
    let name: string;
    if (angle) {
      address = (angle[1] as string).trim();
      name = part.slice(0, angle.index).replace(/\([^)]*\)/g, "");
    } else {
      const comment = /\(([^)]*)\)/.exec(part);
      address = part.replace(/\([^)]*\)/g, "").trim();
      name = comment ? (comment[1] as string) : "";
    }
    address = address.replace(/^mailto:/i, "").toLowerCase();
    if (!/^[^\s@]+@[^\s@]+$/.test(address)) continue;
    const decoded = decodeWords(unquote(name)).replace(/\s+/g, " ").trim();
    out.push({ address, name: decoded === "" || decoded.toLowerCase() === address ? null : decoded });
  }
  return out;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** The zone names RFC 5322 still reads (obsolete but written by old mailers), in minutes east of UTC. */
const ZONES: Record<string, number> = { UT: 0, GMT: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number, offsetMinutes: number): number | null {
  if (month < 0 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  if (date.getUTCDate() !== day) return null;
  date.setUTCHours(hour, minute, Math.min(second, 59), 0);
  return date.getTime() - offsetMinutes * 60_000;
}

function offsetOf(zone: string | undefined): number {
  if (zone === undefined) return 0;
  const numeric = /^([+-])(\d{2})(\d{2})$/.exec(zone);
  if (numeric) return (numeric[1] === "-" ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  return ZONES[zone.toUpperCase()] ?? 0;
}

/** An RFC 5322 date (`Thu, 14 Mar 2024 10:00:00 +0100`, weekday and seconds optional) as milliseconds since 1970; null when unreadable. */
export function parseMailDate(value: string): number | null {
  const m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,3})?/.exec(value);
  if (!m) return null;
  const month = MONTHS.indexOf((m[2] as string).toLowerCase());
  let year = Number(m[3]);
  if ((m[3] as string).length === 2) year += year < 50 ? 2000 : 1900;
  else if ((m[3] as string).length === 3) year += 1900;
  return utcMs(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? "0"), offsetOf(m[7]));
}

/** The date on an mbox separator line (`From x Thu Mar 14 10:00:00 +0000 2024`, or without a zone: read as UTC). */
export function parseSeparatorDate(line: string): number | null {
  const m = /([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+(?:([+-]\d{4})\s+)?(\d{4})/.exec(line);
  if (!m) return null;
  return utcMs(Number(m[7]), MONTHS.indexOf((m[1] as string).toLowerCase()), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), offsetOf(m[6]));
}

/** A subject without its reply and forward prefixes (Re:, Fwd:, AW:, WG:, SV:, RE[2]:), for a snippet. */
export function plainSubject(subject: string): string {
  return subject.replace(/^(?:\s*(?:re|fwd?|aw|wg|sv|vs|tr|antw|rif)(?:\[\d+\])?\s*:\s*)+/i, "").trim();
}
