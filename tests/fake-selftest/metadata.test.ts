import type { CachedMetadata, TFile } from "obsidian";
import { getAllTags } from "obsidian";
import { describe, expect, it } from "vitest";
import { createFakeApp } from "../fake/harness";

const NOTE = [
  "---", //                          0
  "tier: A",
  "tags: [friend, work]",
  "company: \"[[Acme]]\"",
  "---",
  "# Ann Lee", //                    5
  "",
  "Met at [[Conference 2024|the conf]] and [[Bob#Intro]], see [notes](Notes/Meeting%20notes.md). #met/2024",
  "",
  "## Touches",
  "- [ ] call back #todo", //        10
  "- [x] sent card ^card",
  "  - nested [[Bob]]",
  "- plain item",
  "",
  "```js", //                        15
  "# not a heading",
  "- not a list [[NotALink]] #nottag",
  "```",
  "> quote with [[Quoted]]",
  "",
  "![[photo.png]]",
  "Code `#notatag` and #1234 and a#b but #ok",
].join("\n");

function cacheOf(text: string): CachedMetadata {
  const app = createFakeApp({ files: { "n.md": text } });
  return app.metadataCache.getCache("n.md") as CachedMetadata;
}

describe("fake MetadataCache: parsing", () => {
  const cache = cacheOf(NOTE);

  it("frontmatter, its position, frontmatter links", () => {
    expect(cache.frontmatter).toEqual({ tier: "A", tags: ["friend", "work"], company: "[[Acme]]" });
    expect(cache.frontmatterPosition).toEqual({ start: { line: 0, col: 0, offset: 0 }, end: { line: 4, col: 3, offset: NOTE.indexOf("---", 4) + 3 } });
    expect(cache.frontmatterLinks).toEqual([{ key: "company", link: "Acme", original: "[[Acme]]", displayText: "Acme" }]);
  });

  it("headings with level and position, none from code", () => {
    expect(cache.headings?.map((h) => [h.level, h.heading, h.position.start.line])).toEqual([
      [1, "Ann Lee", 5],
      [2, "Touches", 9],
    ]);
    const h = cache.headings?.[0];
    expect(h?.position.start.offset).toBe(NOTE.indexOf("# Ann"));
    expect(h?.position.end.col).toBe("# Ann Lee".length);
  });

  it("links (wiki with alias/subpath, markdown) and embeds", () => {
    expect(cache.links?.map((l) => [l.link, l.displayText, l.original])).toEqual([
      ["Conference 2024", "the conf", "[[Conference 2024|the conf]]"],
      ["Bob#Intro", "Bob > Intro", "[[Bob#Intro]]"],
      ["Notes/Meeting notes.md", "notes", "[notes](Notes/Meeting%20notes.md)"],
      ["Bob", "Bob", "[[Bob]]"],
      ["Quoted", "Quoted", "[[Quoted]]"],
    ]);
    const first = cache.links?.[0];
    expect(NOTE.slice(first?.position.start.offset, first?.position.end.offset)).toBe("[[Conference 2024|the conf]]");
    expect(cache.embeds?.map((e) => e.link)).toEqual(["photo.png"]);
  });

  it("inline tags with positions, not in code, not numeric, not mid-word", () => {
    expect(cache.tags?.map((t) => t.tag)).toEqual(["#met/2024", "#todo", "#ok"]);
    const t = cache.tags?.[0];
    expect(NOTE.slice(t?.position.start.offset, t?.position.end.offset)).toBe("#met/2024");
    expect(getAllTags(cache)).toEqual(["#friend", "#work", "#met/2024", "#todo", "#ok"]);
  });

  it("list items with tasks, parents and block ids", () => {
    expect(cache.listItems?.map((i) => [i.position.start.line, i.parent, i.task, i.id])).toEqual([
      [10, -10, " ", undefined],
      [11, -10, "x", "card"],
      [12, 11, undefined, undefined],
      [13, -10, undefined, undefined],
    ]);
    expect(cache.listItems?.[2]?.position.start.col).toBe(2);
    expect(cache.blocks?.card?.position.start.line).toBe(11);
  });

  it("sections", () => {
    expect(cache.sections?.map((s) => [s.type, s.position.start.line, s.position.end.line])).toEqual([
      ["yaml", 0, 4],
      ["heading", 5, 5],
      ["paragraph", 7, 7],
      ["heading", 9, 9],
      ["list", 10, 13],
      ["code", 15, 18],
      ["blockquote", 19, 19],
      ["paragraph", 21, 22],
    ]);
  });

  it("invalid YAML: no frontmatter object but a frontmatterPosition", () => {
    const c = cacheOf("---\ntier: [A\n---\n# H\n");
    expect(c.frontmatter).toBeUndefined();
    expect(c.frontmatterPosition?.end.line).toBe(2);
    expect(c.headings?.[0]?.heading).toBe("H");
  });

  it("frontmatter needs --- on the first line and a closing fence", () => {
    expect(cacheOf("\n---\na: 1\n---\n").frontmatter).toBeUndefined();
    expect(cacheOf("---\na: 1\n").frontmatter).toBeUndefined();
    expect(cacheOf("---\n---\nbody").frontmatterPosition).toBeDefined();
  });

  it("CRLF and BOM", () => {
    const text = "\uFEFF---\r\ntier: B\r\n---\r\n# Title\r\n- [ ] task\r\n";
    const c = cacheOf(text);
    expect(c.frontmatter).toEqual({ tier: "B" });
    expect(c.headings?.[0]?.heading).toBe("Title");
    expect(c.headings?.[0]?.position.start.line).toBe(3);
    expect(text.slice(c.headings?.[0]?.position.start.offset, c.headings?.[0]?.position.end.offset)).toBe("# Title");
    expect(c.listItems?.[0]?.task).toBe(" ");
    expect(c.listItems?.[0]?.position.end.offset).toBe(text.indexOf("\r\n", text.indexOf("- [ ]")));
  });
});

