import { afterAll, beforeAll } from "vitest";
import type { ContactSource } from "../../src/core/contacts/contact";
import { DEFAULT_SETTINGS, DEFAULT_TOUCH_KINDS, normalizeSettings, resolveSettings, type KeepInTouchSettings } from "../../src/core/settings";
import { introductionsIn } from "../../src/core/touches/introductions";
import { theirDaysOf } from "../../src/core/touches/replies";
import { parseTouchLine, type Touch } from "../../src/core/touches/touch-line";

export function settingsWith(overrides: Partial<KeepInTouchSettings> = {}) {
  return resolveSettings({ ...normalizeSettings(DEFAULT_SETTINGS), ...overrides });
}

export function source(frontmatter: Record<string, unknown> | undefined, extra: Partial<ContactSource> = {}): ContactSource {
  return { path: "People/Sam Rivera.md", frontmatter, propertiesProblem: null, loggedTouchDates: [], ...extra };
}

/** A touch log written as the lines a user keeps (without the leading `- `). */
export function touchLog(...lines: string[]): Touch[] {
  return lines.map((line) => {
    const touch = parseTouchLine(`- ${line}`, DEFAULT_TOUCH_KINDS);
    if (!touch) throw new Error(`not a touch line: ${line}`);
    return touch;
  });
}

/** The source the index hands the core for a note with this touch log: its days, their days and introductions. */
export function logSource(touches: readonly Touch[], extra: Partial<ContactSource> = {}): Partial<ContactSource> {
  return { loggedTouchDates: [...new Set(touches.map((t) => t.date))].sort(), theirDays: theirDaysOf(touches), introductions: introductionsIn(touches), ...extra };
}

/**
 * Runs the tests of the enclosing `describe` in another time zone (Node reads `TZ`
 * afresh when it changes), and puts the old one back after them.
 */
export function inTimeZone(zone: string): void {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}
