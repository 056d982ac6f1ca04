import { Suspense, useEffect, useRef } from 'react';
import './quiz.css';
import { routeHref } from '../routes/route';
import { formatRun, gradeQuiz, nextCase, recordCase, runScore, type RunEntry } from '../model/quiz';
import { nodeTitle } from '../model/toFlow';
import type { Scenario, Tree } from '../model/types';
import { QuestionStep } from '../player/QuestionStep';
import { planStep } from '../player/recommendationPart';
import { QuizExplanation } from './QuizExplanation';
import { useLargeType } from './useLargeType';

const PlanStep = planStep.Component;

/** Every answer is a navigation to the case's new answer log. */
function navigate(hash: string): void {
  window.location.hash = hash;
}

interface Props {
  tree: Tree;
  scenario: Scenario;
  scenarios: readonly Scenario[];
  answers: string[];
  /** Cases done earlier in this run. */
  run: RunEntry[];
}

/**
 * One case of a quiz run: the case text (its title stays hidden until the answer, as titles can
 * give it away), the questions with Back, then the verdict, why the expected step is right, where
 * the learner's path left it, the score so far and the next case.
 */
export function QuizRun({ tree, scenario, scenarios, answers, run }: Props) {
  const result = gradeQuiz(tree, scenario, answers);
  const node = tree.states[result.reached];
  const heading = useRef<HTMLHeadingElement>(null);
  const choose = (event: string) => {
    navigate(href([...answers, event]));
  };
  const [large, toggleLarge] = useLargeType();
  useEffect(() => {
    heading.current?.focus();
  }, [answers.length]);
  const runItems = formatRun(run);
  const href = (next: string[]) =>
    routeHref({
      page: 'quiz',
      treeId: tree.id,
      scenario: scenario.id,
      answers: next,
      run: runItems,
    });
  const done = result.finished
    ? recordCase(run, { scenario: scenario.id, correct: result.correct })
    : run;
  const score = runScore(done);
  const next = nextCase(scenarios, done, scenario.id);
  const title = (key: string) => {
    const n = tree.states[key];
    return n ? nodeTitle(n) : key;
  };
  const number = scenarios.findIndex((s) => s.id === scenario.id) + 1;
  return (
    <div className={`player quiz quiz-run${large ? ' quiz-large' : ''}`}>
      <div className="quiz-bar">
        <p className="player-tree">
          <a href={routeHref({ page: 'quiz', treeId: tree.id, answers: [], run: runItems })}>
            All cases
          </a>{' '}
          / {tree.meta.title}
        </p>
        <p className="quiz-score" aria-live="polite">
          Case {number} of {scenarios.length} · Score: {score.right} of {score.done} right
        </p>
        <button type="button" className="button" aria-pressed={large} onClick={toggleLarge}>
          Large type
        </button>
      </div>
      <section className="case" aria-label="Patient case">
        <p className="step-kind">
          Case {number}
          {result.finished && `: ${scenario.title}`}
        </p>
        <p className="case-text">{scenario.case}</p>
      </section>
      <div className="quiz-main">
        {!result.finished && (node?.meta.kind === 'question' || node?.meta.kind === 'info') && (
          <QuestionStep
            meta={node.meta}
            answers={node.on ?? {}}
            headingRef={heading}
            onChoose={choose}
          />
        )}
        {!result.finished && node?.meta.kind === 'plan' && (
          <Suspense fallback={<p className="loading">Loading the plan step…</p>}>
            <PlanStep
              meta={node.meta}
              answers={node.on ?? {}}
              references={tree.meta.references}
              headingRef={heading}
              onChoose={choose}
            />
          </Suspense>
        )}
        {result.finished && (
          <section
            className={`quiz-result ${result.correct ? 'correct' : 'incorrect'}`}
            aria-label="Quiz result"
          >
            <h1 ref={heading} tabIndex={-1}>
              {result.correct
                ? '✓ You reached the expected step'
                : result.reached === result.expected
                  ? '✕ You reached the expected step, but missed part of the plan'
                  : '✕ You reached a different step'}
            </h1>
            <p>
              Your answers lead to: <strong>{title(result.reached)}</strong>
            </p>
            {result.reached !== result.expected && (
              <p>
                The case expects: <strong>{title(result.expected)}</strong>
              </p>
            )}
            <QuizExplanation tree={tree} scenario={scenario} result={result} />
          </section>
        )}
        <p className="quiz-actions">
          {answers.length > 0 && (
            <a className="button" href={href(answers.slice(0, -1))}>
              Back
            </a>
          )}
          {result.finished && next && (
            <a
              className="button quiz-next"
              href={routeHref({
                page: 'quiz',
                treeId: tree.id,
                scenario: next.id,
                answers: [],
                run: formatRun(done),
              })}
            >
              Next case
            </a>
          )}
          {result.finished && !next && (
            <a
              className="button quiz-next"
              href={routeHref({ page: 'quiz', treeId: tree.id, answers: [], run: formatRun(done) })}
            >
              See the score of this run
            </a>
          )}
          {answers.length > 0 && (
            <a className="button" href={href([])}>
              Start this case again
            </a>
          )}
          {result.finished && (
            <a className="button" href={routeHref({ page: 'play', treeId: tree.id, answers })}>
              Open your path in the player
            </a>
          )}
        </p>
      </div>
    </div>
  );
}
