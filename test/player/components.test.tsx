// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Player } from '../../src/player/Player';
import { loadWalkEngine } from '../../src/player/walkEngine';
import { exampleTree } from '../helpers';

const tree = exampleTree();

// These tests walk past the first step, which needs XState: loaded once, as the app preloads it.
beforeAll(async () => {
  await loadWalkEngine();
});

beforeEach(() => {
  window.location.hash = '#/play/example-pathway';
});
afterEach(cleanup);

describe('Player', () => {
  it('shows the question as a heading and its answers as a named group of buttons', () => {
    render(<Player tree={tree} answers={[]} />);
    expect(
      screen.getByRole('heading', {
        name:
          tree.states.basics_checked?.meta.kind === 'question'
            ? tree.states.basics_checked.meta.prompt
            : '',
      }),
    ).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Answers' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['1Yes, at target dose for 4 weeks or more', '2No, or not at target dose']);
    expect(
      within(group).getByRole('button', { name: 'No, or not at target dose' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back' })).toBeDisabled();
  });

  it('answers by navigating: the URL carries the log', () => {
    render(<Player tree={tree} answers={[]} />);
    fireEvent.click(screen.getByRole('button', { name: 'No, or not at target dose' }));
    expect(window.location.hash).toBe('#/play/example-pathway?answers=NO');
  });

  it('takes digits to answer and Backspace to go back', () => {
    const { rerender } = render(<Player tree={tree} answers={['YES']} />);
    fireEvent.keyDown(window, { key: '1' });
    expect(window.location.hash).toBe('#/play/example-pathway?answers=YES,CONTINUE');
    rerender(<Player tree={tree} answers={['YES']} />);
    fireEvent.keyDown(window, { key: 'Backspace' });
    // Going back sets the answer aside rather than forgetting it (src/player/answerLog.ts).
    expect(window.location.hash).toBe('#/play/example-pathway?then=YES');
  });

  it('shows the recommendation in a named region with doses, evidence, do-not items and references', async () => {
    render(<Player tree={tree} answers={['NO']} />);
    // The recommendation screen's code loads on demand; the region appears once it is here.
    const region = await screen.findByRole('region', { name: 'Recommended next step' });
    expect(within(region).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Optimise the first-line drug',
    );
    expect(within(region).getByRole('table')).toHaveTextContent('30 mg at night');
    expect(within(region).getByText(/Level Ia · Grade A/)).toBeInTheDocument();
    expect(within(region).getByText(/Author A. An example citation/)).toBeInTheDocument();
    expect(within(region).getByText(/Example source document/)).toBeInTheDocument();
  });

  it('sets "do not" items apart with a heading and wording', async () => {
    render(<Player tree={tree} answers={['YES', 'CONTINUE']} />);
    expect(await screen.findByRole('heading', { name: 'Do not' })).toBeInTheDocument();
    expect(
      screen.getByText(/Do not: combine two drugs with the same mechanism/),
    ).toBeInTheDocument();
  });

  it('says when the saved answers no longer fit', () => {
    render(<Player tree={tree} answers={['YES', 'NOPE']} />);
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(/no longer fit/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Check for red flags');
  });

  it('jumps back to an earlier step from the trail', () => {
    render(<Player tree={tree} answers={['YES']} />);
    fireEvent.click(screen.getByRole('button', { name: /Change answer to: Has the patient/ }));
    expect(window.location.hash).toBe('#/play/example-pathway?then=YES');
  });
});
