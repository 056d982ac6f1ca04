import type { Tree } from '../model/types';
import { useWideScreen } from './useWideScreen';

/**
 * The plan steps passed so far, as a running list: one line on phones (open it to read), open on
 * wider screens. It is derived from the walk, so changing an earlier answer recomputes it.
 */
export function PlanSoFar({ tree, steps }: { tree: Tree; steps: readonly string[] }) {
  const wide = useWideScreen();
  if (steps.length === 0) return null;
  return (
    <details className="plan-so-far" open={wide} key={String(wide)}>
      <summary>
        Plan so far: {steps.length} {steps.length === 1 ? 'item' : 'items'}
      </summary>
      <ol aria-label="Plan so far">
        {steps.map((key) => {
          const meta = tree.states[key]?.meta;
          return (
            <li key={key} dir="auto">
              {meta?.kind === 'plan' ? meta.title : key}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
