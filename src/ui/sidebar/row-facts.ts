import type { IconName } from "obsidian";
import { describeRhythm, type Contact } from "../../core/contacts/contact";
import { describeLocalTime, localTimeOf, type QuietHours } from "../../core/contacts/local-time";
import { driftFiguresOf, driftOf } from "../../core/insight/drift";
import { describeWarmth, warmthOf } from "../../core/insight/warmth";
import { daysBetween, formatAgo, plural, type LocalDate } from "../../core/shared/dates";
import { reciprocityFlags, type FlagKind } from "../../core/contacts/flags";

const FLAG_ICONS: Record<FlagKind, IconName> = { "reply-owed": "reply", "intro-follow-up": "handshake", "long-silence": "hourglass" };

/** One thing about a contact beyond the row's line: what a hover, a long press and the detail show. */
export interface RowFact {
  icon: IconName;
  text: string;
  /** A place to filter the view to, when the fact is where they are. */
  place?: string;
  /** A note to open: the dated note a mention came from. */
  source?: string;
  /** Words to show when the fact is tapped: the warmth's or the rhythm's calculation. */
  explain?: string;
}

/**
 * Everything a row leaves out, in words: tier and rhythm, the last touch, where they are
 * and their time, warmth, drift, open promises and problems in the note.
 */
export function rowFacts(contact: Contact, today: LocalDate, now: Date, quiet: QuietHours): RowFact[] {
  const facts: RowFact[] = [{ icon: "layers", text: `${contact.tier.label}, ${describeRhythm(contact)}` }];
  if (contact.lastTouch === null) {
    facts.push({ icon: "history", text: "Never touched" });
  } else {
    const ago = formatAgo(daysBetween(contact.lastTouch, today));
    const source = contact.lastTouchSource;
    const mention = source !== null && source !== contact.path;
    facts.push({ icon: "history", text: `Last touch ${ago} (${contact.lastTouch})${mention ? `, mentioned in ${source.replace(/\.md$/i, "")}` : ""}`, source: mention ? source : undefined });
  }
  if (contact.location !== null || contact.timezone !== null) {
    const time = contact.timezone === null ? null : describeLocalTime(localTimeOf(contact.timezone, now, quiet));
    const text = [contact.location, time].filter((part) => part !== null).join(", ");
    facts.push({ icon: "map-pin", text, place: contact.location ?? undefined });
  }
  const warmth = `Warmth: ${describeWarmth(warmthOf(contact, today))}`;
  facts.push({ icon: "thermometer", text: warmth, explain: warmth });
  if (contact.status !== "paused" && driftFiguresOf(contact, today).drifting) {
    const drift = driftOf(contact, today).explanation;
    facts.push({ icon: "trending-down", text: `Drifting: ${drift}`, explain: drift });
  }
  if (contact.promises.length > 0) facts.push({ icon: "list-todo", text: plural(contact.promises.length, "open promise") });
  // The row's line shows the most pressing flag; all of them, each with why, are here.
  for (const flag of reciprocityFlags(contact, today)) facts.push({ icon: FLAG_ICONS[flag.kind], text: `${flag.text.charAt(0).toUpperCase()}${flag.text.slice(1)}`, explain: flag.why });
  for (const warning of contact.warnings) facts.push({ icon: "alert-triangle", text: warning });
  return facts;
}

/** The facts as one text: a row's tooltip and its description for screen readers. */
export function factsText(facts: readonly RowFact[]): string {
  return facts.map((f) => f.text).join("\n");
}
