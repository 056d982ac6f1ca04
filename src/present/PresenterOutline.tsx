import type { ReactNode } from 'react';
import { answersOf } from '../model/graph';
import type { Presentation } from '../model/presentation';
import { nodeTitle } from '../model/toFlow';
import type { Tree } from '../model/types';

interface Props {
  tree: Tree;
  lit: Presentation;
}

/**
 * The whole tree as an outline of step titles, for when the graph fitted to the screen would
 * make its text smaller than a hall can read: each step under the answer that leads to it, once;
 * a step reached again is named with "(above)". Steps hidden by progressive reveal are left out.
 */
export function PresenterOutline({ tree, lit }: Props) {
  const listed = new Set<string>();
  const branch = (key: string, depth: number): ReactNode => {
    const node = tree.states[key];
    if (!node || listed.has(key) || depth > 64) return null;
    listed.add(key);
    const children = answersOf(node).filter(
      (a) => !lit.hiddenEdges.has(`${key}.${a.event}`) && !lit.hidden.has(a.target),
    );
    return (
      <>
        <span className={`outline-step outline-${lit.nodes.get(key) ?? 'unreached'}`}>
          {nodeTitle(node)}
        </span>
        {children.length > 0 && (
          <ul>
            {children.map((a) => {
              const target = tree.states[a.target];
              const seen = listed.has(a.target);
              return (
                <li key={a.event}>
                  <span className="outline-answer">{a.label} →</span>{' '}
                  {seen && target ? (
                    <span className="outline-step outline-again">{nodeTitle(target)} (above)</span>
                  ) : (
                    branch(a.target, depth + 1)
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </>
    );
  };
  return (
    <div className="presenter-outline" aria-label="Outline of the steps">
      <p className="hint">
        The whole tree would be too small to read here, so it is shown as an outline.
      </p>
      <ul>
        <li>{branch(tree.initial, 0)}</li>
      </ul>
    </div>
  );
}
