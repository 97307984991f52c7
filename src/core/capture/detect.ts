/**
 * Which export a file is, from its first bytes and its name, so the capture can pick
 * the parser, or tell the user what the file looks like instead and what to do.
 */
import { sniffFormat } from "../import/formats";
import { CAPTURE_FORMAT_LABELS, type CaptureFormatId } from "./model";
import { isWhatsAppLine } from "./whatsapp";

export type Detection = { kind: "format"; format: CaptureFormatId; label: string } | { kind: "other"; looksLike: string; advice: string };

/** How many bytes the detection wants to see (it works with fewer). */
export const DETECT_BYTES = 65536;

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function other(looksLike: string, advice: string): Detection {
  return { kind: "other", looksLike, advice };
}

function found(format: CaptureFormatId): Detection {
  return { kind: "format", format, label: CAPTURE_FORMAT_LABELS[format] };
}

function headText(head: Uint8Array): string {
  if (startsWith(head, 0xff, 0xfe)) return new TextDecoder("utf-16le").decode(head.subarray(2));
  if (startsWith(head, 0xfe, 0xff)) return new TextDecoder("utf-16be").decode(head.subarray(2));
  return new TextDecoder("utf-8").decode(head).replace(/^\uFEFF/, "");
}

function isBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x20 && (code < 0x09 || code > 0x0d)) return true;
  }
  return false;
}

/**
 * Tells the format from the first bytes of a file (ideally DETECT_BYTES of them) and
 * its name. Content decides; the name only sharpens the advice.
 */
export function detectCaptureFormat(head: Uint8Array, fileName: string): Detection {
  const name = fileName.replace(/^.*[\\/]/, "");
  if (startsWith(head, 0x50, 0x4b, 0x03, 0x04) || startsWith(head, 0x50, 0x4b, 0x05, 0x06)) {
    if (/whatsapp/i.test(name)) return other("a zip archive", "WhatsApp exports come as a .zip: unzip it and pick the chat's .txt inside (_chat.txt on iPhone).");
    if (/takeout/i.test(name)) return other("a zip archive", "Google Takeout comes as a .zip: unzip it and pick the .mbox file in its Mail folder.");
    return other("a zip archive", "Unzip it and pick the export inside (a .txt chat, an .ics calendar, an .mbox or result.json).");
  }
  if (startsWith(head, 0x1f, 0x8b)) return other("a compressed file (.gz or .tgz)", "Unpack it and pick the export inside.");
  if (startsWith(head, 0x25, 0x50, 0x44, 0x46)) return other("a PDF file", "Pick the export file itself, not a printout of it.");
  if (startsWith(head, 0x89, 0x50, 0x4e, 0x47) || startsWith(head, 0xff, 0xd8, 0xff) || startsWith(head, 0x47, 0x49, 0x46, 0x38)) return other("an image", "Pick the export file, not a picture.");
  const text = headText(head);
  if (text.trim() === "") return other("an empty file", "Export again and pick the new file.");
  if (isBinary(text)) return other("a binary file, not text", "Pick a calendar (.ics), WhatsApp chat (.txt), Telegram result.json or mail (.mbox) export.");
  const start = text.trimStart();
  if (/^BEGIN:VCALENDAR\s*$/im.test(text)) return found("ics");
  if (/^BEGIN:VCARD\s*$/im.test(text)) return other("contacts (vCard)", "Use Import contacts to read it.");
  if (/^From \S+/.test(start) || (/^[A-Za-z][A-Za-z0-9-]*: /.test(start) && /^(?:Received|Return-Path|Delivered-To|Message-ID|MIME-Version): /im.test(text) && /^From: /im.test(text))) return found("mbox");
  if (start.startsWith("{")) {
    if (/"(?:messages|chats|personal_information)"\s*:/.test(text)) return found("telegram");
    return other("a JSON file that isn't a Telegram export", "In Telegram Desktop, export the chat history as machine-readable JSON and pick result.json.");
  }
  if (/^<(?:!DOCTYPE html|html)/i.test(start)) {
    if (/telegram|class="message/i.test(text)) return other("Telegram's HTML export", "Export again choosing machine-readable JSON, and pick result.json.");
    return other("a web page", "Pick the export file itself.");
  }
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, 25);
  if (lines.some(isWhatsAppLine)) return found("whatsapp");
  const contacts = sniffFormat(text);
  if (contacts === "google") return other("a Google Contacts CSV", "Use Import contacts to read it.");
  if (contacts === "linkedin") return other("a LinkedIn Connections CSV", "Use Import contacts to read it.");
  const first = lines[0] ?? "";
  if ((first.match(/[,;\t]/g) ?? []).length >= 2 || /\.(?:csv|tsv)$/i.test(name)) return other("a CSV table", "Capture reads calendars (.ics), WhatsApp chats (.txt), Telegram result.json and mail (.mbox); contacts in a CSV go through Import contacts.");
  return other("plain text that isn't a chat, calendar or mail export", "Pick a calendar (.ics), WhatsApp chat (.txt), Telegram result.json or mail (.mbox) export.");
}
