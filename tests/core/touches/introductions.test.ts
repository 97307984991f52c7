import { describe, expect, it } from "vitest";
import { resolveContact, type ContactSource } from "../../../src/core/contacts/contact";
import { DEFAULT_TOUCH_KINDS } from "../../../src/core/settings";
import { localDateOf } from "../../../src/core/shared/dates";
import {
  DISMISSED_MARK,
  basenameOfLink,
  describeIntroFollowUp,
  dismissIntroFollowUp,
  explainIntroFollowUp,
  introFollowUps,
  introductionNote,
  introductionsIn,
} from "../../../src/core/touches/introductions";
import type { Touch } from "../../../src/core/touches/touch-line";
import { readTouchLog } from "../../../src/core/touches/touch-log";
import { logSource, settingsWith, source, touchLog as log } from "../helpers";

const TODAY = "2026-11-22";
const resolved = settingsWith();

function contact(touches: Touch[], extra: Partial<ContactSource> = {}, fm: Record<string, unknown> = { tier: "peer" }, settings = resolved) {
  return resolveContact(source(fm, logSource(touches, { today: TODAY, ...extra })), settings);
}

describe("introductions in a touch log", () => {
  it("are the intro touches, with the person their note links first and whether the follow-up was dismissed", () => {
    const touches = log(
      "2026-09-01 intro → gave — to [[Lena Fischer]]: for the design role",
      "2026-09-10 intro — to [Kenji](People/Kenji%20Watanabe.md) about the paper",
      "2026-09-12 intro — connected her with the program manager",
      `2026-09-20 intro — to [[People/Ana Souza|Ana]] ${DISMISSED_MARK}`,
      "2026-09-21 call — about [[Lena Fischer]]",
    );
    expect(introductionsIn(touches)).toEqual([
      { date: "2026-09-01", other: "Lena Fischer", dismissed: false },
      { date: "2026-09-10", other: "People/Kenji Watanabe.md", dismissed: false },
      { date: "2026-09-12", other: null, dismissed: false },
      { date: "2026-09-20", other: "People/Ana Souza", dismissed: true },
    ]);
    expect(basenameOfLink("People/Kenji Watanabe.md")).toBe("Kenji Watanabe");
    expect(introductionNote("[[Lena Fischer]]", " for the design role ")).toBe("to [[Lena Fischer]]: for the design role");
    expect(introductionNote("[[Lena Fischer]]", "")).toBe("to [[Lena Fischer]]");
  });
});

