/** Bundles src/cli into `outfile` (default dist/cli/main.js) with esbuild; resolves to the file written. */
export function buildCli(options?: { outfile?: string }): Promise<string>;
/** The packages bundled into the file; every other dependency stays a require() of node_modules. */
export const BUNDLED: readonly string[];
