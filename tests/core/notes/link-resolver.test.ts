import { describe, expect, it } from "vitest";
import { LinkResolver } from "../../../src/core/notes/link-resolver";

const resolver = new LinkResolver([
  "People/Sam Rivera.md",
  "People/Work/Lee Chen.md",
  "Archive/Lee Chen.md",
  "Daily/Lee Chen.md",
  "Ana.md",
  "Clients/Ana.md",
  "People/Zoë Laurent.md",
  "Notes/Report.pdf.md",
  "Daily/2026-11-20.md",
]);
const from = (link: string, source = "Daily/2026-11-20.md") => resolver.resolve(link, source);

describe("LinkResolver", () => {
  it("matches the exact path, with or without .md", () => {
    expect(from("People/Sam Rivera")).toBe("People/Sam Rivera.md");
    expect(from("People/Sam Rivera.md")).toBe("People/Sam Rivera.md");
    expect(from("Clients/Ana")).toBe("Clients/Ana.md");
  });

  it("matches the file name, or the end of the path, in any case", () => {
    expect(from("sam rivera")).toBe("People/Sam Rivera.md");
    expect(from("SAM RIVERA.MD")).toBe("People/Sam Rivera.md");
    expect(from("work/lee chen")).toBe("People/Work/Lee Chen.md");
    expect(from("people/sam rivera")).toBe("People/Sam Rivera.md");
    expect(from("Report.pdf")).toBe("Notes/Report.pdf.md");
  });

  it("prefers the linking note's folder, then the shortest path", () => {
    expect(from("Lee Chen")).toBe("Daily/Lee Chen.md");
    // Daily/ (17 characters) is shorter than Archive/ (19) and People/Work/ (23).
    expect(from("Lee Chen", "Inbox/today.md")).toBe("Daily/Lee Chen.md");
    expect(from("Lee Chen", "People/Work/notes.md")).toBe("People/Work/Lee Chen.md");
    // A link that is a path from the vault root wins over the linking note's folder.
    expect(from("Ana", "Clients/Meeting.md")).toBe("Ana.md");
  });

  it("resolves links relative to the linking note, and from the vault root with a leading slash", () => {
    expect(from("../People/Sam Rivera.md")).toBe("People/Sam Rivera.md");
    expect(from("./Lee Chen", "People/Work/notes.md")).toBe("People/Work/Lee Chen.md");
    expect(from("/Clients/Ana")).toBe("Clients/Ana.md");
  });

  it("matches a name written in another Unicode form", () => {
    expect(from("Zoe\u0308 Laurent")).toBe("People/Zoë Laurent.md");
  });

  it("gives the linking note itself for an empty path, and null for no match", () => {
    expect(from("")).toBe("Daily/2026-11-20.md");
    expect(from("Noor Haddad")).toBeNull();
    expect(from("Rivera")).toBeNull();
    expect(from("ople/Sam Rivera")).toBeNull();
  });
});
