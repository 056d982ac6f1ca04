import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import '../ui/controls.css';
import './present.css';
import { NotFound } from '../ui/NotFound';
import { ProblemList } from '../ui/ProblemList';
import { useAsync } from '../ui/useAsync';
import { loadBundledTree } from '../io/bundledTrees';
import { layoutInWorker } from '../canvas/layoutClient';
import { Presenter } from './Presenter';

interface Props {
  treeId: string;
  answers: string[];
  reveal: boolean;
}

async function load(treeId: string) {
  const loaded = await loadBundledTree(treeId);
  if (!loaded?.tree) return { loaded, positions: {} };
  const positions = await layoutInWorker(loaded.tree, { direction: 'TB', only: 'missing' });
  return { loaded, positions };
}

/** Loads a bundled tree and its layout, then presents it. */
export function PresenterPage({ treeId, answers, reveal }: Props) {
  const state = useAsync(() => load(treeId), treeId);
  if (state.status === 'loading') return <p className="loading">Preparing the presentation…</p>;
  if (state.status === 'error') {
    return (
      <p className="error" role="alert">
        The pathway could not be presented: {state.error.message}
      </p>
    );
  }
  const { loaded, positions } = state.value;
  if (!loaded) return <NotFound message={`There is no pathway called “${treeId}”.`} />;
  if (!loaded.tree) {
    return (
      <section className="error" role="alert">
        <h1>This pathway cannot be presented</h1>
        <ProblemList file={loaded.file} problems={loaded.problems} />
      </section>
    );
  }
  return (
    <ReactFlowProvider>
      <Presenter tree={loaded.tree} positions={positions} answers={answers} reveal={reveal} />
    </ReactFlowProvider>
  );
}
