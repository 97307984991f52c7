/**
 * Reads saved settings value by value. A value that is missing (a file from before
 * the setting existed) quietly takes its default; a value that is there but can't be
 * used is replaced too, and noted, so the user can be told once what was reset and
 * to what.
 */
export class SettingsReader {
  /** "Weekly capacity: -2, not a whole number of at least 1 → 5", one per value replaced. */
  readonly repairs: string[] = [];

  /**
   * The value `accept` makes of what was saved, or the fallback. `accept` returns
   * undefined for a value it can't use; `why` says what was wrong with it.
   */
  value<T>(saved: unknown, label: string, accept: (value: unknown) => T | undefined, fallback: T, why: string, shownAs: (value: T) => string = nowText): T {
    if (saved === undefined) return fallback;
    const value = accept(saved);
    if (value !== undefined) return value;
    this.repair(label, saved, why, shownAs(fallback));
    return fallback;
  }

  /** Notes one repair: what the setting held, why it couldn't be used, and what it is now. */
  repair(label: string, was: unknown, why: string, now: string): void {
    this.repairs.push(`${label}: ${shown(was)}${why ? `, ${why}` : ""} → ${now}`);
  }
}

/** A saved value as a user would recognise it in data.json: `-2`, `"call, coffee"`, `{"a":1}`; long ones cut. */
export function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** What a setting is now, for reading rather than for data.json: `## Touches`, `5`, `nothing`. */
function nowText(value: unknown): string {
  if (typeof value !== "string") return shown(value);
  return value === "" ? "nothing" : value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function aString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function aNonEmptyString(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

export function aBoolean(value: unknown): boolean | undefined {
  return typeof value === "boolean" ? value : undefined;
}

/** A whole number from `min` to `max`. */
export function aWholeNumber(min: number, max = Number.POSITIVE_INFINITY): (value: unknown) => number | undefined {
  return (value) => (typeof value === "number" && Number.isInteger(value) && value >= min && value <= max ? value : undefined);
}

export function wholeNumberWhy(min: number, max = Number.POSITIVE_INFINITY): string {
  return max === Number.POSITIVE_INFINITY ? `not a whole number of at least ${min}` : `not a whole number from ${min} to ${max}`;
}

export function oneOf<T extends string>(allowed: readonly T[]): (value: unknown) => T | undefined {
  return (value) => allowed.find((a) => a === value);
}
