// @vitest-environment jsdom
/** The player's reference list links only what the one URL rule allows (model/safeUrl.ts). */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Reference } from '../../src/model/types';
import { ReferenceList } from '../../src/player/ReferenceList';

afterEach(cleanup);

const refs: Reference[] = [
  { id: 'js', citation: 'Script', url: 'javascript:alert(1)' },
  { id: 'tab', citation: 'Tabbed script', url: 'java\tscript:alert(1)' },
  { id: 'data', citation: 'Data', url: 'data:text/html,<b>x</b>' },
  { id: 'web', citation: 'Web', url: 'https://example.org/guide' },
  { id: 'mail', citation: 'Mail', url: 'mailto:team@example.org' },
  { id: 'doi', citation: 'Doi', doi: '10.1000/xyz123' },
];

describe('ReferenceList', () => {
  it('links http(s), mailto and DOIs, and shows the rest as citations only', () => {
    const { container } = render(<ReferenceList ids={refs.map((r) => r.id)} references={refs} />);
    const hrefs = Array.from(container.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      'https://example.org/guide',
      'mailto:team@example.org',
      'https://doi.org/10.1000/xyz123',
    ]);
    expect(container.querySelectorAll('li')).toHaveLength(6);
  });
});
