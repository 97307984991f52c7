/**
 * The parsers' settings from the plugin's, and from where the capture runs (its time
 * zone, its locale's date order): the plugin and the terminal both set a capture up
 * here, so the same vault and file give the same proposals in both.
 */
import type { KeepInTouchSettings } from "../settings";
import type { CaptureSettings } from "./index";
import type { DateOrder } from "./whatsapp";

/** The time zone of the device the capture runs on; UTC when it can't be told. */
export function deviceZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Whether a locale writes the day or the month first (31/12 or 12/31); the device's own when none is given. */
export function localeDateOrder(locale?: string): DateOrder {
  const parts = new Intl.DateTimeFormat(locale, { day: "numeric", month: "numeric", year: "numeric" }).formatToParts(new Date(2001, 11, 31));
  const day = parts.findIndex((p) => p.type === "day");
  const month = parts.findIndex((p) => p.type === "month");
  return month !== -1 && day !== -1 && month < day ? "mdy" : "dmy";
}

export interface CaptureRun {
  /** The present moment, milliseconds since 1970. */
  now: number;
  zone: string;
  fileName: string;
  dateOrder?: DateOrder;
  /** Sender names or addresses given for this run (the terminal's --me), on top of the settings'. */
  me?: readonly string[];
}

/** A capture's settings: the user's names and addresses from the settings and the run, each once. */
export function captureSettingsFor(settings: KeepInTouchSettings, run: CaptureRun): CaptureSettings {
  const given = run.me ?? [];
  const emails = [...settings.captureEmails, ...given.filter((m) => m.includes("@"))].map((e) => e.trim().toLowerCase());
  const names = [...given.filter((m) => !m.includes("@")), ...settings.captureMe].map((n) => n.trim());
  return {
    zone: run.zone,
    now: run.now,
    ownEmails: [...new Set(emails)].filter((e) => e !== ""),
    me: [...new Set(names)].filter((n) => n !== ""),
    maxPeople: settings.captureMaxPeople,
    titles: settings.captureTitles,
    fileName: run.fileName,
    dateOrder: run.dateOrder,
  };
}
