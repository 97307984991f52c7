import { Events, type EventRef, type TFile } from "obsidian";
import type { Contact } from "../core/contacts/contact";
import { computeDue, type DueState } from "../core/contacts/due";
import { driftFiguresOf } from "../core/insight/drift";
import { warmthAfter } from "../core/insight/warmth";
import { longSilenceDays } from "../core/insight/way-back";
import { introFollowUps } from "../core/touches/introductions";
import { isLocalDate, type LocalDate } from "../core/shared/dates";
import type { Touch, TouchDirection, TouchExchange } from "../core/touches/touch-line";

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
  /** Open promises to this person, soonest due first. */
  promises: { path: string; line: number; text: string; due: LocalDate | null }[];
  /** Yearly dates (birthday, anniversaries), as `MM-DD` with the year when known. */
  importantDates: { key: string; label: string; month: number; day: number; year: number | null }[];
  fadeReason: string | null;
  /** 0–1: 1 on the day of a touch, halving every half-life of the tier. */
  warmth: number;
  /** The usual gap between touches in days (median of recent gaps), or null without enough history. */
  rhythmDays: number | null;
  /** Whether the present silence is long against the contact's own rhythm. */
  drifting: boolean;
  /** The day they reached out (←) and have been waiting for a reply since, once the grace days have passed; null when no reply is owed. */
  replyOwedSince: LocalDate | null;
  /** Introductions whose "how did it go?" follow-up is due: the day of the introduction, the other person's name (null when none is named), and the day it came due. */
  introFollowUps: { introduced: LocalDate; with: string | null; dueSince: LocalDate }[];
  /** Whether the silence is past two half-lives of warmth, so a way back (citing last time) is offered. */
  longSilence: boolean;
  warnings: string[];
}

/** A touch as read back from a contact's touch log. */
export interface TouchRecord {
  date: LocalDate;
  kind?: string;
  direction?: TouchDirection;
  exchange?: TouchExchange;
  note?: string;
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

/** Called with the paths of the contacts that changed: added, edited, renamed (old and new path) or gone. */
export type ContactsChanged = (paths: string[]) => void;

/** `app.plugins.plugins['keep-in-touch'].api` */
export interface KeepInTouchApi {
  /** Resolves once the first index is built. */
  ready: Promise<void>;
  getContacts(): ContactInfo[];
  /** One contact by its note's path, as of now; null when that note is not a contact (or no longer is). */
  getContact(path: string): ContactInfo | null;
  /**
   * Calls `callback` after the index has taken in a change, with the paths of the
   * contacts it changed (after a rebuild, every contact's). Returns Obsidian's
   * `EventRef`, so a plugin can hand it to `this.registerEvent` and have it end with
   * the plugin.
   */
  on(name: "changed", callback: ContactsChanged): EventRef;
  /** Stops calling a callback given to `on`. */
  off(name: "changed", callback: ContactsChanged): void;
  /** Rejects with a clear Error when the note can't be written safely, leaving it as it was. */
  logTouch(path: string, touch?: TouchInput): Promise<void>;
  /** The touches in a contact's touch log, oldest first. */
  getTouches(path: string): Promise<TouchRecord[]>;
  /** One touch for several contacts; each note is written on its own, failures are reported by name. */
  logGroupTouch(paths: string[], touch?: TouchInput): Promise<{ logged: string[]; failed: { name: string; reason: string }[] }>;
  /** Snoozes until a date (`YYYY-MM-DD`, after today), or wakes with null. */
  snooze(path: string, until: string | null): Promise<void>;
  /** Lets a contact fade (status: paused), with an optional reason. */
  fade(path: string, reason?: string): Promise<void>;
  /** Brings a faded contact back (status: active). */
  resume(path: string): Promise<void>;
}

export function toContactInfo(contact: Contact, today: LocalDate): ContactInfo {
  const due = computeDue(contact, today);
  const drift = driftFiguresOf(contact, today);
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
    topics: contact.topics.slice(),
    promises: contact.promises.map((p) => ({ path: p.path, line: p.line, text: p.text, due: p.due })),
    importantDates: contact.importantDates.map((d) => ({ key: d.key, label: d.label, month: d.month, day: d.day, year: d.year })),
    fadeReason: contact.fadeReason,
    warmth: warmthAfter(due.daysSince, contact.tier.halfLifeDays).value,
    rhythmDays: drift.rhythmDays,
    drifting: drift.drifting,
    replyOwedSince: due.replyOwedSince,
    introFollowUps: introFollowUps(contact, today).map((f) => ({ introduced: f.introduced, with: f.with, dueSince: f.dueSince })),
    longSilence: longSilenceDays(contact, today) !== null,
    warnings: contact.warnings.slice(),
  };
}

