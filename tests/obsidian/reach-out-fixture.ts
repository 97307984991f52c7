import { note } from "./start-plugin";

export const SAM = "People/Sam Rivera.md";
export const KENJI = "People/Kenji.md";
export const ANA = "People/Ana Souza.md";
export const LEE = "People/Lee.md";
export const ZOE = "People/Zoe.md";
export const BO = "People/Bo.md";

export const SAM_BODY = [
  "# Sam Rivera",
  "Runs platform at [[Acme]]. Two kids.",
  "",
  "## Next time",
  "- Ask how the Lisbon move went",
  "  - she was worried about schools",
  "- [ ] send the onboarding article",
  "",
  "## Touches",
  "- 2026-08-15 call — talked about hiring",
  "- 2026-09-01 coffee → gave — caught up about her new role",
  "",
].join("\n");

/** Today is 2026-11-22: Sam and Kenji are overdue (Sam further along her cadence), Ana, Lee and Zoe due, Bo on track. */
export const QUEUE_VAULT = {
  [SAM]: note("tier: ally\nlast_touch: 2026-09-01", SAM_BODY),
  [KENJI]: note("tier: peer\nlast_touch: 2026-08-01"),
  [ANA]: note("tier: mentor\nlast_touch: 2026-09-10", "Met at the summit.\n## Next time\n"),
  [LEE]: note("tier: peer\nlast_touch: 2026-10-01"),
  [ZOE]: note("tier: peer"),
  [BO]: note("tier: ally\nlast_touch: 2026-11-20"),
};
