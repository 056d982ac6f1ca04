import { isClinical } from '../model/carePlan';
import { expectedPlan, type QuizResult } from '../model/quiz';
import { nodeTitle } from '../model/toFlow';
import type { Scenario, Tree } from '../model/types';
import { EvidenceList } from '../player/EvidenceList';

interface Props {
  tree: Tree;
  scenario: Scenario;
  result: QuizResult;
}

function label(tree: Tree, state: string, event: string): string {
  return tree.states[state]?.on?.[event]?.description ?? event;
}

/** After a case: why the expected step is right, the plan it builds, and where the path left it. */
export function QuizExplanation({ tree, scenario, result }: Props) {
  const expected = tree.states[result.expected];
  const title = (key: string) => {
    const n = tree.states[key];
    return n ? nodeTitle(n) : key;
  };
  const plan = expectedPlan(tree, scenario);
  return (
    <div className="quiz-explanation">
      {isClinical(expected) && (
        <section aria-label="Why this step">
          <h2>Why “{expected.meta.title}” is right for this case</h2>
          {expected.meta.actions.length > 0 && (
            <ul>
              {expected.meta.actions.map((a, i) => (
                <li key={i}>{a}</li>
              ))}
            </ul>
          )}
          <EvidenceList evidence={expected.meta.evidence ?? []} />
          {expected.meta.section && (
            <p className="section-ref">Source section: {expected.meta.section}</p>
          )}
        </section>
      )}
      {plan.length > 0 && (
        <section aria-label="Expected plan">
          <h2>The care plan on the way</h2>
          <ul>
            {plan.map((key) => (
              <li key={key}>
                {title(key)}
                {result.missingPlan.includes(key) ? ' — your path did not pass this step' : ' ✓'}
              </li>
            ))}
          </ul>
        </section>
      )}
      {result.divergence && (
        <div className="divergence">
          <h2>Where your path left the expected one</h2>
          <dl>
            <dt>Step {result.divergence.index + 1}</dt>
            <dd>{title(result.divergence.state)}</dd>
            <dt>Your answer</dt>
            <dd>
              {label(tree, result.divergence.state, result.divergence.given)} → leads to{' '}
              <strong>{title(result.reached)}</strong>
            </dd>
            <dt>Expected answer</dt>
            <dd>
              {label(tree, result.divergence.state, result.divergence.expected)} → leads to{' '}
              <strong>{title(result.expected)}</strong>
            </dd>
          </dl>
          {result.reached === result.expected && (
            <p className="hint">Your route differed but reached the same recommendation.</p>
          )}
        </div>
      )}
    </div>
  );
}
