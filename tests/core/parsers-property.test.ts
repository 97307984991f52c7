/**
 * The parsers read whatever is in a vault: they must never throw, whatever the text
 * (every code point, lone surrogates, control characters) or the YAML value, and what
 * they return must keep its promises (a date is a real day, a cadence at least one day).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNoteProperties } from "../../src/core/notes/note-properties";
import { parseBlockOptions } from "../../src/core/planning/block-options";
import { parseCadence } from "../../src/core/contacts/cadence";
import { resolveContact } from "../../src/core/contacts/contact";
import { isLocalDate, parseDateValue } from "../../src/core/shared/dates";
import { propertiesProblem } from "../../src/core/notes/frontmatter-edit";
import { parseAnnualDate } from "../../src/core/contacts/important-dates";
import { noteStructureOf } from "../../src/core/notes/note-structure";
import { layoutOf, parseHeadingLine, splitLines } from "../../src/core/notes/note-text";
import { openTasks, parseOpenTask, readDue } from "../../src/core/conversation/promises";
import { parseTouchLine } from "../../src/core/touches/touch-line";
import { readTouchLog } from "../../src/core/touches/touch-log";
import { anyText, note, structuredJunk } from "./arbitrary-notes";
import { settingsWith } from "./helpers";

const resolved = settingsWith();
const kinds = resolved.settings.touchKinds;
/** Text of every kind: arbitrary code points, pieces parsers look for, and whole notes. */
const text = fc.oneof(anyText, structuredJunk, note);
/** Whatever a YAML property can hold, and more: dates (valid or not), nested values, odd numbers. */
const value = fc.oneof(fc.anything(), fc.date({ noInvalidDate: false }), text, fc.constantFrom(Number.NaN, Infinity, -0, 1e21, 2.5, -3));
const RUNS = { numRuns: 500 };

describe("the parsers never throw", () => {
  it("layoutOf and splitLines: offsets inside the text, in order", () => {
    fc.assert(
      fc.property(text, (t) => {
        const layout = layoutOf(t);
        expect(layout.bodyStart).toBeGreaterThanOrEqual(0);
        expect(layout.bodyStart).toBeLessThanOrEqual(t.length);
        if (layout.frontmatter) {
          const { open, contentStart, contentEnd, end } = layout.frontmatter;
          expect(open <= contentStart && contentStart <= contentEnd && contentEnd <= end && end === layout.bodyStart).toBe(true);
        }
        // The lines cover the text exactly.
        expect(splitLines(t).map((l) => t.slice(l.start, l.end)).join("")).toBe(t);
      }),
      RUNS,
    );
  });

  it("propertiesProblem: a message or null, never an exception", () => {
    fc.assert(
      fc.property(text, (t) => {
        const problem = propertiesProblem(t);
        expect(problem === null || (typeof problem === "string" && problem.length > 0)).toBe(true);
      }),
      RUNS,
    );
  });

  it("parseTouchLine and readTouchLog: real days, one-line notes, lines inside the note", () => {
    fc.assert(
      fc.property(text, fc.oneof(fc.constant("## Touches"), anyText), (t, heading) => {
        for (const line of t.split(/\r?\n/)) {
          const touch = parseTouchLine(line, kinds);
          if (touch) expect(isLocalDate(touch.date) && !/[\r\n]/.test(touch.note ?? "")).toBe(true);
        }
        const count = splitLines(t).length;
        for (const logged of readTouchLog(t, heading, kinds)) expect(logged.line >= 0 && logged.line < count && isLocalDate(logged.date)).toBe(true);
      }),
      RUNS,
    );
  });

  it("parseCadence: a whole number of days of at least 1, or a reason", () => {
    fc.assert(
      fc.property(fc.oneof(value, structuredJunk), (v) => {
        const parsed = parseCadence(v);
        if (parsed.ok) expect(Number.isInteger(parsed.days) && parsed.days >= 1).toBe(true);
        else expect(parsed.reason.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it("parseDateValue: a real calendar day, or a reason", () => {
    fc.assert(
      fc.property(value, (v) => {
        const parsed = parseDateValue(v);
        if (parsed.ok) expect(isLocalDate(parsed.date)).toBe(true);
        else expect(parsed.reason.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it("parseAnnualDate: a month and a day that exist, or a reason", () => {
    fc.assert(
      fc.property(value, (v) => {
        const parsed = parseAnnualDate(v);
        if (parsed.ok) expect(parsed.date.month >= 1 && parsed.date.month <= 12 && parsed.date.day >= 1 && parsed.date.day <= 31).toBe(true);
        else expect(parsed.reason.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it("parseBlockOptions: usable options and messages, whatever the block says", () => {
    fc.assert(
      fc.property(text, (source) => {
        const { options, errors } = parseBlockOptions(source, resolved.tiers);
        expect(Number.isInteger(options.limit) && options.limit >= 0).toBe(true);
        expect(options.show.length).toBeGreaterThan(0);
        for (const e of errors) expect(typeof e).toBe("string");
      }),
      RUNS,
    );
  });

  it("promises: open tasks, their due dates and the tasks of a note", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const [i, line] of t.split(/\r?\n/).entries()) {
          const task = parseOpenTask(line, "a.md", i);
          if (task) expect(task.due === null || isLocalDate(task.due)).toBe(true);
          const due = readDue(line);
          expect(due.due === null || isLocalDate(due.due)).toBe(true);
        }
        for (const task of openTasks(t, "a.md")) expect(task.raw).toBe(splitLines(t)[task.line]?.text);
      }),
      RUNS,
    );
  });

  it("headings, note structure and the terminal agenda's properties reader", () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const line of t.split("\n")) {
          const heading = parseHeadingLine(line);
          if (heading) expect(heading.level >= 1 && heading.level <= 6).toBe(true);
        }
        const structure = noteStructureOf(t);
        const count = splitLines(t).length;
        for (const item of structure.listItems) expect(item.line <= item.endLine && item.endLine < count).toBe(true);
        const read = readNoteProperties(t);
        expect(read.problem === null || read.frontmatter === undefined).toBe(true);
      }),
      RUNS,
    );
  });

  it("resolveContact turns any properties into a contact, problems into warnings", () => {
    const keys = ["tier", "cadence", "last_touch", "snooze_until", "status", "topics", "birthday", "role_since", "fade_reason", "Tier", "LAST_TOUCH"];
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), value), fc.array(fc.constantFrom("2026-01-01", "2026-11-22", "2062-10-01"), { maxLength: 3 }), (frontmatter, logged) => {
        const contact = resolveContact(
          { path: "People/Sam.md", frontmatter, propertiesProblem: null, loggedTouchDates: [...new Set(logged)].sort(), today: "2026-11-22" },
          resolved,
        );
        expect(contact.lastTouch === null || (isLocalDate(contact.lastTouch) && contact.lastTouch <= "2026-11-22")).toBe(true);
        expect(contact.overdueAfterDays).toBeGreaterThanOrEqual(contact.dueFromDays);
        for (const w of contact.warnings) expect(typeof w).toBe("string");
      }),
      RUNS,
    );
  });
});
