// @vitest-environment jsdom
/**
 * A draft made from an older version of the file says so when offered (issue 21, finding 12):
 * restoring it shows the file as it was, so another tab's save looked reverted without a word.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredDraft } from '../../src/io/drafts';
import { DraftOffer } from '../../src/editor/DraftOffer';
import { exampleTree } from '../helpers';

afterEach(cleanup);

function draft(slot: string, baseEtag: string | undefined): StoredDraft {
  return {
    doc: { tree: exampleTree(), scenarios: [] },
    baseEtag,
    savedAt: '2026-12-07T19:00:00.000Z',
    slot,
    mine: slot === 'mine',
    tab: slot,
  };
}

function offer(drafts: StoredDraft[], fileEtag: string | undefined) {
  render(
    <DraftOffer
      drafts={drafts}
      liveTabs={[]}
      onRestore={vi.fn()}
      onDiscard={vi.fn()}
      fileEtag={fileEtag}
    />,
  );
  return screen.getAllByRole('listitem').map((item) => item.textContent);
}

describe('DraftOffer', () => {
  it('marks only the drafts made from another version than the file on disk', () => {
    const items = offer([draft('mine', '"old"'), draft('other', '"now"')], '"now"');
    expect(items.map((text) => text.includes('made from an older version of the file'))).toEqual([
      true,
      false,
    ]);
  });

  it('marks nothing without etags (static build, or a draft of a new tree)', () => {
    const items = offer([draft('mine', undefined), draft('other', '"old"')], undefined);
    expect(items.some((text) => text.includes('older version'))).toBe(false);
  });
});
