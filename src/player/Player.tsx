import { useEffect, useMemo, useRef } from 'react';
import { routeHref } from '../routes/route';
import { toMachine } from '../model/machine';
import type { Tree } from '../model/types';
import { PlayerControls } from './PlayerControls';
import { recommendation } from './recommendationPart';
import { createPlayerModel, playerView, stateHeading } from './session';
import { STEP_VIEWS } from './stepViews';
import { Trail } from './Trail';
import { usePlayerKeys } from './usePlayerKeys';

interface Props {
  tree: Tree;
  answers: string[];
  from?: string | undefined;
  /** Where a new answer log lives; the player route by default (the presenter keeps its own). */
  hrefFor?: ((answers: string[]) => string) | undefined;
}

/** One pathway walk. The URL's answer log is the only state: every action is a navigation. */
export function Player({ tree, answers, from, hrefFor }: Props) {
  const model = useMemo(() => createPlayerModel(tree, toMachine(tree)), [tree]);
  const view = playerView(model, answers, from);
  const go = (next: string[]) => {
    window.location.hash = hrefFor
      ? hrefFor(next)
      : routeHref({
          page: 'play',
          treeId: tree.id,
          answers: next,
          ...(view.from ? { from: view.from } : {}),
        });
  };
  const choose = (event: string) => {
    go([...view.answers, event]);
  };
  const back = () => {
    if (view.answers.length > 0) go(view.answers.slice(0, -1));
  };
  const restart = () => {
    go([]);
  };
  const choices = Object.keys(view.node.on ?? {});
  usePlayerKeys({ choices, choose, back });

  useEffect(() => {
    // Fetched while the first question is read, so the walk's end shows at once.
    recommendation.preload().catch(() => undefined);
  }, []);

  const heading = useRef<HTMLHeadingElement>(null);
  const StepView = STEP_VIEWS[view.node.meta.kind];
  const stepKey = `${view.current}:${view.answers.length}`;
  useEffect(() => {
    heading.current?.focus();
  }, [stepKey]);

  return (
    <div className="player">
      <header className="player-header">
        <p className="player-tree">
          <a href="#/">Pathways</a> / {tree.meta.title}
        </p>
        <PlayerControls
          step={view.step}
          left={view.left}
          done={view.done}
          canGoBack={view.answers.length > 0}
          onBack={back}
          onRestart={restart}
        />
      </header>
      {view.mismatch && (
        <p className="notice" role="status">
          The saved answers no longer fit this pathway (it may have changed since): the answer saved
          for step {view.mismatch.at + 1} is not offered there any more. You are at the last step
          that still fits; answer from here.
        </p>
      )}
      {view.from && (
        <p className="notice" role="status">
          Testing from “{stateHeading(model.tree.states[view.from] ?? view.node)}”: this walk did
          not start at the beginning of the pathway.
        </p>
      )}
      {view.badFrom && (
        <p className="notice" role="status">
          There is no question “{view.badFrom}” in this pathway to start from, so the walk starts at
          the beginning.
        </p>
      )}
      <Trail
        collapsed={view.done}
        steps={view.trail}
        onJump={(index) => {
          go(view.answers.slice(0, index));
        }}
      />
      <StepView tree={tree} view={view} onChoose={choose} headingRef={heading} />
    </div>
  );
}
