/**
 * Prerendered entry pages: `play-<id>.html` beside `index.html` for every bundled tree that is
 * valid. Each is the app's own page with the pathway's first question already in it (rendered in
 * Node by `src/app/prerender.tsx`), so a clinician on a phone reads the question as soon as the
 * HTML and the stylesheet arrive, before any script has loaded. The app then takes the page over
 * (`src/main.tsx`): the first step stays on screen until the app draws the same step.
 *
 * The pages sit next to `index.html`, so the build's relative asset paths hold for them too, and
 * the home page links to them. Under `npm run dev` the same address serves the app's page with
 * the route named and nothing prerendered.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';
import type * as Prerender from '../app/prerender';
import type { NodeKind } from '../model/types';
import { playPageHref } from '../routes/route.js';
import { BUNDLED_TREES_PLUGIN, type BundledTreesApi } from './bundledTreesPlugin.js';
import { PRERENDERED_ATTR, ROUTE_META } from '../routes/startRoute.js';
import { START_GUARD } from './startGuard.js';

const PAGE = /^\/play-([a-z0-9][a-z0-9-]*)\.html$/;
const PLAYER_MODULE = /\/src\/player\/PlayerPage\.tsx$/;
/** The screens of steps that are not questions, for a pathway that opens on one. */
const SCREEN_MODULE: Partial<Record<NodeKind, RegExp>> = {
  plan: /\/src\/player\/PlanStep\.tsx$/,
  recommendation: /\/src\/player\/RecommendationView\.tsx$/,
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}

interface PageParts {
  treeId: string;
  title?: string;
  body?: string;
  preload?: string[];
}

/** `index.html` turned into one tree's entry page. */
export function pageHtml(template: string, parts: PageParts): string {
  const route = `#/play/${parts.treeId}`;
  const head = [
    `<meta name="${ROUTE_META}" content="${escapeHtml(route)}" />`,
    `<script>${START_GUARD}</script>`,
    ...(parts.preload ?? []),
  ].join('\n    ');
  let html = template.replace(/\s*<\/head>/, `\n    ${head}\n  </head>`);
  if (parts.title !== undefined)
    html = html.replace(
      /<title>[^<]*<\/title>/,
      `<title>${escapeHtml(parts.title)} · Stepwise</title>`,
    );
  if (parts.body !== undefined)
    html = html.replace(
      '<div id="root"></div>',
      `<div id="root" ${PRERENDERED_ATTR}>${parts.body}</div>`,
    );
  return html;
}

/**
 * The page's stylesheet links replaced by the stylesheets themselves: on a slow link a linked
 * stylesheet holds the first paint for one more round trip (measured: 531 against 296 ms for plain
 * HTML on slow 4G). The CSP allows inline styles already (React Flow needs them).
 */
function inlineStyles(html: string, bundle: Rollup.OutputBundle): string {
  return html.replace(
    /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g,
    (link, file: string) => {
      const asset = bundle[file];
      if (asset?.type !== 'asset') return link;
      const css = String(asset.source).replace(/<\/style/gi, '<\\/style');
      return `<style>${css}</style>`;
    },
  );
}

/** Files the chunk of `module` imports (itself included), beyond those the entry already loads. */
function chunksOf(bundle: Rollup.OutputBundle, module: RegExp): string[] {
  const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (start: Rollup.OutputChunk[]): Set<string> => {
    const files = new Set<string>();
    const visit = (c: Rollup.OutputChunk | undefined): void => {
      if (!c || files.has(c.fileName)) return;
      files.add(c.fileName);
      c.imports.forEach((f) => {
        visit(byFile.get(f));
      });
    };
    start.forEach(visit);
    return files;
  };
  const entry = closure(chunks.filter((c) => c.isEntry));
  const wanted = closure(chunks.filter((c) => module.test(c.facadeModuleId ?? '')));
  return [...wanted].filter((f) => !entry.has(f));
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig | undefined;
  let renderer: Promise<typeof Prerender> | undefined;
  const render = () =>
    (renderer ??= import('tsx/esm/api').then(
      (tsx) => tsx.tsImport('../app/prerender.tsx', import.meta.url) as Promise<typeof Prerender>,
    ));
  return {
    name: 'stepwise-prerender',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const match = PAGE.exec((req.url ?? '').split('?')[0] ?? '');
        const treeId = match?.[1];
        if (treeId === undefined) {
          next();
          return;
        }
        const template = readFileSync(resolve(server.config.root, 'index.html'), 'utf8');
        server
          .transformIndexHtml(req.url ?? '/', pageHtml(template, { treeId }))
          .then((html) => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(html);
          })
          .catch(next);
      });
    },
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      const api = config?.plugins.find((p) => p.name === BUNDLED_TREES_PLUGIN)?.api as
        BundledTreesApi | undefined;
      if (index?.type !== 'asset' || !api) return;
      const template = inlineStyles(String(index.source), bundle);
      const { renderFirstStep } = await render();
      const player = chunksOf(bundle, PLAYER_MODULE);
      const preloads = (files: string[]) =>
        files.map((f) => `<link rel="modulepreload" crossorigin href="./${f}" />`);
      for (const { tree: bundled, reference } of api.emitted()) {
        const tree = bundled.tree;
        if (!tree || bundled.problems.length > 0) continue;
        const data = `<link rel="preload" as="fetch" crossorigin href="./${this.getFileName(reference)}" />`;
        const kind = tree.states[tree.initial]?.meta.kind;
        const screen = kind && SCREEN_MODULE[kind];
        const extra = screen ? chunksOf(bundle, screen).filter((f) => !player.includes(f)) : [];
        const body = await renderFirstStep(tree);
        // The CSP allows one inline script, the start guard: a step that needs another to show
        // would show its loading message forever, so the build stops and says which.
        if (/<script/i.test(body))
          this.error(`play-${bundled.id}.html: the prerendered first step holds an inline script`);
        this.emitFile({
          type: 'asset',
          fileName: playPageHref(bundled.id),
          source: pageHtml(template, {
            treeId: bundled.id,
            title: tree.meta.title,
            body,
            preload: [data, ...preloads([...player, ...extra])],
          }),
        });
      }
    },
  };
}
