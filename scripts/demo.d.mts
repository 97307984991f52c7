// Types for scripts/demo.mjs, so the tests can import it.
export declare const repoRoot: string;
export declare const demoVault: string;
export declare const DEMO_TODAY: string;
export declare const CLI: string;
export declare const DEMO_BROKEN_NOTES: readonly { path: string; what: string }[];
export declare const VALUE_OPTIONS: readonly string[];
export declare function namesVault(args: readonly string[]): boolean;
export declare function agendaArgs(args: readonly string[]): string[];
export declare function nextSteps(vault: string, fromDir: string, warningsShown?: boolean): string[];
