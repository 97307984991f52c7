import { afterEach, describe, expect, it } from "vitest";
import { listMarkdownFiles, readVaultNotes } from "../../src/cli/vault-files";
import { makeVault, removeVault } from "./helpers";

let root = "";
afterEach(async () => {
  if (root) await removeVault(root);
  root = "";
});

describe("vault files", () => {
  it("lists Markdown notes, skipping dot-folders, node_modules and the config folder", async () => {
    root = await makeVault({
      "People/Sam.md": "a",
      "People/Work/Lee.MD": "b",
      "Top.md": "c",
      "image.png": "x",
      ".obsidian/snippets/x.md": "no",
      ".trash/Old.md": "no",
      ".git/info.md": "no",
      "code/node_modules/pkg/README.md": "no",
      "config/notes.md": "no",
      ".hidden.md": "no",
    });
    expect(await listMarkdownFiles(root, { skipPaths: ["config"] })).toEqual(["People/Sam.md", "People/Work/Lee.MD", "Top.md"]);
  });

  it("reads every note as UTF-8, in path order", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 50; i++) files[`N/${String(i).padStart(2, "0")}.md`] = `note ${i} — é`;
    root = await makeVault(files);
    const { notes, unreadable } = await readVaultNotes(root);
    expect(unreadable).toEqual([]);
    expect(notes).toHaveLength(50);
    expect(notes[7]).toEqual({ path: "N/07.md", text: "note 7 — é" });
  });
});
