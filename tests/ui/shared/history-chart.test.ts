import { describe, expect, it } from "vitest";
import { heatmapOf, monthlyHistory, touchesByDay } from "../../../src/core/insight/history";
import { renderMonthlyBars, renderTouchHeatmap } from "../../../src/ui/shared/history-chart";

const TODAY = "2026-11-22";

function titleOf(el: Element): string | null {
  return el.querySelector(":scope > title")?.textContent ?? null;
}

describe("the monthly bars", () => {
  const touchDates = ["2026-03-02", "2026-03-09", "2026-03-30", "2026-06-15", "2026-11-20"];

  it("draws twelve bars, each saying its month and count on hover and to screen readers", () => {
    const parent = document.body.createDiv();
    const svg = renderMonthlyBars(parent, monthlyHistory(touchDates, TODAY, new Set(["2026-03-02", "2026-03-30"])), "Touches with Ana");
    expect(svg.parentElement).toBe(parent);
    expect(svg.getAttribute("viewBox")).toBe("0 0 240 52");
    expect(svg.getAttribute("aria-label")).toBe("Touches with Ana: 5 touches in 12 months");
    const months = Array.from(svg.querySelectorAll(".kit-history-month"));
    expect(months).toHaveLength(12);
    const march = svg.querySelector('[data-month="2026-03"]')!;
    expect(march.getAttribute("aria-label")).toBe("March 2026: 3 touches (2 logged, 1 mention)");
    expect(titleOf(march)).toBe("March 2026: 3 touches (2 logged, 1 mention)");
    expect(titleOf(svg.querySelector('[data-month="2026-01"]')!)).toBe("January 2026: 0 touches");
    expect(months.map((m) => m.querySelector(".kit-history-label")?.textContent).join("")).toBe("DJFMAMJJASON");
  });

  it("makes the busiest month full height and the others in proportion", () => {
    const svg = renderMonthlyBars(document.body.createDiv(), monthlyHistory(touchDates, TODAY), "Touches");
    const heightOf = (month: string) => Number(svg.querySelector(`[data-month="${month}"] .kit-history-bar`)?.getAttribute("height"));
    expect(heightOf("2026-03")).toBe(40);
    expect(heightOf("2026-06")).toBeCloseTo(13.3, 1);
    expect(heightOf("2026-11")).toBeCloseTo(13.3, 1);
    expect(heightOf("2026-01")).toBe(0);
    expect(svg.querySelector('[data-month="2026-01"] .kit-history-bar')?.classList.contains("kit-history-bar-empty")).toBe(true);
    // Bars stand on the baseline.
    const march = svg.querySelector('[data-month="2026-03"] .kit-history-bar')!;
    expect(Number(march.getAttribute("y")) + Number(march.getAttribute("height"))).toBe(40);
  });

  it("draws an empty year as twelve empty months", () => {
    const svg = renderMonthlyBars(document.body.createDiv(), monthlyHistory([], TODAY), "Touches");
    expect(svg.querySelectorAll(".kit-history-bar-empty")).toHaveLength(12);
    expect(svg.getAttribute("aria-label")).toBe("Touches: 0 touches in 12 months");
  });
});

describe("the calendar heatmap", () => {
  function cell(svg: SVGSVGElement, date: string): Element {
    const found = svg.querySelector(`.kit-heat-cell[data-date="${date}"]`);
    if (!found) throw new Error(`no cell for ${date}`);
    return found;
  }

  it("draws a square a day in week columns, coloured by level, each explaining itself", () => {
    const counts = new Map([["2026-03-03", 1], ["2026-03-04", 4], ["2026-11-22", 2]]);
    const svg = renderTouchHeatmap(document.body.createDiv(), counts, { today: TODAY, label: "Touches with everyone" });
    expect(svg.getAttribute("viewBox")).toBe("0 0 662 116");
    expect(svg.querySelectorAll(".kit-heat-cell")).toHaveLength(53 * 7);
    expect(svg.getAttribute("aria-label")).toBe("Touches with everyone: 7 touches from 2025-11-17 to 2026-11-22");
    const busiest = cell(svg, "2026-03-04");
    expect(busiest.getAttribute("class")).toBe("kit-heat-cell kit-heat-4");
    expect(busiest.getAttribute("aria-label")).toBe("Wednesday 4 March 2026: 4 touches");
    expect(titleOf(busiest)).toBe("Wednesday 4 March 2026: 4 touches");
    expect(cell(svg, "2026-03-03").getAttribute("class")).toBe("kit-heat-cell kit-heat-1");
    expect(cell(svg, "2026-11-22").getAttribute("class")).toBe("kit-heat-cell kit-heat-2");
    expect(cell(svg, "2026-03-05").getAttribute("class")).toBe("kit-heat-cell kit-heat-0");
    // Tuesday sits one row under Monday, in the same week column; today is the last column's Sunday.
    expect(cell(svg, "2026-03-03").getAttribute("x")).toBe(cell(svg, "2026-03-02").getAttribute("x"));
    expect(Number(cell(svg, "2026-03-03").getAttribute("y")) - Number(cell(svg, "2026-03-02").getAttribute("y"))).toBe(12);
    expect(cell(svg, TODAY).getAttribute("x")).toBe(String(26 + 52 * 12));
    expect(cell(svg, TODAY).getAttribute("y")).toBe(String(14 + 6 * 12));
  });

  it("accepts prepared data with names, and its legend says what each colour means", () => {
    const days = touchesByDay(
      [
        { name: "Ana", touchDates: ["2026-03-03", "2026-03-04"] },
        { name: "Ben", touchDates: ["2026-03-04"] },
      ],
      TODAY,
    );
    const svg = renderTouchHeatmap(document.body.createDiv(), heatmapOf(days, TODAY), { today: TODAY, label: "Touches with everyone" });
    expect(cell(svg, "2026-03-04").getAttribute("aria-label")).toBe("Wednesday 4 March 2026: 2 touches (Ana, Ben)");
    expect(Array.from(svg.querySelectorAll(".kit-heat-legend")).map(titleOf)).toEqual(["No touch", "Level 1 of 4: no day this year", "1 touch a day", "Level 3 of 4: no day this year", "2 touches a day"]);
    expect(Array.from(svg.querySelectorAll(".kit-heat-label")).map((t) => t.textContent)).toContain("Mar");
  });

  it("accepts plain counts by day for one person", () => {
    const svg = renderTouchHeatmap(document.body.createDiv(), touchesByDay([{ name: "Ana", touchDates: ["2026-11-20"] }], TODAY), { today: TODAY, label: "Touches with Ana" });
    expect(cell(svg, "2026-11-20").getAttribute("aria-label")).toBe("Friday 20 November 2026: 1 touch");
    expect(svg.querySelectorAll(".kit-heat-cell.kit-heat-4")).toHaveLength(1);
  });
});
