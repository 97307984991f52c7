import { describe, expect, it } from "vitest";
import { resolveContact } from "../../../src/core/contacts/contact";
import { reciprocityFlags } from "../../../src/core/contacts/flags";
import { logSource, settingsWith, source, touchLog } from "../helpers";

const TODAY = "2026-11-22";
const resolved = settingsWith();

function person(lines: string[], fm: Record<string, unknown> = { tier: "peer" }) {
  return resolveContact(source(fm, logSource(touchLog(...lines), { today: TODAY })), resolved);
}

describe("reciprocity flags", () => {
  it("come most pressing first, each with its words and its why", () => {
    // An introduction long ago, then their message a week ago: the message answers the
    // follow-up (a touch after it came due) and ends the silence, and a reply is owed.
    const flags = reciprocityFlags(person(["2025-09-01 intro → gave — to [[Lena Fischer]]", "2026-11-15 check-in ←"]), TODAY);
    expect(flags.map((f) => [f.kind, f.text])).toEqual([
      ["reply-owed", "replied? they reached out 7 days ago"],
    ]);
    const quiet = reciprocityFlags(person(["2025-09-01 intro → gave — to [[Lena Fischer]]"]), TODAY);
    expect(quiet.map((f) => [f.kind, f.text])).toEqual([
      ["intro-follow-up", "how did the intro to Lena Fischer go?"],
      ["long-silence", "it's been a while — 15 months"],
    ]);
    expect(quiet.every((f) => f.why.length > 40)).toBe(true);
    expect(quiet[0]?.followUp).toMatchObject({ introduced: "2025-09-01", link: "Lena Fischer" });
  });

  it("are none for someone on track, or let fade", () => {
    expect(reciprocityFlags(person(["2026-11-10 call →"]), TODAY)).toEqual([]);
    expect(reciprocityFlags(person(["2025-09-01 intro → gave — to [[Lena Fischer]]", "2026-11-15 check-in ←"], { tier: "peer", status: "paused" }), TODAY)).toEqual([]);
  });
});
