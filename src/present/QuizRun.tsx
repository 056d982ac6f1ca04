import { useEffect, useRef } from 'react';
import { routeHref } from '../routes/route';
import { gradeQuiz } from '../model/quiz';
import { nodeTitle } from '../model/toFlow';
import type { Scenario, Tree } from '../model/types';
import { QuestionStep } from '../player/QuestionStep';

interface Props {
  tree: Tree;
  scenario: Scenario;
  answers: string[];
}

function label(tree: Tree, state: string, event: string): string {
  return tree.states[state]?.on?.[event]?.description ?? event;
}

/** One case: the learner answers; at the end, the verdict and where their path left the expected one. */
export function QuizRun({ tree, scenario, answers }: Props) {
  const result = gradeQuiz(tree, scenario, answers);
  const node = tree.states[result.reached];
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [answers.length]);
  const href = (next: string[]) =>
    routeHref({ page: 'quiz', treeId: tree.id, scenario: scenario.id, answers: next });
  const title = (key: string) => {
    const n = tree.states[key];
    return n ? nodeTitle(n) : key;
  };
  return (
    <div className="player quiz">
      <p className="player-tree">
        <a href={routeHref({ page: 'quiz', treeId: tree.id, answers: [] })}>All cases</a> /{' '}
        {tree.meta.title}
      </p>
      <section className="case" aria-label="Patient case">
        <p className="step-kind">Case: {scenario.title}</p>
        <p>{scenario.case}</p>
      </section>
      {!result.finished && node && node.meta.kind !== 'recommendation' && (
        <QuestionStep
          meta={node.meta}
          answers={node.on ?? {}}
          headingRef={heading}
          onChoose={(event) => {
            window.location.hash = href([...answers, event]);
          }}
        />
      )}
      {result.finished && (
        <section
          className={`quiz-result ${result.correct ? 'correct' : 'incorrect'}`}
          aria-label="Quiz result"
        >
          <h1 ref={heading} tabIndex={-1}>
            {result.correct ? '✓ You reached the expected step' : '✕ You reached a different step'}
          </h1>
          <p>
            Your answers lead to: <strong>{title(result.reached)}</strong>
          </p>
          {!result.correct && (
            <p>
              The case expects: <strong>{title(result.expected)}</strong>
            </p>
          )}
          {result.divergence && (
            <div className="divergence">
              <h2>Where your path left the expected one</h2>
              <dl>
                <dt>Step {result.divergence.index + 1}</dt>
                <dd>{title(result.divergence.state)}</dd>
                <dt>Your answer</dt>
                <dd>
                  {label(tree, result.divergence.state, result.divergence.given)} → leads to{' '}
                  <strong>{title(result.reached)}</strong>
                </dd>
                <dt>Expected answer</dt>
                <dd>
                  {label(tree, result.divergence.state, result.divergence.expected)} → leads to{' '}
                  <strong>{title(result.expected)}</strong>
                </dd>
              </dl>
              {result.correct && (
                <p className="hint">Your route differed but reached the same recommendation.</p>
              )}
            </div>
          )}
          <p className="quiz-actions">
            <a className="button" href={href([])}>
              Try this case again
            </a>
            <a className="button" href={routeHref({ page: 'play', treeId: tree.id, answers })}>
              Open your path in the player
            </a>
          </p>
        </section>
      )}
    </div>
  );
}