export interface ApiHost {
  ready: Promise<void>;
  contacts(): Contact[];
  /** The contact at a path (as Obsidian writes paths), or undefined. */
  contact(path: string): Contact | undefined;
  normalizePath(path: string): string;
  /** Follows the index: `changed` is the paths of the contacts that changed, or null for all of them. */
  watch(callback: (changed: readonly string[] | null) => void): void;
  /** The note at a path, now; throws a message for the user when there is none. */
  noteAt(path: string): TFile;
  /** Null when the note is a contact, or why it can't be written as one (`asked` is the path as the caller gave it). */
  whyNotAContact(note: TFile, asked: string): Promise<string | null>;
  today(): LocalDate;
  logTouch(note: TFile, touch: Partial<Touch>): Promise<unknown>;
  readTouches(note: TFile): Promise<TouchRecord[]>;
  logGroupTouch(paths: string[], touch: Partial<Touch>): Promise<{ logged: string[]; failed: { name: string; reason: string }[] }>;
  snooze(note: TFile, until: LocalDate | null): Promise<void>;
  fade(note: TFile, reason: string): Promise<void>;
  resume(note: TFile): Promise<void>;
}

function checkTouchInput(name: string, touch: unknown): TouchInput {
  if (touch === null || typeof touch !== "object") throw new Error(`${name}'s touch must be an object like { date, kind, note }.`);
  const input = touch as Record<string, unknown>;
  for (const key of ["date", "kind", "note", "direction", "exchange"] as const) {
    if (input[key] !== undefined && typeof input[key] !== "string") throw new Error(`${name}: "${key}" must be a string.`);
  }
  return input;
}

function toTouch(touch: TouchInput): Partial<Touch> {
  return { date: touch.date, kind: touch.kind, direction: touch.direction, exchange: touch.exchange, note: touch.note };
}

/**
 * Starts each writing call's write once its own checks have passed and the calls made
 * before it have started theirs (or failed their checks). Writes queue when they
 * start, so calls a script makes together land in the order it made them, even when
 * one of them takes longer to check (a note the index hasn't seen yet is read).
 */
class InCallOrder {
  private previous: Promise<unknown> = Promise.resolve();

  run<N, T>(checked: Promise<N>, write: (checked: N) => Promise<T>): Promise<T> {
    const turn = this.previous.then(() => checked);
    this.previous = turn.catch(() => undefined);
    return turn.then(write);
  }
}

function checkEventName(method: string, name: unknown): void {
  if (name !== "changed") throw new Error(`${method}: the only event is "changed", not ${JSON.stringify(name)}.`);
}

export function createApi(host: ApiHost): KeepInTouchApi {
  const writes = new InCallOrder();
  // Obsidian's own Events, so a plugin's registerEvent works with what `on` returns.
  const events = new Events();
  host.watch((changed) => events.trigger("changed", changed ? [...changed] : host.contacts().map((c) => c.path)));
  /**
   * The note a call is about, found in the call itself (before any await), once it is
   * known to be a contact. Writes are handed the note, not its path: one renamed or
   * moved since the call was made is written where it is now, one deleted since is
   * reported as deleted.
   */
  const contactNote = async (path: unknown, name: string): Promise<TFile> => {
    if (typeof path !== "string" || path.trim() === "") throw new Error(`${name} needs the path of a contact note.`);
    const note = host.noteAt(path);
    await host.ready;
    const problem = await host.whyNotAContact(note, path);
    if (problem !== null) throw new Error(problem);
    return note;
  };
  return {
    ready: host.ready,
    getContacts: () => {
      const today = host.today();
      return host.contacts().map((c) => toContactInfo(c, today));
    },
    logTouch: async (path, touch = {}) => {
      const input = checkTouchInput("logTouch", touch);
      await writes.run(contactNote(path, "logTouch"), (note) => host.logTouch(note, toTouch(input)));
    },
    getContact: (path) => {
      if (typeof path !== "string") throw new Error("getContact needs the path of a note.");
      const contact = host.contact(host.normalizePath(path));
      return contact ? toContactInfo(contact, host.today()) : null;
    },
    on: (name, callback) => {
      checkEventName("on", name);
      if (typeof callback !== "function") throw new Error("on: the callback must be a function.");
      return events.on("changed", callback as (...data: unknown[]) => unknown);
    },
    off: (name, callback) => {
      checkEventName("off", name);
      events.off("changed", callback as (...data: unknown[]) => unknown);
    },
    getTouches: async (path) => host.readTouches(await contactNote(path, "getTouches")),
    logGroupTouch: async (paths, touch = {}) => {
      if (!Array.isArray(paths) || paths.some((p) => typeof p !== "string")) throw new Error("logGroupTouch needs a list of contact note paths.");
      const input = checkTouchInput("logGroupTouch", touch);
      const notes = Promise.all(paths.map((path) => contactNote(path, "logGroupTouch")));
      return writes.run(notes, (found) =>
        host.logGroupTouch(
          found.map((note) => note.path),
          toTouch(input),
        ),
      );
    },
    snooze: async (path, until) => {
      const checked = contactNote(path, "snooze").then((note) => {
        if (until !== null && (typeof until !== "string" || !isLocalDate(until) || until <= host.today())) {
          throw new Error(`snooze: "${String(until)}" is not a day after today (YYYY-MM-DD); pass null to wake.`);
        }
        return note;
      });
      await writes.run(checked, (note) => host.snooze(note, until));
    },
    fade: async (path, reason = "") => {
      if (typeof reason !== "string") throw new Error("fade: the reason must be a string.");
      await writes.run(contactNote(path, "fade"), (note) => host.fade(note, reason));
    },
    resume: async (path) => {
      await writes.run(contactNote(path, "resume"), (note) => host.resume(note));
    },
  };
}
