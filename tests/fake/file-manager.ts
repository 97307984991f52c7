// Fake of Obsidian's FileManager: rename with link updates, trash, link
// generation and processFrontMatter (rewrites the YAML block, like Obsidian).
import type * as O from "obsidian";
import { TFile, TFolder, joinPath, parentPath } from "./files";
import { getFrontMatterInfo, parseLinktext, parseYaml, stringifyYaml } from "./frontmatter";
import { LinkIndex } from "./links";
import { computeMetadata } from "./markdown";
import type { Vault } from "./vault";

interface Host {
  vault: O.Vault;
  metadataCache: O.MetadataCache;
}

export class FileManager implements O.FileManager {
  /** Test helper: what promptForDeletion's dialog answers. */
  promptAnswer = true;

  constructor(private readonly app: Host) {}

  private get vault(): Vault {
    return this.app.vault as unknown as Vault;
  }

  getNewFileParent(sourcePath: string, _newFilePath?: string): TFolder {
    const where = this.vault.getConfig("newFileLocation");
    if (where === "current") return this.vault.getFolderByPath(parentPath(sourcePath)) ?? this.vault.getRoot();
    if (where === "folder") {
      const configured = this.vault.getConfig("newFileFolderPath");
      const folder = typeof configured === "string" ? configured : "";
      return this.vault.getFolderByPath(folder) ?? this.vault.getRoot();
    }
    return this.vault.getRoot();
  }

  /** Renames and, when "Automatically update internal links" is on (config alwaysUpdateLinks), rewrites links to it. */
  async renameFile(file: O.TAbstractFile, newPath: string): Promise<void> {
    const oldPath = file.path;
    const target = file instanceof TFile ? file : null;
    const referrers = target && this.vault.getConfig("alwaysUpdateLinks") !== false ? this.referrers(target) : [];
    await this.vault.rename(file, newPath);
    if (!target) return;
    for (const path of referrers) {
      const src = this.vault.getFileByPath(path === oldPath ? target.path : path);
      if (src) await this.vault.process(src, (text) => this.rewriteLinks(text, src.path, target, oldPath));
    }
  }

  async promptForDeletion(file: O.TAbstractFile): Promise<boolean> {
    if (!this.promptAnswer) return false;
    await this.trashFile(file);
    return true;
  }

  /** Follows the "Deleted files" option (config trashOption: "system" | "local" | "none"). */
  async trashFile(file: O.TAbstractFile): Promise<void> {
    const option = this.vault.getConfig("trashOption");
    if (option === "none") await this.vault.delete(file, true);
    else await this.vault.trash(file, option !== "local");
  }

  generateMarkdownLink(file: O.TFile, sourcePath: string, subpath = "", alias = ""): string {
    const embed = file.extension !== "md" ? "!" : "";
    if (this.vault.getConfig("useMarkdownLinks")) {
      const text = alias || (file.extension === "md" ? file.basename : file.name);
      return `${embed}[${text}](${encodeURI(this.linkpath(file, sourcePath, false))}${subpath})`;
    }
    const link = this.linkpath(file, sourcePath, true);
    return `${embed}[[${link}${subpath}${alias ? `|${alias}` : ""}]]`;
  }

  /**
   * Atomically parses the YAML frontmatter, lets `fn` mutate it and writes it back
   * (re-serialised with stringifyYaml; comments and formatting are not preserved,
   * as in Obsidian). Throws if the existing YAML is invalid or `fn` throws.
   */
  async processFrontMatter(file: O.TFile, fn: (frontmatter: any) => void, options?: O.DataWriteOptions): Promise<void> {
    await this.vault.process(
      file,
      (text) => {
        const info = getFrontMatterInfo(text);
        const parsed: unknown = info.exists ? parseYaml(info.frontmatter) : null;
        const fm = (parsed && typeof parsed === "object" ? parsed : {}) as Record<string, unknown>;
        fn(fm);
        const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
        const body = info.exists ? text.slice(info.contentStart) : text.slice(bom.length);
        if (!info.exists && Object.keys(fm).length === 0) return text;
        const eol = text.includes("\r\n") ? "\r\n" : "\n";
        const yaml = Object.keys(fm).length ? stringifyYaml(fm).replace(/\n/g, eol) : "";
        return `${bom}---${eol}${yaml}---${eol}${body}`;
      },
      options,
    );
  }

  async getAvailablePathForAttachment(filename: string, sourcePath?: string): Promise<string> {
    const configured = this.vault.getConfig("attachmentFolderPath");
    const setting = typeof configured === "string" ? configured : "/";
    const folder = setting.startsWith("./") ? joinPath(parentPath(sourcePath ?? ""), setting.slice(2)) : setting;
    const dot = filename.lastIndexOf(".");
    const base = dot > 0 ? filename.slice(0, dot) : filename;
    const ext = dot > 0 ? filename.slice(dot) : "";
    for (let i = 0; ; i++) {
      const candidate = joinPath(folder === "/" ? "/" : folder, i ? `${base} ${i}${ext}` : filename);
      if (!this.vault.getAbstractFileByPath(candidate)) return candidate;
    }
  }

  // ---- internals ----------------------------------------------------------------

  private linkpath(file: O.TFile, sourcePath: string, omitMd: boolean): string {
    if (this.vault.getConfig("newLinkFormat") === "absolute") return omitMd && file.extension === "md" ? file.path.slice(0, -3) : file.path;
    return this.app.metadataCache.fileToLinktext(file, sourcePath, omitMd);
  }

  /** Markdown files with a link resolving to `file`. */
  private referrers(file: TFile): string[] {
    const index = new LinkIndex(this.vault.getFiles());
    return this.vault.getMarkdownFiles().filter((src) => {
      const cache = computeMetadata(this.vault.peekText(src.path) ?? "");
      return [...(cache.links ?? []), ...(cache.embeds ?? [])].some((l) => index.resolve(parseLinktext(l.link).path, src.path) === file);
    }).map((f) => f.path);
  }

  private rewriteLinks(text: string, sourcePath: string, target: TFile, oldPath: string): string {
    const cache = computeMetadata(text);
    // Resolve against the vault as it was before the rename.
    const before = this.vault.getFiles().map((f) => f);
    const shim = Object.assign(Object.create(Object.getPrototypeOf(target) as object) as TFile, target);
    shim._setPath(oldPath);
    const index = new LinkIndex(before.map((f) => (f === target ? shim : f)));
    const refs = [...(cache.links ?? []), ...(cache.embeds ?? [])].sort((a, b) => b.position.start.offset - a.position.start.offset);
    let out = text;
    for (const ref of refs) {
      const { path, subpath } = parseLinktext(ref.link);
      if (index.resolve(path, sourcePath === target.path ? oldPath : sourcePath) !== shim) continue;
      const wiki = ref.original.includes("[[");
      const embed = ref.original.startsWith("!") ? "!" : "";
      let replacement: string;
      if (wiki) {
        const alias = ref.original.includes("|") ? `|${ref.displayText ?? ""}` : "";
        replacement = `${embed}[[${this.linkpath(target, sourcePath, true)}${subpath}${alias}]]`;
      } else {
        replacement = `${embed}[${ref.displayText ?? ""}](${encodeURI(this.linkpath(target, sourcePath, false))}${subpath})`;
      }
      out = out.slice(0, ref.position.start.offset) + replacement + out.slice(ref.position.end.offset);
    }
    return out;
  }
}
