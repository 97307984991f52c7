import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isContactNote } from "../../src/core/contacts/contact-rule";
import { normalizeSettings, resolveSettings } from "../../src/core/settings";
import { ContactNotes, startsWithIgnoringCase } from "../../src/obsidian/contact-notes";

const segment = fc.constantFrom("People", "people", "PEOPLE", "Peop", "İnsanlar", "Ünal", "Notes", "pEoPlE", "People2", "Σ", "");

describe("telling contacts from other notes, for every note in the vault", () => {
  it("compares a path's start ignoring case as toLowerCase().startsWith does", () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 3 }), fc.constantFrom("people/", "İnsanlar/".toLowerCase(), "ünal/", "σ/", "notes/x/"), (parts, prefix) => {
        const path = `${parts.join("/")}/Sam.md`;
        expect(startsWithIgnoringCase(path, prefix)).toBe(path.toLowerCase().startsWith(prefix));
      }),
      { numRuns: 500, seed: 5 },
    );
  });

  it("gives isContactNote's answers", () => {
    const frontmatter = fc.option(fc.dictionary(fc.constantFrom("tier", "Tier", "TIER", "tags", "status"), fc.constantFrom("peer", "", " ", null, 3, "person")), { nil: undefined });
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 3 }), frontmatter, fc.constantFrom("People", "/people/", "", "Notes/x"), fc.constantFrom("", "person", "#person"), (parts, fm, folder, tag) => {
        const resolved = resolveSettings({ ...normalizeSettings(null), contactsFolder: folder, contactTag: tag });
        const path = `${parts.join("/")}/Sam.md`;
        const cache = fm === undefined ? {} : { frontmatter: fm };
        const tags = Array.isArray(fm?.tags) ? [] : typeof fm?.tags === "string" ? [`#${fm.tags}`] : [];
        expect(new ContactNotes(resolved).isContact(path, cache)).toBe(isContactNote(path, fm, tags, resolved));
      }),
      { numRuns: 500, seed: 6 },
    );
  });
});
