import type { ContactSource } from "../../src/core/contacts/contact";
import { DEFAULT_SETTINGS, normalizeSettings, resolveSettings, type KeepInTouchSettings } from "../../src/core/settings";

export function settingsWith(overrides: Partial<KeepInTouchSettings> = {}) {
  return resolveSettings({ ...normalizeSettings(DEFAULT_SETTINGS), ...overrides });
}

export function source(frontmatter: Record<string, unknown> | undefined, extra: Partial<ContactSource> = {}): ContactSource {
  return { path: "People/Sam Rivera.md", frontmatter, propertiesProblem: null, loggedTouchDates: [], ...extra };
}
