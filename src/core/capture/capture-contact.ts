/**
 * A contact note as a capture matches it: its name and aliases, its addresses
 * (`email`, and `emails` for more), its phone numbers, whether it says `capture:
 * never`, and the days its touch log already has a line for. The plugin and the
 * terminal both build it here, from the note's properties and touch log, so both
 * propose the same touches for the same vault.
 */
import { getProperty } from "../contacts/contact-rule";
import type { LocalDate } from "../shared/dates";
import type { PropertyKeys } from "../settings";
import type { CaptureContact } from "./plan";

export interface CaptureNote {
  path: string;
  name: string;
  frontmatter: Record<string, unknown> | undefined;
  /** The dates of the lines in the note's touch log (any kind, by hand or by the plugin). */
  loggedTouchDates: readonly LocalDate[];
}

export type CaptureKeys = Pick<PropertyKeys, "email" | "emails" | "phone" | "capture">;

/** A property's values as text: a list, a comma-separated string, or a single value. */
function texts(value: unknown, splitCommas: boolean): string[] {
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  const out: string[] = [];
  for (const item of items) {
    if (typeof item !== "string" && typeof item !== "number") continue;
    const text = String(item);
    for (const part of splitCommas ? text.split(/[,;]/) : [text]) if (part.trim() !== "") out.push(part.trim());
  }
  return out;
}

/** `aliases` (or `alias`), as Obsidian reads it: a list, or words separated by commas. */
export function aliasesOf(frontmatter: Record<string, unknown> | undefined): string[] {
  if (!frontmatter) return [];
  const key = Object.keys(frontmatter).find((k) => /^alias(es)?$/i.test(k));
  return key === undefined ? [] : texts(frontmatter[key], typeof frontmatter[key] === "string");
}

/** An address as written in a property: `Sam <sam@x.example>`, `mailto:sam@x.example` or the bare address, lower-cased. */
function addressOf(text: string): string | null {
  const m = /<([^<>\s]+@[^<>\s]+)>/.exec(text) ?? /(?:mailto:)?([^\s<>"',;]+@[^\s<>"',;]+)/i.exec(text);
  return m ? (m[1] as string).toLowerCase() : null;
}

/** Whether the note asks not to have its touches captured: `capture: never` (or false). */
export function capturesNever(value: unknown): boolean {
  return value === false || (typeof value === "string" && /^\s*(?:never|no|false|off)\s*$/i.test(value));
}

export function captureContactOf(note: CaptureNote, keys: CaptureKeys): CaptureContact {
  const { frontmatter } = note;
  const emails = [...texts(getProperty(frontmatter, keys.email), true), ...texts(getProperty(frontmatter, keys.emails), true)].map(addressOf).filter((a): a is string => a !== null);
  return {
    path: note.path,
    name: note.name,
    aliases: aliasesOf(frontmatter),
    emails: [...new Set(emails)],
    phones: texts(getProperty(frontmatter, keys.phone), false),
    touchDays: new Set(note.loggedTouchDates),
    captureNever: capturesNever(getProperty(frontmatter, keys.capture)),
  };
}
