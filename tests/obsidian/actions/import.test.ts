import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { chooseSuggestion, click, currentSuggestions, lastModal, modalReady, noticeLog, notices, runCommand } from "../../fake/harness";
import type { TFile } from "obsidian";
import { ImportFilePicker } from "../../../src/ui/import/import-file-picker";
import { ImportReviewModal } from "../../../src/ui/import/import-review-modal";
import { note, startPlugin, type Started } from "../start-plugin";

const FIXTURES = join(__dirname, "../../fixtures/import");
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

const SAM = "People/Sam Rivera.md";
const ANA = "People/Ana Souza.md";
const TEMPLATE = "Templates/Person.md";
const VAULT = {
  [SAM]: note("tier: ally   # closest\ncompany: Acme Robotics\npast_companies:\n  - Initech\nlast_touch: 2026-09-01", "Met at the summit.\n"),
  [ANA]: note("tier: mentor\naliases: [Nani]\nemail: ana@globex.example"),
  [TEMPLATE]: "---\ntags: [person]\n---\n## How we met\n\n## Touches\n",
  "Imports/Connections.csv": fixture("Connections.csv"),
  "Imports/contacts.vcf": fixture("apple-v3.vcf"),
  "Imports/notes.md": "not an export\n",
};

/** Runs an import command, picks the file, and waits for the review. */
async function review(started: Started, command: string, path: string): Promise<ImportReviewModal> {
  await runCommand(started.app, command);
  const picker = lastModal<ImportFilePicker>();
  if (!(picker instanceof ImportFilePicker)) throw new Error("no file picker");
  await modalReady(picker);
  const index = currentSuggestions(picker).findIndex((m) => m.item.path === path);
  await chooseSuggestion(picker, index);
  const modal = lastModal<ImportReviewModal>();
  if (!(modal instanceof ImportReviewModal)) throw new Error("no review");
  await modal.ready;
  return modal;
}

function rows(modal: ImportReviewModal, section: string): string[] {
  return Array.from(modal.contentEl.querySelectorAll(`.kit-import-${section} .kit-import-row`)).map((row) => {
    const box = row.querySelector("input") as HTMLInputElement;
    return `${box.checked ? "[x]" : "[ ]"} ${row.querySelector(".kit-import-name")?.textContent ?? ""}: ${row.querySelector(".kit-muted")?.textContent ?? ""}`;
  });
}

function undoLink(): HTMLAnchorElement {
  const link = noticeLog.at(-1)?.notice.messageEl.querySelector<HTMLAnchorElement>("a.kit-undo-link");
  if (!link) throw new Error(`no Undo link in "${notices().at(-1)}"`);
  return link;
}

