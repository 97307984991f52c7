import type { Contact } from "../core/contact";
import { computeDue, type DueState } from "../core/due";
import type { LocalDate } from "../core/dates";
import type { Touch, TouchDirection, TouchExchange } from "../core/touch-line";

/** One contact as other plugins, scripts and templates see it. Fields are only ever added. */
export interface ContactInfo {
  path: string;
  name: string;
  /** The tier's label, e.g. "Close allies". */
  tier: string;
  tierId: string;
  /** Days after the last touch at which the contact is overdue: the tier's upper bound or the note's own cadence. */
  cadenceDays: number;
  /** Days after the last touch at which the contact is due. */
  dueFromDays: number;
  lastTouch: LocalDate | null;
  /** The note the last touch came from: the contact's own note, or a daily or meeting note that mentions it. */
  lastTouchSource: string | null;
  daysSinceTouch: number | null;
  state: DueState;
  snoozeUntil: LocalDate | null;
  topics: string[];
  warnings: string[];
}

export interface TouchInput {
  /** `YYYY-MM-DD`, today when omitted. */
  date?: string;
  /** One of the touch kinds in settings. */
  kind?: string;
  /** Who reached out: "out" (I did), "in" (they did) or "mutual". */
  direction?: TouchDirection;
  /** What was exchanged: "gave", "asked" or "exchanged". */
  exchange?: TouchExchange;
  note?: string;
}

/** `app.plugins.plugins['keep-in-touch'].api` */
export interface KeepInTouchApi {
  /** Resolves once the first index is built. */
  ready: Promise<void>;
  getContacts(): ContactInfo[];
  /** Rejects with a clear Error when the note can't be written safely, leaving it as it was. */
  logTouch(path: string, touch?: TouchInput): Promise<void>;
}

export function toContactInfo(contact: Contact, today: LocalDate): ContactInfo {
  const due = computeDue(contact, today);
  return {
    path: contact.path,
    name: contact.name,
    tier: contact.tier.label,
    tierId: contact.tier.id,
    cadenceDays: contact.overdueAfterDays,
    dueFromDays: contact.dueFromDays,
    lastTouch: contact.lastTouch,
    lastTouchSource: contact.lastTouchSource,
    daysSinceTouch: due.daysSince,
    state: due.state,
    snoozeUntil: contact.snoozeUntil,
    topics: [...contact.topics],
    warnings: [...contact.warnings],
  };
}

export interface ApiHost {
  ready: Promise<void>;
  contacts(): Contact[];
  contact(path: string): Contact | undefined;
  today(): LocalDate;
  logTouch(path: string, touch: Partial<Touch>): Promise<unknown>;
}

export function createApi(host: ApiHost): KeepInTouchApi {
  return {
    ready: host.ready,
    getContacts: () => {
      const today = host.today();
      return host.contacts().map((c) => toContactInfo(c, today));
    },
    logTouch: async (path, touch = {}) => {
      if (typeof path !== "string" || path.trim() === "") throw new Error("logTouch needs the path of a contact note.");
      if (touch === null || typeof touch !== "object") throw new Error("logTouch's second argument must be an object like { date, kind, note }.");
      for (const key of ["date", "kind", "note", "direction", "exchange"] as const) {
        if (touch[key] !== undefined && typeof touch[key] !== "string") throw new Error(`logTouch: "${key}" must be a string.`);
      }
      await host.ready;
      if (!host.contact(path)) throw new Error(`"${path}" is not a contact note (not in the contacts folder, no tier, no contact tag).`);
      await host.logTouch(path, { date: touch.date, kind: touch.kind, direction: touch.direction, exchange: touch.exchange, note: touch.note });
    },
  };
}
