import { describe, expect, it } from "vitest";
import { TelegramParser, type TelegramOptions } from "../../../src/core/capture/telegram";
import { daysByPerson, feed, fixture } from "./helpers";

const OPTIONS: TelegramOptions = { me: [], zone: "Europe/Berlin" };

function capture(name: string, options: Partial<TelegramOptions> = {}, size = Infinity) {
  return feed(new TelegramParser({ ...OPTIONS, ...options }), fixture(name), size);
}

describe("Telegram capture: one chat", () => {
  const extract = capture("telegram-single.json", { me: ["Alex Morgan"] });

  it("reads text given as a string or as entities, and media without words", () => {
    expect(daysByPerson(extract)).toEqual({
      "Sam Rivera": [
        "2024-03-12 ← A very long message that goes on and on that goes on and on that goes on and on…",
        // The user called (an answered call, 640 seconds): a call, without a snippet.
        "2024-03-11 →",
        // A photo first (no words), then a link and text as entities.
        "2024-03-10 ← https://example.org/market look what I found",
        "2024-03-09 → Happy birthday!! 🎉",
        "2024-03-02 ↔ Hey! Are you around this weekend?",
      ],
    });
    expect(extract.skipped).toEqual({});
    expect(extract.people[0]?.days.map((d) => d.kind)).toEqual(["message", "call", "message", "message", "message"]);
    expect(extract.chat).toEqual({ senders: ["Sam Rivera", "Alex Morgan"], me: "Alex Morgan" });
  });

  it("takes the other sender of a one-to-one chat as the user when not told", () => {
    const guessed = capture("telegram-single.json");
    expect(daysByPerson(guessed)).toEqual(daysByPerson(extract));
    expect(guessed.notices).toEqual(['"Alex Morgan" was taken as you: the one-to-one chats are with others.']);
  });

  it("knows the user by id too", () => {
    expect(daysByPerson(capture("telegram-single.json", { me: [], meIds: ["1000001"] }))).toEqual(daysByPerson(extract));
  });
});

describe("Telegram capture: a whole account", () => {
  const extract = capture("telegram-full.json");

  it("finds the user in personal_information and follows the chat and group rules", () => {
    expect(daysByPerson(extract)).toEqual({
      // Zoë called on the 2nd, the day the user wrote "Yes!": a call both ways.
      "Zoë Martin": ["2024-04-03 ↔ 👋", "2024-04-02 ↔ Yes!", "2024-04-01 ← Late-night idea: a book swap?"],
      "Priya Shah": ["2024-04-03 ↔ Hello all"],
    });
    expect(extract.notices).toEqual([]);
    expect(extract.people.find((p) => p.name === "Zoë Martin")?.days.map((d) => `${d.date} ${d.kind}`)).toEqual(["2024-04-03 message", "2024-04-02 call", "2024-04-01 message"]);
  });

  it("skips service messages, bots, saved messages and deleted accounts; counts a message without a date by line", () => {
    expect(extract.skipped).toEqual({
      "service messages (joins, pins, group calls)": 2,
      "missed and declined calls": 1,
      "chats with bots, channels and saved messages": 2,
      "messages from deleted accounts": 1,
    });
    expect(extract.malformed).toEqual({ count: 1, examples: [{ line: 71, reason: "a message without a readable date" }] });
  });

  it("a file cut short keeps what came before and says where it stops", () => {
    const text = fixture("telegram-full.json");
    const cut = text.slice(0, text.indexOf('"name": "Book club"'));
    const partial = feed(new TelegramParser(OPTIONS), cut);
    expect(daysByPerson(partial)).toEqual({ "Zoë Martin": ["2024-04-02 ↔ Yes!", "2024-04-01 ← Late-night idea: a book swap?"] });
    expect(partial.malformed.examples.at(-1)?.reason).toBe("the file stops being valid JSON here (it may be cut short); what came before is kept");
  });

  it("says what it is when it is not an export", () => {
    const other = feed(new TelegramParser(OPTIONS), '{"name": "package", "version": "1.0.0"}');
    expect(other.people).toEqual([]);
    expect(other.notices).toContain("No messages were found: this doesn't look like a Telegram export (result.json).");
    const broken = feed(new TelegramParser(OPTIONS), "{\n  oops }");
    expect(broken.malformed.examples).toEqual([{ line: 2, reason: "this is not valid JSON" }]);
  });
});
