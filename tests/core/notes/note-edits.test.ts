import { describe, expect, it } from "vitest";
import { applyFade, applyPromise, applyResume, applySnooze, applyTouch, validateTouch } from "../../../src/core/notes/note-edits";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

const settings = DEFAULT_SETTINGS;
const kinds = settings.touchKinds;

describe("applyTouch", () => {
  it("adds the line and moves last_touch forward, nothing else", () => {
    const text = "---\ntier: peer # ranked\nlast_touch: 2026-01-01\n---\n# Sam\n\n## Touches\n- 2026-01-01 coffee\n";
    expect(applyTouch(text, { date: "2026-11-22", kind: "call", note: "caught up" }, settings)).toBe(
      "---\ntier: peer # ranked\nlast_touch: 2026-11-22\n---\n# Sam\n\n## Touches\n- 2026-01-01 coffee\n- 2026-11-22 call — caught up\n",
    );
  });

  it("never moves last_touch back", () => {
    const text = "---\nlast_touch: 2026-11-01\n---\n## Touches\n";
    expect(applyTouch(text, { date: "2026-10-01" }, settings)).toBe("---\nlast_touch: 2026-11-01\n---\n## Touches\n- 2026-10-01\n");
  });

  it("refuses a note with broken properties and says why", () => {
    expect(() => applyTouch("---\ntier: [peer\n---\n", { date: "2026-11-22" }, settings)).toThrow(/not valid YAML/);
    expect(() => applyTouch("---\ntier: peer\n", { date: "2026-11-22" }, settings)).toThrow(/no closing --- line/);
  });

  it("writes a brand-new note's properties and log", () => {
    expect(applyTouch("", { date: "2026-11-22" }, settings)).toBe("---\nlast_touch: 2026-11-22\n---\n## Touches\n- 2026-11-22\n");
  });
});

describe("applySnooze", () => {
  it("sets and clears snooze_until", () => {
    const snoozed = applySnooze("---\ntier: peer\n---\n", "2026-12-01", settings);
    expect(snoozed).toBe("---\ntier: peer\nsnooze_until: 2026-12-01\n---\n");
    expect(applySnooze(snoozed, null, settings)).toBe("---\ntier: peer\nsnooze_until:\n---\n");
  });

  it("leaves a note alone when clearing a snooze that isn't set", () => {
    expect(applySnooze("---\ntier: peer\n---\n", null, settings)).toBe("---\ntier: peer\n---\n");
    expect(applySnooze("# no properties\n", null, settings)).toBe("# no properties\n");
  });
});

describe("validateTouch", () => {
  it("defaults to today and matches kinds ignoring case", () => {
    expect(validateTouch({ kind: "CALL", note: "  hi \n there " }, "2026-11-22", kinds)).toEqual({ date: "2026-11-22", kind: "call", note: "hi there" });
  });

  it("rejects bad dates, future dates and unknown kinds", () => {
    expect(() => validateTouch({ date: "yesterday" }, "2026-11-22", kinds)).toThrow(/not a date/);
    expect(() => validateTouch({ date: "2026-11-23" }, "2026-11-22", kinds)).toThrow(/future/);
    expect(() => validateTouch({ kind: "hike" }, "2026-11-22", kinds)).toThrow(/not one of the touch kinds/);
  });
});

describe("fade, resume and promises", () => {
  it("fades with a reason and resumes, changing only those properties", () => {
    const text = "---\ntier: peer # keep\n---\nbody\n";
    const faded = applyFade(text, "  we drifted \n apart ", settings);
    expect(faded).toBe("---\ntier: peer # keep\nstatus: paused\nfade_reason: we drifted apart\n---\nbody\n");
    expect(applyResume(faded, settings)).toBe("---\ntier: peer # keep\nstatus: active\nfade_reason:\n---\nbody\n");
    expect(applyFade(text, "", settings)).toBe("---\ntier: peer # keep\nstatus: paused\n---\nbody\n");
    expect(applyResume("---\nstatus: paused\n---\n", settings)).toBe("---\nstatus: active\n---\n");
  });

  it("adds a promise under its heading", () => {
    expect(applyPromise("---\ntier: peer\n---\n## Touches\n- 2026-11-01\n", " send the deck 📅 2026-12-01 ", settings)).toBe(
      "---\ntier: peer\n---\n## Touches\n- 2026-11-01\n\n## Promises\n- [ ] send the deck 📅 2026-12-01\n",
    );
    expect(applyPromise("## Promises\n- [ ] a\n\n## Touches\n", "b", settings)).toBe("## Promises\n- [ ] a\n- [ ] b\n\n## Touches\n");
    expect(() => applyPromise("x", "  ", settings)).toThrow(/needs some text/);
  });
});
