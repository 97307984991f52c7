/**
 * What a capture must never do: let message text come alive in a note, read a file it
 * doesn't understand as if it did, copy a file from outside into the vault, or write a
 * second line for a day that got one while the review was open.
 */
import { describe, expect, it, vi } from "vitest";
import { lastModal, modalReady, notices, runCommand } from "../../fake/harness";
import { CaptureFilePicker } from "../../../src/ui/capture/capture-file-picker";
import { CaptureModal } from "../../../src/ui/capture/capture-modal";
import { note } from "../start-plugin";
import { captureVault, fixture, openCapture, PEOPLE, PRIYA, reviewLines, SAM } from "./capture-fixture";

const CHAT = "Chats/WhatsApp Chat with Sam Rivera.txt";

function chat(lines: string[]): string {
  return lines.map((text, i) => `${String(i + 10)}/03/2024, 09:00 - ${i % 2 === 0 ? "Sam Rivera" : "Alex Morgan"}: ${text}`).join("\n") + "\n";
}

describe("message text in a note", () => {
  it("is written as plain text: no tag, link, comment, highlight, HTML or block id comes alive, and it reads back as written", async () => {
    const texts = ["See #project-x soon", "Ask [[Zoe Martin]] about it", "Hidden %% comment %% here", "This is ==important==", "<b>bold</b> move", "Meeting notes ^abc123"];
    const started = await captureVault({ [CHAT]: chat(texts) });
    const modal = await openCapture(started, CHAT);
    // The review shows the words as they were sent.
    expect(reviewLines(modal).filter((l) => l.includes("["))).toContain("  [x] 2024-03-11  message →  Ask [[Zoe Martin]] about it");
    await modal.submit();
    await started.flush();
    const log = (started.text(SAM) ?? "").split("## Touches\n")[1]?.split("\n\n")[0];
    expect(log).toBe(
      [
        "- 2024-03-04 coffee — by hand",
        "- 2024-03-10 message ← — See \\#project-x soon",
        "- 2024-03-11 message → — Ask \\[\\[Zoe Martin\\]\\] about it",
        "- 2024-03-12 message ← — Hidden % comment % here",
        "- 2024-03-13 message → — This is \\=\\=important\\=\\=",
        "- 2024-03-14 message ← — \\<b>bold\\</b> move",
        "- 2024-03-15 message → — Meeting notes \\^abc123",
      ].join("\n"),
    );
    const cache = started.app.metadataCache.getCache(SAM);
    expect(cache?.tags ?? []).toEqual([]);
    expect(cache?.links ?? []).toEqual([]);
    expect(cache?.blocks ?? {}).toEqual({});
    expect(started.plugin.index.get("People/Zoe Martin.md")?.touchDates).toEqual([]);
    const notes = (await started.plugin.api.getTouches(SAM)).map((t) => t.note);
    expect(notes.slice(1)).toEqual(log?.split("\n").slice(1).map((l) => l.slice(l.indexOf(" — ") + 3)));
  });
});

describe("a file that isn't an export a capture reads", () => {
  it("says what it looks like and what to do, and reads nothing", async () => {
    const started = await captureVault({ "Imports/contacts.csv": "Name,Given Name,Family Name,E-mail 1 - Value\nSam Rivera,Sam,Rivera,sam@rivera.example\n" });
    // .csv isn't offered; picked from the device instead.
    await runCommand(started.app, "capture-touches");
    const picker = lastModal<CaptureFilePicker>() as CaptureFilePicker;
    await modalReady(picker);
    picker.close();
    picker.pickOutside(new File([started.text("Imports/contacts.csv") ?? ""], "contacts.csv"));
    const modal = lastModal<CaptureModal>() as CaptureModal;
    await modal.waiting;
    expect(modal.contentEl.querySelector(".kit-error")?.textContent).toBe("contacts.csv looks like a Google Contacts CSV, not an export a capture reads. Use Import contacts to read it.");
    expect(modal.reading).toBeNull();
  });
});

describe("a file from outside the vault", () => {
  it("is read where it is, in chunks, and never copied into the vault", async () => {
    const started = await captureVault({});
    const files = started.app.vault.getFiles().map((f) => f.path).sort();
    const create = vi.spyOn(started.app.vault, "createBinary");
    await runCommand(started.app, "capture-touches");
    const picker = lastModal<CaptureFilePicker>() as CaptureFilePicker;
    await modalReady(picker);
    const file = new File([fixture("whatsapp-android-us.txt")], "WhatsApp Chat with Sam Rivera.txt");
    const slice = vi.spyOn(file, "slice");
    const drop = new Event("drop") as DragEvent;
    Object.defineProperty(drop, "dataTransfer", { value: { files: [file] } });
    picker.modalEl.dispatchEvent(drop);
    const modal = lastModal<CaptureModal>() as CaptureModal;
    await modal.waiting;
    expect(slice).toHaveBeenCalled();
    expect(modal.plan?.proposals.map((p) => `${p.name}: ${p.touches.length}`)).toEqual(["Sam Rivera: 4"]);
    await modal.submit();
    await started.flush();
    expect(started.app.vault.getFiles().map((f) => f.path).sort()).toEqual(files);
    expect(create).not.toHaveBeenCalled();
    expect(started.text(SAM)).toContain("- 2024-03-13 message ↔ — (midnight already, sorry)\n");
  });
});

describe("notes that change or can't be written", () => {
  it("leaves out a day that got a line while the review was open, and reports a note it can't write while the rest land", async () => {
    const started = await captureVault({ "Exports/google.ics": fixture("google.ics"), "People/Chris Lee.md": note("tier: peer\nemail: chris@lee.example\nbroken: [yes") });
    const modal = await openCapture(started, "Exports/google.ics");
    expect(modal.contentEl.querySelector(".kit-capture-person[data-path='People/Chris Lee.md'] .kit-error")?.textContent).toMatch(/^This note can't be written: /);
    // Meanwhile, a touch with Priya on one of the days is logged by hand.
    await started.plugin.actions.logTouch({ path: PRIYA, name: "Priya Shah" }, { date: "2024-05-14", kind: "call" });
    await started.flush();
    await modal.submit();
    await started.flush();
    expect(started.text(PRIYA)?.match(/^- 2024-05-14 .*$/gm)).toEqual(["- 2024-05-14 call"]);
    expect(started.text("People/Chris Lee.md")).toBe(note("tier: peer\nemail: chris@lee.example\nbroken: [yes"));
    expect(started.text(SAM)).toBe(note("tier: ally   # closest\nemail: sam@rivera.example\nlast_touch: 2024-03-05", "Met at the summit.\n\n## Touches\n- 2024-03-04 coffee — by hand\n- 2024-03-05 meeting → — Coffee with Sam\n\n## Notes\nlikes tea\n"));
    expect(notices().at(-1)).toMatch(/^Captured 6 touches with 2 people from google\.ics\.\n1 day had a touch by then and got no second line\.\nCouldn't write Chris Lee: .*\. Undo$/s);
    expect(PEOPLE[PRIYA]).not.toBe(started.text(PRIYA));
  });
});
