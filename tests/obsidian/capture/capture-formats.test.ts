/**
 * Each export through the real plugin: the command, the file picker, the review, and
 * the bytes written. The fixtures' user is Alex Morgan (alex@me.example), in Berlin,
 * capturing in mid-June 2024.
 */
import { describe, expect, it } from "vitest";
import { click, noticeLog, notices } from "../../fake/harness";
import { captureVault, fixture, openCapture, PEOPLE, PRIYA, reportLines, reviewLines, SAM, ZOE } from "./capture-fixture";
import { note } from "../start-plugin";

const MENTORING = ["2024-01-09", "2024-02-13", "2024-04-09", "2024-05-14", "2024-06-11"];

function undo(): void {
  const link = noticeLog.at(-1)?.notice.messageEl.querySelector<HTMLAnchorElement>("a.kit-undo-link");
  if (!link) throw new Error(`no Undo link in "${notices().at(-1)}"`);
  click(link);
}

describe("capturing a calendar export", () => {
  it("reviews each person's meetings, newest first, and writes the ticked ones and a new contact as one step to undo", async () => {
    const started = await captureVault({ "Exports/google.ics": fixture("google.ics") });
    const modal = await openCapture(started, "Exports/google.ics");
    expect(modal.contentEl.querySelector(".kit-capture-summary")?.textContent).toBe("Calendar (.ics): 14 new touches with 3 people. Nothing is written until you choose Capture.");
    expect(reviewLines(modal)).toEqual([
      "Priya Shah (6 days)",
      "  [x] 2024-06-11  meeting →  Mentoring",
      "  [x] 2024-05-14  meeting →  Mentoring",
      "  [x] 2024-04-10  meeting ↔  Design offsite",
      "  [x] 2024-04-09  meeting →  Mentoring",
      "  [x] 2024-02-13  meeting →  Mentoring",
      "  [x] 2024-01-09  meeting →  Mentoring",
      "Sam Rivera (1 day)",
      "  [x] 2024-03-05  meeting →  Coffee with Sam",
      "Zoe Martin (7 days) capture: never, so unticked",
      "  [ ] 2024-02-21  meeting ←  Zoë / Alex weekly",
      "  [ ] 2024-02-14  meeting ←  Zoë / Alex weekly",
      "  [ ] 2024-02-07  meeting ←  Zoë / Alex weekly",
      "  [ ] 2024-01-31  meeting ←  Zoë / Alex weekly",
      "  [ ] 2024-01-25  meeting ←  Zoë / Alex weekly (moved)",
      "  [ ] 2024-01-10  meeting ←  Zoë / Alex weekly",
      "  [ ] 2024-01-03  meeting ←  Zoë / Alex weekly",
    ]);
    expect(reportLines(modal)).toEqual([
      "Chris Lee <chris@lee.example>1 day, last 2024-04-10Create contact",
      "Jordan Park <jordan@park.example> fits People/Jordan Park and Work/Jordan Park: not captured. Add the address to one note, or an alias, and capture again.",
      "Cancelled events: 2",
      "Events you declined: 1",
      "Events still to come: 1",
      "Events with more than 10 people: 1",
    ]);
    expect(modal.contentEl.querySelector(".mod-cta:not(.kit-capture-create)")?.textContent).toBe("Capture 7 touches");
    // Nothing is written by the review.
    for (const [path, text] of Object.entries(PEOPLE)) expect(started.text(path)).toBe(text);

    // Chris joins as a new contact; one of Priya's days is left out; one of Zoë's is ticked after all.
    click(modal.contentEl.querySelector(".kit-capture-create") as HTMLElement);
    expect(reviewLines(modal)).toContain("Chris Lee (1 day) new contact");
    modal.select(PRIYA, "2024-04-10", false);
    modal.select(ZOE, "2024-01-25", true);
    expect(modal.contentEl.querySelector(".mod-cta:not(.kit-capture-create)")?.textContent).toBe("Capture 8 touches");
    expect(await modal.submit()).toBe(true);
    await started.flush();

    expect(started.text(SAM)).toBe(note("tier: ally   # closest\nemail: sam@rivera.example\nlast_touch: 2024-03-05", "Met at the summit.\n\n## Touches\n- 2024-03-04 coffee — by hand\n- 2024-03-05 meeting → — Coffee with Sam\n\n## Notes\nlikes tea\n"));
    expect(started.text(PRIYA)).toBe(note("tier: mentor\nemails:\n  - PRIYA@shah.example\nlast_touch: 2024-06-11", `## Touches\n${MENTORING.map((d) => `- ${d} meeting → — Mentoring\n`).join("")}`));
    expect(started.text(ZOE)).toBe(note("tier: peer\naliases: [Zoë]\ncapture: never\nlast_touch: 2024-01-25", "## Touches\n- 2024-01-25 meeting ← — Zoë / Alex weekly (moved)\n"));
    // The contacts folder makes a note a contact, so the new one waits without a tier to be sorted.
    expect(started.text("People/Chris Lee.md")).toBe(note("email: chris@lee.example\nlast_touch: 2024-04-10", "## Touches\n- 2024-04-10 meeting ← — Design offsite\n"));
    expect(notices().at(-1)).toBe("Captured 8 touches with 4 people from google.ics.\n1 new contact created. Undo");
    expect(started.plugin.index.get("People/Chris Lee.md")?.lastTouch).toBe("2024-04-10");

    undo();
    await started.flush();
    for (const [path, text] of Object.entries(PEOPLE)) expect(started.text(path)).toBe(text);
    expect(started.text("People/Chris Lee.md")).toBeNull();
    expect(notices().at(-1)).toBe("Undone: captured touches from google.ics.");
  });

  it("leaves event titles out of the notes when the setting says so", async () => {
    const started = await captureVault({ "Exports/google.ics": fixture("google.ics") }, { captureMe: [], captureEmails: ["alex@me.example"], captureTitles: false });
    const modal = await openCapture(started, "Exports/google.ics");
    await modal.submit();
    await started.flush();
    expect(started.text(SAM)).toContain("- 2024-03-05 meeting →\n");
    expect(started.text(PRIYA)).not.toContain("Mentoring");
  });
});

