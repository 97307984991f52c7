import type { LocalDate } from "./dates";

/**
 * One string per calendar day, shared by every contact and note that holds that day:
 * ten thousand contacts with twenty touches each hold a few thousand distinct days,
 * and a shared string costs each of them a pointer instead of a copy.
 */
const shared = new Map<LocalDate, LocalDate>();
/** Days in use are far fewer; past this the table starts over rather than grow without end. */
const LIMIT = 100_000;

/** The shared string for this day (equal days give the identical string). */
export function sharedDay(date: LocalDate): LocalDate {
  let s = shared.get(date);
  if (s === undefined) {
    if (shared.size >= LIMIT) shared.clear();
    shared.set(date, (s = date));
  }
  return s;
}
