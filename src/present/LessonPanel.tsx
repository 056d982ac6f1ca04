import { carePlan } from '../model/carePlan';
import { nodeTitle } from '../model/toFlow';
import type { Scenario, Tree } from '../model/types';

interface Props {
  tree: Tree;
  scenario: Scenario;
  /** States of the walk, initial first. */
  visited: readonly string[];
  /** The beat on screen (-1 off the script) and how many the lesson has. */
  beat: number;
  beats: number;
  /** The case's answer revealed on this beat, if any. */
  scripted: string | undefined;
}

/** The lesson's case above the walk: its text, where the clicker is, the answer, the care plan. */
export function LessonPanel({ tree, scenario, visited, beat, beats, scripted }: Props) {
  const current = visited[visited.length - 1] ?? tree.initial;
  const ended = beat === beats - 1;
  const plan = ended ? carePlan(tree, visited) : undefined;
  const answer = scripted === undefined ? undefined : tree.states[current]?.on?.[scripted];
  return (
    <section className="lesson" aria-label="Lesson case">
      <p className="step-kind">
        Case ·{' '}
        {beat >= 0 ? `beat ${String(beat + 1)} of ${String(beats)}` : 'off the lesson script'}
      </p>
      <p className="lesson-case">{scenario.case}</p>
      {answer && (
        <p className="lesson-answer" role="status">
          The case answers: <strong>{answer.description}</strong>
        </p>
      )}
      {plan && (
        <div className="lesson-plan" role="status">
          <h2>Care plan for this case</h2>
          <ol>
            {plan.items.map((item) => {
              const node = tree.states[item.key];
              return (
                <li key={item.key} className={item.conclusion ? 'is-conclusion' : undefined}>
                  {item.conclusion ? 'Then: ' : ''}
                  {node ? nodeTitle(node) : item.key}
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </section>
  );
}
