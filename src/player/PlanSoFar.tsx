import type { Tree } from '../model/types';
import { useWideScreen } from './useWideScreen';

/**
 * The plan steps passed so far, as a running list: one line on phones (open it to read), open on
 * wider screens. It is derived from the walk, so changing an earlier answer recomputes it.
 */
export function PlanSoFar({ tree, visited }: { tree: Tree; visited: readonly string[] }) {
  const wide = useWideScreen();
  // The same rule as carePlan's planSteps (each plan step once, first pass), kept here so the
  // first load does not carry the whole care-plan module.
  const steps = [...new Set(visited.filter((key) => tree.states[key]?.meta.kind === 'plan'))];
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
