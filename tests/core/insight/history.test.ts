import { describe, expect, it } from "vitest";
import { dayLabel, explainTally, heatLevel, heatmapOf, heatmapStart, HEATMAP_WEEKS, monthlyHistory, touchesByDay } from "../../../src/core/insight/history";

const TODAY = "2026-11-22"; // a Sunday

describe("monthly history", () => {
  it("counts touch days in the twelve months ending with today's, oldest first", () => {
    const bars = monthlyHistory(["2025-11-30", "2025-12-01", "2026-03-02", "2026-03-09", "2026-03-09", "2026-03-30", "2026-11-22"], TODAY);
    expect(bars.map((b) => b.month)).toEqual(["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"]);
    expect(bars.map((b) => b.count)).toEqual([1, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(bars[3]?.explanation).toBe("March 2026: 3 touches");
    expect(bars[1]?.explanation).toBe("January 2026: 0 touches");
    expect(bars[11]?.explanation).toBe("November 2026: 1 touch");
  });

  it("tells logged touches from mentions when the log's days are known", () => {
    const bars = monthlyHistory(["2026-03-02", "2026-03-09", "2026-03-30", "2026-04-01"], TODAY, new Set(["2026-03-02", "2026-03-30", "2026-04-01"]));
    expect(bars[3]).toMatchObject({ label: "March 2026", count: 3, logged: 2, explanation: "March 2026: 3 touches (2 logged, 1 mention)" });
    expect(bars[4]?.explanation).toBe("April 2026: 1 touch (1 logged)");
  });

  it("leaves out touches dated after today and wraps the year in January", () => {
    const bars = monthlyHistory(["2026-01-10", "2026-01-20"], "2026-01-15");
    expect(bars[0]?.month).toBe("2025-02");
    expect(bars[11]).toMatchObject({ month: "2026-01", count: 1 });
  });
});

describe("the calendar heatmap", () => {
  it("starts on the Monday 52 weeks before this week's and ends today", () => {
    expect(heatmapStart(TODAY)).toBe("2025-11-17");
    const data = heatmapOf(new Map(), TODAY);
    expect(data.days[0]).toMatchObject({ date: "2025-11-17", week: 0, weekday: 0 });
    expect(data.days.at(-1)).toMatchObject({ date: TODAY, week: HEATMAP_WEEKS - 1, weekday: 6 });
    expect(data.days).toHaveLength(HEATMAP_WEEKS * 7);
    expect(heatmapOf(new Map(), "2026-11-18").days.at(-1)).toMatchObject({ week: HEATMAP_WEEKS - 1, weekday: 2 });
  });

  it("colours each day against the busiest one and explains it", () => {
    const data = heatmapOf(new Map([["2026-03-03", 1], ["2026-03-04", 4], ["2026-03-05", 2]]), TODAY);
    const day = (date: string) => data.days.find((d) => d.date === date);
    expect([day("2026-03-03")?.level, day("2026-03-04")?.level, day("2026-03-05")?.level, day("2026-03-06")?.level]).toEqual([1, 4, 2, 0]);
    expect(day("2026-03-04")?.explanation).toBe("Wednesday 4 March 2026: 4 touches");
    expect(data).toMatchObject({ max: 4, total: 7 });
    expect(data.months.find((m) => m.label === "Mar")?.week).toBe(day("2026-03-01")?.week);
  });

  it("levels are shares of the busiest day in four steps", () => {
    expect([0, 1, 2, 3, 4, 5, 8].map((n) => heatLevel(n, 8))).toEqual([0, 1, 1, 2, 2, 3, 4]);
    expect(heatLevel(1, 1)).toBe(4);
    expect(heatLevel(0, 0)).toBe(0);
  });

  it("counts each person once a day across the network and names them", () => {
    const days = touchesByDay(
      [
        { name: "Ben", touchDates: ["2026-03-03", "2026-03-03", "2026-11-22"] },
        { name: "Ana", touchDates: ["2026-03-03", "2024-01-01", "2026-12-01"] },
      ],
      TODAY,
    );
    expect([...days.keys()].sort()).toEqual(["2026-03-03", "2026-11-22"]);
    expect(days.get("2026-03-03")).toEqual({ count: 2, logged: null, names: ["Ana", "Ben"] });
    expect(explainTally(dayLabel("2026-03-03"), days.get("2026-03-03")!)).toBe("Tuesday 3 March 2026: 2 touches (Ana, Ben)");
  });

  it("for one contact, tells the logged days from mentions and names no one", () => {
    const days = touchesByDay([{ name: "Ana", touchDates: ["2026-03-03", "2026-03-04"], loggedDates: new Set(["2026-03-04"]) }], TODAY);
    const data = heatmapOf(days, TODAY);
    expect(data.days.find((d) => d.date === "2026-03-03")?.explanation).toBe("Tuesday 3 March 2026: 1 touch (1 mention)");
    expect(data.days.find((d) => d.date === "2026-03-04")?.explanation).toBe("Wednesday 4 March 2026: 1 touch (1 logged)");
  });

  it("names at most five people a day", () => {
    const names = ["A", "B", "C", "D", "E", "F", "G"];
    expect(explainTally("Today", { count: 7, logged: null, names })).toBe("Today: 7 touches (A, B, C, D, E and 2 more)");
  });
});
