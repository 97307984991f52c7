import { describe, expect, it } from "vitest";
import { aliasesOf, captureContactOf } from "../../../src/core/capture/capture-contact";
import { DEFAULT_PROPERTY_KEYS } from "../../../src/core/settings";

const note = (frontmatter: Record<string, unknown> | undefined, dates: string[] = []) => captureContactOf({ path: "People/Sam Rivera.md", name: "Sam Rivera", frontmatter, loggedTouchDates: dates }, DEFAULT_PROPERTY_KEYS);

describe("a contact note as a capture matches it", () => {
  it("reads email, emails (a list or commas), phone, aliases and capture: never", () => {
    expect(
      note(
        { email: "Sam@Rivera.example", emails: ["Sam Rivera <sam@work.example>", "mailto:sam@old.example"], phone: "+44 7700 900123", aliases: ["Sammy", "S. Rivera"], capture: "never" },
        ["2024-03-04", "2024-03-01"],
      ),
    ).toEqual({
      path: "People/Sam Rivera.md",
      name: "Sam Rivera",
      aliases: ["Sammy", "S. Rivera"],
      emails: ["sam@rivera.example", "sam@work.example", "sam@old.example"],
      phones: ["+44 7700 900123"],
      touchDays: new Set(["2024-03-04", "2024-03-01"]),
      captureNever: true,
    });
    expect(note({ emails: "a@x.example, b@x.example", alias: "Sammy, Sam R", phone: [447700900123, "07700 900456"] })).toMatchObject({
      emails: ["a@x.example", "b@x.example"],
      aliases: ["Sammy", "Sam R"],
      phones: ["447700900123", "07700 900456"],
      captureNever: false,
    });
  });

  it("takes capture: false as never, and anything else (or nothing) as a yes", () => {
    expect(note({ capture: false }).captureNever).toBe(true);
    expect(note({ capture: "Never " }).captureNever).toBe(true);
    expect(note({ capture: "always" }).captureNever).toBe(false);
    expect(note(undefined).captureNever).toBe(false);
  });

  it("reads the property names the settings give, and ignores what isn't an address", () => {
    const contact = captureContactOf({ path: "p.md", name: "P", frontmatter: { mail: "p@x.example", "other mail": ["not an address", 42], opt: "never" }, loggedTouchDates: [] }, { email: "mail", emails: "other mail", phone: "tel", capture: "opt" });
    expect(contact.emails).toEqual(["p@x.example"]);
    expect(contact.captureNever).toBe(true);
  });

  it("reads aliases as Obsidian does", () => {
    expect(aliasesOf({ Aliases: "A, B" })).toEqual(["A", "B"]);
    expect(aliasesOf({ aliases: ["A, B", 7] })).toEqual(["A, B", "7"]);
    expect(aliasesOf({})).toEqual([]);
  });
});
