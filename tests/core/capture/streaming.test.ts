/**
 * Every parser gives the same answer however the text is cut into pieces: whole, one
 * character at a time, seven at a time, or at arbitrary places (bytes too, through the
 * decoder).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChunkDecoder } from "../../../src/core/capture/decode";
import { createCaptureParser, type CaptureSettings } from "../../../src/core/capture/index";
import { CAPTURE_FIXTURES, feed, feedAt, fixture } from "./helpers";

const SETTINGS: CaptureSettings = { zone: "Europe/Berlin", now: Date.UTC(2024, 5, 15, 12), ownEmails: ["alex@me.example"], me: ["Alex Morgan"] };

describe.each(CAPTURE_FIXTURES)("%s in pieces", (name, format) => {
  const text = fixture(name);
  const whole = feed(createCaptureParser(format, SETTINGS), text);

  it("finds something (the comparison means something)", () => {
    expect(whole.people.length).toBeGreaterThan(0);
  });

  it("one character and seven characters at a time give the same answer", () => {
    expect(feed(createCaptureParser(format, SETTINGS), text, 1)).toEqual(whole);
    expect(feed(createCaptureParser(format, SETTINGS), text, 7)).toEqual(whole);
  });

  it("cuts anywhere give the same answer", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 40 }), (cuts) => {
        expect(feedAt(createCaptureParser(format, SETTINGS), text, cuts)).toEqual(whole);
      }),
      { numRuns: 25 },
    );
  });

  it("bytes cut anywhere, through the decoder, give the same answer", () => {
    const bytes = new TextEncoder().encode(text);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 40 }), (cuts) => {
        const parser = createCaptureParser(format, SETTINGS);
        const decoder = new ChunkDecoder();
        let from = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          parser.push(decoder.decode(bytes.subarray(from, cut)));
          from = cut;
        }
        parser.push(decoder.decode(bytes.subarray(from)));
        parser.push(decoder.end());
        expect(parser.end()).toEqual(whole);
        expect(decoder.bytesSeen).toBe(bytes.length);
      }),
      { numRuns: 15 },
    );
  });
});
