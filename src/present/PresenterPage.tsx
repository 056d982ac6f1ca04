import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Suspense } from 'react';
import '../ui/controls.css';
import './present.css';
import { TreeGate, useBundledTree } from '../ui/TreeGate';
import { Presenter, type Lesson } from './Presenter';

interface Props {
  treeId: string;
  answers: string[];
  reveal: boolean;
  lesson: Lesson;
}

function LoadedPresenter({ treeId, answers, reveal, lesson }: Props) {
  const loaded = useBundledTree(treeId);
  return (
    <TreeGate treeId={treeId} loaded={loaded} verb="presented">
      {(tree, found) => (
        // The presenter lays the graph out itself, for 24 px text (presentationLayout.ts).
        <ReactFlowProvider>
          <Presenter
            tree={tree}
            scenarios={found.scenarios?.scenarios ?? []}
            answers={answers}
            reveal={reveal}
            lesson={lesson}
          />
        </ReactFlowProvider>
      )}
    </TreeGate>
  );
}

/** Loads a bundled tree, then presents it. */
export function PresenterPage(props: Props) {
  return (
    <Suspense fallback={<p className="loading">Preparing the presentation…</p>}>
      <LoadedPresenter {...props} />
    </Suspense>
  );
}
