import { debounce, getFrontMatterInfo, moment, normalizePath, parseFrontMatterAliases, parseFrontMatterTags, parseYaml, Platform, prepareFuzzySearch, prepareSimpleSearch, setIcon, stringifyYaml } from "obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";

describe("standalone helpers", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("normalizePath", () => {
    expect(normalizePath("")).toBe("/");
    expect(normalizePath("/")).toBe("/");
    expect(normalizePath("//a///b/")).toBe("a/b");
    expect(normalizePath("a\\b")).toBe("a/b");
    expect(normalizePath("a\u00A0b")).toBe("a b");
    expect(normalizePath("Cafe\u0301.md")).toBe("Caf\u00E9.md");
  });

  it("getFrontMatterInfo", () => {
    const text = "---\na: 1\n---\nbody";
    expect(getFrontMatterInfo(text)).toEqual({ exists: true, frontmatter: "a: 1\n", from: 4, to: 9, contentStart: 13 });
    expect(getFrontMatterInfo("no fm").exists).toBe(false);
    expect(getFrontMatterInfo("\uFEFF---\r\na: 1\r\n---\r\nx").frontmatter).toBe("a: 1\r\n");
  });

  it("frontmatter tag/alias parsing", () => {
    expect(parseFrontMatterTags({ tags: ["a", "#b"] })).toEqual(["#a", "#b"]);
    expect(parseFrontMatterTags({ tag: "a, b c" })).toEqual(["#a", "#b", "#c"]);
    expect(parseFrontMatterTags({ other: 1 })).toBeNull();
    expect(parseFrontMatterAliases({ aliases: "Ann, Annie" })).toEqual(["Ann", "Annie"]);
    expect(parseYaml("a: 2024-01-05")).toEqual({ a: "2024-01-05" });
    expect(stringifyYaml({ a: 1 })).toBe("a: 1\n");
  });

  it("debounce (Obsidian semantics, works with fake timers)", () => {
    vi.useFakeTimers();
    const calls: string[] = [];
    const d = debounce((s: string) => calls.push(s), 100);
    d("a");
    vi.advanceTimersByTime(50);
    d("b");
    vi.advanceTimersByTime(50);
    expect(calls).toEqual(["b"]); // not reset: fires 100ms after the first call with the last args
    const r = debounce((s: string) => calls.push(s), 100, true);
    r("c");
    vi.advanceTimersByTime(60);
    r("d");
    vi.advanceTimersByTime(60);
    expect(calls).toEqual(["b"]);
    vi.advanceTimersByTime(40);
    expect(calls).toEqual(["b", "d"]);
    r("e");
    r.run();
    expect(calls).toEqual(["b", "d", "e"]);
    r("f").cancel();
    vi.advanceTimersByTime(200);
    expect(calls).toEqual(["b", "d", "e"]);
  });

  it("search, platform, moment, icons", () => {
    expect(prepareFuzzySearch("anl")("Ann Lee")?.matches).toEqual([[0, 2], [4, 5]]);
    expect(prepareFuzzySearch("xyz")("Ann Lee")).toBeNull();
    expect(prepareSimpleSearch("lee ann")("Ann Lee")?.matches).toEqual([[0, 3], [4, 7]]);
    expect(Platform.isDesktop && !Platform.isMobile).toBe(true);
    // obsidian.d.ts types `moment` as a namespace under esModuleInterop; the runtime value is callable.
    const m = moment;
    expect(m("2024-03-01").add(1, "day").format("YYYY-MM-DD")).toBe("2024-03-02");
    const el = createDiv();
    setIcon(el, "user");
    setIcon(el, "star");
    expect(el.querySelectorAll("svg").length).toBe(1);
    expect(el.querySelector("svg")?.getAttribute("data-icon")).toBe("star");
  });
});
