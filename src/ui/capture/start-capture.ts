import type { Host } from "../host";
import { CaptureFilePicker } from "./capture-file-picker";
import { CaptureModal } from "./capture-modal";

/** Picks an export (in the vault or from the device), then reads it and opens the review of the touches it holds. */
export function startCapture(host: Host): void {
  new CaptureFilePicker(host, (source) => new CaptureModal(host, source).open()).open();
}
