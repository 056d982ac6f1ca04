import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Suspense, use } from 'react';
import '../ui/controls.css';
import './present.css';
import { layoutInWorker } from '../canvas/layoutClient';
import type { Positions } from '../model/layout';
import type { Tree } from '../model/types';
import { TreeGate, useBundledTree } from '../ui/TreeGate';
import { Presenter } from './Presenter';

interface Props {
  treeId: string;
  answers: string[];
  reveal: boolean;
}

/** One layout per tree, shared by every render (React's use() needs the same promise again). */
const layouts = new WeakMap<Tree, Promise<Positions>>();

function layoutOf(tree: Tree): Promise<Positions> {
  let layout = layouts.get(tree);
  if (!layout) {
    layout = layoutInWorker(tree, { direction: 'TB', only: 'missing' });
    // A failed layout is not kept: Try again asks afresh.
    layout.catch(() => layouts.delete(tree));
    layouts.set(tree, layout);
  }
  return layout;
}

function LaidOut({ tree, answers, reveal }: Omit<Props, 'treeId'> & { tree: Tree }) {
  const positions = use(layoutOf(tree));
  return (
    <ReactFlowProvider>
      <Presenter tree={tree} positions={positions} answers={answers} reveal={reveal} />
    </ReactFlowProvider>
  );
}

function LoadedPresenter({ treeId, answers, reveal }: Props) {
  const loaded = useBundledTree(treeId);
  return (
    <TreeGate treeId={treeId} loaded={loaded} verb="presented">
      {(tree) => <LaidOut tree={tree} answers={answers} reveal={reveal} />}
    </TreeGate>
  );
}

/** Loads a bundled tree and its layout, then presents it. */
export function PresenterPage(props: Props) {
  return (
    <Suspense fallback={<p className="loading">Preparing the presentation…</p>}>
      <LoadedPresenter {...props} />
    </Suspense>
  );
}
