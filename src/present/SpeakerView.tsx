import { useEffect, useMemo, useRef, useState } from 'react';
import { isClinical } from '../model/carePlan';
import { beatIndex, lessonBeats, nextBeatText } from '../model/presentation';
import { nodeTitle } from '../model/toFlow';
import type { Scenario, Tree } from '../model/types';
import { lessonChannel, readMessage, type LessonState } from './lessonSync';
import type { Lesson } from './Presenter';
import { clickerDirection } from './useLessonKeys';

interface Props {
  tree: Tree;
  scenarios: readonly Scenario[];
  lesson: Lesson;
  answers: string[];
}

/**
 * The speaker's second window: the case, the step on the screen, what the next press shows and
 * the editor's notes. It follows the presenter's window over a BroadcastChannel; its buttons and
 * clicker keys drive the presenter.
 */
export function SpeakerView({ tree, scenarios, lesson, answers }: Props) {
  const [state, setState] = useState<LessonState>({
    answers,
    showAnswer: lesson.showAnswer,
    scenario: lesson.scenarioId,
    reveal: true,
  });
  const [linked, setLinked] = useState(false);
  const channel = useRef<BroadcastChannel | undefined>(undefined);
  useEffect(() => {
    const c = lessonChannel(tree.id);
    channel.current = c;
    c?.addEventListener('message', (event: MessageEvent) => {
      const message = readMessage(event.data);
      if (message?.type === 'state') {
        setState(message.state);
        setLinked(true);
      }
    });
    c?.postMessage({ type: 'hello' });
    const onKey = (event: KeyboardEvent) => {
      const command = clickerDirection(event);
      if (command === undefined) return;
      event.preventDefault();
      c?.postMessage({ type: 'command', command });
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      c?.close();
      channel.current = undefined;
    };
  }, [tree.id]);

  const scenario = scenarios.find((s) => s.id === state.scenario);
  const beats = useMemo(
    () => (scenario ? lessonBeats(tree, scenario.answers) : []),
    [tree, scenario],
  );
  let current = tree.initial;
  for (const event of state.answers) current = tree.states[current]?.on?.[event]?.target ?? current;
  const node = tree.states[current];
  const beat = beatIndex(beats, state.answers, state.showAnswer);
  const stepNote = isClinical(node) ? node.meta.editorNote : undefined;
  const answerNotes = Object.values(node?.on ?? {}).flatMap((t) =>
    t.meta?.note ? [`${t.description}: ${t.meta.note}`] : [],
  );
  const send = (command: 'next' | 'back') => {
    channel.current?.postMessage({ type: 'command', command });
  };

  return (
    <div className="speaker" aria-label="Speaker view">
      <p className="step-kind">
        Speaker view · {tree.meta.title} ·{' '}
        {linked ? 'following the presentation' : 'waiting for the presentation window'}
      </p>
      {scenario ? (
        <section aria-label="Case">
          <h1>{scenario.title}</h1>
          <p className="lesson-case">{scenario.case}</p>
        </section>
      ) : (
        <p>No lesson script: the class answers as it goes.</p>
      )}
      <section aria-label="On screen">
        <h2>On screen</h2>
        <p className="speaker-now">{node ? nodeTitle(node) : current}</p>
        {node?.meta.kind === 'question' && node.meta.help && <p>{node.meta.help}</p>}
      </section>
      <section aria-label="Next beat">
        <h2>Next press</h2>
        <p className="speaker-next">
          {scenario ? nextBeatText(tree, beats, beat) : 'The next answer the class gives.'}
        </p>
        <p className="quiz-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              send('back');
            }}
          >
            Back
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              send('next');
            }}
          >
            Next
          </button>
        </p>
      </section>
      <section aria-label="Editor's notes">
        <h2>Editor’s notes</h2>
        <ul>
          {stepNote && <li>This step: {stepNote}</li>}
          {answerNotes.map((n) => (
            <li key={n}>{n}</li>
          ))}
          {(tree.meta.editorNotes ?? []).map((n) => (
            <li key={n}>{n}</li>
          ))}
          {!stepNote && answerNotes.length === 0 && (tree.meta.editorNotes ?? []).length === 0 && (
            <li>None for this pathway.</li>
          )}
        </ul>
      </section>
    </div>
  );
}
