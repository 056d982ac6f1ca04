// @vitest-environment jsdom
/**
 * The home page's card for each file of the broken-tree corpus: a broken file is a card with its
 * problems (file, JSON path, message), a valid one a normal card with its text as text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TreeCard } from '../../src/app/TreeCard';
import { validateTreeText } from '../../src/model/validateText';
import { BROKEN, cases } from '../model/brokenCases';

afterEach(cleanup);

function loaded(id: string) {
  const text = readFileSync(join(BROKEN, `${id}.json`), 'utf8');
  const scenarios = readFileSync(join(BROKEN, `${id}.scenarios.json`), 'utf8');
  return { id, file: `trees/${id}.json`, ...validateTreeText(id, text, scenarios) };
}

describe('home-page cards for the broken-tree corpus', () => {
  it.each(cases)('%s', (id, expected) => {
    const tree = loaded(id);
    const { container } = render(<TreeCard tree={tree} />);
    const card = screen.getByRole('article');
    if (expected === 'ok') {
      expect(card).not.toHaveClass('broken');
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
        tree.tree?.meta.title ?? '',
      );
      expect(container.querySelector('script, img, iframe, svg[onload]')).toBeNull();
      return;
    }
    const items = Array.from(card.querySelectorAll('.problems li')).map((li) => li.textContent);
    for (const [path, message] of expected) {
      const file = /^scenarios\b/.test(path) ? `trees/${id}.scenarios.json` : `trees/${id}.json`;
      expect(items).toContain(path === '' ? `${file}: ${message}` : `${file} ${path}: ${message}`);
    }
  });
});
