/** Capturing the same file twice adds nothing: every day found already has its line. */
import { describe, expect, it, vi } from "vitest";
import { captureVault, fixture, openCapture, reportLines } from "./capture-fixture";

const EXPORTS: [string, string][] = [
  ["google.ics", "Exports/google.ics"],
  ["whatsapp-android-us.txt", "Chats/WhatsApp Chat with Sam Rivera.txt"],
  ["whatsapp-ios-group-uk.txt", "Chats/_chat.txt"],
  ["telegram-full.json", "Telegram/result.json"],
  ["gmail.mbox", "Mail/All mail.mbox"],
];

describe("a second capture of the same file", () => {
  for (const [name, path] of EXPORTS) {
    it(`writes nothing: ${name}`, async () => {
      const started = await captureVault({ [path]: fixture(name) });
      const first = await openCapture(started, path);
      // Everyone ticked, capture: never included, so every day found gets its line.
      for (const proposal of first.plan?.proposals ?? []) for (const touch of proposal.touches) first.select(proposal.path, touch.date, true);
      expect(await first.submit()).toBe(true);
      await started.flush();
      const plan = first.plan;
      const written = plan?.proposals.reduce((n, p) => n + p.touches.length, 0) ?? 0;
      expect(written).toBeGreaterThan(0);
      const before = new Map(started.app.vault.getFiles().map((f) => [f.path, started.text(f.path)]));

      const { vault } = started.app;
      const writes = [vi.spyOn(vault, "process"), vi.spyOn(vault, "modify"), vi.spyOn(vault, "create"), vi.spyOn(vault, "createBinary"), vi.spyOn(vault, "append")];
      const second = await openCapture(started, path);
      expect(second.plan?.proposals).toEqual([]);
      expect(second.contentEl.querySelector(".kit-capture-summary")?.textContent).toMatch(/: nothing new to capture\. What was found and left out is below\.$/);
      // The days written the first time, and those that had a line already then.
      const logged = written + (first.plan?.skipped["days that already have a touch"] ?? 0);
      expect(reportLines(second)).toContain(`Days that already have a touch: ${logged}`);
      expect(second.contentEl.querySelector(".mod-cta:not(.kit-capture-create)")).toBeNull();
      expect(await second.submit()).toBe(false);
      second.close();
      await started.flush();
      for (const spy of writes) expect(spy).not.toHaveBeenCalled();
      expect(new Map(started.app.vault.getFiles().map((f) => [f.path, started.text(f.path)]))).toEqual(before);
    });
  }
});
