/**
 * A snippet made plain text before it goes into a note: message text can hold `#tags`,
 * `[[links]]`, `%%` comments, `==highlights==`, HTML, code, maths or a trailing
 * `^block-id`, which would come alive in the contact's note (a tag in the tag pane, a
 * link in the graph, half the note hidden in a comment). Each is escaped with a
 * backslash, which Obsidian shows as the character itself; a run of `%` becomes one
 * `%`, since an escaped `%%` is still read as a comment in places. The result is one
 * line, and reads back from the touch line unchanged.
 */
import { cleanNote } from "../touches/touch-line";

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** What may stand right before a `#` that starts a tag: not a letter, digit or a character that makes it part of a word or an address. */
const WORDLIKE = /[\p{L}\p{N}_&/]/u;

/** The characters the loop below may escape; text without any is already inert (most snippets are). */
const MAY_COME_ALIVE = /[\\%[\]`$=<#^]/;

export function inertMarkdown(text: string): string {
  const clean = cleanNote(text);
  if (!MAY_COME_ALIVE.test(clean)) return clean;
  let out = "";
  for (let i = 0; i < clean.length; i++) {
    const c = clean[i] as string;
    const prev = i === 0 ? "" : (clean[i - 1] as string);
    const next = clean[i + 1] ?? "";
    if (c === "\\") out += ASCII_PUNCTUATION.test(next) ? "\\\\" : c;
    else if (c === "%") {
      if (prev !== "%") out += "%";
    } else if (c === "[" || c === "]" || c === "`" || c === "$") out += `\\${c}`;
    else if (c === "=") out += prev === "=" || next === "=" ? "\\=" : c;
    else if (c === "<") out += /[A-Za-z/!?]/.test(next) ? "\\<" : c;
    // Every `#` of a run where a tag could start is escaped: `##x` isn't a tag, but with only its second
    // escaped, the first would stand before a backslash, which a reader may take for a tag's start.
    else if (c === "#") out += next !== "" && !/\s/.test(next) && !WORDLIKE.test(prev) ? "\\#" : c;
    else if (c === "^") out += (prev === "" || /\s/.test(prev)) && next !== "" && !/\s/.test(next) ? "\\^" : c;
    else out += c;
  }
  return out;
}

/** What the snippet says once Obsidian has drawn it: the escapes gone. For the review, which shows text, not Markdown. */
export function shownMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}
