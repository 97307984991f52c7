import { messageOf } from "../../core/shared/errors";

/**
 * A review's write: every control in the review disabled while it runs, and what went
 * wrong shown in the status line (the review stays open, so nothing chosen is lost).
 * Returns whether the write ran to its end.
 */
export async function writeFromReview(bodyEl: HTMLElement, statusEl: HTMLElement, write: () => Promise<void>): Promise<boolean> {
  bodyEl.addClass("is-writing");
  for (const input of Array.from(bodyEl.querySelectorAll<HTMLInputElement | HTMLButtonElement | HTMLSelectElement>("input, button, select"))) input.disabled = true;
  try {
    await write();
    return true;
  } catch (error) {
    statusEl.setText(messageOf(error));
    statusEl.addClass("kit-error");
    return false;
  }
}
