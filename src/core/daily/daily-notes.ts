import type { LocalDate } from "../shared/dates";

/** The small part of Moment.js the daily-note logic needs; Obsidian's `moment` is passed in. */
export interface MomentLike {
  format(format?: string): string;
  isValid(): boolean;
}
export type MomentFn = (input?: string | Date, format?: string, strict?: boolean) => MomentLike;

/** Where daily notes live and how they are named, as the daily-note plugins configure it. */
export interface DailyNoteConfig {
  folder: string;
  /** Moment.js format of the path below the folder, e.g. `YYYY-MM-DD` or `YYYY/MM/YYYY-MM-DD`. */
  format: string;
  /** Path of the template note, without `.md` as the plugins store it; empty for none. */
  template: string;
}

export const DEFAULT_DAILY_FORMAT = "YYYY-MM-DD";

/** "Daily/" and "/Daily" and "Daily" are the same folder; "" and "/" are the vault root. */
export function cleanFolder(folder: string): string {
  return folder.trim().replace(/\\/g, "/").replace(/\/{2,}/g, "/").replace(/^\/+|\/+$/g, "");
}

function formatOf(config: DailyNoteConfig): string {
  return config.format.trim() || DEFAULT_DAILY_FORMAT;
}

/** Characters a Moment format may produce that can't be in a file path. */
const BAD_PATH_CHARS = /[\\:*?"<>|#^[\]]/;

/** Probe days: the ends and middle of the year catch formats that drop the month, day or year. */
const PROBES: [number, number, number][] = [
  [2026, 0, 1],
  [2026, 11, 31],
  [2027, 1, 14],
  [2026, 6, 9],
];

/**
 * Why a daily format can't name one note per day, or null when it can: each probe
 * day must give a distinct, valid path that parses back to the same day.
 */
export function dailyFormatProblem(format: string, moment: MomentFn): string | null {
  const f = format.trim() || DEFAULT_DAILY_FORMAT;
  const seen = new Set<string>();
  for (const [y, m, d] of PROBES) {
    const day = new Date(y, m, d);
    const text = moment(day).format(f);
    if (text.trim() === "" || text.split("/").some((part) => part.trim() === "" || part === "." || part === "..")) {
      return `The daily note format "${f}" doesn't produce a usable file name.`;
    }
    if (BAD_PATH_CHARS.test(text)) return `The daily note format "${f}" produces "${text}", which has characters a file name can't hold.`;
    const back = moment(text, f, true);
    if (!back.isValid() || back.format("YYYY-MM-DD") !== moment(day).format("YYYY-MM-DD") || seen.has(text)) {
      return `The daily note format "${f}" doesn't name one note per day (it gives "${text}" for ${moment(day).format("YYYY-MM-DD")}).`;
    }
    seen.add(text);
  }
  return null;
}

/** The path of the daily note for a day. */
export function dailyNotePath(date: LocalDate, config: DailyNoteConfig, moment: MomentFn): string {
  const name = moment(date, "YYYY-MM-DD", true).format(formatOf(config));
  const folder = cleanFolder(config.folder);
  return `${folder ? `${folder}/` : ""}${name}.md`;
}

/** Strict parse plus a round trip: `2026/10/2026-11-22` must not pass as a November note. */
function fromText(text: string, format: string, moment: MomentFn): LocalDate | null {
  const parsed = moment(text, format, true);
  return parsed.isValid() && parsed.format(format) === text ? parsed.format("YYYY-MM-DD") : null;
}

/** The day a daily note is for, when the path is exactly a daily note's path. */
export function dateOfDailyNotePath(path: string, config: DailyNoteConfig, moment: MomentFn): LocalDate | null {
  if (!path.toLowerCase().endsWith(".md")) return null;
  const folder = cleanFolder(config.folder);
  const prefix = folder ? `${folder}/` : "";
  if (prefix && !path.startsWith(prefix)) return null;
  return fromText(path.slice(prefix.length, -3), formatOf(config), moment);
}

/**
 * The day in a note's file name, read with the last segment of the daily format
 * (`YYYY-MM-DD` for `YYYY/MM/YYYY-MM-DD`), for dated notes kept outside the daily folder.
 */
export function dateOfFileName(path: string, config: DailyNoteConfig, moment: MomentFn): LocalDate | null {
  const lastSegment = formatOf(config).split("/").pop() ?? DEFAULT_DAILY_FORMAT;
  // With `YYYY/MM/DD` the name alone is just `DD`: it can't date a note found elsewhere.
  if (!namesADay(lastSegment, moment)) return null;
  const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "");
  return fromText(name, lastSegment, moment);
}

const dayNamingFormats = new Map<string, boolean>();

/** Whether a format names one day on its own; remembered, as it is asked for every note. */
function namesADay(format: string, moment: MomentFn): boolean {
  let names = dayNamingFormats.get(format);
  if (names === undefined) {
    names = dailyFormatProblem(format, moment) === null;
    dayNamingFormats.set(format, names);
  }
  return names;
}

/** The template path as a note path: the plugins store it without `.md`. */
export function templatePath(config: DailyNoteConfig): string | null {
  const template = cleanFolder(config.template);
  if (!template) return null;
  return template.toLowerCase().endsWith(".md") ? template : `${template}.md`;
}

/**
 * Fills a daily-note template the way the core Daily notes plugin does:
 * {{title}}, {{date}}, {{time}} and {{date:FORMAT}} / {{time:FORMAT}}.
 */
export function fillDailyTemplate(template: string, date: LocalDate, title: string, now: Date, moment: MomentFn): string {
  const day = moment(date, "YYYY-MM-DD", true);
  const time = moment(now);
  return template.replace(/{{\s*(date|time|title)\s*(?::(.*?))?\s*}}/gi, (_all, name: string, format: string | undefined) => {
    const key = name.toLowerCase();
    if (key === "title") return title;
    if (key === "date") return day.format(format?.trim() || DEFAULT_DAILY_FORMAT);
    return time.format(format?.trim() || "HH:mm");
  });
}
