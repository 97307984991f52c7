/**
 * Character tests for text walked by hand, one character code at a time, where a
 * regular expression per line would cost more than the walk (touch logs, read for every
 * contact note in a vault).
 */

/** What JavaScript's `\s` matches: the spaces, tabs and line breaks of Unicode, and the byte-order mark. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** An ASCII digit, what `\d` matches. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
