import './quiz.css';
import { Suspense } from 'react';
import type { LoadedTree } from '../io/bundledTrees';
import { formatRun, nextCase, parseRun, runScore } from '../model/quiz';
import type { Tree } from '../model/types';
import { routeHref } from '../routes/route';
import { TreeGate, useBundledTree } from '../ui/TreeGate';
import { QuizRun } from './QuizRun';

interface Props {
  treeId: string;
  scenarioId?: string | undefined;
  answers: string[];
  run: string[];
}

interface QuizTree {
  tree: Tree;
  loaded: LoadedTree;
}

/** The case list with the run's score, or one case being answered. */
function Quiz({ tree, loaded, treeId, scenarioId, answers, run }: Props & QuizTree) {
  const scenarios = loaded.scenarios?.scenarios ?? [];
  const scenario = scenarios.find((s) => s.id === scenarioId);
  // Cases of other trees (a hand-edited address) do not count.
  const done = parseRun(run).filter((e) => scenarios.some((s) => s.id === e.scenario));
  if (scenario)
    return (
      <QuizRun tree={tree} scenario={scenario} scenarios={scenarios} answers={answers} run={done} />
    );
  const score = runScore(done);
  const next = nextCase(scenarios, done);
  const caseHref = (id: string) =>
    routeHref({ page: 'quiz', treeId, scenario: id, answers: [], run: formatRun(done) });
  return (
    <section className="quiz-list">
      <p className="player-tree">
        <a href="#/">Pathways</a> / {tree.meta.title}
      </p>
      <h1>Vignette quiz</h1>
      <p>
        Read a patient case, answer each question as you would in clinic, and see whether you reach
        the step the pathway recommends.{' '}
        {scenarioId && `There is no case “${scenarioId}”; choose one below.`}
      </p>
      {score.done > 0 && (
        <p className="quiz-score" role="status">
          Score of this run: {score.right} of {score.done} right
          {score.done === scenarios.length ? ' (every case done)' : ''}
        </p>
      )}
      <p className="quiz-actions">
        {next && (
          <a className="button quiz-next" href={caseHref(next.id)}>
            {score.done === 0 ? `Start the quiz (${String(scenarios.length)} cases)` : 'Next case'}
          </a>
        )}
        {score.done > 0 && (
          <a className="button" href={routeHref({ page: 'quiz', treeId, answers: [] })}>
            Start a new run
          </a>
        )}
      </p>
      <ol className="case-list">
        {scenarios.map((s, i) => {
          const entry = done.find((e) => e.scenario === s.id);
          return (
            <li key={s.id}>
              <a href={caseHref(s.id)}>Case {i + 1}</a>
              {entry && (
                <span className={entry.correct ? 'case-right' : 'case-wrong'}>
                  {entry.correct ? ' ✓ right' : ' ✕ wrong'}: {s.title}
                </span>
              )}
              <p className="case-text">{s.case}</p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function LoadedQuiz(props: Props) {
  const loaded = useBundledTree(props.treeId);
  return (
    <TreeGate treeId={props.treeId} loaded={loaded} verb="used for a quiz">
      {(tree, valid) => <Quiz {...props} tree={tree} loaded={valid} />}
    </TreeGate>
  );
}

/** Vignette quiz: pick a stored scenario, answer as you would, see whether you reached its step. */
export function QuizPage(props: Props) {
  return (
    <Suspense fallback={<p className="loading">Loading the quiz…</p>}>
      <LoadedQuiz {...props} />
    </Suspense>
  );
}
