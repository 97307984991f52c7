/**
 * Prints core's agenda for a terminal or for scripts. Pure: every word about dates,
 * tiers and rhythms comes from core, this only lays it out.
 */
import type { Agenda, AgendaEntry } from "../core/planning/agenda";
import { describeRhythm } from "../core/contacts/contact";
import { formatAgo, type LocalDate } from "../core/shared/dates";
import type { DueState } from "../core/contacts/due";
import type { Tier } from "../core/contacts/tiers";
import { reciprocityFlags, type ContactFlag, type FlagKind } from "../core/contacts/flags";

/** Everything one run of the agenda prints. */
export interface AgendaReport {
  vaultName: string;
  today: LocalDate;
  agenda: Agenda;
  /** The tier the agenda is limited to, when one was asked for. */
  tierFilter: Tier | null;
  /** Vault-relative path of the settings file, named next to its problems. */
  settingsPath: string;
  settingsProblems: readonly string[];
}

export interface ReportWarning {
  /** The note (or settings file) the warning is about, vault-relative. */
  path: string;
  message: string;
}

/** Contact warnings by note path, then the settings problems. */
export function reportWarnings(report: AgendaReport): ReportWarning[] {
  const { agenda } = report;
  const entries = [...agenda.overdue, ...agenda.dueSoon, ...agenda.ok, ...agenda.snoozed, ...agenda.paused];
  const contactWarnings = entries
    .map((e) => e.contact)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .flatMap((c) => c.warnings.map((message) => ({ path: c.path, message })));
  const settingsWarnings = report.settingsProblems.map((message) => ({ path: report.settingsPath, message }));
  return [...contactWarnings, ...settingsWarnings];
}

// ---------------------------------------------------------------- text

export interface TextStyle {
  color: boolean;
}

const ANSI = { bold: "1", dim: "2", red: "31", yellow: "33" } as const;

function paint(style: TextStyle, codes: (keyof typeof ANSI)[], text: string): string {
  if (!style.color || codes.length === 0) return text;
  return `\u001b[${codes.map((c) => ANSI[c]).join(";")}m${text}\u001b[0m`;
}

// Where a mention came from stays in --json (lastTouchSource): " (in 2026-10-07)" after the
// last touch widens that column for every row and takes the demo's table past 80 columns.
function lastTouchText(entry: AgendaEntry): string {
  return entry.due.daysSince === null ? "never" : `last touch ${formatAgo(entry.due.daysSince)}`;
}

type Row = [name: string, tier: string, lastTouch: string, rhythm: string];

/** A row of the table and the flags shown under it. */
interface Listed {
  row: Row;
  flags: string[];
}

function rowOf(entry: AgendaEntry, today: LocalDate): Listed {
  const flags = reciprocityFlags(entry.contact, today, entry.due)
    .filter((f) => f.kind !== "intro-follow-up")
    .map((f) => f.text);
  return { row: [entry.contact.name, entry.contact.tier.label, lastTouchText(entry), describeRhythm(entry.contact)], flags };
}

/** Everyone's introductions to follow up, oldest first: they may be on track and listed nowhere else. */
function followUpsOf(agenda: Agenda, today: LocalDate): { contact: AgendaEntry["contact"]; flag: ContactFlag }[] {
  const all = [...agenda.overdue, ...agenda.dueSoon, ...agenda.ok, ...agenda.snoozed];
  return all
    .flatMap((entry) => reciprocityFlags(entry.contact, today, entry.due).filter((f) => f.kind === "intro-follow-up").map((flag) => ({ contact: entry.contact, flag })))
    .sort((a, b) => (a.flag.followUp?.introduced ?? "").localeCompare(b.flag.followUp?.introduced ?? "") || a.contact.name.localeCompare(b.contact.name));
}

// String length in UTF-16 units: right for accents and for the common emoji, which
// take two units and two columns. Good enough for aligning names in a terminal.
function padTo(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - text.length));
}

function section(title: string, rows: Listed[], widths: number[], style: TextStyle, titleCodes: (keyof typeof ANSI)[]): string[] {
  const lines = [paint(style, titleCodes, `${title} (${rows.length})`)];
  if (rows.length === 0) lines.push(paint(style, ["dim"], "  nobody"));
  for (const { row, flags } of rows) {
    const cells = row.map((cell, i) => (i === row.length - 1 ? cell : padTo(cell, widths[i] ?? 0)));
    lines.push(`  ${cells.join("  ")}`);
    for (const flag of flags) lines.push(`    ${paint(style, ["dim"], flag)}`);
  }
  return lines;
}

/** "16 more are on track, 2 snoozed, 1 paused" — everyone not listed above. */
function othersLine(agenda: Agenda, listedAbove: number): string {
  const onTrack = agenda.ok.length;
  const more = listedAbove > 0 ? " more" : "";
  const onTrackText =
    onTrack === 0 ? `Nobody${listedAbove > 0 ? " else" : ""} is on track` : `${onTrack}${more} ${onTrack === 1 ? "is" : "are"} on track`;
  const parts = [onTrackText];
  if (agenda.snoozed.length > 0) parts.push(`${agenda.snoozed.length} snoozed`);
  if (agenda.paused.length > 0) parts.push(`${agenda.paused.length} paused`);
  return parts.join(", ");
}

