// @vitest-environment jsdom
/**
 * The exports for every bundled tree: Mermaid text checked with Mermaid's own parser, the Markdown
 * handout rendered with a CommonMark/GFM renderer, and the SVG parsed as XML. Hostile text in a
 * tree must come out as text in every format.
 */
import { marked } from 'marked';
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { listTreeFiles, validateTreeFile } from '../../src/node/treeFiles';
import { oneLine } from '../../src/model/export/common';
import { toHandout } from '../../src/model/export/handout';
import { mermaidId, toMermaid } from '../../src/model/export/mermaid';
import { toSvg } from '../../src/model/export/svg';
import { answersOf } from '../../src/model/graph';
import { nodeTitle } from '../../src/model/toFlow';
import type { Tree } from '../../src/model/types';
import { exampleTree } from '../helpers';

const trees: Tree[] = listTreeFiles().map((file) => {
  const tree = validateTreeFile(file).tree;
  if (!tree) throw new Error(`${file} did not parse`);
  return tree;
});

interface FlowDb {
  getVertices(): Map<string, { text?: string; type?: string; classes: string[] }>;
  getEdges(): { start: string; end: string; text: string }[];
}

/** Parses with Mermaid and returns its flowchart database (nodes and edges as Mermaid sees them). */
async function mermaidDb(text: string): Promise<FlowDb> {
  await mermaid.parse(text);
  // The parsed nodes and edges are only reachable here: `parse` says only whether the text is
  // valid, and `render` needs a browser's layout engine, which jsdom does not have.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  return diagram.db as unknown as FlowDb;
}

/** A label as Mermaid will show it: its entity placeholders decoded, `<br>` as a space. */
function shown(label: string | undefined): string {
  const html = (label ?? '')
    .replace(/ﬂ°°(\d+)¶ß/g, '&#$1;')
    .replace(/ﬂ°(\w+)¶ß/g, '&$1;')
    .replace(/<br>/g, ' ');
  const box = document.createElement('textarea');
  box.innerHTML = html;
  return box.value;
}

function renderMarkdown(markdown: string): Document {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
}

function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`SVG is not well-formed XML: ${error.textContent}`);
  return doc;
}

const recommendations = (tree: Tree) =>
  Object.values(tree.states).flatMap((s) => (s.meta.kind === 'recommendation' ? [s.meta] : []));
const questions = (tree: Tree) =>
  Object.values(tree.states).flatMap((s) => (s.meta.kind === 'question' ? [s.meta] : []));

