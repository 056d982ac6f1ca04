import { useEffect, useMemo, useState } from 'react';
import { ProblemList } from '../ui/ProblemList';
import { routeHref } from '../routes/route';
import { readPreview, watchPreview } from '../io/preview';
import { toMachine } from '../model/machine';
import { hasOwn } from '../model/own';
import { withoutOpenAnswers } from '../model/placeholders';
import { Player } from './Player';

interface Props {
  treeId: string;
  answers: string[];
  from?: string | undefined;
}

/**
 * Plays the editor's current canvas (unsaved edits included), as far as it can be played: the
 * draft's problems are listed above the walk, and a draft XState cannot build shows only them.
 */
export function PreviewPage({ treeId, answers, from }: Props) {
  const [preview, setPreview] = useState(() => readPreview(treeId));
  useEffect(() => watchPreview(treeId, setPreview), [treeId]);
  // Answers the author has not pointed anywhere yet are left out: the rest of the draft plays.
  const tree = useMemo(() => preview && withoutOpenAnswers(preview.tree), [preview]);
  const buildError = useMemo(() => {
    if (!tree) return undefined;
    try {
      toMachine(tree);
      return undefined;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }, [tree]);
  if (!preview || !tree) {
    return (
      <section className="error" role="alert">
        <h1>No draft to preview</h1>
        <p>
          Open <a href={routeHref({ page: 'edit', treeId })}>this pathway in the editor</a> and use
          Play there: the preview shows the editor’s canvas, saved or not.
        </p>
      </section>
    );
  }
  const file = `trees/${treeId}.json`;
  const playable = buildError === undefined && hasOwn(tree.states, tree.initial);
  return (
    <>
      <aside className="preview-banner" role="note" aria-label="Draft preview">
        <p>
          <strong>Draft preview</strong>: the editor’s canvas, unsaved changes included. It follows
          the editor as you edit.
        </p>
        {preview.problems.length > 0 && (
          <details open={!playable}>
            <summary>
              This draft has {String(preview.problems.length)} problem
              {preview.problems.length === 1 ? '' : 's'}
            </summary>
            <ProblemList file={file} problems={preview.problems} />
          </details>
        )}
      </aside>
      {playable ? (
        <Player
          tree={tree}
          answers={answers}
          from={from}
          hrefFor={(next) =>
            routeHref({
              page: 'play',
              treeId,
              answers: next,
              draft: true,
              ...(from !== undefined ? { from } : {}),
            })
          }
        />
      ) : (
        <p className="error" role="alert">
          This draft cannot be played yet{buildError ? `: ${buildError}` : ''}.
        </p>
      )}
    </>
  );
}
