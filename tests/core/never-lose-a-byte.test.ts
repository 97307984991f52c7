import fc from "fast-check";
import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { formatDailyTouchLine } from "../../src/core/daily/daily-lines";
import { NoteWriteError } from "../../src/core/shared/errors";
import { propertiesProblem } from "../../src/core/notes/frontmatter-edit";
import { applyFade, applyPromise, applyResume, applySnooze, applyTouch } from "../../src/core/notes/note-edits";
import { layoutOf } from "../../src/core/notes/note-text";
import { completeTask, openTasks } from "../../src/core/conversation/promises";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { cleanNote, formatTouchLine } from "../../src/core/touches/touch-line";
import { appendUnderHeading, readTouchLog } from "../../src/core/touches/touch-log";
import { anyText, eolOf, expectOnlyLines, keepsLineEndings, lines, note, touch } from "./arbitrary-notes";

const settings = DEFAULT_SETTINGS;

/** Runs an edit; a refusal must be a NoteWriteError (a message for the user) and then nothing was written. */
function attempt(edit: () => string): string | null {
  const outcome = attemptWithReason(edit);
  return typeof outcome === "string" ? outcome : null;
}

function attemptWithReason(edit: () => string): string | NoteWriteError {
  try {
    return edit();
  } catch (error) {
    expect(error).toBeInstanceOf(NoteWriteError);
    return error as NoteWriteError;
  }
}

/** Everything after the properties block: property edits must leave it byte for byte. */
function bodyOf(text: string): string {
  return text.slice(layoutOf(text).bodyStart);
}

function propertiesOf(text: string): Record<string, unknown> {
  const block = layoutOf(text).frontmatter;
  if (!block) return {};
  return (parseDocument(text.slice(block.contentStart, block.contentEnd)).toJS() as Record<string, unknown> | null) ?? {};
}

/** The key as the note spells it (`Status`), or as the settings do when the note lacks it. */
function keyIn(properties: Record<string, unknown>, key: string): string {
  return Object.keys(properties).find((k) => k === key) ?? Object.keys(properties).find((k) => k.toLowerCase() === key) ?? key;
}

const isKeyLine = (...keys: string[]) => (line: string) => keys.some((k) => line.toLowerCase().startsWith(`${k}:`));
const isFence = (line: string) => line === "---";
/** The lines of a block value (`>-`) go with the value they belong to. */
const isBlockLine = (line: string) => /^ {2}\S/.test(line);

