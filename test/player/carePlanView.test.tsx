// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Player } from '../../src/player/Player';
import { loadWalkEngine } from '../../src/player/walkEngine';
import { createPlayerModel, playerView } from '../../src/player/session';
import { chartSummary } from '../../src/player/summary';
import * as walkEngine from '../../src/model/machine';
import { exampleTree } from '../helpers';
import { multiPlanTree } from './planTree';

const planTree = exampleTree('plan-pathway');
const tree = multiPlanTree();
/** Through the exercise step, poor sleep, the sleep step, to the second drug. */
const FULL = ['YES', 'CONTINUE', 'CONTINUE', 'NO', 'CONTINUE'];

// These tests walk past the first step, which needs XState: loaded once, as the app preloads it.
beforeAll(async () => {
  await loadWalkEngine();
});

beforeEach(() => {
  window.location.hash = `#/play/${tree.id}`;
});
afterEach(cleanup);

describe('a plan step', () => {
  it('has its own screen: what it adds, in full, and Continue', async () => {
    render(<Player tree={planTree} answers={['YES', 'CONTINUE']} />);
    // The plan step's code loads on demand, like the recommendation screen's.
    const step = await screen.findByRole('region', { name: 'Keep up graded exercise' });
    expect(within(step).getByText('Added to the care plan')).toBeInTheDocument();
    expect(within(step).getByText(/Continue graded aerobic exercise/)).toBeInTheDocument();
    expect(within(step).getByRole('table')).toHaveTextContent('10 mg at night');
    expect(within(step).getByText(/Review function every 4-8 weeks/)).toBeInTheDocument();
    expect(
      within(step).getByText(/Do not: stop exercise when a drug is added/),
    ).toBeInTheDocument();
    expect(within(step).getByText(/Level Ia · Grade A/)).toBeInTheDocument();
    expect(within(step).getByText(/Author A. An example citation/)).toBeInTheDocument();
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Answers' })).getByRole('button', {
        name: 'Continue',
      }),
    );
    expect(window.location.hash).toBe('#/play/plan-pathway?answers=YES,CONTINUE,CONTINUE');
  });
});

describe('Plan so far', () => {
  it('lists the plan steps passed, and follows a changed answer', () => {
    const { rerender } = render(<Player tree={tree} answers={FULL.slice(0, 4)} />);
    const list = screen.getByRole('list', { name: 'Plan so far' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Keep up graded exercise']);
    expect(screen.getByText('Plan so far: 1 item')).toBeInTheDocument();
    // A walk that no longer passes the exercise step has nothing on its plan.
    rerender(<Player tree={tree} answers={['NO']} />);
    expect(screen.queryByRole('list', { name: 'Plan so far' })).not.toBeInTheDocument();
  });
});

describe('the care plan at the end', () => {
  it('lists every plan step in path order, then the conclusion, with merged doses and do-nots', async () => {
    render(<Player tree={tree} answers={FULL} />);
    const region = await screen.findByRole('region', { name: 'Recommended next step' });
    expect(within(region).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Add a second drug from another class',
    );
    const items = within(within(region).getByRole('list', { name: 'Care plan' })).getAllByRole(
      'heading',
      { level: 3, name: /^(\d\.|Next step:)/ },
    );
    expect(items.map((h) => h.textContent)).toEqual([
      '1. Keep up graded exercise',
      '2. Address sleep',
      'Next step: Add a second drug from another class',
    ]);
    // One dose row and one "do not" line each, though two steps give them.
    expect(within(region).getAllByRole('table')).toHaveLength(1);
    expect(within(region).getAllByText('10 mg at night')).toHaveLength(1);
    expect(within(region).getAllByText(/Do not: combine two drugs/)).toHaveLength(1);
    expect(within(region).getByText('Reassess sleep in 4 weeks.')).toBeInTheDocument();
    expect(within(region).getAllByText(/Author A. An example citation/)).toHaveLength(1);
    expect(within(region).getByText('Notes on this pathway (1)')).toBeInTheDocument();
    expect(
      within(region).getByText('The two sources disagree on the second drug.'),
    ).toBeInTheDocument();
  });

  it('is also the copied summary: every item in order, doses and do-nots once', () => {
    const model = createPlayerModel(tree, walkEngine);
    const text = chartSummary(
      tree,
      playerView(model, FULL),
      new Date('2026-01-02T10:00:00Z'),
      'https://example.org/#/play/x',
    );
    const order = [
      'Care plan (3 items, in the order added):',
      '1. Plan: Keep up graded exercise',
      '2. Plan: Address sleep',
      'Recommended next step: Add a second drug from another class',
      'Doses:',
      'Monitoring and reassessment:',
      'Do not:',
      'References:',
      'Notes on this pathway:',
    ].map((line) => text.indexOf(line));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    expect(text.match(/Example drug: start 10 mg at night/g)).toHaveLength(1);
    expect(text.match(/Do not combine two drugs/g)).toHaveLength(1);
    expect(text).toContain('Link: https://example.org/#/play/x');
  });
});

describe('the first screen', () => {
  it('offers the pathway notes as a disclosure', () => {
    render(<Player tree={tree} answers={[]} />);
    expect(screen.getByText('Notes on this pathway (1)').closest('details')).not.toHaveAttribute(
      'open',
    );
  });
});

describe('Change', () => {
  it('marks the previous answer and restores the later ones when it is chosen again', () => {
    render(<Player tree={tree} answers={['YES']} then={['CONTINUE', 'CONTINUE', 'NO']} />);
    const answers = screen.getByRole('group', { name: 'Answers' });
    const previous = within(answers).getByRole('button', { name: 'Continue' });
    expect(previous).toHaveAccessibleDescription('Your previous answer');
    expect(screen.getByText(/choose it again to keep the 2 later answers/)).toBeInTheDocument();
    fireEvent.click(previous);
    expect(window.location.hash).toBe(`#/play/${tree.id}?answers=YES,CONTINUE,CONTINUE,NO`);
  });

  it('says what a different answer cleared, and puts it back on request', () => {
    render(<Player tree={tree} answers={['YES', 'CONTINUE', 'CONTINUE', 'YES']} was={FULL} />);
    expect(
      screen.getByText(/answer at step 4, so the 1 later answer was cleared/),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Restore the earlier answers' }));
    expect(window.location.hash).toBe(`#/play/${tree.id}?answers=${FULL.join(',')}`);
  });

  it('carries a different answer and the old log in the URL', () => {
    render(
      <Player tree={tree} answers={['YES', 'CONTINUE', 'CONTINUE']} then={['NO', 'CONTINUE']} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Yes' }));
    expect(window.location.hash).toBe(
      `#/play/${tree.id}?answers=YES,CONTINUE,CONTINUE,YES&was=${FULL.join(',')}`,
    );
  });
});
