import type { FieldChange, ScenarioOutcome, TreeDiff } from '../model/diff';
import { hasChanges } from '../model/diff';
import { useStore } from './useEditorStore';

function Field({ change }: { change: FieldChange }) {
  return (
    <li>
      <strong>{change.field}</strong>:{' '}
      {change.added?.map((t) => (
        <span key={`+${t}`} className="diff-added">
          added “{t}”{' '}
        </span>
      ))}
      {change.removed?.map((t) => (
        <span key={`-${t}`} className="diff-removed">
          removed “{t}”{' '}
        </span>
      ))}
      {change.reordered && 'same items in another order'}
      {!change.added && !change.removed && !change.reordered && (
        <>
          “{change.before ?? '(none)'}” → “{change.after ?? '(none)'}”
        </>
      )}
    </li>
  );
}

function Outcome({ s }: { s: ScenarioOutcome }) {
  const p = s.parts;
  return (
    <li>
      <strong>{s.title}</strong> ({s.id}
      {s.in === 'from' ? ', removed' : s.in === 'to' ? ', new' : ''}): {s.before.end}
      {s.before.passed ? '' : ' (failing)'} → {s.after.end}
      {s.after.passed ? '' : ' (failing)'}
      {!s.samePlan && (
        <>
          {' '}
          · plan {s.before.plan.join(', ') || 'none'} → {s.after.plan.join(', ') || 'none'}
        </>
      )}
      {p && p.answer > 0 && (
        <>
          {' '}
          · the walks part after answer {p.answer} ({p.event}) at {p.step}: {p.before ?? 'stop'} →{' '}
          {p.after ?? 'stop'}
        </>
      )}
    </li>
  );
}

/** A semantic diff in the History panel: scenario outcomes first, then steps and answers. */
export function DiffView({ diff }: { diff: TreeDiff }) {
  const store = useStore();
  if (!hasChanges(diff)) return <p className="diff-none">No differences.</p>;
  const moved = diff.scenarios.filter((s) => !s.sameEnd || !s.samePlan || s.passChanged);
  const select = (key: string) => {
    store.select({ kind: 'state', id: key });
  };
  return (
    <div className="diff-view" aria-label="Differences">
      <h3>Scenario outcomes</h3>
      {moved.length === 0 ? (
        <p>Every scenario reaches the same step with the same plan.</p>
      ) : (
        <ul className="diff-outcomes">
          {moved.map((s) => (
            <Outcome key={s.id} s={s} />
          ))}
        </ul>
      )}
      {(diff.added.length > 0 || diff.removed.length > 0 || diff.renamed.length > 0) && (
        <>
          <h3>Steps</h3>
          <ul>
            {diff.added.length > 0 && <li>Added: {diff.added.join(', ')}</li>}
            {diff.removed.length > 0 && <li>Removed: {diff.removed.join(', ')}</li>}
            {diff.renamed.map((r) => (
              <li key={r.from}>
                Renamed: {r.from} → {r.to}
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.changed.map((step) => (
        <section key={step.key} className="diff-step">
          <h4>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                select(step.key);
              }}
            >
              {step.key}
            </button>{' '}
            ({step.kind})
          </h4>
          <ul>
            {step.fields.map((f) => (
              <Field key={f.field} change={f} />
            ))}
          </ul>
        </section>
      ))}
      {diff.answers.length > 0 && (
        <>
          <h3>Answers</h3>
          <ul>
            {diff.answers.map((a) => (
              <li key={`${a.step}.${a.event}`}>
                {a.step} · {a.event}: {a.change}
                {a.before && ` from “${a.before.label}” → ${a.before.target}`}
                {a.after && ` to “${a.after.label}” → ${a.after.target}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {diff.meta.length > 0 && (
        <>
          <h3>Pathway fields</h3>
          <ul>
            {diff.meta.map((f) => (
              <Field key={f.field} change={f} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
