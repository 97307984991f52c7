/**
 * keep-in-touch-agenda --digest: the short message for cron to mail or push, built
 * from the same contacts as the agenda, with as much about each person as the
 * settings (or --names and --details) allow.
 */
import type { Contact } from "../core/contacts/contact";
import { buildDigest } from "../core/sharing/digest";
import type { Disclosure } from "../core/sharing/privacy";
import type { LocalDate } from "../core/shared/dates";
import type { ResolvedSettings } from "../core/settings";
import { renderDigest, type DigestFormat } from "./digest-render";
import { lastNotesOf } from "./last-notes";
import type { VaultNote } from "./vault-files";

export interface DigestRequest {
  vaultName: string;
  contacts: readonly Contact[];
  /** The vault's notes, for the last touch notes when details go along. */
  notes: readonly VaultNote[];
  resolved: ResolvedSettings;
  today: LocalDate;
  format: DigestFormat;
  /** What the command line overrides of the settings' disclosure. */
  disclosure: Partial<Disclosure>;
}

export interface DigestMessage {
  text: string;
  somethingDue: boolean;
}

export function digestMessage(request: DigestRequest): DigestMessage {
  const { settings, tiers } = request.resolved;
  const disclosure: Disclosure = { names: request.disclosure.names ?? settings.digestNames, details: request.disclosure.details ?? settings.digestDetails };
  const digest = buildDigest(request.contacts, { today: request.today, tiers, weeklyCapacity: settings.weeklyCapacity, upcomingDays: settings.upcomingDays });
  const named = [...digest.reachToday, ...digest.reachLater, ...digest.dates].map((p) => p.path);
  const lastNotes = disclosure.details && disclosure.names !== "count" ? lastNotesOf(request.notes, named, settings) : undefined;
  const text = renderDigest({ vaultName: request.vaultName, digest, disclosure, format: request.format, ...(lastNotes ? { lastNotes } : {}) });
  return { text, somethingDue: digest.somethingDue };
}