function titleLine(report: AgendaReport): string {
  const only = report.tierFilter ? ` (${report.tierFilter.label} only)` : "";
  return `Keep in Touch: ${report.vaultName}, ${report.today}${only}`;
}

export function renderAgendaText(report: AgendaReport, style: TextStyle = { color: false }): string {
  const { agenda } = report;
  const overdueRows = agenda.overdue.map((e) => rowOf(e, report.today));
  const dueRows = agenda.dueSoon.map((e) => rowOf(e, report.today));
  // One set of column widths for both sections, so they read as one table.
  const widths = [0, 1, 2].map((i) => Math.max(0, ...[...overdueRows, ...dueRows].map((r) => r.row[i]?.length ?? 0)));

  const lines = [paint(style, ["bold"], titleLine(report)), ""];
  const total = agenda.overdue.length + agenda.dueSoon.length + agenda.ok.length + agenda.snoozed.length + agenda.paused.length;
  if (total === 0) {
    lines.push(report.tierFilter ? `No contacts in ${report.tierFilter.label}.` : "No contact notes found.");
  } else {
    lines.push(...section("Overdue", overdueRows, widths, style, ["bold", "red"]), "");
    lines.push(...section("Due soon", dueRows, widths, style, ["bold", "yellow"]), "");
    const followUps = followUpsOf(agenda, report.today);
    if (followUps.length > 0) {
      lines.push(paint(style, ["bold"], `Introductions to follow up (${followUps.length})`));
      for (const { contact, flag } of followUps) lines.push(`  ${contact.name}: ${flag.text}`);
      lines.push("");
    }
    lines.push(othersLine(agenda, overdueRows.length + dueRows.length));
  }

  const warnings = reportWarnings(report);
  if (warnings.length > 0) {
    lines.push("", paint(style, ["bold"], `Warnings (${warnings.length})`));
    for (const w of warnings) lines.push(`  ${paint(style, ["yellow"], w.path)}: ${w.message}`);
  }
  return `${lines.join("\n")}\n`;
}

// ---------------------------------------------------------------- JSON

export interface AgendaPersonJson {
  path: string;
  name: string;
  /** The tier's label, as the user reads it. */
  tier: string;
  /** Days after the last touch at which this person is overdue. */
  cadenceDays: number;
  lastTouch: LocalDate | null;
  /** The note the last touch came from: the contact's own note, or a dated note that mentions the contact; null when never touched. */
  lastTouchSource: string | null;
  state: DueState;
  /** The day they reached out and have waited for a reply since, when one is owed. */
  replyOwedSince: LocalDate | null;
  /** Reciprocity's flags, most pressing first, each with its words and why. */
  flags: { kind: FlagKind; text: string; why: string }[];
  warnings: string[];
}

export interface IntroFollowUpJson {
  path: string;
  name: string;
  introduced: LocalDate;
  with: string | null;
  dueSince: LocalDate;
}

export interface AgendaJson {
  today: LocalDate;
  vault: string;
  /** The tier's id, when the agenda is limited to one tier. */
  tier: string | null;
  overdue: AgendaPersonJson[];
  dueSoon: AgendaPersonJson[];
  counts: { overdue: number; dueSoon: number; onTrack: number; snoozed: number; paused: number; total: number };
  /** Everyone's introductions whose follow-up is due, listed or not. */
  introFollowUps: IntroFollowUpJson[];
  warnings: ReportWarning[];
}

function personJson(entry: AgendaEntry, today: LocalDate): AgendaPersonJson {
  const c = entry.contact;
  return {
    path: c.path,
    name: c.name,
    tier: c.tier.label,
    cadenceDays: c.overdueAfterDays,
    lastTouch: c.lastTouch,
    lastTouchSource: c.lastTouchSource,
    state: entry.due.state,
    replyOwedSince: entry.due.replyOwedSince,
    flags: reciprocityFlags(c, today, entry.due).map(({ kind, text, why }) => ({ kind, text, why })),
    warnings: [...c.warnings],
  };
}

export function agendaJson(report: AgendaReport): AgendaJson {
  const { agenda } = report;
  const counts = {
    overdue: agenda.overdue.length,
    dueSoon: agenda.dueSoon.length,
    onTrack: agenda.ok.length,
    snoozed: agenda.snoozed.length,
    paused: agenda.paused.length,
    total: 0,
  };
  counts.total = counts.overdue + counts.dueSoon + counts.onTrack + counts.snoozed + counts.paused;
  return {
    today: report.today,
    vault: report.vaultName,
    tier: report.tierFilter?.id ?? null,
    overdue: agenda.overdue.map((e) => personJson(e, report.today)),
    dueSoon: agenda.dueSoon.map((e) => personJson(e, report.today)),
    counts,
    introFollowUps: followUpsOf(agenda, report.today).flatMap(({ contact, flag }) =>
      flag.followUp ? [{ path: contact.path, name: contact.name, introduced: flag.followUp.introduced, with: flag.followUp.with, dueSince: flag.followUp.dueSince }] : [],
    ),
    warnings: reportWarnings(report),
  };
}

export function renderAgendaJson(report: AgendaReport): string {
  return `${JSON.stringify(agendaJson(report), null, 2)}\n`;
}

