import { DEFAULT_DAILY_FORMAT, cleanFolder, dailyFormatProblem, type DailyNoteConfig, type MomentFn } from "../core/daily/daily-notes";
import type { LocalDate } from "../core/shared/dates";

/**
 * Reads a day from a note's path as `dateOfDailyNotePath(path) ?? dateOfFileName(path)`
 * do (a strict Moment parse that must format back to the same text), fast enough to
 * ask of every note in a vault of 100,000. Formats made of YYYY, YY, MM, M, DD, D and
 * literal text are read with a regular expression; any other format goes to Moment,
 * after a length check that only rules out texts no day formats to.
 */
export class DatedPathReader {
  private readonly prefix: string;
  private readonly full: FormatReader;
  /** Null when the format's last segment can't name a day on its own (`DD` of `YYYY/MM/DD`). */
  private readonly name: FormatReader | null;

  constructor(config: DailyNoteConfig, moment: MomentFn) {
    const folder = cleanFolder(config.folder);
    this.prefix = folder ? `${folder}/` : "";
    const format = config.format.trim() || DEFAULT_DAILY_FORMAT;
    this.full = new FormatReader(format, moment);
    const lastSegment = format.split("/").pop() ?? DEFAULT_DAILY_FORMAT;
    this.name = dailyFormatProblem(lastSegment, moment) === null ? new FormatReader(lastSegment, moment) : null;
  }

  dateOf(path: string): LocalDate | null {
    const isMd = endsWithMd(path);
    if (isMd && (this.prefix === "" || path.startsWith(this.prefix)) && this.full.fits(path.length - this.prefix.length - 3)) {
      const date = this.full.read(path.slice(this.prefix.length, -3));
      if (date) return date;
    }
    if (!this.name) return null;
    const start = path.lastIndexOf("/") + 1;
    const end = isMd ? path.length - 3 : path.length;
    return this.name.fits(end - start) ? this.name.read(path.slice(start, end)) : null;
  }
}

/** `path.toLowerCase().endsWith(".md")`, without lower-casing the path. */
function endsWithMd(path: string): boolean {
  const n = path.length;
  return n >= 3 && path.charCodeAt(n - 3) === 46 && (path.charCodeAt(n - 2) | 32) === 109 && (path.charCodeAt(n - 1) | 32) === 100;
}

type Field = "year" | "year2" | "month" | "day";
interface Part {
  literal?: string;
  field?: Field;
  /** Zero-padded to two digits (MM, DD) or not (M, D); years are always fixed width. */
  padded?: boolean;
}

const TOKENS: Record<string, Part> = {
  YYYY: { field: "year", padded: true },
  YY: { field: "year2", padded: true },
  MM: { field: "month", padded: true },
  M: { field: "month", padded: false },
  DD: { field: "day", padded: true },
  D: { field: "day", padded: false },
};

/** Digits per field, matched like Moment's strict parse: left to right, each token as many digits as it can take, no backtracking. */
const DIGITS: Record<Field, string> = { year: "\\d{4}", year2: "\\d{2}", month: "\\d\\d?", day: "\\d\\d?" };

/** An anchored expression for the parts; field i is group i + 1 (a lookahead and a backreference make each field atomic). */
function regexOf(parts: Part[]): RegExp {
  let group = 0;
  const source = parts
    .map((p) => {
      if (!p.field) return escape(p.literal ?? "");
      group += 1;
      return `(?=(${DIGITS[p.field]}))(?:\\${group})`;
    })
    .join("");
  return new RegExp(`^${source}$`);
}

