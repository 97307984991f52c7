import { describe, expect, it } from "vitest";
import { mergePropertyTypes, wantedTypes } from "../../../src/core/export/property-types";

const KEYS = { tier: "tier", lastTouch: "last_touch", topics: "topics", snoozeUntil: "snooze_until" };
const WANTED = wantedTypes(KEYS);

describe("wantedTypes", () => {
  it("types the plugin's properties under the names the user gave them", () => {
    expect(wantedTypes({ ...KEYS, lastTouch: "Last contact" })).toEqual([
      { name: "tier", type: "text" },
      { name: "Last contact", type: "date" },
      { name: "topics", type: "multitext" },
      { name: "snooze_until", type: "date" },
    ]);
  });

  it("keeps the first of two settings renamed to the same name", () => {
    expect(wantedTypes({ ...KEYS, snoozeUntil: "Last_Touch" }).map((w) => w.name)).toEqual(["tier", "last_touch", "topics"]);
  });
});

describe("mergePropertyTypes", () => {
  it("creates the file's content when there is none", () => {
    const merge = mergePropertyTypes(null, WANTED);
    expect(merge.added).toEqual(WANTED);
    expect(merge.text).toBe(
      '{\n  "types": {\n    "tier": "text",\n    "last_touch": "date",\n    "topics": "multitext",\n    "snooze_until": "date"\n  }\n}',
    );
  });

  it("keeps every other entry and key in its order and adds only what is missing, at the end", () => {
    const existing = JSON.stringify({ before: 1, types: { aliases: "aliases", tier: "text", cssclasses: "multitext" }, after: [2] }, null, 2);
    const merge = mergePropertyTypes(existing, WANTED);
    expect(merge.alreadySet).toEqual([{ name: "tier", type: "text" }]);
    expect(merge.added.map((w) => w.name)).toEqual(["last_touch", "topics", "snooze_until"]);
    const parsed = JSON.parse(merge.text) as { types: Record<string, string> };
    expect(Object.keys(parsed)).toEqual(["before", "types", "after"]);
    expect(Object.entries(parsed.types)).toEqual([
      ["aliases", "aliases"],
      ["tier", "text"],
      ["cssclasses", "multitext"],
      ["last_touch", "date"],
      ["topics", "multitext"],
      ["snooze_until", "date"],
    ]);
  });

  it("never changes a type the user set otherwise, matching names without regard to case", () => {
    const existing = '{"types":{"Tier":"number","topics":"text"}}';
    const merge = mergePropertyTypes(existing, WANTED);
    expect(merge.leftAlone).toEqual([
      { name: "Tier", wanted: "text", current: "number" },
      { name: "topics", wanted: "multitext", current: "text" },
    ]);
    const types = (JSON.parse(merge.text) as { types: Record<string, string> }).types;
    expect(types).toEqual({ Tier: "number", topics: "text", last_touch: "date", snooze_until: "date" });
  });

  it("leaves the text as it is when nothing is missing", () => {
    const existing = '{"types":{"tier":"text","last_touch":"date","topics":"multitext","snooze_until":"date"}}\n';
    const merge = mergePropertyTypes(existing, WANTED);
    expect(merge.added).toEqual([]);
    expect(merge.text).toBe(existing);
  });

  it("adds a types section to an object without one, after its other keys", () => {
    const merge = mergePropertyTypes('{"other":true}', WANTED.slice(0, 1));
    expect(merge.text).toBe('{\n  "other": true,\n  "types": {\n    "tier": "text"\n  }\n}');
  });

  it("refuses a file it can't read as Obsidian's types", () => {
    expect(() => mergePropertyTypes('{"types": {', WANTED)).toThrow(/isn't valid JSON/);
    expect(() => mergePropertyTypes("[]", WANTED)).toThrow("it isn't a JSON object");
    expect(() => mergePropertyTypes('{"types": []}', WANTED)).toThrow(`its "types" isn't an object`);
  });
});
