import { NotFound } from '../ui/NotFound';
import { routeHref } from '../routes/route';
import { useAsync } from '../ui/useAsync';
import { loadBundledTree } from '../io/bundledTrees';
import { QuizRun } from './QuizRun';

interface Props {
  treeId: string;
  scenarioId?: string | undefined;
  answers: string[];
}

/** Vignette quiz: pick a stored scenario, answer as you would, see whether you reached its step. */
export function QuizPage({ treeId, scenarioId, answers }: Props) {
  const state = useAsync(() => loadBundledTree(treeId), treeId);
  if (state.status === 'loading') return <p className="loading">Loading the quiz…</p>;
  if (state.status === 'error')
    return <p className="error">The quiz could not be loaded: {state.error.message}</p>;
  const loaded = state.value;
  if (!loaded?.tree)
    return <NotFound message={`There is no playable pathway called “${treeId}”.`} />;
  const scenarios = loaded.scenarios?.scenarios ?? [];
  const scenario = scenarios.find((s) => s.id === scenarioId);
  if (scenario) return <QuizRun tree={loaded.tree} scenario={scenario} answers={answers} />;
  return (
    <section className="quiz-list">
      <p className="player-tree">
        <a href="#/">Pathways</a> / {loaded.tree.meta.title}
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