/** The format as parts, or null when it uses anything beyond the numeric day tokens. */
function compile(format: string): Part[] | null {
  const parts: Part[] = [];
  for (let i = 0; i < format.length; ) {
    const ch = format[i] as string;
    if (ch === "[") {
      const end = format.indexOf("]", i + 1);
      const inner = end === -1 ? null : format.slice(i + 1, end);
      if (inner === null || inner.includes("[")) return null;
      parts.push({ literal: inner });
      i = end + 1;
      continue;
    }
    if (/[a-zA-Z]/.test(ch)) {
      let j = i;
      while (format[j] === ch) j++;
      const token = TOKENS[format.slice(i, j)];
      if (!token) return null;
      parts.push(token);
      i = j;
      continue;
    }
    if (ch === "\\") return null;
    parts.push({ literal: ch });
    i++;
  }
  const fields = new Set(parts.map((p) => p.field).filter(Boolean));
  return (fields.has("year") || fields.has("year2")) && fields.has("month") && fields.has("day") ? parts : null;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** Probe days for a format: every day of a leap year and of a common year. */
function probeDays(): Date[] {
  const out: Date[] = [];
  for (const year of [2024, 2026]) for (let d = new Date(year, 0, 1); d.getFullYear() === year; d = new Date(year, d.getMonth(), d.getDate() + 1)) out.push(d);
  return out;
}

/** Reads texts written in one Moment format, as `fromText` in core/daily-notes does. */
class FormatReader {
  private readonly parts: Part[] | null;
  private readonly regex: RegExp | null = null;
  /** The fields of the parts, in order: the regular expression's groups. */
  private readonly fields: Field[] = [];
  /** Whether a text in this format starts with a digit (its first part is a day, month or year). */
  private readonly digitFirst: boolean = false;
  private minLength = 0;
  private maxLength = Number.MAX_SAFE_INTEGER;

  constructor(
    private readonly format: string,
    private readonly moment: MomentFn,
  ) {
    let parts = compile(format);
    // Only when Moment writes these days the same way (a locale may write other digits).
    if (parts && !["2026-01-05", "2024-12-31", "1999-10-09"].every((d) => moment(d, "YYYY-MM-DD", true).format(format) === this.write(parts as Part[], d))) parts = null;
    this.parts = parts;
    if (parts) {
      this.regex = regexOf(parts);
      this.digitFirst = parts[0]?.field !== undefined;
      this.fields = parts.flatMap((p) => (p.field ? [p.field] : []));
      const widths = parts.map((p) => (p.field === "year" ? [4, 4] : p.field === "year2" ? [2, 2] : p.field ? [p.padded ? 2 : 1, 2] : [(p.literal ?? "").length, (p.literal ?? "").length]));
      this.minLength = widths.reduce((sum, [min]) => sum + (min ?? 0), 0);
      this.maxLength = widths.reduce((sum, [, max]) => sum + (max ?? 0), 0);
    } else {
      // Any text this format accepts is some day written in it: its length is within what the probe days give, give or take the year's digits.
      const lengths = probeDays().map((d) => moment(d).format(format).length);
      this.minLength = Math.max(0, Math.min(...lengths) - 4);
      this.maxLength = Math.max(...lengths) + 4;
    }
  }

  /** Whether a text this long could be a day in this format: most notes are ruled out by their name's length alone. */
  fits(length: number): boolean {
    return length >= this.minLength && length <= this.maxLength;
  }

  read(text: string): LocalDate | null {
    if (!this.fits(text.length)) return null;
    if (!this.parts || !this.regex) return this.viaMoment(text);
    // Most notes of a vault start with a letter: no need to run the expression for them.
    if (this.digitFirst && !isDigit(text.charCodeAt(0))) return null;
    const m = this.regex.exec(text);
    if (!m) return null;
    let year = -1;
    let month = -1;
    let day = -1;
    for (let i = 0; i < this.fields.length; i++) {
      const field = this.fields[i];
      const n = Number(m[i + 1]);
      // As Moment: a later token wins over an earlier one; two-digit years are 1969–2068.
      if (field === "year") year = n;
      else if (field === "year2") year = n + (n > 68 ? 1900 : 2000);
      else if (field === "month") month = n;
      else day = n;
    }
    // Outside the years and days this reader is sure about, Moment decides.
    if (year < 1900 || year > 9999) return this.viaMoment(text);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
    return this.write(this.parts, date) === text ? date : null;
  }

  private viaMoment(text: string): LocalDate | null {
    const parsed = this.moment(text, this.format, true);
    return parsed.isValid() && parsed.format(this.format) === text ? parsed.format("YYYY-MM-DD") : null;
  }

  /** A `YYYY-MM-DD` day written in the compiled format. */
  private write(parts: Part[], date: LocalDate): string {
    const [y, m, d] = date.split("-").map(Number) as [number, number, number];
    return parts
      .map((p) => {
        if (!p.field) return p.literal ?? "";
        if (p.field === "year") return pad(y, 4);
        if (p.field === "year2") return pad(y % 100, 2);
        const n = p.field === "month" ? m : d;
        return p.padded ? pad(n, 2) : String(n);
      })
      .join("");
  }
}