describe("importing LinkedIn connections", () => {
  it("offers only .csv files, reviews every change before writing, and writes exactly what was ticked", async () => {
    const started = await startPlugin(VAULT);
    started.plugin.settings.importTemplate = TEMPLATE;
    await runCommand(started.app, "import-linkedin-csv");
    const picker = lastModal<ImportFilePicker>() as ImportFilePicker;
    await modalReady(picker);
    expect(currentSuggestions(picker).map((m) => m.item.path)).toEqual(["Imports/Connections.csv"]);
    picker.close();

    const modal = await review(started, "import-linkedin-csv", "Imports/Connections.csv");
    expect(modal.contentEl.querySelector(".kit-import-summary")?.textContent).toBe("Connections.csv: 4 people read. 3 new notes, 1 note to change. Nothing is written until you choose Import.");
    expect(rows(modal, "new")).toEqual([
      "[x] Wei Zhang: company Stark Industries, Inc. · role Senior Engineer, Robotics · email wei.zhang@example.com · linkedin https://www.linkedin.com/in/weizhang · met 2019-01-03",
      "[x] Grace Mwangi PhD: company Nairobi Health Lab · role Research Director · linkedin https://www.linkedin.com/in/gracemwangi · met 2021-02-28",
      "[x] Elif Kaya: company Acme Robotics · role Designer · linkedin https://www.linkedin.com/in/elifkaya",
    ]);
    expect(rows(modal, "fill")).toEqual(["[x] Sam Rivera: role Director of Platform", "[x] Sam Rivera: linkedin https://www.linkedin.com/in/sam-rivera", "[x] Sam Rivera: met 2024-03-12"]);
    expect(rows(modal, "overwrite")).toEqual(["[ ] Sam Rivera: company Acme Robotics → Globex (Acme Robotics joins past_companies)"]);
    expect(Array.from(modal.contentEl.querySelectorAll(".kit-import-reported li")).map((li) => li.textContent)).toEqual([
      "Line 8 has no name (the member hides it); left out.",
      'Elif Kaya (line 9): "Connected On" reads "sometime in 2020", not a date like 12 Mar 2024, so it was left out.',
      "Line 10 has no name and no profile URL; left out.",
    ]);
    // Nothing is written by the review itself.
    expect(started.text(SAM)).toBe(VAULT[SAM]);

    const overwrite = modal.contentEl.querySelector<HTMLInputElement>(".kit-import-overwrite .kit-import-row input")!;
    overwrite.checked = true;
    overwrite.dispatchEvent(new Event("change"));
    modal.select("new-1", false);
    expect(modal.contentEl.querySelector(".kit-import-new .kit-import-section-header input")).toHaveProperty("indeterminate", true);
    modal.setTier("peer");
    expect(await modal.submit()).toBe(true);
    await started.flush();

    expect(started.text(SAM)).toBe(
      note(
        "tier: ally   # closest\ncompany: Globex\npast_companies:\n  - Initech\n  - Acme Robotics\nlast_touch: 2026-09-01\nrole: Director of Platform\nlinkedin: https://www.linkedin.com/in/sam-rivera\nmet: 2024-03-12",
        "Met at the summit.\n",
      ),
    );
    expect(started.text("People/Wei Zhang.md")).toBe(
      "---\ntags: [person]\ntier: peer\ncompany: Stark Industries, Inc.\nrole: Senior Engineer, Robotics\nemail: wei.zhang@example.com\nlinkedin: https://www.linkedin.com/in/weizhang\nmet: 2019-01-03\n---\n## How we met\n\n## Touches\n",
    );
    expect(started.text("People/Elif Kaya.md")).toContain("company: Acme Robotics\n");
    expect(started.text("People/Grace Mwangi PhD.md")).toBeNull();
    expect(started.text(TEMPLATE)).toBe(VAULT[TEMPLATE]);
    expect(notices().at(-1)).toBe("Imported Connections.csv: 2 new notes, 1 note updated. Undo");
    expect(started.plugin.index.get("People/Wei Zhang.md")?.company).toBe("Stark Industries, Inc.");
    expect(started.plugin.index.get(SAM)?.pastCompanies).toEqual(["Initech", "Acme Robotics"]);

    click(undoLink());
    await started.flush();
    expect(started.text(SAM)).toBe(VAULT[SAM]);
    expect(started.text("People/Wei Zhang.md")).toBeNull();
    expect(started.text("People/Elif Kaya.md")).toBeNull();
    expect(notices().at(-1)).toBe("Undone: imported Connections.csv.");
  });

  it("matches the same people when the file is imported again, so nothing is created twice", async () => {
    const started = await startPlugin(VAULT);
    const first = await review(started, "import-linkedin-csv", "Imports/Connections.csv");
    await first.submit();
    await started.flush();
    const second = await review(started, "import-linkedin-csv", "Imports/Connections.csv");
    expect(second.plan?.creates).toEqual([]);
    expect(rows(second, "overwrite")).toEqual(["[ ] Sam Rivera: company Acme Robotics → Globex (Acme Robotics joins past_companies)"]);
    expect(second.plan?.unchanged).toBe(3);
  });
});

