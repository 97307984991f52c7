import { describeValue, plural } from "../shared/dates";

/** Days per unit. Months and years are fixed lengths so a cadence is a plain number of days. */
const UNIT_DAYS: Record<string, number> = { d: 1, w: 7, m: 30, y: 365 };

export type CadenceParse = { ok: true; days: number } | { ok: false; reason: string };

/**
 * Reads a cadence: `10d`, `3w`, `2m`, `1y`, a bare number of days, or the same
 * with spelled-out units (`3 weeks`). Must be at least one day.
 */
export function parseCadence(value: unknown): CadenceParse {
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 1) return { ok: true, days: value };
    return { ok: false, reason: `${value} is not a whole number of days of at least 1` };
  }
  if (typeof value !== "string") {
    return { ok: false, reason: `expected a cadence like 10d, 3w, 2m or 1y, got ${describeValue(value)}` };
  }
  const text = value.trim().toLowerCase();
  const m = /^(\d+)\s*(d|days?|w|weeks?|m|months?|y|years?)?$/.exec(text);
  if (!m) return { ok: false, reason: `"${value.trim()}" is not a cadence like 10d, 3w, 2m, 1y or a number of days` };
  const count = Number(m[1]);
  const unit = (m[2] ?? "d").charAt(0);
  const days = count * (UNIT_DAYS[unit] ?? 1);
  if (days < 1) return { ok: false, reason: `"${value.trim()}" is shorter than one day` };
  return { ok: true, days };
}

/** The shortest exact way to write a number of days: 14 → "2w", 90 → "3m", 10 → "10d". */
export function formatCadence(days: number): string {
  if (days % 365 === 0) return `${days / 365}y`;
  if (days % 30 === 0) return `${days / 30}m`;
  if (days % 7 === 0) return `${days / 7}w`;
  return `${days}d`;
}

function unitOf(days: number): [number, string] {
  if (days % 365 === 0) return [days / 365, "year"];
  if (days % 30 === 0) return [days / 30, "month"];
  if (days % 7 === 0) return [days / 7, "week"];
  return [days, "day"];
}

/** A cadence for people to read: "2 weeks", "3 months", "10 days". */
export function describeCadence(days: number): string {
  const [n, unit] = unitOf(days);
  return plural(n, unit);
}

/** A range for people to read: "2–6 weeks", or "8 weeks to 3 months" when the units differ. */
export function describeCadenceRange(from: number, to: number): string {
  const [a, unitA] = unitOf(from);
  const [b, unitB] = unitOf(to);
  if (from === to) return describeCadence(from);
  if (unitA === unitB) return `${a}–${plural(b, unitB)}`;
  return `${describeCadence(from)} to ${describeCadence(to)}`;
}
