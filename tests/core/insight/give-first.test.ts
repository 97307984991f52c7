import { describe, expect, it } from "vitest";
import { balanceOf, describeBalance, describeGift, explainBalance } from "../../../src/core/insight/give-first";
import { touchLog as log } from "../helpers";

const TODAY = "2026-11-22";

describe("the balance before an ask", () => {
  it("counts the exchanges of the period and names the last gift", () => {
    const touches = log(
      "2026-05-12 intro → gave — to [[Lena Fischer]]: for the design role",
      "2026-09-01 call → asked — references",
      "2026-09-20 call → asked",
      "2026-10-02 coffee ↔ exchanged",
      "2026-10-15 check-in → asked — the grant",
      "2026-11-01 resource → gave — the tile benchmarks",
      "2026-11-10 call — no exchange recorded",
    );
    const balance = balanceOf(touches, TODAY);
    expect(balance).toMatchObject({ total: 5, gave: 1, asked: 3, exchanged: 1, leansToAsking: true });
    expect(describeBalance(balance, TODAY)).toBe("last 5: you gave 1, asked 3, both 1 — last gift: the tile benchmarks, November");
    expect(describeBalance(balanceOf(touches.slice(0, 3), TODAY), TODAY)).toBe("last 2: you gave 0, asked 2 — last gift: intro to Lena Fischer, May");
    expect(explainBalance(balance)).toMatch(/^Touches with an exchange recorded in the last 90 days, from the touch log; the last gift from any time\. You asked more often than you gave/);
  });

  it("says when nothing is logged, and doesn't lean without asks", () => {
    const none = balanceOf([], TODAY);
    expect(describeBalance(none, TODAY)).toBe("no exchange logged in the last 90 days — nothing given logged yet");
    expect(none.leansToAsking).toBe(false);
    const old = balanceOf(log("2025-03-02 resource → gave — a book"), TODAY);
    expect(describeBalance(old, TODAY)).toBe("no exchange logged in the last 90 days — last gift: a book, March 2025");
  });

  it("describes a gift in a few words", () => {
    expect(describeGift(log("2026-01-01 resource → gave")[0]!)).toBe("resource");
    expect(describeGift(log("2026-01-01 → gave")[0]!)).toBe("something");
    expect(describeGift(log("2026-01-01 micro-support → gave — a very long note about reviewing the whole onboarding deck twice")[0]!)).toBe("a very long note about reviewing the wh…");
  });
});
