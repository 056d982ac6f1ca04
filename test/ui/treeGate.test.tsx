// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { answersOf } from '../../src/model/graph';
import { validate } from '../../src/model/validate';
import { TreeGate } from '../../src/ui/TreeGate';
import { exampleTree } from '../helpers';

afterEach(cleanup);

/** The example pathway as a draft whose initial question's first answer leads nowhere. */
function danglingDraft() {
  const tree = exampleTree();
  tree.meta.status = 'draft';
  const node = tree.states[tree.initial];
  const first = node && answersOf(node)[0];
  if (!node?.on || !first) throw new Error('the example has no answer to break');
  (node.on[first.event] as { target: string }).target = 'no_such_step';
  const loaded = { id: tree.id, file: `trees/${tree.id}.json`, ...validate(tree) };
  return { loaded, path: `states.${tree.initial}.on.${first.event}.target` };
}

describe('TreeGate', () => {
  it('lists the problems of a readable draft instead of handing it to the page', async () => {
    const { loaded, path } = danglingDraft();
    expect(loaded.tree).toBeDefined();
    const broken = loaded.problems.find((p) => p.path === path);
    expect(broken?.message).toMatch(/no_such_step/);
    render(
      <TreeGate treeId={loaded.id} loaded={loaded} verb="played">
        {() => <p>the walk</p>}
      </TreeGate>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'This draft cannot be played yet',
    );
    const item = await screen.findByText(path);
    expect(item.closest('li')).toHaveTextContent(broken?.message ?? '');
    expect(screen.queryByText('the walk')).toBeNull();
  });

  it('hands a valid tree to the page', () => {
    const tree = exampleTree();
    const loaded = { id: tree.id, file: `trees/${tree.id}.json`, ...validate(tree) };
    expect(loaded.problems).toEqual([]);
    render(
      <TreeGate treeId={tree.id} loaded={loaded} verb="presented">
        {(valid) => <p>presenting {valid.id}</p>}
      </TreeGate>,
    );
    expect(screen.getByText(`presenting ${tree.id}`)).toBeInTheDocument();
  });
});