describe("importing a vCard file", () => {
  it("matches by alias and by name in another order, makes a name with / safe, and leaves the company-only card out", async () => {
    const vcf = "BEGIN:VCARD\nVERSION:3.0\nFN:Nani\nTEL:+351 912 345 678\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Rivera\\, Sam\nEMAIL:sam@acme.example\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Léa / Martin: Design?\nEND:VCARD\n";
    const started = await startPlugin({ ...VAULT, "contacts.vcf": vcf });
    const modal = await review(started, "import-vcard", "contacts.vcf");
    expect(rows(modal, "fill")).toEqual(["[x] Ana Souza: phone +351 912 345 678", "[x] Sam Rivera: email sam@acme.example"]);
    expect(rows(modal, "new")).toEqual(["[x] Léa / Martin: Design?: as Léa Martin Design"]);
    await modal.submit();
    await started.flush();
    expect(started.text("People/Léa Martin Design.md")).toBe("## Touches\n");
    expect(started.text(ANA)).toBe(note("tier: mentor\naliases: [Nani]\nemail: ana@globex.example\nphone: +351 912 345 678"));
    // The safe name is the same person next time.
    const again = await review(started, "import-vcard", "contacts.vcf");
    expect(again.contentEl.querySelector(".kit-import-summary")?.textContent).toBe("Nothing to import: the 3 people in contacts.vcf already match their notes.");
  });

  it("never makes a note name that starts or ends with a dot or a space, or one Windows keeps for itself", async () => {
    const vcf = ["../Lea Martin", ".hidden Person", "Jo Quinn Jr.", "Con", "aux.Smith", " . . "]
      .map((name) => `BEGIN:VCARD\nVERSION:3.0\nFN:${name}\nEMAIL:${name.replace(/\W/g, "").toLowerCase() || "x"}@example.com\nEND:VCARD\n`)
      .join("");
    const started = await startPlugin({ ...VAULT, "odd.vcf": vcf });
    const modal = await review(started, "import-vcard", "odd.vcf");
    expect(rows(modal, "new").map((row) => row.replace(/ · email .*$/, ""))).toEqual([
      "[x] ../Lea Martin: as Lea Martin",
      "[x] .hidden Person: as hidden Person",
      "[x] Jo Quinn Jr.: as Jo Quinn Jr",
      "[x] Con: as Con (contact)",
      "[x] aux.Smith: as aux (contact).Smith",
    ]);
    expect(Array.from(modal.contentEl.querySelectorAll(".kit-import-reported li")).map((li) => li.textContent)).toEqual([". . (card 6) has no letter or digit to name a note with; left out."]);
    await modal.submit();
    await started.flush();
    expect(started.app.vault.getMarkdownFiles().map((f) => f.path).filter((path) => !(path in VAULT)).sort()).toEqual([
      "People/Con (contact).md",
      "People/Jo Quinn Jr.md",
      "People/Lea Martin.md",
      "People/aux (contact).Smith.md",
      "People/hidden Person.md",
    ]);
    expect(started.text("People/Lea Martin.md")).toBe("---\nemail: leamartin@example.com\n---\n## Touches\n");
  });

  it("reports a name that fits two notes and changes neither", async () => {
    const started = await startPlugin({
      ...VAULT,
      "People/Work/Sam Rivera (Acme).md": note("tier: peer\naliases: [Sam Rivera]"),
      "one.vcf": "BEGIN:VCARD\nVERSION:3.0\nFN:Sam Rivera\nEMAIL:sam@acme.example\nEND:VCARD\n",
    });
    const modal = await review(started, "import-vcard", "one.vcf");
    expect(modal.contentEl.querySelector(".kit-import-summary")?.textContent).toBe("Nothing to import from one.vcf: 1 person read, 0 already up to date, and the rest can't be imported as they are (see below).");
    expect(modal.contentEl.querySelector(".kit-import-reported li")?.textContent).toBe(
      "Sam Rivera (card 1) fits 2 notes: Sam Rivera, Sam Rivera (Acme). Nothing was planned for it; rename one or add an alias.",
    );
    expect(modal.contentEl.querySelector(".mod-cta")).toBeNull();
  });
});

