import { describe, expect, it } from "vitest";
import type { CachedMetadata } from "obsidian";
import { factsFromText, sourceOf } from "../../src/obsidian/note-facts";

const settings = { touchHeading: "## Touches", touchKinds: ["call"], properties: { lastTouch: "last_touch" } };
const text = "---\ntier: peer\n---\n## Touches\n- 2026-03-01 call\n- 2026-04-02 call\n";

describe("a contact note's source, as the index keeps it", () => {
  it("points at the metadata cache's properties and the facts cache's facts, and holds no copy of their fields", () => {
    const facts = factsFromText(text, settings);
    const cache = { frontmatter: { tier: "peer" } } as unknown as CachedMetadata;
    const source = sourceOf("People/Sam.md", cache, facts);
    expect(Object.keys(source)).toEqual(["path", "frontmatter", "facts"]);
    expect(source.facts).toBe(facts);
    expect(source.frontmatter).toBe(cache.frontmatter);
    expect(source.facts.dates).toEqual(["2026-03-01", "2026-04-02"]);
  });

  it("leaves out properties that can't be used", () => {
    const facts = factsFromText("---\ntier: [peer\n---\n", settings);
    expect(facts.problem).not.toBeNull();
    expect(sourceOf("People/Sam.md", { frontmatter: { tier: "peer" } }, facts).frontmatter).toBeUndefined();
  });
});
