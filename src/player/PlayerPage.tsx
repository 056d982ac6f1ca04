import { Suspense } from 'react';
import { TreeGate, useBundledTree } from '../ui/TreeGate';
import { lazyPart } from '../ui/lazyPart';
import { Player } from './Player';

/** The editor's draft preview (`?draft=1`): only authors open it, so clinicians never load it. */
const preview = lazyPart(() => import('./PreviewPage').then((m) => m.PreviewPage));

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
  return (
    <Suspense fallback={<p className="loading">Loading pathway…</p>}>
      {draft ? (
        <preview.Component treeId={props.treeId} answers={props.answers} from={props.from} />
      ) : (
        <LoadedPlayer {...props} />
      )}
    </Suspense>
  );
}