describe("an introduction's follow-up", () => {
  const intro = "2026-10-20 intro → gave — to [[Lena Fischer]]: for the design role";

  it("is due 30 days after the introduction, until a touch on or after that day answers it", () => {
    expect(introFollowUps(contact(log(intro)), "2026-11-18")).toEqual([]);
    const [due] = introFollowUps(contact(log(intro)), "2026-11-19");
    expect(due).toEqual({ introduced: "2026-10-20", with: "Lena Fischer", link: "Lena Fischer", dueSince: "2026-11-19" });
    expect(describeIntroFollowUp(due!)).toBe("how did the intro to Lena Fischer go?");
    expect(explainIntroFollowUp(due!, TODAY, 30)).toBe(
      "You logged an introduction to Lena Fischer on 2026-10-20, 5 weeks ago. 30 days on, asking how it went closes the loop: a touch logged with them answers it, or dismiss it.",
    );
    // A touch in between (day 10) is about something else: the follow-up still comes.
    expect(introFollowUps(contact(log(intro, "2026-10-30 call →")), TODAY)).toHaveLength(1);
    // A touch on the day it came due, or later, answers it; so does a mention in a dated note.
    expect(introFollowUps(contact(log(intro, "2026-11-19 call →")), TODAY)).toEqual([]);
    expect(introFollowUps(contact(log(intro), { mentions: [{ date: "2026-11-21", path: "Daily/2026-11-21.md" }] }), TODAY)).toEqual([]);
  });

  it("follows the setting, and 0 turns follow-ups off", () => {
    expect(introFollowUps(contact(log(intro), {}, { tier: "peer" }, settingsWith({ introFollowUpDays: 40 })), TODAY)).toEqual([]);
    expect(introFollowUps(contact(log(intro), {}, { tier: "peer" }, settingsWith({ introFollowUpDays: 14 })), TODAY)[0]?.dueSince).toBe("2026-11-03");
    expect(introFollowUps(contact(log(intro), {}, { tier: "peer" }, settingsWith({ introFollowUpDays: 0 })), TODAY)).toEqual([]);
  });

  it("is not shown once dismissed, nor for someone let fade, and an unnamed introduction asks too", () => {
    expect(introFollowUps(contact(log(`${intro} ${DISMISSED_MARK}`)), TODAY)).toEqual([]);
    expect(introFollowUps(contact(log(intro), {}, { tier: "peer", status: "paused" }), TODAY)).toEqual([]);
    const [unnamed] = introFollowUps(contact(log("2026-10-01 intro — connected her with a recruiter")), TODAY);
    expect(unnamed).toMatchObject({ with: null, dueSince: "2026-10-31" });
    expect(describeIntroFollowUp(unnamed!)).toBe("how did the intro go?");
  });

  it("counts days in the local calendar: an introduction logged at 23:30 is due 30 local days later", () => {
    const day = localDateOf(new Date(2026, 9, 20, 23, 30));
    expect(day).toBe("2026-10-20");
    const sam = contact(log(`${day} intro → gave — to [[Lena Fischer]]`));
    expect(introFollowUps(sam, "2026-11-18")).toEqual([]);
    expect(introFollowUps(sam, "2026-11-19")[0]?.dueSince).toBe("2026-11-19");
  });
});

describe("dismissing a follow-up", () => {
  const note = "---\ntier: peer\n---\nMet at the summit.\n\n## Touches\n- 2026-09-01 call\n- 2026-10-20 intro → gave — to [[Lena Fischer]]: for the design role\n- 2026-10-20 intro — to [[Ana Souza]]\n\n## Notes\nlast line";

  it("adds the mark at the end of that one line and changes no other byte", () => {
    const after = dismissIntroFollowUp(note, { introduced: "2026-10-20", link: "Lena Fischer" }, "## Touches", DEFAULT_TOUCH_KINDS);
    expect(after).toBe(note.replace("for the design role", `for the design role ${DISMISSED_MARK}`));
    expect(introductionsIn(readTouchLog(after, "## Touches", DEFAULT_TOUCH_KINDS))).toEqual([
      { date: "2026-10-20", other: "Lena Fischer", dismissed: true },
      { date: "2026-10-20", other: "Ana Souza", dismissed: false },
    ]);
    // Twice is once.
    expect(dismissIntroFollowUp(after, { introduced: "2026-10-20", link: "Lena Fischer" }, "## Touches", DEFAULT_TOUCH_KINDS)).toBe(after);
  });

  it("gives a line without a note the mark as its note, keeping Windows line endings", () => {
    const crlf = "## Touches\r\n- 2026-10-20 intro →  \r\n- 2026-11-01 call\r\n";
    const after = dismissIntroFollowUp(crlf, { introduced: "2026-10-20", link: null }, "## Touches", DEFAULT_TOUCH_KINDS);
    expect(after).toBe(`## Touches\r\n- 2026-10-20 intro → — ${DISMISSED_MARK}  \r\n- 2026-11-01 call\r\n`);
    expect(introductionsIn(readTouchLog(after, "## Touches", DEFAULT_TOUCH_KINDS))[0]?.dismissed).toBe(true);
  });

  it("says so, and changes nothing, when the line is gone", () => {
    expect(() => dismissIntroFollowUp(note, { introduced: "2026-10-21", link: "Lena Fischer" }, "## Touches", DEFAULT_TOUCH_KINDS)).toThrow(/no longer in the touch log/);
  });
});
