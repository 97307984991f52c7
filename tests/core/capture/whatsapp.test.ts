import { describe, expect, it } from "vitest";
import { chatNameFromFile, WhatsAppParser, type WhatsAppOptions } from "../../../src/core/capture/whatsapp";
import { daysByPerson, feed, fixture } from "./helpers";

const ME = { me: ["Alex Morgan"] };
const LONG = "I vote for the one about the lighthouse keeper, it has been on my list since la…";

function capture(name: string, options: WhatsAppOptions = ME, size = Infinity) {
  return feed(new WhatsAppParser(options), fixture(name), size);
}

describe("WhatsApp capture: an iOS group chat, day first, 24-hour clock", () => {
  const extract = capture("whatsapp-ios-group-uk.txt");

  it("counts a group day for each person who wrote on a day the user wrote too", () => {
    expect(daysByPerson(extract)).toEqual({
      "Sam Rivera": ["2024-03-13 ↔ Lovely cover", "2024-03-02 ↔ Morning all! Which book first?"],
      "Zoë Martin": ["2024-03-16 ↔ 👍", `2024-03-02 ↔ ${LONG}`],
      "+44 7700 900123": ["2024-03-13 ↔ Lovely cover", `2024-03-02 ↔ ${LONG}`],
    });
  });

  it("reads a sender saved under no name as a phone number", () => {
    const phone = extract.people.find((p) => p.phones.length > 0);
    expect(phone).toMatchObject({ name: null, emails: [], phones: ["+44 7700 900123"] });
  });

  it("skips the lines WhatsApp writes itself and lists every sender", () => {
    expect(extract.skipped).toEqual({ "lines WhatsApp writes itself": 4 });
    expect(extract.malformed.count).toBe(0);
    expect(extract.notices).toEqual([]);
    expect(extract.chat).toEqual({ senders: ["Alex Morgan", "Sam Rivera", "Zoë Martin", "+44 7700 900123"], me: "Alex Morgan" });
  });
});

describe("WhatsApp capture: an Android chat, month first, 12-hour clock", () => {
  const options: WhatsAppOptions = { me: ["Alex Morgan"], fileName: "WhatsApp Chat with Sam Rivera.txt" };
  const extract = capture("whatsapp-android-us.txt", options);

  it("gives each day one touch, its direction from who wrote, its snippet the day's first message", () => {
    expect(daysByPerson(extract)).toEqual({
      "Sam Rivera": [
        // 12:00 AM is midnight: the first message of the 13th.
        "2024-03-13 ↔ (midnight already, sorry)",
        // Media first, then words: the words are the snippet.
        "2024-03-12 ← Look what I found at the market",
        "2024-03-09 → Happy birthday!! 🎉",
        "2024-03-02 ↔ Hey! Are you around this weekend?",
      ],
    });
  });

  it("counts lines it can't place, with their line numbers", () => {
    expect(extract.malformed).toEqual({
      count: 2,
      examples: [
        { line: 12, reason: "a message whose date or time can't be read" },
        { line: 11, reason: "a date that doesn't fit the order of the chat's other dates" },
      ],
    });
    expect(extract.skipped).toEqual({ "lines WhatsApp writes itself": 2 });
  });

  it("takes the other sender as the user when the file names whom the chat is with", () => {
    const guessed = capture("whatsapp-android-us.txt", { me: [], fileName: "WhatsApp Chat with Sam Rivera.txt" });
    expect(daysByPerson(guessed)).toEqual(daysByPerson(extract));
    expect(guessed.notices).toContain('"Alex Morgan" was taken as you: the chat is with Sam Rivera.');
  });

  it("asks who the user is when it can't tell, and answers again without reading the file twice", () => {
    const parser = new WhatsAppParser({ me: [] });
    const unknown = feed(parser, fixture("whatsapp-android-us.txt"));
    expect(unknown.people).toEqual([]);
    expect(unknown.notices).toContain("Say which sender is you to capture this chat.");
    expect(unknown.chat?.senders).toEqual(["Sam Rivera", "Alex Morgan"]);
    expect(daysByPerson(parser.extractFor({ me: ["alex morgan"] }))).toEqual(daysByPerson(extract));
  });
});

describe("WhatsApp capture: other locales", () => {
  it("German: dotted dates with two-digit years, media in German", () => {
    const extract = capture("whatsapp-android-de.txt");
    expect(daysByPerson(extract)).toEqual({ "Priya Shah": ["2024-04-02 → Kaffee nächste Woche?", "2024-03-15 ↔ Hallo Alex, wie geht's?"] });
    expect(extract.skipped).toEqual({ "lines WhatsApp writes itself": 1 });
  });

  it("Canada: year first, a.m. and p.m. in lower case; the earliest message of the day is the snippet", () => {
    expect(daysByPerson(capture("whatsapp-android-ca.txt"))).toEqual({
      "Jordan Park": ["2024-03-16 → Yes! Two for Saturday", "2024-03-15 ↔ an earlier line later in the file"],
    });
  });

  it("names the chat from the file name in the usual languages", () => {
    expect(chatNameFromFile("WhatsApp Chat with Sam Rivera.txt")).toBe("Sam Rivera");
    expect(chatNameFromFile("/Downloads/WhatsApp Chat - Zoë Martin.zip")).toBe("Zoë Martin");
    expect(chatNameFromFile("WhatsApp-Chat mit Priya Shah.txt")).toBe("Priya Shah");
    expect(chatNameFromFile("_chat.txt")).toBeNull();
  });
});

describe("WhatsApp capture: deciding the date order", () => {
  const chat = (lines: string[]) => lines.map((l) => `${l} - Kim: hello`).join("\n");

  it("dates that run forward only one way decide it", () => {
    const extract = feed(new WhatsAppParser({ me: ["Kim"] }), `${chat(["12/01/24, 10:00", "01/02/24, 10:00"])}\n01/02/24, 11:00 - Lee: hi`);
    expect(daysByPerson(extract)).toEqual({ Lee: ["2024-02-01 ↔ hello", "2024-01-12 → hello"] });
    expect(extract.notices).toEqual([]);
  });

  it("dates that read both ways follow the locale hint, or are read day first, and either way it is reported", () => {
    const text = `${chat(["01/02/24, 10:00", "01/03/24, 10:00"])}\n01/03/24, 11:00 - Lee: hi`;
    const hinted = feed(new WhatsAppParser({ me: ["Kim"], dateOrder: "mdy" }), text);
    expect(daysByPerson(hinted)).toEqual({ Lee: ["2024-01-03 ↔ hello", "2024-01-02 → hello"] });
    expect(hinted.notices).toEqual(["The dates in this chat read both ways (day first or month first); they were read month first. Choose day first if that's how your phone writes dates."]);
    const unhinted = feed(new WhatsAppParser({ me: ["Kim"] }), text);
    expect(daysByPerson(unhinted)).toEqual({ Lee: ["2024-03-01 ↔ hello", "2024-02-01 → hello"] });
    expect(unhinted.notices).toEqual(["The dates in this chat read both ways (day first or month first); they were read day first. Choose month first if that's how your phone writes dates."]);
  });

  it("says so when the file holds no WhatsApp messages", () => {
    const extract = feed(new WhatsAppParser(ME), "Name,Email\nSam,sam@x.example\n");
    expect(extract.notices[0]).toMatch(/doesn't look like a WhatsApp chat export/);
    expect(extract.malformed).toEqual({ count: 2, examples: [1, 2].map((line) => ({ line, reason: "text before the first message" })) });
  });
});
