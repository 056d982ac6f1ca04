/**
 * Playwright's global setup: makes sure LHC-Forms is installed in test/lforms/ (its own package
 * and lockfile, so its Angular tree of about 220 MB and its peer ranges stay out of the app's
 * dependencies). Runs `npm ci` there only when the installed version is not the locked one, so a
 * second run costs nothing; the FHIR browser check then loads the real renderer from it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LFORMS_DIR = import.meta.dirname;

function versionAt(
  file: string,
  read: (json: Record<string, unknown>) => unknown,
): string | undefined {
  if (!existsSync(file)) return undefined;
  const version = read(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
  return typeof version === 'string' ? version : undefined;
}

/** The lforms version package-lock.json pins, and the one in node_modules (if any). */
export function lformsVersions(): { locked?: string; installed?: string } {
  const locked = versionAt(join(LFORMS_DIR, 'package-lock.json'), (lock) => {
    const packages = lock.packages as Record<string, { version?: string }> | undefined;
    return packages?.['node_modules/lforms']?.version;
  });
  const installed = versionAt(
    join(LFORMS_DIR, 'node_modules', 'lforms', 'package.json'),
    (pkg) => pkg.version,
  );
  return { locked, installed };
}

export default function installLforms(): void {
  const { locked, installed } = lformsVersions();
  if (locked === undefined) throw new Error('test/lforms/package-lock.json pins no lforms');
  if (installed === locked) return;
  console.log(`installing lforms ${locked} in test/lforms (once)…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: LFORMS_DIR, stdio: 'inherit' });
}