describe("capturing a WhatsApp chat", () => {
  it("writes a touch a day with who wrote, named after the chat's other person", async () => {
    const started = await captureVault({ "Chats/WhatsApp Chat with Sam Rivera.txt": fixture("whatsapp-android-us.txt") });
    const modal = await openCapture(started, "Chats/WhatsApp Chat with Sam Rivera.txt");
    expect(reviewLines(modal)).toEqual([
      "Sam Rivera (4 days)",
      "  [x] 2024-03-13  message ↔  (midnight already, sorry)",
      "  [x] 2024-03-12  message ←  Look what I found at the market",
      "  [x] 2024-03-09  message →  Happy birthday!! 🎉",
      "  [x] 2024-03-02  message ↔  Hey! Are you around this weekend?",
    ]);
    expect(reportLines(modal)).toEqual([
      "Lines WhatsApp writes itself: 2",
      "Line 12: a message whose date or time can't be read",
      "Line 11: a date that doesn't fit the order of the chat's other dates",
      "The dates in this chat mix day-first and month-first; they were read the way most of them are written.",
    ]);
    await modal.submit();
    await started.flush();
    expect(started.text(SAM)).toBe(
      note(
        "tier: ally   # closest\nemail: sam@rivera.example\nlast_touch: 2024-03-13",
        "Met at the summit.\n\n## Touches\n- 2024-03-02 message ↔ — Hey! Are you around this weekend?\n- 2024-03-04 coffee — by hand\n- 2024-03-09 message → — Happy birthday!! 🎉\n- 2024-03-12 message ← — Look what I found at the market\n- 2024-03-13 message ↔ — (midnight already, sorry)\n\n## Notes\nlikes tea\n",
      ),
    );
    expect(notices().at(-1)).toBe("Captured 4 touches with 1 person from WhatsApp Chat with Sam Rivera.txt. Undo");
  });

  it("asks once which sender is the user in a group chat, and remembers it", async () => {
    const started = await captureVault({ "Chats/_chat.txt": fixture("whatsapp-ios-group-uk.txt") }, {});
    const modal = await openCapture(started, "Chats/_chat.txt");
    const senders = Array.from(modal.contentEl.querySelectorAll<HTMLButtonElement>(".kit-capture-sender"));
    expect(senders.map((b) => b.textContent)).toEqual(["Alex Morgan", "Sam Rivera", "Zoë Martin", "+44 7700 900123"]);
    click(senders[0] as HTMLButtonElement);
    await modal.ready;
    await started.flush();
    expect(started.plugin.settings.captureMe).toEqual(["Alex Morgan"]);
    expect(reviewLines(modal)).toEqual([
      "Sam Rivera (2 days)",
      "  [x] 2024-03-13  message ↔  Lovely cover",
      "  [x] 2024-03-02  message ↔  Morning all! Which book first?",
      "Zoe Martin (2 days) capture: never, so unticked",
      "  [ ] 2024-03-16  message ↔  👍",
      "  [ ] 2024-03-02  message ↔  I vote for the one about the lighthouse keeper, it has been on my list since la…",
    ]);
    // The phone number saved under no name fits no note: offered as a new contact.
    expect(reportLines(modal)[0]).toBe("+44 7700 9001232 days, last 2024-03-13Create contact");
    modal.close();
    const again = await openCapture(started, "Chats/_chat.txt");
    expect(again.contentEl.querySelector(".kit-capture-sender")).toBeNull();
    expect(again.plan?.proposals.map((p) => p.name)).toEqual(["Sam Rivera", "Zoe Martin"]);
  });
});

