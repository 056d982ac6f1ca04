import { loadBundledTree, peekBundledTree } from '../io/bundledTrees';
import { NotFound } from '../ui/NotFound';
import { ProblemList } from '../ui/ProblemList';
import { useAsync } from '../ui/useAsync';
import { Player } from './Player';

interface Props {
  treeId: string;
  answers: string[];
  from?: string | undefined;
}

/** Loads one bundled tree, then plays it; a broken tree shows its problems, never a blank page. */
export function PlayerPage({ treeId, answers, from }: Props) {
  const loaded = useAsync(
    () => loadBundledTree(treeId),
    treeId,
    () => peekBundledTree(treeId),
  );
  if (loaded.status === 'loading') return <p className="loading">Loading pathway…</p>;
  if (loaded.status === 'error') {
    return (
      <p className="error" role="alert">
        The pathway could not be loaded: {loaded.error.message}
      </p>
    );
  }
  const result = loaded.value;
  if (!result) return <NotFound message={`There is no pathway called "${treeId}".`} />;
  if (!result.tree) {
    return (
      <section className="error" role="alert">
        <h1>This pathway cannot be played</h1>
        <ProblemList file={result.file} problems={result.problems} />
      </section>
    );
  }
  return <Player tree={result.tree} answers={answers} from={from} />;
}
