import { loadBundledTree, peekBundledTree } from '../io/bundledTrees';
import { NotFound } from '../app/NotFound';
import { ProblemList } from '../app/ProblemList';
import { useAsync } from '../app/useAsync';
import { Player } from './Player';
import { PreviewPage } from './PreviewPage';

interface Props {
  treeId: string;
  answers: string[];
  from?: string | undefined;
  /** Play the editor's canvas (`io/preview.ts`) instead of the bundled file. */
  draft?: boolean;
}

/** Loads one bundled tree, then plays it; a broken tree shows its problems, never a blank page. */
export function PlayerPage({ draft = false, ...props }: Props) {
  return draft ? <PreviewPage {...props} /> : <BundledPlayer {...props} />;
}

function BundledPlayer({ treeId, answers, from }: Omit<Props, 'draft'>) {
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
