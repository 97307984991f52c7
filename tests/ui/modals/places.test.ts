import { afterEach, describe, expect, it, vi } from "vitest";
import { chooseSuggestion, click, currentSuggestions, lastMenu, lastModal, modalReady, noticeLog, notices, runCommand, setSuggestQuery, typeText } from "../../fake/harness";
import type { PlaceCount } from "../../../src/core/contacts/places";
import type { RelationshipsView } from "../../../src/ui/sidebar/relationships-view";
import { PlacePeopleModal, PlacesModal } from "../../../src/ui/modals/places-modal";
import { SetPlaceModal } from "../../../src/ui/modals/set-place-modal";
import { note, openView, setListWidth, startPlugin, type Started } from "../../obsidian/start-plugin";

const ANA = "People/Ana Souza.md";
const PRIYA = "People/Priya.md";
const SAM = "People/Sam Rivera.md";
const KENJI = "People/Kenji.md";
const NOOR = "People/Noor.md";
const ODD = "People/Odd.md";
const VAULT = {
  [ANA]: note("tier: mentor\nlast_touch: 2026-09-20\nlocation: Lisbon\ntimezone: Europe/Lisbon"), // due
  [PRIYA]: note("tier: peer\nlast_touch: 2026-11-20\nlocation: Bengaluru\ntimezone: Asia/Kolkata"), // ok
  [SAM]: note("tier: ally\nlast_touch: 2026-09-01\nlocation: [New York, NY]\ntimezone: America/New_York"), // overdue
  [KENJI]: note("tier: peer\nlast_touch: 2026-11-01\nlocation: 1010\ntimezone: Mars/Olympus_Mons"), // ok, a bad zone
  [NOOR]: note("tier: ally\nlast_touch: 2026-08-01\nlocation: Lisbon"), // overdue
  [ODD]: note("tier: peer   # a comment stays\nlast_touch: 2026-11-10", "## Touches\n- 2026-11-10 call\n"),
};
/** 17:10 UTC: 17:10 in Lisbon, 22:40 in Bengaluru (UTC+5:30), 12:10 in New York. */
const INSTANT = new Date(Date.UTC(2026, 10, 22, 17, 10, 5));

async function started(): Promise<Started> {
  const s = await startPlugin(VAULT);
  s.plugin.now = () => INSTANT;
  return s;
}

function row(view: RelationshipsView, path: string): HTMLElement {
  const el = view.contentEl.querySelector<HTMLElement>(`.kit-row[data-path="${path}"]`);
  if (!el) throw new Error(`no row for ${path}`);
  return el;
}

function openRest(view: RelationshipsView): void {
  const details = view.contentEl.querySelector("details.kit-rest") as HTMLDetailsElement;
  details.open = true;
  details.dispatchEvent(new Event("toggle"));
}

function rowNames(view: RelationshipsView): string[] {
  return Array.from(view.contentEl.querySelectorAll(".kit-row .kit-name")).map((el) => el.textContent ?? "");
}

/** The view as wide as a tab: places and local times are on the rows' third line, which only a wide view draws. */
async function openWideView(s: Started): Promise<RelationshipsView> {
  const view = await openView(s);
  setListWidth(view, 600);
  return view;
}

afterEach(() => vi.restoreAllMocks());

describe("places in the view", () => {
  it("shows @place on a row: a list joined, a number as text", async () => {
    const view = await openWideView(await started());
    openRest(view);
    expect(row(view, ANA).querySelector(".kit-place")?.textContent).toBe("@Lisbon");
    expect(row(view, SAM).querySelector(".kit-place")?.textContent).toBe("@New York, NY");
    expect(row(view, KENJI).querySelector(".kit-place")?.textContent).toBe("@1010");
    expect(row(view, ODD).querySelector(".kit-place")).toBeNull();
  });

  it("filters by a place when its @place is clicked, and by typing @ in the filter", async () => {
    const view = await openWideView(await started());
    click(row(view, ANA).querySelector(".kit-place") as HTMLElement);
    const search = view.contentEl.querySelector(".kit-text-filter") as HTMLInputElement;
    expect(search.value).toBe("@Lisbon");
    openRest(view);
    expect(rowNames(view)).toEqual(["Noor", "Ana Souza"]);
    typeText(search, "@york");
    expect(rowNames(view)).toEqual(["Sam Rivera"]);
    // A name is not a place: "@" looks at places only.
    typeText(search, "@priya");
    expect(rowNames(view)).toEqual([]);
  });
});

