import { describe, expect, it } from 'vitest';
import { renderFirstStep } from '../../src/app/prerender';
import { pageHtml } from '../../src/server/prerenderPlugin';
import { START_GUARD, START_GUARD_HASH } from '../../src/server/startGuard';
import { CONTENT_SECURITY_POLICY } from '../../src/server/cspPlugin';
import { exampleTree } from '../helpers';
import { createHash } from 'node:crypto';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <title>Stepwise</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('prerendered pathway pages', () => {
  it('puts the first step in the root, names the route and escapes the title', async () => {
    const tree = exampleTree();
    tree.meta.title = 'Pain </title><script>alert(1)</script>';
    const html = pageHtml(TEMPLATE, {
      treeId: tree.id,
      title: tree.meta.title,
      body: await renderFirstStep(tree),
    });
    expect(html).toContain(`<meta name="stepwise-route" content="#/play/${tree.id}" />`);
    expect(html).toContain(
      '<title>Pain &#60;/title&#62;&#60;script&#62;alert(1)&#60;/script&#62; · Stepwise</title>',
    );
    expect(html).not.toContain('<script>alert(1)');
    const prompt = tree.states[tree.initial]?.meta;
    expect(prompt?.kind).toBe('question');
    if (prompt?.kind === 'question') expect(html).toContain(prompt.prompt);
    expect(html).toContain('Educational aid.');
  });

  it('renders a pathway that opens on a plan step in full, not its loading message', async () => {
    const tree = exampleTree('plan-pathway');
    tree.initial = 'keep_exercising';
    const body = await renderFirstStep(tree);
    expect(body).toContain('Keep up graded exercise');
    expect(body).toContain('Continue graded aerobic exercise alongside any drug change.');
    expect(body).not.toContain('Loading');
  });

  it('renders a long first step whole, with no script or template the CSP would block', async () => {
    // From about 6-15 KB React's streaming renderer moved the lazily loaded step screen into a
    // hidden segment with an inline script to reveal it: under the CSP the script never ran and
    // the page showed "Loading the plan step…" (issue 21, finding 11).
    const tree = exampleTree('plan-pathway');
    tree.initial = 'keep_exercising';
    const first = tree.states[tree.initial]?.meta;
    if (first?.kind !== 'plan') throw new Error('keep_exercising is a plan step');
    first.actions = Array.from(
      { length: 300 },
      (_, i) => `Action ${String(i + 1)}: a long explanation of what counts as adequate.`,
    );
    const body = await renderFirstStep(tree);
    expect(body.length).toBeGreaterThan(20_000);
    expect(body).not.toMatch(/<script|<template|hidden=""/i);
    expect(body).toContain('Action 300: a long explanation');
    expect(body).not.toContain('Loading');
  });

  it('has one inline script, the start guard, allowed by its hash in the policy', () => {
    const html = pageHtml(TEMPLATE, { treeId: 'x' });
    const scripts = [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1]);
    expect(scripts).toEqual([START_GUARD]);
    const digest = createHash('sha256').update(START_GUARD).digest('base64');
    expect(START_GUARD_HASH).toBe(`'sha256-${digest}'`);
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src 'self' ${START_GUARD_HASH}`);
  });
});
