import { Suspense } from 'react';
import { TreeGate, useBundledTree } from '../ui/TreeGate';
import { Player } from './Player';
import { PreviewPage } from './PreviewPage';

interface Props {
  treeId: string;
  answers: string[];
  from?: string | undefined;
  then?: string[] | undefined;
  was?: string[] | undefined;
  /** Play the editor's canvas (`io/preview.ts`) instead of the bundled file. */
  draft?: boolean;
}

function LoadedPlayer({ treeId, answers, from, then, was }: Props) {
  const loaded = useBundledTree(treeId);
  return (
    <TreeGate treeId={treeId} loaded={loaded} verb="played">
      {(tree) => <Player tree={tree} answers={answers} from={from} then={then} was={was} />}
    </TreeGate>
  );
}

/** Loads one bundled tree, then plays it; a broken tree shows its problems, never a blank page. */
export function PlayerPage({ draft = false, ...props }: Props) {
  if (draft) return <PreviewPage treeId={props.treeId} answers={props.answers} from={props.from} />;
  return (
    <Suspense fallback={<p className="loading">Loading pathway…</p>}>
      <LoadedPlayer {...props} />
    </Suspense>
  );
}