describe("local time in the view", () => {
  it("shows the time there in three zones, one with a half-hour offset, and marks the quiet hours", async () => {
    const view = await openWideView(await started());
    openRest(view);
    const time = (path: string) => row(view, path).querySelector(".kit-local-time");
    expect(time(ANA)?.textContent).toBe("17:10 there");
    expect(time(SAM)?.textContent).toBe("12:10 there");
    expect(time(PRIYA)?.textContent).toBe("22:40 there");
    expect(time(PRIYA)?.classList.contains("kit-local-quiet")).toBe(true);
    expect(time(PRIYA)?.querySelector(".kit-local-icon svg")).not.toBeNull();
    expect(time(PRIYA)?.getAttribute("title")).toBe("22:40 there \u2014 late evening for them (UTC+5:30)");
    expect(time(ANA)?.classList.contains("kit-local-quiet")).toBe(false);
    // A tap explains, as on the other marks of a row.
    click(time(PRIYA) as HTMLElement);
    expect(notices().at(-1)).toBe("22:40 there \u2014 late evening for them (UTC+5:30)");
  });

  it("shows no local time for a zone that isn't one, and says why", async () => {
    const view = await openWideView(await started());
    openRest(view);
    expect(row(view, KENJI).querySelector(".kit-local-time")).toBeNull();
    expect(row(view, KENJI).querySelector(".kit-warning")?.getAttribute("aria-label")).toMatch(/"Mars\/Olympus_Mons" is not a time zone/);
    expect(row(view, NOOR).querySelector(".kit-local-time")).toBeNull();
  });

  it("follows the quiet hours in settings", async () => {
    const s = await started();
    s.plugin.settings.quietHoursFrom = 12;
    s.plugin.settings.quietHoursTo = 13;
    const view = await openWideView(s);
    expect(row(view, SAM).querySelector(".kit-local-time")?.classList.contains("kit-local-quiet")).toBe(true);
    expect(row(view, ANA).querySelector(".kit-local-time")?.classList.contains("kit-local-quiet")).toBe(false);
  });

  it("redraws rows with a local time when the minute turns, from one timer for the view, and only those rows", async () => {
    const timeouts = vi.spyOn(window, "setTimeout");
    const s = await started();
    const view = await openWideView(s);
    const minuteTimer = timeouts.mock.calls.find(([, delay]) => typeof delay === "number" && delay > 50_000);
    expect(minuteTimer?.[1]).toBe(60_000 - 5_000 + 200);
    const noorRow = row(view, NOOR);
    s.plugin.now = () => new Date(INSTANT.getTime() + 60_000);
    (minuteTimer?.[0] as () => void)();
    expect(row(view, ANA).querySelector(".kit-local-time")?.textContent).toBe("17:11 there");
    expect(row(view, SAM).querySelector(".kit-local-time")?.textContent).toBe("12:11 there");
    expect(row(view, NOOR)).toBe(noorRow);
  });
});