describe("capturing a Telegram export", () => {
  it("writes messages and an answered call, and they read back with their kinds for a user with a kind list of their own", async () => {
    const started = await captureVault({ "Telegram/result.json": fixture("telegram-single.json") }, { captureMe: ["Alex Morgan"], touchKinds: ["coffee", "check-in"] });
    const modal = await openCapture(started, "Telegram/result.json");
    expect(reviewLines(modal)).toEqual([
      "Sam Rivera (5 days)",
      "  [x] 2024-03-12  message ←  A very long message that goes on and on that goes on and on that goes on and on…",
      "  [x] 2024-03-11  call →",
      "  [x] 2024-03-10  message ←  https://example.org/market look what I found",
      "  [x] 2024-03-09  message →  Happy birthday!! 🎉",
      "  [x] 2024-03-02  message ↔  Hey! Are you around this weekend?",
    ]);
    await modal.submit();
    await started.flush();
    expect(started.text(SAM)).toBe(
      note(
        "tier: ally   # closest\nemail: sam@rivera.example\nlast_touch: 2024-03-12",
        "Met at the summit.\n\n## Touches\n- 2024-03-02 message ↔ — Hey! Are you around this weekend?\n- 2024-03-04 coffee — by hand\n- 2024-03-09 message → — Happy birthday!! 🎉\n- 2024-03-10 message ← — https://example.org/market look what I found\n- 2024-03-11 call →\n- 2024-03-12 message ← — A very long message that goes on and on that goes on and on that goes on and on…\n\n## Notes\nlikes tea\n",
      ),
    );
    const touches = await started.plugin.api.getTouches(SAM);
    expect(touches.map((t) => `${t.date} ${t.kind ?? "(none)"} ${t.direction ?? ""}`)).toEqual([
      "2024-03-02 message mutual",
      "2024-03-04 coffee ",
      "2024-03-09 message out",
      "2024-03-10 message in",
      "2024-03-11 call out",
      "2024-03-12 message in",
    ]);
    expect(touches[1]?.note).toBe("by hand");
  });
});

describe("capturing mail", () => {
  it("asks for the user's addresses once, then writes a touch a day per correspondent", async () => {
    const started = await captureVault({ "Mail/All mail.mbox": fixture("gmail.mbox") }, {});
    const modal = await openCapture(started, "Mail/All mail.mbox");
    const field = modal.contentEl.querySelector<HTMLInputElement>("input[aria-label='Your email addresses']") as HTMLInputElement;
    field.value = "Alex@me.example";
    field.dispatchEvent(new Event("input"));
    click(Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Continue") as HTMLElement);
    await modal.ready;
    await started.flush();
    expect(started.plugin.settings.captureEmails).toEqual(["alex@me.example"]);
    expect(reviewLines(modal)).toEqual([
      "Priya Shah (1 day)",
      "  [x] 2024-03-18  email →  Photos from the trip, and a very long subject line that goes on past the end of…",
      "Sam Rivera (1 day) 1 day already logged",
      "  [x] 2024-03-18  email →  Photos from the trip, and a very long subject line that goes on past the end of…",
      "Zoe Martin (1 day) capture: never, so unticked",
      "  [ ] 2024-03-16  email ←  Café on Friday",
    ]);
    expect(reportLines(modal)).toEqual([
      "Jordan Park <jordan@park.example> fits People/Jordan Park and Work/Jordan Park: not captured. Add the address to one note, or an alias, and capture again.",
      "Mailing lists, newsletters and automatic mail: 2",
      "Messages to more than 10 people: 1",
      "Spam: 1",
      "Mail to yourself: 1",
      "Days that already have a touch: 1",
      "Line 98: a message without a sender",
    ]);
    await modal.submit();
    await started.flush();
    const PHOTOS = "Photos from the trip, and a very long subject line that goes on past the end of…";
    expect(started.text(SAM)).toBe(note("tier: ally   # closest\nemail: sam@rivera.example\nlast_touch: 2024-03-18", `Met at the summit.\n\n## Touches\n- 2024-03-04 coffee — by hand\n- 2024-03-18 email → — ${PHOTOS}\n\n## Notes\nlikes tea\n`));
    expect(started.text(PRIYA)).toBe(note("tier: mentor\nemails:\n  - PRIYA@shah.example\nlast_touch: 2024-03-18", `## Touches\n- 2024-03-18 email → — ${PHOTOS}\n`));
    expect(started.text(ZOE)).toBe(PEOPLE[ZOE]);
    expect(notices().at(-1)).toBe("Captured 2 touches with 2 people from All mail.mbox. Undo");
  });
});
