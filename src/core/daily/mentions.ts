/**
 * Which links in a dated note count as touches. The input is the shape of
 * Obsidian's metadata cache, reduced to line numbers, so this stays pure.
 */
export type MentionMode = "all" | "heading" | "off";

export interface NoteStructure {
  links: { link: string; line: number }[];
  listItems: { line: number; endLine: number; task?: string }[];
  sections: { type: string; line: number; endLine: number }[];
  headings: { heading: string; level: number; line: number }[];
}

export interface MentionRules {
  mode: MentionMode;
  /** For mode "heading": only links under a heading with this text (any level, ignoring case). */
  heading: string;
}

/** A task's status character: " " is open, "x" done; anything else is neither. */
function isCompleted(task: string | undefined): boolean {
  return task === "x" || task === "X";
}

/** Line ranges under the headings with this text, up to the next heading of the same or a higher level. */
function headingRanges(headings: NoteStructure["headings"], text: string): [number, number][] {
  const wanted = text.replace(/^#+\s*/, "").trim().toLowerCase();
  const ranges: [number, number][] = [];
  headings.forEach((h, i) => {
    if (h.heading.trim().toLowerCase() !== wanted) return;
    const next = headings.slice(i + 1).find((n) => n.level <= h.level);
    ranges.push([h.line, next ? next.line - 1 : Number.MAX_SAFE_INTEGER]);
  });
  return ranges;
}

/**
 * The link targets that count as touches: links (not embeds) outside code and
 * quotes, and not in an open task — `- [ ] call [[Sam]]` is an intention, while
 * `- [x] call [[Sam]]` is done. Returns each link text once.
 */
export function countedLinks(note: NoteStructure, rules: MentionRules): string[] {
  if (rules.mode === "off") return [];
  const excluded = note.sections.filter((s) => s.type === "code" || s.type === "blockquote" || s.type === "callout");
  const ranges = rules.mode === "heading" ? headingRanges(note.headings, rules.heading) : null;
  const counted = new Set<string>();
  for (const link of note.links) {
    if (excluded.some((s) => link.line >= s.line && link.line <= s.endLine)) continue;
    if (ranges && !ranges.some(([from, to]) => link.line > from && link.line <= to)) continue;
    // The innermost list item holding the link decides: an open task doesn't count.
    const item = note.listItems
      .filter((li) => link.line >= li.line && link.line <= li.endLine)
      .reduce<NoteStructure["listItems"][number] | undefined>((inner, li) => (!inner || li.line >= inner.line ? li : inner), undefined);
    if (item?.task !== undefined && !isCompleted(item.task)) continue;
    counted.add(link.link);
  }
  return [...counted];
}