describe.each(trees.map((t) => [t.id, t] as const))('exports of %s', (_id, tree) => {
  const answerCount = Object.values(tree.states).reduce((n, s) => n + answersOf(s).length, 0);

  it('Mermaid: parses with Mermaid, one node per state, one edge per answer, labels intact', async () => {
    const db = await mermaidDb(toMermaid(tree));
    const vertices = db.getVertices();
    expect(vertices.size).toBe(Object.keys(tree.states).length + 1); // + the Start circle
    expect(db.getEdges()).toHaveLength(answerCount + 1);
    for (const [key, state] of Object.entries(tree.states)) {
      const vertex = vertices.get(mermaidId(key));
      const avoid = state.tags?.includes('do-not') ? '⛔ Do not: ' : '';
      expect(shown(vertex?.text)).toBe(avoid + oneLine(nodeTitle(state)));
      expect(vertex?.classes).toContain(state.meta.kind);
    }
    expect(vertices.get(mermaidId(tree.initial))?.classes).toContain('initial');
    const labels = db.getEdges().map((e) => shown(e.text));
    for (const state of Object.values(tree.states))
      for (const a of answersOf(state)) expect(labels).toContain(oneLine(a.label));
  });

  it('handout: every question prompt and recommendation title, rendered as written', () => {
    const markdown = toHandout(tree);
    const text = oneLine(renderMarkdown(markdown).body.textContent);
    for (const rec of recommendations(tree)) {
      expect(text).toContain(oneLine(rec.title));
      for (const action of rec.actions) expect(text).toContain(oneLine(action));
    }
    for (const q of questions(tree)) expect(text).toContain(oneLine(q.prompt));
    for (const ref of tree.meta.references) expect(text).toContain(oneLine(ref.citation));
    expect(text).toContain(oneLine(tree.meta.disclaimer));
  });

  it('handout: every "leads to" link points at an anchor in the document', () => {
    const doc = renderMarkdown(toHandout(tree));
    const ids = new Set([...doc.querySelectorAll('[id]')].map((e) => e.id));
    const local = [...doc.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href'));
    expect(local.length).toBeGreaterThan(answerCount);
    for (const href of local) expect(ids).toContain(href?.slice(1));
  });

  it('SVG: well-formed XML with one node group per state and one edge per target', () => {
    const doc = parseSvg(toSvg(tree));
    expect(doc.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    const nodes = [...doc.querySelectorAll('g[data-state]')];
    expect(nodes.map((n) => n.getAttribute('data-state')).sort()).toEqual(
      Object.keys(tree.states).sort(),
    );
    const pairs = new Set(
      Object.entries(tree.states).flatMap(([k, s]) => answersOf(s).map((a) => `${k}>${a.target}`)),
    );
    expect(doc.querySelectorAll('g.edge')).toHaveLength(pairs.size);
    expect(doc.querySelectorAll('g.edge-label')).toHaveLength(pairs.size);
  });
});

describe('special cases', () => {
  it('marks a recommendation tagged do-not in every format', async () => {
    const tree = exampleTree();
    const [key, rec] = Object.entries(tree.states).find(
      ([, s]) => s.meta.kind === 'recommendation',
    ) ?? ['', undefined];
    if (!rec) throw new Error('no recommendation');
    rec.tags = ['do-not'];
    const vertex = (await mermaidDb(toMermaid(tree))).getVertices().get(mermaidId(key));
    expect(vertex?.classes).toEqual(['recommendation', 'avoid']);
    expect(shown(vertex?.text)).toBe(`⛔ Do not: ${oneLine(nodeTitle(rec))}`);
    expect(toHandout(tree)).toContain(`⛔ Do not: ${oneLine(nodeTitle(rec))}`);
    const svg = parseSvg(toSvg(tree));
    expect(svg.querySelector(`g.node-do-not[data-state="${key}"]`)).not.toBeNull();
  });

  it('exports an unfinished tree: a missing target and an empty title', async () => {
    const tree = exampleTree();
    const question = Object.values(tree.states).find((s) => s.meta.kind === 'question');
    const answer = Object.values(question?.on ?? {})[0];
    if (!answer) throw new Error('no answer');
    answer.target = 'not_written_yet';
    const rec = Object.values(tree.states).find((s) => s.meta.kind === 'recommendation');
    if (rec?.meta.kind === 'recommendation') rec.meta.title = ' ';
    await expect(mermaid.parse(toMermaid(tree))).resolves.toBeTruthy();
    expect(toHandout(tree)).toContain('a missing step "not\\_written\\_yet"');
    expect(toMermaid(tree)).toContain('(untitled recommendation)');
    expect(() => parseSvg(toSvg(tree))).not.toThrow();
  });
});

describe('hostile tree text', () => {
  const SCRIPT = '<script>alert(1)</script>';
  const hostile = (): Tree => {
    const tree = exampleTree();
    const state = Object.values(tree.states).find((s) => s.meta.kind === 'question');
    if (state?.meta.kind !== 'question') throw new Error('no question');
    state.meta.prompt = `${SCRIPT} "quoted" #quot; [x](javascript:alert(1)) | end`;
    state.meta.help = `# not a heading <img src=x onerror=alert(1)> **not bold** https://evil.example`;
    const first = Object.values(state.on ?? {})[0];
    if (first) first.description = `Yes ${SCRIPT} |"| -->`;
    const rec = Object.values(tree.states).find((s) => s.meta.kind === 'recommendation');
    if (rec?.meta.kind === 'recommendation') {
      rec.meta.title = `1. ${SCRIPT} & &lt;b&gt;`;
      rec.meta.doses = [{ drug: 'A | B', target: SCRIPT }];
    }
    tree.meta.title = `${SCRIPT} title`;
    const ref = tree.meta.references[0];
    if (ref) ref.url = 'javascript:alert(1)';
    return tree;
  };

  it('Mermaid: parses, and Mermaid reads the text back exactly, with no tag in the output', async () => {
    const tree = hostile();
    const text = toMermaid(tree);
    expect(text).not.toMatch(/<script|<img/i);
    const db = await mermaidDb(text);
    for (const [key, state] of Object.entries(tree.states))
      expect(shown(db.getVertices().get(mermaidId(key))?.text)).toBe(oneLine(nodeTitle(state)));
    expect(db.getEdges().map((e) => shown(e.text))).toContain(`Yes ${SCRIPT} |"| -->`);
  });

  it('handout: the text shows as written; no script, image, bold or foreign link', () => {
    const tree = hostile();
    const markdown = toHandout(tree);
    expect(markdown).not.toMatch(/<script|<img/i);
    const doc = renderMarkdown(markdown);
    expect(doc.querySelector('script, img, iframe, h1 + h1')).toBeNull();
    expect(doc.body.textContent).toContain(SCRIPT);
    expect(doc.body.textContent).toContain('# not a heading <img src=x onerror=alert(1)>');
    expect(doc.body.textContent).toContain('1. <script>alert(1)</script> & &lt;b&gt;');
    expect(doc.body.textContent).toContain('**not bold** https://evil.example');
    // Only the handout's own anchors and the DOI the fixture's reference gives; the javascript: URL
    // of the first reference stays text.
    const hrefs = [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
    for (const href of hrefs) expect(href).toMatch(/^(#[a-z0-9-]+|https:\/\/doi\.org\/\S+)$/);
    expect(doc.body.textContent).toContain('javascript:alert(1)');
    const cells = [...doc.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells).toEqual(['A | B', SCRIPT]);
  });

  it('handout: escaped brackets in a linked title never make a link marked 16 would follow', () => {
    // Issue 11: `\\[x](javascript:…)` in an answer label became a live link inside the local link.
    const tree = exampleTree();
    const rec = Object.values(tree.states).find((s) => s.meta.kind === 'recommendation');
    if (rec?.meta.kind !== 'recommendation') throw new Error('no recommendation');
    rec.meta.title = '\\[x](javascript:alert(1)) [y](<javascript:alert(2)>)';
    const doc = renderMarkdown(toHandout(tree));
    const hrefs = [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
    for (const href of hrefs) expect(href).toMatch(/^(#[a-z0-9-]+|https:\/\/doi\.org\/\S+)$/);
    expect(doc.body.textContent).toContain('[x](javascript:alert(1))');
  });

  it('SVG: well-formed, the text is character data, no script element', () => {
    const tree = hostile();
    const svg = toSvg(tree);
    expect(svg).not.toMatch(/<script|<img/i);
    const doc = parseSvg(svg);
    expect(doc.querySelector('script, img, foreignObject')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe(`${SCRIPT} title`);
    const titles = [...doc.querySelectorAll('g[data-state] > title')].map((t) => t.textContent);
    expect(titles.some((t) => t.includes(SCRIPT))).toBe(true);
  });

  it('SVG: characters XML cannot hold are dropped, not emitted', () => {
    const tree = hostile();
    tree.meta.title = 'Bell \u0007 and lone \uD800 surrogate';
    expect(() => parseSvg(toSvg(tree))).not.toThrow();
  });
});
