import { useEffect, useMemo, useRef } from 'react';
import { routeHref } from '../routes/route';
import type { Tree } from '../model/types';
import { backOne, changeAt, chooseAnswer, clearedTail, type AnswerLog } from './answerLog';
import { PlanSoFar } from './PlanSoFar';
import { PlayerControls } from './PlayerControls';
import { PlayerNotices } from './PlayerNotices';
import { preloadWalkScreens } from './recommendationPart';
import { createPlayerModel, needsEngine, playerView } from './session';
import { STEP_VIEWS } from './stepViews';
import { Trail } from './Trail';
import { TreeNotes } from './TreeNotes';
import { usePlayerKeys } from './usePlayerKeys';
import { useWalkEngine } from './walkEngine';

interface Props {
  tree: Tree;
  answers: string[];
  from?: string | undefined;
  /** Answers set aside by "Change", the previous choice at this step first. */
  then?: string[] | undefined;
  /** The log before a changed answer cleared its tail. */
  was?: string[] | undefined;
  /** Where a new answer log lives; the player route by default (the presenter keeps its own). */
  hrefFor?: ((answers: string[]) => string) | undefined;
}

/** Every player action is a navigation to its new answer log. */
function navigate(hash: string): void {
  window.location.hash = hash;
}

/** One pathway walk. The URL's answer log is the only state: every action is a navigation. */
export function Player({ tree, answers, from, then = [], was, hrefFor }: Props) {
  // The first step shows before XState has arrived; any other log waits for it.
  const engine = useWalkEngine(needsEngine({ answers, from, then }));
  const model = useMemo(() => createPlayerModel(tree, engine), [tree, engine]);
  const view = playerView(model, answers, from);
  // A tail only means something at the step it was set aside at: a log that broke drops it.
  const log: AnswerLog = { answers: view.answers, then: view.mismatch ? [] : then };
  const go = (next: AnswerLog) => {
    navigate(
      hrefFor
        ? hrefFor(next.answers)
        : routeHref({
            page: 'play',
            treeId: tree.id,
            answers: next.answers,
            ...(view.from ? { from: view.from } : {}),
            ...(next.then.length > 0 ? { then: next.then } : {}),
            ...(next.was ? { was: next.was } : {}),
          }),
    );
  };
  const fits = (full: readonly string[]) => playerView(model, full, view.from).answers;
  const choose = (event: string) => {
    go(chooseAnswer(log, event, fits));
  };
  const back = () => {
    if (view.answers.length > 0) go(backOne(log));
  };
  const restart = () => {
    go({ answers: [], then: [] });
  };
  const choices = Object.keys(view.node.on ?? {});
  usePlayerKeys({ choices, choose, back });

  useEffect(() => {
    // Fetched while the first question is read, so the walk's end shows at once.
    preloadWalkScreens().catch(() => undefined);
  }, []);

  const heading = useRef<HTMLHeadingElement>(null);
  const stepKey = `${view.current}:${view.answers.length}`;
  useEffect(() => {
    heading.current?.focus();
  }, [stepKey]);

  const cleared = was && !hrefFor ? clearedTail(view.answers, was) : undefined;
  const previous = log.then[0];
  const StepView = STEP_VIEWS[view.node.meta.kind];
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
      <PlayerNotices
        tree={tree}
        view={view}
        cleared={cleared}
        pending={log.then.length}
        onRestore={() => {
          if (was) go({ answers: fits(was), then: [] });
        }}
      />
      <Trail
        collapsed={view.done}
        steps={view.trail}
        onJump={(index) => {
          go(changeAt(log, index));
        }}
      />
      {!view.done && <PlanSoFar tree={tree} visited={view.visited.slice(0, -1)} />}
      <StepView
        tree={tree}
        view={view}
        onChoose={choose}
        headingRef={heading}
        previous={previous}
        notes={<TreeNotes notes={tree.meta.editorNotes} />}
      />
      {view.answers.length === 0 && !view.done && <TreeNotes notes={tree.meta.editorNotes} />}
    </div>
  );
}
