/**
 * A seeded generator of benchmark vaults: the same seed gives the same vault, byte
 * for byte, on every run and every machine. Pure TypeScript, no Obsidian: the
 * benchmark seeds the in-memory fake with it and writes the same notes to disk for
 * the terminal agenda.
 */

export interface VaultSize {
  /** A short label for the table, e.g. "10k / 100k". */
  label: string;
  contacts: number;
  /** Every Markdown note in the vault, contacts and daily notes included. */
  notes: number;
  /** Daily notes, one per day going back from TODAY, each with DAILY_LINKS contact links. */
  dailyNotes: number;
}

export interface GeneratedVault {
  files: Map<string, string>;
  contactPaths: string[];
  dailyPaths: string[];
  otherPaths: string[];
}

/** The day every benchmark runs "on": the plugin's clock is set to it. */
export const TODAY = "2026-11-22";
export const TOUCH_LINES = 20;
export const DAILY_LINKS = 5;
export const SEED = 20261122;

/** mulberry32: a tiny, fast, well-spread 32-bit PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = (
  "Ada Amara Ana Anton Aria Ben Bea Cai Cleo Dana Dev Eli Ema Ezra Femi Gus Hal Hana Ines Ivy Jae Jin Jo Kai Kenji Lea Leo Lina Luca Mai " +
  "Mara Mei Milo Nia Nils Noor Ola Omar Pia Priya Quinn Raf Ren Rosa Sam Sara Seo Tam Tara Teo Uma Una Val Vik Wen Xia Yara Yuki Zoe Zara Ari " +
  "Bo Cruz Dara Edda Finn Gia Hugo Iris Juno Kira Lars Mina Nico Otto Paz Rhea Sol Tove Ugo Vera Wim Xavi Yves Zed Alma Bram Cora Dag Elsa Faye " +
  "Gil Hedy Ilse Joel"
).split(" ");
const LAST = (
  "Rivera Souza Watanabe Raman Haddad Okafor Novak Schmidt Rossi Dubois Jensen Kowalski Tanaka Kim Park Chen Singh Patel Cohen Levi " +
  "Moreau Ferreira Costa Silva Nunes Santos Oliveira Almeida Lopez Garcia Martin Bernard Petit Laurent Simon Michel Lefebvre Leroy Roux " +
  "Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Weber Wagner Becker Hoffmann Koch Richter Klein Wolf Neumann " +
  "Schwarz Braun Zimmermann Hartmann Kruger Lange Werner Krause Meier Lehmann Huber Mayer Fuchs Peters Scholz Moller Keller Vogel Jung " +
  "Hahn Berg Lind Holm Dahl Ek Strom Sjoberg Nyberg Lund Aalto Virtanen Korhonen Nieminen Makinen Hamalainen Laine Heikkinen Koskinen"
).split(" ");
const TOPICS = ["partnerships", "B2B SaaS", "hiring", "fundraising", "design", "open source", "sales", "research", "climate", "health", "education", "music"];
const KINDS = ["check-in", "congrats", "resource", "intro", "micro-support", "call", "coffee", "meeting"];
const NOTES = ["caught up", "sent the deck", "talked about the new role", "shared an article", "introduced to a founder", "quick chat at the meetup"];
const WORDS = (
  "project plan review notes meeting idea draft weekly report market budget design launch roadmap customer feedback research reading book " +
  "travel garden recipe workout health finance quarter retro hiring interview backlog release incident postmortem architecture migration"
).split(" ");
const TIERS = ["ally", "peer", "peer", "peer", "mentor", "aspirational", "aspirational"];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** `YYYY-MM-DD` of TODAY minus `days`, computed in UTC so no time zone can shift it. */
export function daysBefore(days: number): string {
  const d = new Date(Date.UTC(2026, 10, 22) - days * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function contactNames(count: number, rand: () => number): string[] {
  const names: string[] = [];
  for (const first of FIRST) for (const last of LAST) names.push(`${first} ${last}`);
  // A seeded shuffle, then numbered when the vault needs more people than name pairs.
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [names[i], names[j]] = [names[j] as string, names[i] as string];
  }
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(i < names.length ? (names[i] as string) : `${names[i % names.length] as string} ${Math.floor(i / names.length) + 1}`);
  return out;
}

function contactNote(rand: () => number, tier: string): string {
  // Touches every 1–8 weeks, the newest 0–300 days ago, oldest first as people usually write them.
  const newest = Math.floor(rand() * 300);
  const gap = 7 + Math.floor(rand() * 50);
  const touches: string[] = [];
  for (let i = TOUCH_LINES - 1; i >= 0; i--) {
    const kind = rand() < 0.7 ? ` ${pick(rand, KINDS)}` : "";
    const note = rand() < 0.8 ? ` — ${pick(rand, NOTES)}` : "";
    touches.push(`- ${daysBefore(newest + i * gap)}${kind}${note}`);
  }
  const fm = [`tier: ${tier}`];
  if (rand() < 0.2) fm.push(`cadence: ${1 + Math.floor(rand() * 8)}w`);
  if (rand() < 0.6) fm.push(`last_touch: ${daysBefore(newest + Math.floor(rand() * 30))}`);
  fm.push(`topics: [${pick(rand, TOPICS)}, ${pick(rand, TOPICS)}]`);
  if (rand() < 0.03) fm.push(`snooze_until: ${daysBefore(-1 - Math.floor(rand() * 40))}`);
  if (rand() < 0.02) fm.push("status: paused");
  if (rand() < 0.3) fm.push(`company: ${pick(rand, LAST)} ${pick(rand, ["Labs", "Inc", "Studio", "GmbH"])}`);
  return [
    "---",
    ...fm,
    "---",
    `Works on ${pick(rand, TOPICS)} at ${pick(rand, LAST)} ${pick(rand, ["Labs", "Inc", "Studio"])}; prefers ${pick(rand, ["email", "calls", "coffee"])}.`,
    "",
    "## Notes",
    `- Met at the ${pick(rand, WORDS)} ${pick(rand, WORDS)} in ${2015 + Math.floor(rand() * 11)}.`,
    `- Interested in ${pick(rand, TOPICS)} and ${pick(rand, TOPICS)}.`,
    "",
    "## Touches",
    ...touches,
    "",
  ].join("\n");
}

function dailyNote(rand: () => number, date: string, people: readonly string[]): string {
  const lines = [`# ${date}`, "", `Worked on the ${pick(rand, WORDS)} ${pick(rand, WORDS)}.`, "", "## Log"];
  people.forEach((name, i) => {
    if (i === 0) lines.push(`- Coffee with [[${name}]]: ${pick(rand, NOTES)}.`);
    else if (i === 1) lines.push(`- [x] send [[${name}]] the ${pick(rand, WORDS)} notes`);
    else if (i === 2) lines.push(`- [ ] call [[${name}]] about the ${pick(rand, WORDS)}`);
    else lines.push(`- Talked to [[${name}]] about ${pick(rand, TOPICS)}.`);
  });
  lines.push("", "## Tasks", `- [ ] ${pick(rand, WORDS)} ${pick(rand, WORDS)}`, `- [x] ${pick(rand, WORDS)} ${pick(rand, WORDS)}`, "");
  return lines.join("\n");
}

function otherNote(rand: () => number, titles: readonly string[]): string {
  const lines: string[] = [];
  if (rand() < 0.3) lines.push("---", `tags: [${pick(rand, WORDS)}, ${pick(rand, WORDS)}]`, `created: ${daysBefore(Math.floor(rand() * 2000))}`, "---");
  lines.push(`# ${pick(rand, WORDS)} ${pick(rand, WORDS)}`, "");
  const paragraphs = 2 + Math.floor(rand() * 4);
  for (let p = 0; p < paragraphs; p++) {
    const words: string[] = [];
    for (let w = 0; w < 30 + Math.floor(rand() * 40); w++) words.push(pick(rand, WORDS));
    if (titles.length > 0 && rand() < 0.5) words.push(`[[${pick(rand, titles)}]]`);
    if (rand() < 0.2) words.push(`#${pick(rand, WORDS)}`);
    lines.push(`${words.join(" ")}.`, "");
  }
  if (rand() < 0.3) lines.push("## Next", `- ${pick(rand, WORDS)} the ${pick(rand, WORDS)}`, `- [ ] ${pick(rand, WORDS)}`, "");
  return lines.join("\n");
}

/** The vault for one size. Files are in a fixed order; the same seed gives the same text. */
export function generateVault(size: VaultSize, seed = SEED): GeneratedVault {
  const rand = rng(seed);
  const files = new Map<string, string>();
  const names = contactNames(size.contacts, rand);
  const contactPaths: string[] = [];
  names.forEach((name, i) => {
    const path = `People/${TIERS[i % TIERS.length] === "ally" ? "Close/" : ""}${name}.md`;
    files.set(path, contactNote(rand, pick(rand, TIERS)));
    contactPaths.push(path);
  });
  const dailyPaths: string[] = [];
  for (let d = 0; d < size.dailyNotes; d++) {
    const date = daysBefore(d);
    const path = `Daily/${date}.md`;
    const people: string[] = [];
    for (let k = 0; k < DAILY_LINKS; k++) people.push(pick(rand, names));
    files.set(path, dailyNote(rand, date, people));
    dailyPaths.push(path);
  }
  const otherPaths: string[] = [];
  const others = Math.max(0, size.notes - size.contacts - size.dailyNotes);
  const titles: string[] = [];
  for (let i = 0; i < others; i++) {
    const title = `${pick(rand, WORDS)} ${pick(rand, WORDS)} ${i}`;
    const path = `Notes/${pick(rand, WORDS)}/${title}.md`;
    files.set(path, otherNote(rand, titles.length > 50 ? titles : names));
    titles.push(title);
    otherPaths.push(path);
  }
  return { files, contactPaths, dailyPaths, otherPaths };
}
