import { isLocalDate, parseDateValue, type LocalDate } from "../shared/dates";
import { NoteWriteError } from "../shared/errors";
import { getProperty } from "../contacts/contact-rule";
import { propertiesProblem, setProperty } from "./frontmatter-edit";
import { layoutOf } from "./note-text";
import { yamlLibrary } from "./yaml-library";
import { readableKinds, type KeepInTouchSettings } from "../settings";
import { appendUnderHeading, insertTouchLine, insertTouchLines, readTouchLog } from "../touches/touch-log";
import { DIRECTIONS, EXCHANGES, cleanNote, type Touch } from "../touches/touch-line";

/** Checks a touch from the user or the API and returns it cleaned, or throws a message for the user. */
export function validateTouch(touch: Partial<Touch>, today: LocalDate, kinds: readonly string[]): Touch {
  const date = touch.date?.trim() || today;
  if (!isLocalDate(date)) throw new NoteWriteError("bad-input", `"${date}" is not a date like ${today}.`);
  if (date > today) throw new NoteWriteError("bad-input", `A touch can't be dated in the future (${date}); today is ${today}.`);
  const clean: Touch = { date };
  const kind = touch.kind?.trim();
  if (kind) {
    const known = kinds.find((k) => k.toLowerCase() === kind.toLowerCase());
    if (known === undefined) throw new NoteWriteError("bad-input", `"${kind}" is not one of the touch kinds (${kinds.join(", ")}). Add it in settings first.`);
    clean.kind = known;
  }
  if (touch.direction !== undefined) {
    if (!DIRECTIONS.includes(touch.direction)) throw new NoteWriteError("bad-input", `"${String(touch.direction)}" is not a direction; use ${DIRECTIONS.join(", ")}.`);
    clean.direction = touch.direction;
  }
  if (touch.exchange !== undefined) {
    if (!EXCHANGES.includes(touch.exchange)) throw new NoteWriteError("bad-input", `"${String(touch.exchange)}" is not an exchange; use ${EXCHANGES.join(", ")}.`);
    clean.exchange = touch.exchange;
  }
  const note = touch.note === undefined ? "" : cleanNote(touch.note);
  if (note) clean.note = note;
  return clean;
}

/** The note's properties as plain values; only called once the block is known to be valid. */
function currentProperties(text: string): Record<string, unknown> | undefined {
  const layout = layoutOf(text);
  if (!layout.frontmatter) return undefined;
  const doc = yamlLibrary().parseDocument(text.slice(layout.frontmatter.contentStart, layout.frontmatter.contentEnd));
  return (doc.toJS() as Record<string, unknown> | null) ?? undefined;
}

function currentDate(text: string, key: string): LocalDate | null {
  const parsed = parseDateValue(getProperty(currentProperties(text), key));
  return parsed.ok ? parsed.date : null;
}

/**
 * The whole touch write on a note's text: a line in the touch log and `last_touch`
 * moved forward (never back). Pure, so it runs inside one `Vault.process` call.
 */
export function applyTouch(text: string, touch: Touch, settings: KeepInTouchSettings): string {
  const problem = propertiesProblem(text);
  if (problem) throw new NoteWriteError("invalid-properties", problem);
  const withLine = insertTouchLine(text, touch, settings.touchHeading, settings.touchKinds);
  const key = settings.properties.lastTouch;
  const current = currentDate(text, key);
  if (current !== null && current >= touch.date) return withLine;
  return setProperty(withLine, key, touch.date);
}

export interface CapturedTouchesEdit {
  text: string;
  /** The touches that got a line, oldest first. */
  written: Touch[];
  /** Touches left out because the note already has a line on their day (or one came twice). */
  alreadyLogged: number;
}

/**
 * Captured touches on a note's text, all at once: a line each in the touch log, in date
 * order, for every day the log doesn't already have a line on (a touch written by hand
 * or by an earlier capture wins), and `last_touch` moved to the newest of them when it
 * is later. Pure, so it runs inside one `Vault.process` call and checks the note as it
 * is at that moment, not as it was when the capture was reviewed.
 */
export function applyCapturedTouches(text: string, touches: readonly Touch[], settings: KeepInTouchSettings): CapturedTouchesEdit {
  const problem = propertiesProblem(text);
  if (problem) throw new NoteWriteError("invalid-properties", problem);
  const kinds = readableKinds(settings.touchKinds);
  const days = new Set(readTouchLog(text, settings.touchHeading, kinds).map((t) => t.date));
  const written: Touch[] = [];
  let alreadyLogged = 0;
  for (const touch of [...touches].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    if (!isLocalDate(touch.date)) throw new NoteWriteError("bad-input", `"${touch.date}" is not a date.`);
    if (days.has(touch.date)) {
      alreadyLogged++;
      continue;
    }
    days.add(touch.date);
    written.push(touch);
  }
  const newest = written[written.length - 1];
  if (!newest) return { text, written, alreadyLogged };
  const withLines = insertTouchLines(text, written, settings.touchHeading, kinds);
  const key = settings.properties.lastTouch;
  const current = currentDate(text, key);
  return { text: current !== null && current >= newest.date ? withLines : setProperty(withLines, key, newest.date), written, alreadyLogged };
}

/** Sets or clears `snooze_until`. Clearing a snooze that isn't set leaves the note as it is. */
export function applySnooze(text: string, until: LocalDate | null, settings: KeepInTouchSettings): string {
  const key = settings.properties.snoozeUntil;
  if (until === null) {
    const problem = propertiesProblem(text);
    if (problem) throw new NoteWriteError("invalid-properties", problem);
    const current = getProperty(currentProperties(text), key);
    if (current === undefined || current === null || current === "") return text;
  }
  return setProperty(text, key, until);
}

/** Lets a contact fade: `status: paused`, with the reason when one is given. */
export function applyFade(text: string, reason: string, settings: KeepInTouchSettings): string {
  const paused = setProperty(text, settings.properties.status, "paused");
  const clean = cleanNote(reason);
  return clean ? setProperty(paused, settings.fadeReasonProperty, clean) : paused;
}

/** Brings a faded contact back: `status: active`; the reason, if any, is cleared. */
export function applyResume(text: string, settings: KeepInTouchSettings): string {
  const active = setProperty(text, settings.properties.status, "active");
  const reason = getProperty(currentProperties(active), settings.fadeReasonProperty);
  return reason === undefined || reason === null || reason === "" ? active : setProperty(active, settings.fadeReasonProperty, null);
}

/** Moves a contact to another tier: the tier property becomes that tier's id. */
export function applyTier(text: string, tierId: string, settings: KeepInTouchSettings): string {
  const tier = settings.tiers.find((t) => t.id === tierId);
  if (!tier) throw new NoteWriteError("bad-input", `"${tierId}" is not one of the tiers (${settings.tiers.map((t) => t.id).join(", ")}).`);
  return setProperty(text, settings.properties.tier, tier.id);
}

/** Adds a promise as an open task under the promises heading of the contact's note. */
export function applyPromise(text: string, promise: string, settings: KeepInTouchSettings): string {
  const clean = cleanNote(promise);
  if (!clean) throw new NoteWriteError("bad-input", "A promise needs some text.");
  const problem = propertiesProblem(text);
  if (problem) throw new NoteWriteError("invalid-properties", problem);
  return appendUnderHeading(text, settings.promiseHeading, [`- [ ] ${clean}`]);
}
