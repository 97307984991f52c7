/**
 * Moment for the terminal agenda. Inside Obsidian the plugin uses the Moment that
 * Obsidian ships; outside it there is none to borrow, so the CLI bundle brings its
 * own, pinned in package.json to the version the obsidian package depends on, so
 * that daily-note formats parse the same in both. (The obsidianmd lint rule against
 * importing moment is about plugin code; this is the one place the CLI imports it.)
 */
import momentPackage from "moment";
import type { MomentFn } from "../core/daily/daily-notes";

export const moment: MomentFn = momentPackage;
