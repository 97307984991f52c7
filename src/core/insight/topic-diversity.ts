import type { Contact } from "../contacts/contact";
import { topicCounts, type TopicCount } from "../conversation/topics";

/** Above this share of people with topics, one topic dominates the network (a "monoculture"). */
export const DOMINANT_TOPIC_SHARE = 0.5;

export interface TopicDiversity {
  /** Every topic with how many people carry it, most used first. */
  topics: TopicCount[];
  /** People with at least one topic. */
  people: number;
  /** Topics only one person carries: if that person drifts, the topic goes with them. */
  heldByOne: TopicCount[];
  /** heldByOne as a share of all topics, 0–1 (0 without topics). */
  heldByOneShare: number;
  /** The most common topic, when it is carried by more than half of the people with topics. */
  dominant: TopicCount | null;
  /** dominant's share of the people with topics, 0–1. */
  dominantShare: number;
}

/** How varied the network's topics are; topics differing only in case count as one. */
export function topicDiversity(contacts: readonly Contact[]): TopicDiversity {
  const topics = topicCounts(contacts);
  const people = contacts.filter((c) => c.topics.some((t) => t.trim() !== "")).length;
  const heldByOne = topics.filter((t) => t.count === 1);
  const top = topics[0];
  const topShare = top && people > 0 ? top.count / people : 0;
  const dominant = top && topShare > DOMINANT_TOPIC_SHARE ? top : null;
  return {
    topics,
    people,
    heldByOne,
    heldByOneShare: topics.length === 0 ? 0 : heldByOne.length / topics.length,
    dominant,
    dominantShare: dominant ? topShare : 0,
  };
}
