import { buildAgenda, type AgendaEntry } from "../planning/agenda";
import { matchesTopics } from "../planning/block-agenda";
import type { Contact } from "../contacts/contact";
import type { LocalDate } from "../shared/dates";
import type { Tier } from "../contacts/tiers";

export interface TopicCount {
  topic: string;
  count: number;
}

/** Every topic in use with how many contacts carry it, most used first; spellings that differ only in case count as one. */
export function topicCounts(contacts: Iterable<Contact>): TopicCount[] {
  const counts = new Map<string, TopicCount>();
  for (const contact of contacts) {
    for (const topic of new Set(contact.topics.map((t) => t.trim()))) {
      const key = topic.toLowerCase();
      const entry = counts.get(key) ?? { topic, count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic));
}

/** "Who would find this useful?": the people with any of these topics, overdue first, paused people left out. */
export function whoWouldFindThisUseful(contacts: Iterable<Contact>, topics: readonly string[], today: LocalDate, tiers: readonly Tier[]): AgendaEntry[] {
  if (topics.length === 0) return [];
  const agenda = buildAgenda(
    [...contacts].filter((c) => matchesTopics(c, topics)),
    today,
    tiers,
  );
  return [...agenda.overdue, ...agenda.dueSoon, ...agenda.ok, ...agenda.snoozed];
}

/** "hiring, AI ops" → ["hiring", "AI ops"]. */
export function splitTopics(text: string): string[] {
  return text
    .split(",")
    .map((t) => t.trim().replace(/^#/, ""))
    .filter((t) => t !== "");
}
