/**
 * The bugs the malformed corpus and the property tests found, each pinned by the
 * smallest note that showed it.
 */
import { describe, expect, it } from "vitest";
import { resolveContact } from "../../src/core/contacts/contact";
import { parseDateValue } from "../../src/core/shared/dates";
import { NoteWriteError } from "../../src/core/shared/errors";
import { propertiesProblem, setProperty } from "../../src/core/notes/frontmatter-edit";
import { applyFade, applyPromise, applyResume, applyTouch } from "../../src/core/notes/note-edits";
import { completeTask, openTasks } from "../../src/core/conversation/promises";
import { DEFAULT_SETTINGS, normalizeSettings } from "../../src/core/settings";
import { cleanNote } from "../../src/core/touches/touch-line";
import { appendUnderHeading, readTouchLog } from "../../src/core/touches/touch-log";
import { settingsWith, source } from "../core/helpers";

const settings = DEFAULT_SETTINGS;
const TODAY = { date: "2026-11-22" };

describe("property edits", () => {
  it("replacing a block value (| or >) keeps its line break, so the closing --- stays on its own line", () => {
    const text = "---\nstatus: paused\nfade_reason: >-\n  moved to\n  Lisbon\n---\nBody.\n";
    expect(applyResume(text, settings)).toBe("---\nstatus: active\nfade_reason:\n---\nBody.\n");
    expect(setProperty("---\nlast_touch: |\n  2026-10-01\n---\n", "last_touch", "2026-11-22")).toBe("---\nlast_touch: 2026-11-22\n---\n");
  });

  it("filling an empty value keeps the comment after it a comment", () => {
    expect(setProperty("---\nlast_touch:   # fill me in\n---\n", "last_touch", "2026-11-22")).toBe("---\nlast_touch:   2026-11-22 # fill me in\n---\n");
  });

  it("a value that YAML would read as a reference (*sigh*) is quoted instead of failing", () => {
    expect(applyFade("---\ntier: ally\n---\n", "*sigh*", settings)).toBe('---\ntier: ally\nstatus: paused\nfade_reason: "*sigh*"\n---\n');
  });
});

describe("notes the plugin refuses to write, with a reason", () => {
  it.each([
    ["references multiplied into thousands of values", "---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n", /repeat YAML references/],
    ["a NUL byte", "---\ntier: ally\n---\nSam\u0000\n", /control characters/],
    ["an escape character", "hi \u001b[31mred\n", /control characters/],
    ["lone carriage returns", "---\rtier: ally\r---\r", /carriage return alone/],
  ])("%s", (_name, text, reason) => {
    expect(propertiesProblem(text)).toMatch(reason);
    expect(() => applyTouch(text, TODAY, settings)).toThrow(reason);
  });

  it("a line that an unclosed code block would swallow: touch, promise and daily line", () => {
    const text = "---\ntier: ally\n---\n## Notes\n~~~\nnever closed\n";
    for (const write of [() => applyTouch(text, TODAY, settings), () => applyPromise(text, "send the deck", settings), () => appendUnderHeading(text, "## Touches", ["- [[Sam]]"])]) {
      expect(write).toThrow(NoteWriteError);
      expect(write).toThrow(/code block .* never closed/);
    }
    // Under a heading, a log before the open fence is still fine.
    expect(applyTouch("## Touches\n- 2026-01-01\n\n```\n", TODAY, settings)).toBe("---\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-01-01\n- 2026-11-22\n\n```\n");
  });

  it("a promise that moved and can't be found again says so in one sentence", () => {
    expect(() => completeTask("- [x] done\n", { line: 0, raw: "- [ ] done" })).toThrow(new NoteWriteError("unsafe-edit", "The task isn't in the note any more."));
  });
});

describe("text the plugin writes", () => {
  it("drops control characters from a touch's note, so the note stays writable", () => {
    expect(cleanNote("said\u0000 hi\u001b[0m\u0085!")).toBe("said hi [0m !");
    const text = applyTouch("---\ntier: ally\n---\n", { date: "2026-11-22", note: cleanNote("a\u0000b") }, settings);
    expect(propertiesProblem(text)).toBeNull();
  });

  it("settings drop touch kinds that would read back as something else", () => {
    expect(normalizeSettings({ touchKinds: ["call", "-", "—", ":x", "→", "gave", "Asked", "coffee"] }).touchKinds).toEqual(["call", "coffee"]);
  });
});

describe("reading notes", () => {
  it("with a BOM and no properties, the first line counts: a touch heading, a promise", () => {
    expect(readTouchLog("\uFEFF## Touches\n- 2026-10-01 call\n", "## Touches", settings.touchKinds).map((t) => t.date)).toEqual(["2026-10-01"]);
    expect(openTasks("\uFEFF- [ ] send the deck\n", "a.md").map((t) => t.text)).toEqual(["send the deck"]);
  });

  it("a last touch in the future is a warning, not a touch that hides the contact for years", () => {
    const resolved = settingsWith();
    const contact = resolveContact(source({ last_touch: "2099-01-01" }, { loggedTouchDates: ["2026-10-01", "2062-10-01", "2063-01-01"], today: "2026-11-22" }), resolved);
    expect(contact.lastTouch).toBe("2026-10-01");
    expect(contact.touchDates).toEqual(["2026-10-01"]);
    expect(contact.warnings).toEqual([
      "last_touch 2099-01-01 is in the future; it counts from its day.",
      "The touch log has 2 lines dated in the future (the first on 2062-10-01); they count from their day.",
    ]);
  });

  it("a Date outside the years 100–9999 is not a day", () => {
    expect(parseDateValue(new Date("+010000-01-01T00:00:00Z"))).toEqual({ ok: false, reason: "10000-01-01 is not a date between the years 100 and 9999" });
    const year99 = new Date(0);
    year99.setUTCFullYear(99, 0, 1);
    expect(parseDateValue(year99)).toEqual({ ok: false, reason: "0099-01-01 is not a date between the years 100 and 9999" });
  });
});
