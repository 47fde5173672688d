import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The version in package.json, for `--version`. Both src/cli (tests, tsx) and dist/cli (the built
 * command) sit two levels below the package root; read only when asked, so start-up stays quick.
 */
export function cliVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'onbekend';
  } catch {
    return 'onbekend';
  }
}
