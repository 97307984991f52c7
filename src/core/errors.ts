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
