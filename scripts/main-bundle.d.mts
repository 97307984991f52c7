// Types for scripts/main-bundle.mjs, so the tests can import it.
import type { BuildOptions } from "esbuild";

export declare const mainBundleOptions: BuildOptions;
