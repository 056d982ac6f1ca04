import { Suspense } from 'react';
import type { LoadedTree } from '../io/bundledTrees';
import type { Tree } from '../model/types';
import { routeHref } from '../routes/route';
import { TreeGate, useBundledTree } from '../ui/TreeGate';
import { QuizRun } from './QuizRun';

interface Props {
  treeId: string;
  scenarioId?: string | undefined;
  answers: string[];
}

interface QuizTree {
  tree: Tree;
  loaded: LoadedTree;
}

function Quiz({ tree, loaded, treeId, scenarioId, answers }: Props & QuizTree) {
  const scenarios = loaded.scenarios?.scenarios ?? [];
  const scenario = scenarios.find((s) => s.id === scenarioId);
  if (scenario) return <QuizRun tree={tree} scenario={scenario} answers={answers} />;
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
      <ol className="case-list">
        {scenarios.map((s) => (
          <li key={s.id}>
            <a href={routeHref({ page: 'quiz', treeId, scenario: s.id, answers: [] })}>{s.title}</a>
          </li>
        ))}
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
