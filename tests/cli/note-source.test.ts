import { describe, expect, it } from "vitest";
import { contactFromNote, readNoteFacts } from "../../src/cli/note-source";
import { DEFAULT_SETTINGS, normalizeSettings, resolveSettings, type KeepInTouchSettings } from "../../src/core/settings";

function resolved(overrides: Partial<KeepInTouchSettings> = {}) {
  return resolveSettings({ ...normalizeSettings(DEFAULT_SETTINGS), ...overrides });
}

describe("readNoteFacts", () => {
  it("reads the touch log dates under the configured heading", () => {
    const text = "---\ntier: ally\n---\n## Touches\n- 2026-11-02 call — caught up about her new role\n- 2026-11-10 lunch, no kind\nnot a touch\n## Notes\n- 2026-11-20 outside the log\n";
    const facts = readNoteFacts("People/Sam.md", text, normalizeSettings(DEFAULT_SETTINGS));
    expect(facts.source.loggedTouchDates).toEqual(["2026-11-02", "2026-11-10"]);
    expect(facts.source.propertiesProblem).toBeNull();
  });
});

describe("contactFromNote", () => {
  it("lists a note in the contacts folder, the log beating an older last_touch", () => {
    const text = "---\ntier: Close allies\nlast_touch: 2026-10-01\ntopics: design, research\n---\n## Touches\n- 2026-11-02 call\n";
    const contact = contactFromNote("People/Sam Rivera.md", text, resolved());
    expect(contact).toMatchObject({ name: "Sam Rivera", lastTouch: "2026-11-02", topics: ["design", "research"], warnings: [] });
    expect(contact?.tier.id).toBe("ally");
  });

  it("still lists a contact whose YAML is broken, with the warning", () => {
    const text = "---\ntier: mentor\nrole: a: b\n---\n## Touches\n- 2026-10-01 coffee\n";
    const contact = contactFromNote("People/Paolo.md", text, resolved());
    expect(contact?.tier.id).toBe("peer"); // the default tier: the broken block is not read
    expect(contact?.lastTouch).toBe("2026-10-01");
    expect(contact?.writable).toBe(false);
    expect(contact?.warnings[0]).toMatch(/not valid YAML/);
  });

  it("lists a note outside the folder with a tier, and ignores one without", () => {
    expect(contactFromNote("Clients/Acme.md", "---\ntier: peer\n---\n", resolved())?.name).toBe("Acme");
    expect(contactFromNote("Daily/2026-11-22.md", "Met [[Sam Rivera]] #daily\n", resolved())).toBeNull();
  });

  it("uses tags for the contact tag, but not tags in code", () => {
    const settings = resolved({ contactTag: "person" });
    expect(contactFromNote("Notes/Kim.md", "Kim is a #person/work contact\n", settings)).not.toBeNull();
    expect(contactFromNote("Notes/Lee.md", "---\ntags: [person]\n---\n", settings)).not.toBeNull();
    expect(contactFromNote("Notes/Code.md", "```\n#person\n```\n`#person`\n", settings)).toBeNull();
  });
});
