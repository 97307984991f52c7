import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vaultFolder, vaultPath } from "../../../src/core/shared/vault-path";
import { normalizePath } from "../../fake/utils";

/** What a setting holds → the path the plugin writes to, or why it refuses. */
const PATHS: [string, string][] = [
  ["Keep in Touch/keep-in-touch.ics", "Keep in Touch/keep-in-touch.ics"],
  ["/Calendars//people.ics", "Calendars/people.ics"],
  ["Calendars\\people.ics", "Calendars/people.ics"],
  ["  Calendars/people.ics  ", "Calendars/people.ics"],
  ["Calendars/people\u00A0x.ics", "Calendars/people x.ics"],
  ["../../outside.ics", `"../../outside.ics" can't be used: ".." would lead out of the vault.`],
  ["Calendars/../../outside.ics", `"Calendars/../../outside.ics" can't be used: ".." would lead out of the vault.`],
  ["..\\..\\outside.ics", `"..\\..\\outside.ics" can't be used: ".." would lead out of the vault.`],
  ["./people.ics", `"./people.ics" can't be used: "." isn't a name: write the path from the vault's top folder.`],
  ["Calendars/. ./people.ics", `"Calendars/. ./people.ics" can't be used: ". ." isn't a name: write the path from the vault's top folder.`],
  ["C:\\Users\\sam\\people.ics", `"C:\\Users\\sam\\people.ics" can't be used: "C:" makes it a path outside the vault; write a path inside it, from its top folder.`],
  ["c:people.ics", `"c:people.ics" can't be used: "c:" makes it a path outside the vault; write a path inside it, from its top folder.`],
  ["file:///etc/people.ics", `"file:///etc/people.ics" can't be used: "file://" makes it a path outside the vault; write a path inside it, from its top folder.`],
  ["\\\\server\\share\\people.ics", `"\\\\server\\share\\people.ics" can't be used: it is a network path; write a path inside the vault.`],
  ["//server/share/people.ics", `"//server/share/people.ics" can't be used: it is a network path; write a path inside the vault.`],
  [".obsidian/plugins/people.ics", `".obsidian/plugins/people.ics" can't be used: ".obsidian" starts with a dot, and Obsidian hides such names.`],
  ["Calendars /people.ics", `"Calendars /people.ics" can't be used: "Calendars " starts or ends with a space, or ends with a dot, which Windows and iCloud drop.`],
  ["Calendars./people.ics", `"Calendars./people.ics" can't be used: "Calendars." starts or ends with a space, or ends with a dot, which Windows and iCloud drop.`],
  ["Calendars\u00A0/people.ics", `"Calendars\u00A0/people.ics" can't be used: "Calendars\u00A0" starts or ends with a space, or ends with a dot, which Windows and iCloud drop.`],
  ["Calendars/who?.ics", `"Calendars/who?.ics" can't be used: "who?.ics" holds "?", which Windows doesn't allow in a name.`],
  ["Calendars: 2026/people.ics", `"Calendars: 2026/people.ics" can't be used: "Calendars: 2026" holds ":", which Windows doesn't allow in a name.`],
  ["Calendars/a\u0007b.ics", `"Calendars/a\u0007b.ics" can't be used: "a\u0007b.ics" holds a control character, which Windows doesn't allow in a name.`],
  ["Calendars/aux.ics", `"Calendars/aux.ics" can't be used: Windows keeps the name "aux" for a device.`],
  ["", `"" can't be used: it names no file.`],
  ["/", `"/" can't be used: it names no file.`],
];

describe("vaultPath", () => {
  it.each(PATHS)("%j → %j", (input, expected) => {
    const result = vaultPath(input, normalizePath);
    expect(result.ok ? result.path : result.error).toBe(expected);
  });

  it("never gives a path that leaves the vault or hides, whatever was typed", () => {
    const part = fc.oneof(fc.constantFrom("..", ".", "", " ", "C:", "\\", "/", "~", "a", "Zoë", ".x", "x.", "con"), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), fc.constantFrom("/", "\\", "//", "\\\\"), (parts, separator) => {
        const result = vaultPath(parts.join(separator), normalizePath);
        if (!result.ok) return;
        expect(result.path).toBe(normalizePath(result.path));
        for (const segment of result.path.split("/")) {
          expect(segment).not.toMatch(/^[.\s]|[\s.]$|[\\:*?"<>|]/);
          expect(segment).not.toBe("");
        }
      }),
    );
  });
});

describe("vaultFolder", () => {
  it("takes an empty path or a lone / as the vault's top folder, and refuses what vaultPath refuses", () => {
    expect(vaultFolder("", normalizePath)).toEqual({ ok: true, path: "" });
    expect(vaultFolder(" / ", normalizePath)).toEqual({ ok: true, path: "" });
    expect(vaultFolder("People/", normalizePath)).toEqual({ ok: true, path: "People" });
    expect(vaultFolder("../People", normalizePath)).toEqual({ ok: false, error: `"../People" can't be used: ".." would lead out of the vault.`, reason: `".." would lead out of the vault` });
  });
});
