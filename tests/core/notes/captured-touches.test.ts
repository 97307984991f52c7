import { describe, expect, it } from "vitest";
import { applyCapturedTouches } from "../../../src/core/notes/note-edits";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { readTouchLog } from "../../../src/core/touches/touch-log";

const settings = DEFAULT_SETTINGS;

describe("applyCapturedTouches", () => {
  it("adds every line in date order and moves last_touch to the newest, keeping comments", () => {
    const text = "---\ntier: ally # closest\nlast_touch: 2024-03-05\n---\n# Sam\n\n## Touches\n- 2024-03-04 coffee — by hand\n\n## Notes\nlikes tea\n";
    const edit = applyCapturedTouches(
      text,
      [
        { date: "2024-03-18", kind: "message", direction: "mutual", note: "See you \\#soon" },
        { date: "2024-03-02", kind: "message", direction: "in", note: "Hey!" },
      ],
      settings,
    );
    expect(edit.text).toBe(
      "---\ntier: ally # closest\nlast_touch: 2024-03-18\n---\n# Sam\n\n## Touches\n- 2024-03-02 message ← — Hey!\n- 2024-03-04 coffee — by hand\n- 2024-03-18 message ↔ — See you \\#soon\n\n## Notes\nlikes tea\n",
    );
    expect(edit.written.map((t) => t.date)).toEqual(["2024-03-02", "2024-03-18"]);
    expect(edit.alreadyLogged).toBe(0);
  });

  it("skips a day the log already has a line on, whatever its kind, and leaves last_touch when it is later", () => {
    const text = "---\nlast_touch: 2024-04-01\n---\n## Touches\n- 2024-03-04 call\n";
    const edit = applyCapturedTouches(text, [{ date: "2024-03-04", kind: "message" }, { date: "2024-03-10", kind: "email", direction: "out" }], settings);
    expect(edit.text).toBe("---\nlast_touch: 2024-04-01\n---\n## Touches\n- 2024-03-04 call\n- 2024-03-10 email →\n");
    expect(edit.alreadyLogged).toBe(1);
    // The same touches again: nothing changes.
    const again = applyCapturedTouches(edit.text, [{ date: "2024-03-04", kind: "message" }, { date: "2024-03-10", kind: "email", direction: "out" }], settings);
    expect(again.text).toBe(edit.text);
    expect(again.alreadyLogged).toBe(2);
  });

  it("reads its lines back with their kinds even when the user's kinds lack them", () => {
    const own = { ...settings, touchKinds: ["coffee"] };
    const edit = applyCapturedTouches("", [{ date: "2024-03-10", kind: "email", direction: "out", note: "Photos" }], own);
    expect(edit.text).toBe("---\nlast_touch: 2024-03-10\n---\n## Touches\n- 2024-03-10 email → — Photos\n");
    expect(readTouchLog(edit.text, own.touchHeading, ["coffee", "meeting", "message", "email", "call"])).toEqual([{ date: "2024-03-10", kind: "email", direction: "out", note: "Photos", line: 4 }]);
  });

  it("refuses a note whose properties can't be edited safely", () => {
    expect(() => applyCapturedTouches("---\ntier: [ally\n---\n", [{ date: "2024-03-10" }], settings)).toThrow(/not valid YAML/);
  });
});