describe("a touch changes only its own line and last_touch, and reads back", () => {
  // 400 arbitrary notes, some long, each touched, compared line by line and read back:
  // about a second of CPU, many times that on a busy machine: hence the time allowed.
  it("for arbitrary notes: comments, quotes, anchors, block strings, CRLF, BOM, fences", () => {
    fc.assert(
      fc.property(note, touch, (text, t) => {
        const result = attempt(() => applyTouch(text, t, settings));
        if (result === null) return;
        expect(result.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
        const line = formatTouchLine(t);
        const added = expectOnlyLines(text, result, (l) => l === line || l === "## Touches" || l === "" || isFence(l) || l.startsWith("last_touch:"), isKeyLine("last_touch"));
        expect(added.filter((l) => l === line)).toHaveLength(1);
        expect(keepsLineEndings(text, result)).toBe(true);
        // And it reads back as a touch, not as a line inside a code block.
        expect(readTouchLog(result, settings.touchHeading, settings.touchKinds).some((x) => formatTouchLine(x) === line)).toBe(true);
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});

describe("snooze changes only snooze_until", () => {
  it("for arbitrary notes", () => {
    fc.assert(
      fc.property(note, fc.constantFrom("2026-12-01", null), (text, until) => {
        const result = attempt(() => applySnooze(text, until, settings));
        if (result === null) return;
        expectOnlyLines(text, result, (l) => isKeyLine("snooze_until")(l) || isFence(l), isKeyLine("snooze_until"));
        expect(bodyOf(result)).toBe(bodyOf(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe("let fade and resume change only status and fade_reason", () => {
  it("let fade: status paused, the reason when one is given, every other byte as it was", () => {
    fc.assert(
      fc.property(note, fc.oneof(fc.constant(""), anyText), (text, reason) => {
        const result = attempt(() => applyFade(text, reason, settings));
        if (result === null) return;
        const clean = cleanNote(reason);
        const replacesReason = clean !== "";
        expectOnlyLines(
          text,
          result,
          (l) => isKeyLine("status")(l) || (replacesReason && isKeyLine("fade_reason")(l)) || isFence(l),
          (l) => isKeyLine("status")(l) || (replacesReason && (isKeyLine("fade_reason")(l) || isBlockLine(l))),
        );
        expect(bodyOf(result)).toBe(bodyOf(text));
        const before = propertiesOf(text);
        const expected: Record<string, unknown> = { ...before, [keyIn(before, "status")]: "paused" };
        if (replacesReason) expected[keyIn(before, "fade_reason")] = clean;
        expect(propertiesOf(result)).toEqual(expected);
        expect(keepsLineEndings(text, result)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("resume: status active, a reason cleared, every other byte as it was", () => {
    fc.assert(
      fc.property(note, (text) => {
        const result = attempt(() => applyResume(text, settings));
        if (result === null) return;
        expectOnlyLines(text, result, (l) => isKeyLine("status", "fade_reason")(l) || isFence(l), (l) => isKeyLine("status", "fade_reason")(l) || isBlockLine(l));
        expect(bodyOf(result)).toBe(bodyOf(text));
        const before = propertiesOf(text);
        const reasonKey = keyIn(before, "fade_reason");
        const expected: Record<string, unknown> = { ...before, [keyIn(before, "status")]: "active" };
        if (before[reasonKey] !== undefined && before[reasonKey] !== null && before[reasonKey] !== "") expected[reasonKey] = null;
        expect(propertiesOf(result)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe("promises", () => {
  it("ticking one changes exactly its box: `[ ]` becomes `[x]`, nothing else", () => {
    fc.assert(
      fc.property(note, fc.nat(), (text, pick) => {
        const tasks = openTasks(text, "People/Sam.md");
        fc.pre(tasks.length > 0);
        const task = tasks[pick % tasks.length]!;
        const result = completeTask(text, task);
        const [was, now] = [lines(text), lines(result)];
        expect(now).toHaveLength(was.length);
        const bomLine = text.startsWith("\uFEFF") ? 0 : -1;
        const changed = now.flatMap((l, i) => (l === was[i] ? [] : [i]));
        expect(changed).toEqual([task.line]);
        expect(now[task.line]).toBe(was[task.line]!.replace("[ ]", "[x]"));
        expect(result.startsWith("\uFEFF")).toBe(bomLine === 0);
      }),
      { numRuns: 300 },
    );
  });

  it("ticking one that moved finds it by its text, or refuses when that is ambiguous", () => {
    fc.assert(
      fc.property(note, fc.nat(), (text, pick) => {
        const tasks = openTasks(text, "People/Sam.md");
        fc.pre(tasks.length > 0 && !text.startsWith("\uFEFF"));
        const task = tasks[pick % tasks.length]!;
        const moved = `a line added on the phone${eolOf(text)}${text}`;
        const movedLines = lines(moved).map((l) => l.replace(/\r?\n$/, ""));
        const copies = movedLines.filter((l) => l === task.raw).length;
        // The line where the task was still holds the same text: that one is ticked; else the one copy elsewhere.
        const expected = movedLines[task.line] === task.raw ? task.line : copies === 1 ? task.line + 1 : null;
        if (expected === null) {
          expect(() => completeTask(moved, task)).toThrow(NoteWriteError);
          return;
        }
        const result = completeTask(moved, task);
        const changed = lines(result).flatMap((l, i) => (l === lines(moved)[i] ? [] : [i]));
        expect(changed).toEqual([expected]);
      }),
      { numRuns: 300 },
    );
  });

  it("adding one adds its task under the promises heading and nothing else", () => {
    fc.assert(
      fc.property(note, anyText, (text, promise) => {
        const clean = cleanNote(promise);
        const result = attemptWithReason(() => applyPromise(text, promise, settings));
        if (result instanceof NoteWriteError) {
          // Only an empty promise, a note that can't be written, or a line that an unclosed code block would swallow.
          expect(clean === "" || propertiesProblem(text) !== null || /code block/.test(result.message)).toBe(true);
          return;
        }
        const added = expectOnlyLines(text, result, (l) => l === `- [ ] ${clean}` || l === "## Promises" || l === "");
        expect(added.filter((l) => l === `- [ ] ${clean}`)).toHaveLength(1);
        expect(keepsLineEndings(text, result)).toBe(true);
        // And it reads back as an open promise, not as a line inside a code block.
        expect(openTasks(result, "People/Sam.md").length).toBe(openTasks(text, "People/Sam.md").length + 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the daily note's touch line", () => {
  it("adds exactly one line under the daily heading, and the heading when it is missing", () => {
    fc.assert(
      fc.property(note, touch, fc.constantFrom("[[Sam Rivera]]", "[[People/Ana Souza|Ana]]", "[Kenji](People/Kenji%20Ito.md)"), (text, t, link) => {
        const line = formatDailyTouchLine(link, t);
        const result = attemptWithReason(() => appendUnderHeading(text, settings.dailyHeading, [line]));
        if (result instanceof NoteWriteError) {
          expect(result.message).toMatch(/code block/);
          return;
        }
        const added = expectOnlyLines(text, result, (l) => l === line || l === "## Touches" || l === "");
        expect(added.filter((l) => l === line)).toHaveLength(1);
        expect(result.startsWith("\uFEFF")).toBe(text.startsWith("\uFEFF"));
        expect(keepsLineEndings(text, result)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
