// @vitest-environment jsdom
/**
 * The first step renders before XState has loaded; a log past it waits for the engine (a fresh
 * module state per test file, so nothing here has loaded it yet).
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Player } from '../../src/player/Player';
import { exampleTree } from '../helpers';

const tree = exampleTree();
afterEach(cleanup);

describe('Player before the walk engine has loaded', () => {
  it('shows the first question at once, answers it, then waits for XState to show the next step', async () => {
    window.location.hash = '#/play/example-pathway';
    const page = (answers: string[]) => (
      <Suspense fallback={<p>Loading pathway…</p>}>
        <Player tree={tree} answers={answers} />
      </Suspense>
    );
    const { rerender } = render(page([]));
    // Rendered synchronously: no fallback, the question and its answers are there.
    expect(screen.queryByText('Loading pathway…')).toBeNull();
    fireEvent.click(
      screen.getByRole('button', { name: 'Yes, at target dose for 4 weeks or more' }),
    );
    expect(window.location.hash).toBe('#/play/example-pathway?answers=YES');
    // Awaited: React retries a render that suspended inside act only when the act is awaited.
    await act(async () => {
      rerender(page(['YES']));
      await Promise.resolve();
    });
    expect(
      await screen.findByRole('button', { name: 'Continue' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });
});
