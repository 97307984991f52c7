import { TFile, TFolder } from "obsidian";
import { describe, expect, it } from "vitest";
import { createFakeApp } from "../fake/harness";

function events(app: ReturnType<typeof createFakeApp>) {
  const log: string[] = [];
  app.vault.on("create", (f) => log.push(`create ${f.path}`));
  app.vault.on("modify", (f) => log.push(`modify ${f.path}`));
  app.vault.on("delete", (f) => log.push(`delete ${f.path}`));
  app.vault.on("rename", (f, old) => log.push(`rename ${old} -> ${f.path}`));
  return log;
}

describe("fake Vault", () => {
  it("seeds files silently with folders, stats and exact text", async () => {
    const text = "\uFEFF---\r\ntier: A\r\n---\r\nbody\r\n";
    const app = createFakeApp({ files: { "People/Ann.md": text, "b.txt": { text: "x", ctime: 1, mtime: 2 } } });
    const ann = app.vault.getFileByPath("People/Ann.md");
    expect(ann).toBeInstanceOf(TFile);
    expect(ann?.basename).toBe("Ann");
    expect(ann?.extension).toBe("md");
    expect(ann?.parent?.path).toBe("People");
    expect(ann?.parent?.parent?.isRoot()).toBe(true);
    expect(await app.vault.read(ann as TFile)).toBe(text);
    expect(ann?.stat.size).toBe(new TextEncoder().encode(text).byteLength);
    expect(app.vault.getFileByPath("b.txt")?.stat).toEqual({ ctime: 1, mtime: 2, size: 1 });
    expect(app.vault.getFolderByPath("People")).toBeInstanceOf(TFolder);
    expect(app.vault.getMarkdownFiles().map((f) => f.path)).toEqual(["People/Ann.md"]);
    expect(app.vault.getAbstractFileByPath("/")).toBe(app.vault.getRoot());
    expect(app.vault.writeLog).toEqual([]);
  });

  it("create fires create, rejects duplicates and missing folders", async () => {
    const app = createFakeApp({ files: { "a.md": "" } });
    const log = events(app);
    await expect(app.vault.create("a.md", "x")).rejects.toThrow("File already exists.");
    await expect(app.vault.create("Missing/b.md", "x")).rejects.toThrow(/ENOENT/);
    await app.vault.createFolder("Missing");
    await expect(app.vault.createFolder("Missing")).rejects.toThrow("Folder already exists.");
    const b = await app.vault.create("Missing/b.md", "x");
    expect(b.parent?.children).toContain(b);
    expect(log).toEqual(["create Missing", "create Missing/b.md"]);
  });

  it("modify / append / process fire modify and update mtime", async () => {
    const app = createFakeApp({ files: { "a.md": { text: "one", mtime: 5 } } });
    const log = events(app);
    const a = app.vault.getFileByPath("a.md") as TFile;
    await app.vault.modify(a, "two");
    await app.vault.append(a, "+");
    const written = await app.vault.process(a, (t) => t.toUpperCase());
    expect(written).toBe("TWO+");
    expect(app.vault.peekText("a.md")).toBe("TWO+");
    expect(a.stat.mtime).toBeGreaterThan(5);
    expect(log).toEqual(["modify a.md", "modify a.md", "modify a.md"]);
    expect(app.vault.writeLog.map((w) => `${w.op}:${w.source}`)).toEqual(["modify:api", "modify:api", "modify:api"]);
  });

  it("process leaves the file untouched when fn throws", async () => {
    const app = createFakeApp({ files: { "a.md": "keep" } });
    const log = events(app);
    const a = app.vault.getFileByPath("a.md") as TFile;
    const boom = new Error("boom");
    await expect(
      app.vault.process(a, () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(app.vault.peekText("a.md")).toBe("keep");
    expect(log).toEqual([]);
  });

  it("failNextWrite makes the next write reject and keeps the file", async () => {
    const app = createFakeApp({ files: { "a.md": "keep" } });
    const log = events(app);
    const a = app.vault.getFileByPath("a.md") as TFile;
    const err = new Error("disk full");
    app.vault.failNextWrite("a.md", err);
    await expect(app.vault.process(a, (t) => t + "!")).rejects.toBe(err);
    expect(app.vault.peekText("a.md")).toBe("keep");
    app.vault.failNextWrite("a.md");
    await expect(app.vault.modify(a, "x")).rejects.toThrow(/EIO/);
    expect(app.vault.peekText("a.md")).toBe("keep");
    await app.vault.modify(a, "ok"); // only the next write fails
    expect(app.vault.peekText("a.md")).toBe("ok");
    expect(log).toEqual(["modify a.md"]);
  });

  it("process is atomic: an external edit made during it is seen by fn, not lost", async () => {
    const app = createFakeApp({ files: { "a.md": "line1\n" } });
    const a = app.vault.getFileByPath("a.md") as TFile;
    app.vault.duringNextProcess("a.md", (vault) => vault.externalModify("a.md", "line1\nfrom sync\n"));
    let seen = "";
    await app.vault.process(a, (t) => {
      seen = t;
      return t + "touched\n";
    });
    expect(seen).toBe("line1\nfrom sync\n");
    expect(app.vault.peekText("a.md")).toBe("line1\nfrom sync\ntouched\n");
  });

  it("read-then-modify loses an external edit made after the read", async () => {
    const app = createFakeApp({ files: { "a.md": "v1" } });
    const a = app.vault.getFileByPath("a.md") as TFile;
    app.vault.afterNextRead("a.md", (vault) => vault.externalModify("a.md", "v2 from sync"));
    const stale = await app.vault.read(a);
    await app.vault.modify(a, stale + " edited");
    expect(app.vault.peekText("a.md")).toBe("v1 edited");
  });

  it("externalModify fires events like a sync client (create with folders, then modify)", () => {
    const app = createFakeApp();
    const log = events(app);
    app.vault.externalModify("Inbox/new.md", "a");
    app.vault.externalModify("Inbox/new.md", "b");
    expect(log).toEqual(["create Inbox", "create Inbox/new.md", "modify Inbox/new.md"]);
    expect(app.vault.writeLog.map((w) => w.source)).toEqual(["external", "external"]);
  });

  it("rename keeps the TFile object, re-keys children and fires rename per item", async () => {
    const app = createFakeApp({ files: { "A/x.md": "x", "B/.keep.md": "" } });
    const log = events(app);
    const x = app.vault.getFileByPath("A/x.md") as TFile;
    await app.vault.rename(x, "B/y.md");
    expect(x.path).toBe("B/y.md");
    expect(x.basename).toBe("y");
    expect(app.vault.getFileByPath("B/y.md")).toBe(x);
    expect(app.vault.getFileByPath("A/x.md")).toBeNull();
    await expect(app.vault.rename(x, "B/.keep.md")).rejects.toThrow("Destination file already exists!");
    const b = app.vault.getFolderByPath("B") as TFolder;
    await app.vault.rename(b, "C");
    expect(x.path).toBe("C/y.md");
    expect(log).toEqual(["rename A/x.md -> B/y.md", "rename B -> C", "rename B/.keep.md -> C/.keep.md", "rename B/y.md -> C/y.md"]);
  });

  it("delete and trash remove files (folders recursively) and fire delete", async () => {
    const app = createFakeApp({ files: { "A/x.md": "", "A/y.md": "", "z.md": "" } });
    const log = events(app);
    await app.vault.trash(app.vault.getFileByPath("z.md") as TFile, true);
    await app.vault.delete(app.vault.getFolderByPath("A") as TFolder, true);
    expect(app.vault.getFiles()).toEqual([]);
    expect(app.vault.trashed).toEqual(["z.md"]);
    expect(log).toEqual(["delete z.md", "delete A/x.md", "delete A/y.md", "delete A"]);
  });

  it("adapter reads/writes the same store; dot-paths are hidden from the vault", async () => {
    const app = createFakeApp({ files: { "a.md": "x" } });
    const log = events(app);
    expect(await app.vault.adapter.exists("a.md")).toBe(true);
    expect(await app.vault.adapter.read("a.md")).toBe("x");
    await app.vault.adapter.write("a.md", "y");
    expect(log).toEqual(["modify a.md"]);
    await app.vault.adapter.mkdir(".obsidian/plugins/p");
    await app.vault.adapter.write(".obsidian/plugins/p/data.json", "{}");
    expect(await app.vault.adapter.read(".obsidian/plugins/p/data.json")).toBe("{}");
    expect(app.vault.getAbstractFileByPath(".obsidian")).toBeNull();
    expect(app.vault.configDir).toBe(".obsidian");
  });
});
