import { addDaysTo, daysBetween, formatAgo, type LocalDate } from "../shared/dates";
import { sharedDay } from "../shared/day-strings";
import { NoteWriteError } from "../shared/errors";
import { splitLines } from "../notes/note-text";
import { linksInText } from "../notes/note-structure";
import { parseTouchLine, type Touch } from "./touch-line";
import { readTouchLog } from "./touch-log";

/**
 * Introductions, followed up. An introduction is a touch of the kind `intro`; it may
 * name the other person with a link in its note (`to [[Lena Fischer]]`). Logged from
 * the plugin, it is written in both people's notes. Some weeks later (a setting, 30
 * days by default) each note's introduction asks quietly "how did the intro go?",
 * until a touch with that person on or after that day answers it, or the user
 * dismisses it.
 *
 * A dismissal is written on the introduction's own line, as ` (follow-up dismissed)`
 * at the end of its note: it travels with the line (a copy of the note, a sync, a
 * rename keep it), it is the same text whichever device writes it (two devices
 * dismissing offline merge to one), it says in words what it means to anyone reading
 * the note, and it can be undone by deleting it. Settings would lose it to the last
 * device that saved them, and a property would hold a list that drifts from the lines.
 */

/** The touch kind that is an introduction (one of the default kinds). */
export const INTRO_KIND = "intro";
/** What a dismissed follow-up adds at the end of the introduction's line. */
export const DISMISSED_MARK = "(follow-up dismissed)";

/** One introduction in a contact's touch log. */
export interface Introduction {
  date: LocalDate;
  /** The other person as the line links them (`Lena Fischer`, `People/Lena Fischer`), or null when no one is named. */
  other: string | null;
  /** The line says the follow-up was dismissed. */
  dismissed: boolean;
}

export function isIntroduction(touch: Pick<Touch, "kind">): boolean {
  // Lowercasing never shortens a word: only a kind as long as "intro" can be one (most aren't, and aren't lowercased).
  const kind = touch.kind;
  return kind !== undefined && kind.length === INTRO_KIND.length && kind.toLowerCase() === INTRO_KIND;
}

export function isDismissed(note: string | undefined): boolean {
  return note !== undefined && note.trimEnd().endsWith(DISMISSED_MARK);
}

/** The first note a touch's note links to, as written (`People/Lena Fischer`), or null. */
export function firstLinkIn(note: string): string | null {
  return linksInText(note)[0] ?? null;
}

/** A link's note name, as people read it: `People/Lena Fischer.md` → `Lena Fischer`. */
export function basenameOfLink(link: string): string {
  return link.slice(link.lastIndexOf("/") + 1).replace(/\.md$/i, "");
}

/** The introductions of a touch log, in its order. */
export function introductionsIn(touches: readonly Touch[]): Introduction[] {
  const intros: Introduction[] = [];
  for (const touch of touches) {
    if (!isIntroduction(touch)) continue;
    intros.push({ date: sharedDay(touch.date), other: touch.note ? firstLinkIn(touch.note) : null, dismissed: isDismissed(touch.note) });
  }
  return intros;
}

/** The note an introduction logged from the plugin carries: `to [[Lena Fischer]]: for the design role`. */
export function introductionNote(link: string, note: string): string {
  const text = note.trim();
  return text === "" ? `to ${link}` : `to ${link}: ${text}`;
}

/** What the follow-up rule reads of a contact. */
export interface IntroFacts {
  status: string;
  introductions: readonly Introduction[];
  /** Every touch day, oldest first: any of them on or after the follow-up day answers it. */
  touchDates: readonly LocalDate[];
  /** Days after an introduction that its follow-up shows; 0 turns follow-ups off. */
  introFollowUpDays: number;
}

/** An introduction whose follow-up is due. */
export interface IntroFollowUp {
  /** The day of the introduction. */
  introduced: LocalDate;
  /** The other person's name, or null when the line names no one. */
  with: string | null;
  /** The link as the line has it, to find the line again. */
  link: string | null;
  /** The day the follow-up became due. */
  dueSince: LocalDate;
}

/** The follow-ups due today, oldest introduction first. None for someone paused. */
export function introFollowUps(contact: IntroFacts, today: LocalDate): IntroFollowUp[] {
  const days = contact.introFollowUpDays;
  if (days <= 0 || contact.status === "paused" || contact.introductions.length === 0) return [];
  const lastTouch = contact.touchDates[contact.touchDates.length - 1];
  const due: IntroFollowUp[] = [];
  const seen = new Set<string>();
  for (const intro of contact.introductions) {
    if (intro.dismissed) continue;
    const dueSince = addDaysTo(intro.date, days);
    if (dueSince > today) continue;
    // A touch on or after the follow-up day answers it (touch days are oldest first: the newest is enough to know).
    if (lastTouch !== undefined && lastTouch >= dueSince) continue;
    // The same introduction written twice in one note is one follow-up.
    const key = `${intro.date}|${intro.other ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    due.push({ introduced: intro.date, with: intro.other === null ? null : basenameOfLink(intro.other), link: intro.other, dueSince });
  }
  return due.sort((a, b) => a.introduced.localeCompare(b.introduced));
}

/** "how did the intro to Lena Fischer go?" */
export function describeIntroFollowUp(followUp: IntroFollowUp): string {
  return followUp.with === null ? "how did the intro go?" : `how did the intro to ${followUp.with} go?`;
}

/** Why it shows, in one line. */
export function explainIntroFollowUp(followUp: IntroFollowUp, today: LocalDate, introFollowUpDays: number): string {
  const who = followUp.with === null ? "" : ` to ${followUp.with}`;
  return (
    `You logged an introduction${who} on ${followUp.introduced}, ${formatAgo(daysBetween(followUp.introduced, today))}. ` +
    `${introFollowUpDays} days on, asking how it went closes the loop: a touch logged with them answers it, or dismiss it.`
  );
}

/**
 * Marks an introduction's follow-up as dismissed: ` (follow-up dismissed)` at the end
 * of its line, every other byte as it was. The line is found by its date, its kind and
 * the link it names; when the note no longer has it, that is said, and nothing changes.
 */
export function dismissIntroFollowUp(text: string, intro: Pick<IntroFollowUp, "introduced" | "link">, headingSetting: string, kinds: readonly string[]): string {
  const logged = readTouchLog(text, headingSetting, kinds).find(
    (t) => t.date === intro.introduced && isIntroduction(t) && (t.note ? firstLinkIn(t.note) : null) === intro.link,
  );
  if (!logged) throw new NoteWriteError("bad-input", `The introduction of ${intro.introduced} is no longer in the touch log; nothing to dismiss.`);
  if (isDismissed(logged.note)) return text;
  const line = splitLines(text)[logged.line];
  if (!line) return text;
  const lineText = line.text;
  // A line with a note gets the mark after it; one without gets a note that is just the mark.
  const parsed = parseTouchLine(lineText, kinds);
  const added = parsed?.note ? ` ${DISMISSED_MARK}` : ` — ${DISMISSED_MARK}`;
  const trimmedEnd = lineText.trimEnd().length;
  const at = line.start + trimmedEnd;
  return `${text.slice(0, at)}${added}${text.slice(at)}`;
}
