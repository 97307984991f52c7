/**
 * Who an event's ORGANIZER and ATTENDEE properties name: an address (from `mailto:`
 * or Apple's EMAIL parameter), a name (CN), and whether the attendee is a person who
 * came: rooms, resources and groups are not people, and a declined invitation is no
 * meeting.
 */
import { param, unescapeText, type ContentLine } from "./ics-lines";

export interface Person {
  email: string | null;
  name: string | null;
}

export type AttendeeRole = { kind: "person"; person: Person } | { kind: "me"; declined: boolean } | { kind: "none" };

function addressOf(value: string): string | null {
  const m = /^mailto:(.+)$/i.exec(value.trim());
  return m ? (m[1] as string).trim().toLowerCase() : null;
}

/** The person an ORGANIZER or ATTENDEE names. */
export function personOf(property: ContentLine): Person {
  const email = addressOf(property.value) ?? (param(property, "EMAIL")?.trim().toLowerCase() || null);
  const cn = param(property, "CN");
  const name = cn === null ? null : unescapeText(cn).trim().replace(/^"|"$/g, "") || null;
  return { email, name: name !== null && name.toLowerCase() === email ? null : name };
}

/** What an ATTENDEE is to the capture: the user (and whether they declined), a person who came, or nobody to count. */
export function attendeeRole(property: ContentLine, own: ReadonlySet<string>): AttendeeRole {
  const person = personOf(property);
  const partstat = (param(property, "PARTSTAT") ?? "").toUpperCase();
  if (person.email !== null && own.has(person.email)) return { kind: "me", declined: partstat === "DECLINED" };
  const cutype = (param(property, "CUTYPE") ?? "INDIVIDUAL").toUpperCase();
  if (cutype === "ROOM" || cutype === "RESOURCE" || cutype === "GROUP" || (person.email?.endsWith("@resource.calendar.google.com") ?? false)) return { kind: "none" };
  if (partstat === "DECLINED" || (person.email === null && person.name === null)) return { kind: "none" };
  return { kind: "person", person };
}

/** One person: by address when either has one, else by name. */
export function samePerson(a: Person, b: Person): boolean {
  return a.email !== null || b.email !== null ? a.email === b.email : a.name === b.name;
}