describe("fake MetadataCache: updates and events", () => {
  it("is computed for seeded files at startup", () => {
    const app = createFakeApp({ files: { "a.md": "# A\n[[b]]", "b.md": "" } });
    expect(app.metadataCache.getCache("a.md")?.headings?.[0]?.heading).toBe("A");
    expect(app.metadataCache.resolvedLinks["a.md"]).toEqual({ "b.md": 1 });
    expect(app.metadataCache.isSettled).toBe(true);
  });

  it("changed fires asynchronously after a write, with file, data and cache", async () => {
    const app = createFakeApp({ files: { "a.md": "# Old" } });
    const a = app.vault.getFileByPath("a.md") as TFile;
    const seen: string[] = [];
    app.metadataCache.on("changed", (file, data, cache) => seen.push(`${file.path}|${data}|${cache.headings?.[0]?.heading}`));
    app.metadataCache.on("resolve", (file) => seen.push(`resolve ${file.path}`));
    app.metadataCache.on("resolved", () => seen.push("resolved"));
    await app.vault.modify(a, "# New");
    expect(seen).toEqual([]); // not synchronous, not even after the write's promise
    expect(app.metadataCache.getFileCache(a)?.headings?.[0]?.heading).toBe("Old"); // stale until changed
    await app.metadataCache.settle();
    expect(seen).toEqual(["a.md|# New|New", "resolve a.md", "resolved"]);
    expect(app.metadataCache.getFileCache(a)?.headings?.[0]?.heading).toBe("New");
  });

  it("an external edit and process both produce changed", async () => {
    const app = createFakeApp({ files: { "a.md": "x" } });
    const a = app.vault.getFileByPath("a.md") as TFile;
    const changed: string[] = [];
    app.metadataCache.on("changed", (_f, data) => changed.push(data));
    app.vault.externalModify("a.md", "from sync");
    await app.metadataCache.settle();
    await app.vault.process(a, (t) => t + "!");
    await app.metadataCache.settle();
    expect(changed).toEqual(["from sync", "from sync!"]);
  });

  it("a new file has no cache until changed fires", async () => {
    const app = createFakeApp();
    const f = await app.vault.create("n.md", "#tag");
    expect(app.metadataCache.getFileCache(f)).toBeNull();
    await app.metadataCache.settle();
    expect(app.metadataCache.getFileCache(f)?.tags?.[0]?.tag).toBe("#tag");
  });

  it("rename keeps the cache under the new path; delete fires deleted with the previous cache", async () => {
    const app = createFakeApp({ files: { "a.md": "# A", "b.md": "[[a]]" } });
    const a = app.vault.getFileByPath("a.md") as TFile;
    await app.vault.rename(a, "c.md");
    expect(app.metadataCache.getCache("c.md")?.headings?.[0]?.heading).toBe("A");
    expect(app.metadataCache.getCache("a.md")).toBeNull();
    await app.metadataCache.settle();
    expect(app.metadataCache.unresolvedLinks["b.md"]).toEqual({ a: 1 });
    const deleted: Array<[string, string | undefined]> = [];
    app.metadataCache.on("deleted", (file, prev) => deleted.push([file.path, prev?.headings?.[0]?.heading]));
    await app.vault.delete(a);
    expect(deleted).toEqual([["c.md", "A"]]);
    expect(app.metadataCache.getCache("c.md")).toBeNull();
  });

  it("getFirstLinkpathDest and fileToLinktext resolve like Obsidian", () => {
    const app = createFakeApp({ files: { "People/Ann.md": "", "Old/Ann.md": "", "Bob.md": "", "People/Sub/Cy.md": "" } });
    const mc = app.metadataCache;
    expect(mc.getFirstLinkpathDest("Ann", "index.md")?.path).toBe("Old/Ann.md"); // shortest path
    expect(mc.getFirstLinkpathDest("Ann", "People/x.md")?.path).toBe("People/Ann.md"); // same folder wins
    expect(mc.getFirstLinkpathDest("people/ann", "x.md")?.path).toBe("People/Ann.md"); // case-insensitive partial path
    expect(mc.getFirstLinkpathDest("bob.md", "x.md")?.path).toBe("Bob.md");
    expect(mc.getFirstLinkpathDest("Sub/Cy", "x.md")?.path).toBe("People/Sub/Cy.md");
    expect(mc.getFirstLinkpathDest("Nobody", "x.md")).toBeNull();
    const bob = app.vault.getFileByPath("Bob.md") as TFile;
    const ann = app.vault.getFileByPath("People/Ann.md") as TFile;
    expect(mc.fileToLinktext(bob, "x.md")).toBe("Bob");
    expect(mc.fileToLinktext(ann, "x.md")).toBe("People/Ann");
    expect(mc.fileToLinktext(bob, "x.md", false)).toBe("Bob.md");
  });

  it("settle() also waits for writes made by changed handlers", async () => {
    const app = createFakeApp({ files: { "a.md": "1", "log.md": "" } });
    const log = app.vault.getFileByPath("log.md") as TFile;
    app.metadataCache.on("changed", (file) => {
      if (file.path === "a.md") void app.vault.process(log, (t) => t + "a changed\n");
    });
    app.vault.externalModify("a.md", "2");
    await app.metadataCache.settle();
    expect(app.vault.peekText("log.md")).toBe("a changed\n");
    expect(app.metadataCache.getCache("log.md")?.sections?.[0]?.type).toBe("paragraph");
  });
});