describe("Who's in…?", () => {
  it("lists places by how many people are there, then shows them, the most overdue first", async () => {
    const s = await started();
    await runCommand(s.app, "whos-in");
    const picker = lastModal<PlacesModal>() as PlacesModal;
    await modalReady(picker);
    expect(currentSuggestions<PlaceCount>(picker)).toEqual([
      { place: "Lisbon", count: 2 },
      { place: "1010", count: 1 },
      { place: "Bengaluru", count: 1 },
      { place: "New York, NY", count: 1 },
    ]);
    await setSuggestQuery(picker, "@lis");
    await chooseSuggestion(picker, 0);
    const list = lastModal<PlacePeopleModal>() as PlacePeopleModal;
    await modalReady(list);
    const rows = Array.from(list.contentEl.querySelectorAll<HTMLElement>(".kit-part-row"));
    expect(rows.map((r) => r.querySelector(".kit-name")?.textContent)).toEqual(["Noor", "Ana Souza"]);
    expect(rows[1]?.querySelector(".kit-local-time")?.textContent).toBe("17:10 there");
    // One click logs a touch.
    click(rows[0]?.querySelector("button") as HTMLElement);
    await s.flush();
    expect(s.text(NOOR)).toContain("last_touch: 2026-11-22");
    expect(notices().at(-1)).toMatch(/^Logged a touch with Noor\./);
  });

  it("shows the place in the view on request", async () => {
    const s = await started();
    const list = new PlacePeopleModal(s.plugin.host, "Lisbon");
    list.open();
    await modalReady(list);
    click(Array.from(list.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Show in the view") as HTMLElement);
    await s.flush();
    const view = await openView(s);
    expect((view.contentEl.querySelector(".kit-text-filter") as HTMLInputElement).value).toBe("@Lisbon");
  });

  it("says how to add a place when no one has one", async () => {
    const s = await startPlugin({ [ODD]: VAULT[ODD] });
    const picker = new PlacesModal(s.plugin.host);
    picker.open();
    await modalReady(picker);
    expect(currentSuggestions(picker)).toEqual([]);
    expect(picker.emptyStateText).toMatch(/Set place and time zone/);
  });
});

/** The "Undo" link in the latest notice. */
function undoLink(): HTMLAnchorElement {
  const link = noticeLog.at(-1)?.notice.messageEl.querySelector<HTMLAnchorElement>("a.kit-undo-link");
  if (!link) throw new Error(`no Undo link in "${notices().at(-1)}"`);
  return link;
}

function field(modal: SetPlaceModal, cls: string): HTMLInputElement {
  return modal.contentEl.querySelector(`.${cls}`) as HTMLInputElement;
}

describe("setting place and time zone", () => {
  it("sets both for one contact from the row menu, byte for byte, the fields holding what the note says", async () => {
    const s = await started();
    const view = await openView(s);
    click(row(view, ANA).querySelector(".kit-more") as HTMLElement);
    lastMenu()?.items.find((i) => i.title === "Set place and time zone…")?.dom.click();
    const modal = lastModal<SetPlaceModal>() as SetPlaceModal;
    await modalReady(modal);
    expect(field(modal, "kit-place-location").value).toBe("Lisbon");
    expect(field(modal, "kit-place-zone").value).toBe("Europe/Lisbon");
    typeText(field(modal, "kit-place-location"), "Porto");
    typeText(field(modal, "kit-place-zone"), "");
    expect(await modal.submit()).toBe(true);
    await s.flush();
    // The emptied zone is removed; everything else stays as it was.
    expect(s.text(ANA)).toBe(note("tier: mentor\nlast_touch: 2026-09-20\nlocation: Porto\ntimezone:"));
    expect(notices().at(-1)).toBe("Set the place to Porto and cleared the time zone for Ana Souza. Undo");
  });

  it("suggests zone names with the time there, and refuses one it doesn't know", async () => {
    const s = await started();
    const modal = new SetPlaceModal(s.plugin.host, s.plugin.index.get(ODD) ?? null);
    modal.open();
    await modalReady(modal);
    await setSuggestQuery(modal.zoneSuggest, "new york");
    expect(currentSuggestions(modal.zoneSuggest)).toEqual(["America/New_York"]);
    await setSuggestQuery(modal.zoneSuggest, "Asia/Kolkata");
    expect(currentSuggestions(modal.zoneSuggest)[0]).toBe("Asia/Kolkata");
    typeText(field(modal, "kit-place-zone"), "Asia/Kolkata");
    expect(modal.contentEl.querySelector(".kit-place-zone-hint")?.textContent).toBe("22:40 there \u2014 late evening for them (UTC+5:30)");
    typeText(field(modal, "kit-place-zone"), "Lisbon");
    expect(modal.contentEl.querySelector(".kit-place-zone-hint")?.textContent).toBe('"Lisbon" is not a time zone Obsidian knows.');
    expect(await modal.submit()).toBe(false);
    expect(modal.contentEl.querySelector(".kit-group-status")?.textContent).toMatch(/^"Lisbon" is not a time zone Obsidian knows\. Use a name like/);
    expect(s.text(ODD)).toBe(VAULT[ODD]);
  });

  it("sets several at once from the command, as one step to undo; blank fields leave each note's own", async () => {
    const s = await started();
    await runCommand(s.app, "set-place-for-several");
    const modal = lastModal<SetPlaceModal>() as SetPlaceModal;
    await modalReady(modal);
    expect(await modal.submit()).toBe(false);
    typeText(field(modal, "kit-place-zone"), "europe/lisbon");
    expect(await modal.submit()).toBe(false);
    expect(modal.contentEl.querySelector(".kit-group-status")?.textContent).toBe("Pick at least one person.");
    // "@Lisbon" in the list's search, then "Select all shown": Ana and Noor.
    typeText(modal.contentEl.querySelector(".kit-group-search") as HTMLInputElement, "@Lisbon");
    click(Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Select all shown") as HTMLElement);
    typeText(modal.contentEl.querySelector(".kit-group-search") as HTMLInputElement, "odd");
    click(modal.contentEl.querySelector(`input[data-path="${ODD}"]`) as HTMLElement);
    expect(modal.contentEl.querySelector(".kit-group-count")?.textContent).toBe("3 selected");
    expect(await modal.submit()).toBe(true);
    await s.flush();
    expect(s.text(NOOR)).toBe(note("tier: ally\nlast_touch: 2026-08-01\nlocation: Lisbon\ntimezone: Europe/Lisbon"));
    expect(s.text(ODD)).toBe(note("tier: peer   # a comment stays\nlast_touch: 2026-11-10\ntimezone: Europe/Lisbon", "## Touches\n- 2026-11-10 call\n"));
    // Ana already had it: her note is untouched.
    expect(s.text(ANA)).toBe(VAULT[ANA]);
    expect(notices().at(-1)).toBe("Set the time zone to Europe/Lisbon for 2 people. Undo");
    expect(s.plugin.undo.size).toBe(1);
    click(undoLink());
    await s.flush();
    for (const path of [ANA, NOOR, ODD] as const) expect(s.text(path)).toBe(VAULT[path]);
    expect(notices().at(-1)).toBe("Undone: set the time zone to Europe/Lisbon for 2 people.");
  });

  it("clears a property for several, and names a note it can't write", async () => {
    const s = await started();
    const modal = new SetPlaceModal(s.plugin.host, null, [ANA, SAM]);
    modal.open();
    await modalReady(modal);
    const toggle = Array.from(modal.contentEl.querySelectorAll<HTMLElement>(".setting-item")).find((el) => el.textContent?.startsWith("Clear location"));
    click(toggle?.querySelector(".checkbox-container") as HTMLElement);
    expect(await modal.submit()).toBe(false);
    await s.flush();
    expect(s.text(ANA)).toBe(note("tier: mentor\nlast_touch: 2026-09-20\nlocation:\ntimezone: Europe/Lisbon"));
    // Sam's location is a list: replacing it could lose a line, so his note is left alone and named.
    expect(s.text(SAM)).toBe(VAULT[SAM]);
    expect(notices().at(-1)).toMatch(/^Cleared the place for 1 person\.\nCouldn't write to Sam Rivera: The property "location" holds a list/);
  });
});
