/**
 * The parsers' work grows with the file, not with its square, however small the
 * pieces it arrives in. Work is counted, not timed: every character the string and
 * pattern primitives are asked to look at (indexOf, slice, charCodeAt, RegExp exec
 * and everything that goes through it) while a file is read.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateMbox, generateWhatsApp } from "../../../bench/capture-generators";
import { createCaptureParser, type CaptureSettings } from "../../../src/core/capture/index";
import type { CaptureFormatId } from "../../../src/core/capture/model";

let work = 0;
/** The primitives as they were, taken from their descriptors so they can be called with any string. */
function original<F>(target: object, name: string): F {
  return Object.getOwnPropertyDescriptor(target, name)?.value as F;
}

const originals = {
  indexOf: original<(this: string, search: string, from?: number) => number>(String.prototype, "indexOf"),
  slice: original<(this: string, start?: number, end?: number) => string>(String.prototype, "slice"),
  charCodeAt: original<(this: string, index: number) => number>(String.prototype, "charCodeAt"),
  exec: original<(this: RegExp, input: string) => RegExpExecArray | null>(RegExp.prototype, "exec"),
};

beforeAll(() => {
  String.prototype.indexOf = function (this: string, search: string, from?: number) {
    const found = originals.indexOf.call(this, search, from);
    // A search looks from `from` up to what it finds, or to the end.
    work += Math.max(1, (found === -1 ? this.length : found + search.length) - (from ?? 0));
    return found;
  };
  String.prototype.slice = function (this: string, start?: number, end?: number) {
    const out = originals.slice.call(this, start, end);
    work += out.length + 1;
    return out;
  };
  String.prototype.charCodeAt = function (this: string, index: number) {
    work++;
    return originals.charCodeAt.call(this, index);
  };
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    work += Math.max(1, input.length - (this.global || this.sticky ? this.lastIndex : 0));
    return originals.exec.call(this, input);
  };
});

afterAll(() => {
  Object.assign(String.prototype, { indexOf: originals.indexOf, slice: originals.slice, charCodeAt: originals.charCodeAt });
  RegExp.prototype.exec = originals.exec;
});

const SETTINGS: CaptureSettings = { zone: "Europe/Berlin", now: Date.UTC(2030, 0, 1), ownEmails: ["alex@me.example"], me: ["Alex Morgan"] };

function calendar(events: number): string {
  const parts = ["BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"];
  for (let i = 0; i < events; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, "0");
    parts.push(
      `BEGIN:VEVENT\r\nUID:e${i}\r\nDTSTART;TZID=Europe/Berlin:2024${month}${day}T100000\r\nSUMMARY:Meeting ${i}\r\nDESCRIPTION:${"a long description line ".repeat(4)}\r\n` +
        ` folded on\r\nORGANIZER;CN=Alex Morgan:mailto:alex@me.example\r\nATTENDEE;CN=Person ${i % 40}:mailto:p${i % 40}@x.example\r\nEND:VEVENT\r\n`,
    );
  }
  parts.push("END:VCALENDAR\r\n");
  return parts.join("");
}

function telegram(messages: number): string {
  const list: string[] = [];
  for (let i = 0; i < messages; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    const from = i % 2 === 0 ? '"Alex Morgan", "from_id": "user1"' : '"Sam Rivera", "from_id": "user2"';
    list.push(`{"id": ${i}, "type": "message", "date": "2024-03-${day}T10:00:00", "from": ${from}, "text": ["Hi ", {"type": "bold", "text": "there"}, " ${"and more words ".repeat(3)}"]}`);
  }
  return `{"name": "Sam Rivera", "type": "personal_chat", "id": 2, "messages": [\n${list.join(",\n")}\n]}`;
}

/** A file of about `size` characters in the given format. */
function fileOf(format: CaptureFormatId, size: number): string {
  switch (format) {
    case "mbox":
      return [...generateMbox(size)].join("");
    case "whatsapp":
      return [...generateWhatsApp(Math.round(size / 60))].join("");
    case "ics":
      return calendar(Math.round(size / 330));
    case "telegram":
      return telegram(Math.round(size / 170));
  }
}

function workToRead(format: CaptureFormatId, text: string, piece: number): number {
  const parser = createCaptureParser(format, SETTINGS);
  work = 0;
  for (let i = 0; i < text.length; i += piece) parser.push(originals.slice.call(text, i, i + piece));
  const during = work;
  parser.end();
  return during;
}

describe.each<CaptureFormatId>(["mbox", "whatsapp", "ics", "telegram"])("%s: work grows in step with the file", (format) => {
  const small = fileOf(format, 12_000);
  const large = fileOf(format, 48_000);

  it.each([1, 7, Infinity])("in pieces of %s characters", (piece) => {
    const size = piece === Infinity ? Number.MAX_SAFE_INTEGER : piece;
    const ratio = workToRead(format, large, size) / workToRead(format, small, size);
    const sizes = large.length / small.length;
    // Four times the file is about four times the work; a square would be sixteen.
    expect(ratio).toBeGreaterThan(sizes * 0.75);
    expect(ratio).toBeLessThan(sizes * 1.25);
  });

  it("small pieces cost at most a constant factor more than one piece", () => {
    expect(workToRead(format, large, 1) / workToRead(format, large, Number.MAX_SAFE_INTEGER)).toBeLessThan(12);
  });
});
