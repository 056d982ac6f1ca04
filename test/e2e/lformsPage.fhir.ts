/**
 * LHC-Forms in Chromium for the FHIR e2e: a page on its own origin, served by Playwright's
 * router from the prebuilt files in test/lforms/node_modules/lforms (its own package, installed
 * by Playwright's global setup, test/lforms/install.ts), under the app's Content-Security-Policy
 * (no inline script, no eval), so a form that renders proves the files run under it. LHC-Forms
 * never ships in the app's build.
 */
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../src/server/cspPlugin';
import { LFORMS_DIR } from '../lforms/install';

export const LFORMS_ORIGIN = 'http://lhc-forms.test';
const DIST = join(LFORMS_DIR, 'node_modules', 'lforms', 'dist', 'lforms');

const SCRIPTS = [
  'webcomponent/assets/lib/zone.min.js',
  'webcomponent/runtime.js',
  'webcomponent/polyfills.js',
  'webcomponent/main.js',
  'fhir/R4/lformsFHIR.min.js',
];

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LHC-Forms test page</title>
<link rel="stylesheet" href="/webcomponent/styles.css">
</head><body><main><div id="form"></div></main>
${SCRIPTS.map((s) => `<script src="/${s}"></script>`).join('\n')}
</body></html>`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

/** The part of LHC-Forms' global object the tests call. */
export interface LFormsWindow {
  LForms: {
    Util: {
      addFormToPage(form: unknown, elementId: string, options: object): Promise<void>;
      getFormFHIRData(type: string, version: string, element: HTMLElement | null): unknown;
    };
  };
}

/** Opens the test page with LHC-Forms loaded; CSP violations are collected in `__violations`. */
export async function openLforms(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.route(`${LFORMS_ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/' || path === '/index.html') {
      await route.fulfill({
        contentType: 'text/html',
        headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
        body: PAGE,
      });
      return;
    }
    const file = normalize(join(DIST, path));
    if (!file.startsWith(DIST)) {
      await route.fulfill({ status: 404 });
      return;
    }
    try {
      await route.fulfill({
        contentType: TYPES[extname(file)] ?? 'application/octet-stream',
        body: readFileSync(file),
      });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
  await page.goto(`${LFORMS_ORIGIN}/`);
  await page.waitForFunction(
    () => typeof (window as unknown as Partial<LFormsWindow>).LForms?.Util === 'object',
  );
}
