/** Why a note can't be written safely. The message is meant for the user, as is. */
export class NoteWriteError extends Error {
  constructor(
    readonly code: "invalid-properties" | "unclosed-properties" | "not-a-map" | "unsafe-edit" | "bad-input" | "missing-note",
    message: string,
  ) {
    super(message);
    this.name = "NoteWriteError";
  }
}

/** What an error says, for a message to the user: its message, or the thrown value as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