describe("bad input", () => {
  it("says which command reads a file picked for the wrong one", async () => {
    const started = await startPlugin({ ...VAULT, "Imports/Connections copy.csv": fixture("Connections.csv") });
    const modal = await review(started, "import-google-csv", "Imports/Connections.csv");
    expect(modal.contentEl.querySelector(".kit-error")?.textContent).toContain('It looks like a LinkedIn Connections CSV file: use "Import contacts from LinkedIn Connections CSV" instead.');
  });

  it("reads a Windows Latin-1 export and a UTF-16 one with its byte order mark", async () => {
    const text = fixture("google-older.csv");
    for (const bytes of [Buffer.from(text, "latin1"), Buffer.from(`\uFEFF${text}`, "utf16le")]) {
      const started = await startPlugin({ ...VAULT, "google.csv": "(bytes below)" });
      vi.spyOn(started.app.vault, "readBinary").mockImplementation(async (file: TFile) => (file.path === "google.csv" ? new Uint8Array(bytes).buffer : new ArrayBuffer(0)));
      const modal = await review(started, "import-google-csv", "google.csv");
      expect(modal.plan?.creates.map((c) => c.name)).toEqual(["Helen Okoye", "Tomás Novak"]);
    }
  });

  it("stops before writing anything when the template is missing", async () => {
    const started = await startPlugin(VAULT);
    started.plugin.settings.importTemplate = "Templates/Gone.md";
    const modal = await review(started, "import-linkedin-csv", "Imports/Connections.csv");
    expect(await modal.submit()).toBe(false);
    expect(modal.contentEl.querySelector(".kit-import-status")?.textContent).toBe(
      'The template for new contacts, "Templates/Gone.md", isn\'t in the vault, so nothing was imported. Fix its path in the settings (Import), or clear it to create plain notes.',
    );
    expect(started.text(SAM)).toBe(VAULT[SAM]);
    expect(started.text("People/Wei Zhang.md")).toBeNull();
    expect(started.plugin.undo.size).toBe(0);
  });

  it("writes nobody when nothing is ticked, and says a file with nobody in it has nothing to import", async () => {
    const started = await startPlugin({ ...VAULT, "empty.csv": "Notes:\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n" });
    const empty = await review(started, "import-linkedin-csv", "empty.csv");
    expect(empty.contentEl.querySelector(".kit-import-summary")?.textContent).toBe("Nothing to import: no person in empty.csv could be read.");
    empty.close();
    const modal = await review(started, "import-linkedin-csv", "Imports/Connections.csv");
    for (const id of [...modal.selected]) modal.select(id, false);
    expect(modal.contentEl.querySelector(".mod-cta")?.textContent).toBe("Nothing ticked");
    expect(await modal.submit()).toBe(false);
    expect(started.text(SAM)).toBe(VAULT[SAM]);
  });

  // 1,250 people: past a thousand, so both figures of the progress line carry their
  // separator, and a dozen progress lines. Creating and undoing 1,250 notes costs a
  // couple of seconds of CPU, many times that on a busy machine: hence the time allowed.
  it("imports a large file with progress, as one step that undo takes back whole", async () => {
    const head = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    const people = Array.from({ length: 1250 }, (_, i) => `Person,Number ${i},https://www.linkedin.com/in/p${i},,Acme,Engineer,12 Mar 2024\n`).join("");
    const started = await startPlugin({ ...VAULT, "big.csv": head + people });
    const modal = await review(started, "import-linkedin-csv", "big.csv");
    const status = modal.contentEl.querySelector(".kit-import-status") as HTMLElement;
    const seen: string[] = [];
    new MutationObserver(() => seen.push(status.textContent ?? "")).observe(status, { childList: true, characterData: true, subtree: true });
    expect(await modal.submit()).toBe(true);
    await started.flush();
    // A line at least every hundred notes, counting up to the end.
    const counts = seen.filter((s) => s.startsWith("Importing")).map((s) => Number(/^Importing ([\d,]+)/.exec(s)?.[1]?.replace(",", "")));
    for (let n = 100; n <= 1200; n += 100) expect(counts).toContain(n);
    expect(seen).toContain("Importing 1,200 of 1,250…");
    expect(counts.at(-1)).toBe(1250);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(started.app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("People/Person Number")).length).toBe(1250);
    expect(started.plugin.undo.size).toBe(1);
    click(undoLink());
    await started.flush();
    expect(started.app.vault.getMarkdownFiles().filter((f) => f.path.startsWith("People/Person Number")).length).toBe(0);
  }, 60_000);
});
