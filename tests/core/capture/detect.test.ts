import { describe, expect, it } from "vitest";
import { ChunkDecoder } from "../../../src/core/capture/decode";
import { detectCaptureFormat } from "../../../src/core/capture/detect";
import { CAPTURE_FIXTURES, fixture } from "./helpers";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("telling the format of a file", () => {
  it.each(CAPTURE_FIXTURES)("%s is %s", (name, format) => {
    expect(detectCaptureFormat(bytes(fixture(name)), name)).toMatchObject({ kind: "format", format });
  });

  it("reads a UTF-8 mark and UTF-16 with its mark", () => {
    expect(detectCaptureFormat(bytes(`\uFEFF${fixture("gmail.mbox")}`), "x")).toMatchObject({ format: "mbox" });
    const text = fixture("whatsapp-android-de.txt");
    const wide = new Uint8Array(2 + text.length * 2);
    wide.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      wide[2 + i * 2] = text.charCodeAt(i) & 0xff;
      wide[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(detectCaptureFormat(wide, "chat.txt")).toMatchObject({ format: "whatsapp" });
  });

  it("a single saved mail message is mail", () => {
    expect(detectCaptureFormat(bytes("Return-Path: <a@b.example>\nFrom: A <a@b.example>\nTo: c@d.example\n\nhi"), "x.eml")).toMatchObject({ format: "mbox" });
  });

  it("says what other files look like and what to do", () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(detectCaptureFormat(zip, "WhatsApp Chat - Sam.zip")).toEqual({ kind: "other", looksLike: "a zip archive", advice: "WhatsApp exports come as a .zip: unzip it and pick the chat's .txt inside (_chat.txt on iPhone)." });
    expect(detectCaptureFormat(zip, "takeout-20240301.zip")).toMatchObject({ advice: "Google Takeout comes as a .zip: unzip it and pick the .mbox file in its Mail folder." });
    expect(detectCaptureFormat(bytes("BEGIN:VCARD\nVERSION:3.0\nFN:Sam\nEND:VCARD\n"), "c.vcf")).toEqual({ kind: "other", looksLike: "contacts (vCard)", advice: "Use Import contacts to read it." });
    expect(detectCaptureFormat(bytes("Name,Given Name,Family Name,E-mail 1 - Value\nSam Rivera,Sam,Rivera,sam@x.example\n"), "contacts.csv")).toMatchObject({ looksLike: "a Google Contacts CSV" });
    expect(detectCaptureFormat(bytes("date,amount,payee\n2024-01-01,3,Cafe\n"), "bank.csv")).toMatchObject({ looksLike: "a CSV table" });
    expect(detectCaptureFormat(bytes('<!DOCTYPE html><html><div class="message default clearfix">'), "messages.html")).toMatchObject({ looksLike: "Telegram's HTML export" });
    expect(detectCaptureFormat(bytes('{"name": "x", "version": "1"}'), "package.json")).toMatchObject({ looksLike: "a JSON file that isn't a Telegram export" });
    expect(detectCaptureFormat(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]), "a.pdf")).toMatchObject({ looksLike: "a PDF file" });
    expect(detectCaptureFormat(new Uint8Array([0x00, 0x01, 0x02, 0x03]), "a.bin")).toMatchObject({ looksLike: "a binary file, not text" });
    expect(detectCaptureFormat(new Uint8Array(), "empty.txt")).toMatchObject({ looksLike: "an empty file" });
    expect(detectCaptureFormat(bytes("Dear diary,\ntoday I met Sam.\n"), "diary.txt")).toMatchObject({ looksLike: "plain text that isn't a chat, calendar or mail export" });
  });
});

describe("decoding bytes in chunks", () => {
  it("joins characters split between chunks and drops the byte order mark", () => {
    const data = bytes("\uFEFFZoë 👋 Café");
    const decoder = new ChunkDecoder();
    let text = "";
    for (const b of data) text += decoder.decode(new Uint8Array([b]));
    text += decoder.end();
    expect(text).toBe("Zoë 👋 Café");
    expect(decoder.bytesSeen).toBe(data.length);
  });

  it("reads UTF-16 with a mark, and a one-byte file", () => {
    const decoder = new ChunkDecoder();
    expect(decoder.decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00])) + decoder.end()).toBe("A");
    const tiny = new ChunkDecoder();
    expect(tiny.decode(new Uint8Array([0x41])) + tiny.end()).toBe("A");
  });

  it("turns bytes that aren't UTF-8 into replacement characters instead of failing", () => {
    const decoder = new ChunkDecoder();
    expect(decoder.decode(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a])) + decoder.end()).toBe("Caf\uFFFD\n");
  });
});
