import type { StarterTemplate } from "../settings";

/**
 * The built-in starters: one per touchpoint of the method, each with a line of
 * warmth and a line of value (the 2×2 rule), and the ask laid out as CLEAR.
 * Words in [brackets] are for the user to replace before copying.
 */
export const DEFAULT_STARTERS: readonly StarterTemplate[] = [
  {
    kind: "congrats",
    label: "Congratulations",
    text: "Congrats, {{first_name|there}} — I saw the news and I'm genuinely glad for you.\nThis [article, tool, contact] on {{topic|your new role}} might be useful in the first few months.",
  },
  {
    kind: "resource",
    label: "Share a resource",
    text: "Hi {{first_name|there}}, this made me think of you.\n[Link] — it's about {{topic|something you mentioned}}, and the part on [detail] seemed especially practical. If it's not useful, feel free to ignore.",
  },
  {
    kind: "check-in",
    label: "Check in",
    text: "Quick check-in, {{first_name|there}} — how are things on your side?\nI've been thinking about our last chat ({{last_touch_note}}).\nNo need to reply fast; just wanted to say I'm cheering you on.",
  },
  {
    kind: "intro",
    label: "Offer an introduction",
    text: "Hi {{first_name|there}}, would you be open to an intro to [name]?\nThey're working on {{topic|something close to your work}} and I think you'd both enjoy comparing notes. Totally fine if now isn't a good time.",
  },
  {
    kind: "micro-support",
    label: "Offer micro-support",
    text: "Hi {{first_name|there}}, hope work on {{topic|your projects}} is going well.\nIf helpful, I can give your [deck, draft, proposal] a 10-minute skim. No pressure — just offering.",
  },
  {
    kind: "ask",
    label: "Ask for help (CLEAR)",
    text: [
      "Hi {{first_name|there}},",
      "[Context: one sentence on what's happening.]",
      "[Leverage: why you, e.g. you know {{topic|this area}} well.]",
      "[Exact request: one clear action.]",
      "[Ask size: e.g. a 15-minute call or a quick reply, before a date.]",
      "Totally fine if now isn't a good time — no worries at all.",
    ].join("\n"),
  },
];

/** The placeholders a starter can use, filled from the contact's note. */
export const STARTER_PLACEHOLDERS = ["name", "first_name", "topic", "last_touch_note"] as const;
export type StarterPlaceholder = (typeof STARTER_PLACEHOLDERS)[number];
export type StarterValues = Partial<Record<StarterPlaceholder, string>>;

export interface FilledStarter {
  text: string;
  /** Known placeholders with no value and no fallback: the lines holding them were left out. */
  missing: string[];
  /** Placeholders the plugin doesn't know: left as written. */
  unknown: string[];
}

// `{{topic}}`, `{{ topic }}`, or with a fallback for when the note has no value: `{{topic|your work}}`.
const PLACEHOLDER = /\{\{\s*([^{}|]*?)\s*(?:\|([^{}]*))?\}\}/g;

function isKnown(key: string): key is StarterPlaceholder {
  return (STARTER_PLACEHOLDERS as readonly string[]).includes(key);
}

/**
 * Fills a starter's placeholders. A placeholder without a value uses its fallback
 * (`{{topic|your work}}`); without one, its whole line is left out rather than
 * leaving a gap mid-sentence. Unknown placeholders stay as written, so a typo shows.
 */
export function fillStarter(template: string, values: StarterValues): FilledStarter {
  const missing = new Set<string>();
  const unknown = new Set<string>();
  const lines: string[] = [];
  let dropped = false;
  for (const line of template.split("\n")) {
    let lineMissing = false;
    const filled = line.replace(PLACEHOLDER, (whole, rawKey: string, fallback: string | undefined) => {
      const key = rawKey.toLowerCase();
      if (!isKnown(key)) {
        unknown.add(rawKey);
        return whole;
      }
      const value = values[key]?.trim();
      if (value) return value;
      if (fallback !== undefined) return fallback.trim();
      missing.add(key);
      lineMissing = true;
      return whole;
    });
    if (lineMissing) dropped = true;
    else lines.push(filled);
  }
  const text = dropped ? tidyBlankLines(lines) : lines.join("\n");
  return { text, missing: [...missing], unknown: [...unknown] };
}

