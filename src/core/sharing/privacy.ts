/**
 * How much of a person leaves the vault in the calendar feed and the digest: their
 * full name, their first name, their initials, or nothing but a count; and whether
 * what the user wrote (topics, the note of the last touch, a promise's words) goes
 * along. The feed may sit in a cloud calendar and the digest in a mailbox, so each
 * holds only what the user chose.
 */

export type NameDisclosure = "full" | "first" | "initials" | "count";
export const NAME_DISCLOSURES: readonly NameDisclosure[] = ["full", "first", "initials", "count"];

export interface Disclosure {
  names: NameDisclosure;
  /** Topics, the last touch's note and the words of promises; off unless the user turns it on. */
  details: boolean;
}

export function isNameDisclosure(value: unknown): value is NameDisclosure {
  return typeof value === "string" && (NAME_DISCLOSURES as readonly string[]).includes(value);
}

/** The words of a name: split at spaces, so "Jae-won Park" has two. */
function wordsOf(name: string): string[] {
  return name.trim().split(/\s+/u).filter((w) => w !== "");
}

/** "Sam" of "Sam Rivera"; a name of one word is its own first name. */
export function firstNameOf(name: string): string {
  return wordsOf(name)[0] ?? name;
}

/** "S. R." of "Sam Rivera", "Z. L." of "Zoë Laurent": the first letter of each word that has one. */
export function initialsOf(name: string): string {
  const initials = wordsOf(name.normalize("NFC"))
    .map((word) => /\p{L}\p{M}*/u.exec(word)?.[0])
    .filter((letter): letter is string => letter !== undefined)
    .map((letter) => `${letter.toLocaleUpperCase()}.`);
  return initials.length > 0 ? initials.join(" ") : "?";
}

/** A person's name as the disclosure allows; null when only counts leave the vault. */
export function shownName(name: string, names: NameDisclosure): string | null {
  switch (names) {
    case "full":
      return name;
    case "first":
      return firstNameOf(name);
    case "initials":
      return initialsOf(name);
    case "count":
      return null;
  }
}

/** How each choice reads in the settings. */
export const NAME_DISCLOSURE_LABELS: Record<NameDisclosure, string> = {
  full: "Full names",
  first: "First names",
  initials: "Initials",
  count: "Counts only",
};