/** After a line is left out, no two blank lines in a row and none at either end. */
function tidyBlankLines(lines: string[]): string {
  const kept = lines.filter((line, i) => line.trim() !== "" || (i > 0 && lines[i - 1]?.trim() !== ""));
  while (kept.length > 0 && kept[0]?.trim() === "") kept.shift();
  while (kept.length > 0 && kept[kept.length - 1]?.trim() === "") kept.pop();
  return kept.join("\n");
}

const HONORIFICS = new Set(["dr", "prof", "professor", "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "rev", "fr", "hon", "lord", "lady"]);
const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "esq", "dds", "cpa"]);

function bare(word: string): string {
  return word.toLowerCase().replace(/[.,]/g, "");
}

/**
 * What to call someone in a message: "Dr. Sam Rivera" → "Sam", "Rivera, Sam" → "Sam",
 * "Jae-won Park" → "Jae-won". With only a title and a surname ("Dr. Rivera"), the
 * whole name, since that is how one would greet them.
 */
export function firstNameOf(name: string): string {
  const trimmed = name.replace(/\([^)]*\)/g, " ").trim();
  const [before, ...after] = trimmed.split(",").map((part) => part.trim());
  const afterWords = after.join(" ").split(/\s+/).filter((w) => w !== "" && !SUFFIXES.has(bare(w)));
  // "Rivera, Sam" puts the given name after the comma; "Sam Rivera, PhD" only a suffix.
  const givenFirst = afterWords.length > 0 ? afterWords : (before ?? "").split(/\s+/).filter((w) => w !== "");
  const words = givenFirst.filter((w) => !SUFFIXES.has(bare(w)));
  const firstReal = words.findIndex((w) => !HONORIFICS.has(bare(w)));
  if (firstReal === -1) return trimmed;
  const rest = words.slice(firstReal);
  if (firstReal > 0 && rest.length === 1 && afterWords.length === 0) return words.join(" ");
  return rest[0] ?? trimmed;
}

export interface NoteStarters {
  starters: StarterTemplate[];
  /** Sections that couldn't be used, in words for the user. */
  problems: string[];
}

const KIND_LINE = /^kind:\s*(\S.*?)\s*$/i;
const FENCE = /^\s*(```|~~~)/;

/**
 * Reads starters from a note: each `## Heading` section is one, the heading its label;
 * an optional first line `kind: congrats` sets its kind, and the rest is its text.
 * Anything before the first `##` heading (properties, an introduction) is ignored.
 */
export function startersFromNote(text: string): NoteStarters {
  const starters: StarterTemplate[] = [];
  const problems: string[] = [];
  let current: { label: string; body: string[] } | null = null;
  const finish = () => {
    if (!current) return;
    const body = [...current.body];
    while (body.length > 0 && body[0]?.trim() === "") body.shift();
    let kind = "";
    const kindMatch = KIND_LINE.exec(body[0] ?? "");
    if (kindMatch) {
      kind = (kindMatch[1] ?? "").replace(/\s+/g, "-");
      body.shift();
    }
    const starterText = body.join("\n").trim();
    if (current.label === "") problems.push("A section has an empty heading; give it a label.");
    else if (starterText === "") problems.push(`“${current.label}” has no text.`);
    else starters.push({ kind, label: current.label, text: starterText });
  };
  let inFence = false;
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  // The properties block may hold anything, `## ` lines included.
  const propertiesEnd = lines[0] === "---" ? lines.indexOf("---", 1) : -1;
  for (const line of lines.slice(propertiesEnd + 1)) {
    if (FENCE.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^##\s+(.*?)\s*#*\s*$/.exec(line) ?? (/^##\s*$/.test(line) ? ["", ""] : null);
    if (heading) {
      finish();
      current = { label: (heading[1] ?? "").trim(), body: [] };
    } else if (current) {
      current.body.push(line);
    }
  }
  finish();
  return { starters, problems };
}

/**
 * The starters on offer: the user's own from settings, or the defaults when there are
 * none, then the note's. One emptied in settings, mid-edit, is not offered.
 */
export function startersOnOffer(fromSettings: readonly StarterTemplate[], fromNote: readonly StarterTemplate[]): StarterTemplate[] {
  const base = fromSettings.length > 0 ? fromSettings : DEFAULT_STARTERS;
  return [...base, ...fromNote].filter((s) => s.text.trim() !== "").map((s) => ({ ...s, label: s.label.trim() || s.kind || "Starter" }));
}
