import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ExportMenu } from '../ui/ExportMenu';
import { routeHref } from '../routes/route';
import { MAX_ANSWERS, toMachine, walk } from '../model/machine';
import { lessonBeats, presentation } from '../model/presentation';
import { PRESENTER_FONT, presenterLayout } from '../model/presentationLayout';
import type { Scenario, Tree } from '../model/types';
import { Player } from '../player/Player';
import { LessonPanel } from './LessonPanel';
import { lessonChannel, readMessage, type LessonState } from './lessonSync';
import { MIN_FIT_TEXT, PresenterGraph, fitZoom, visibleBox } from './PresenterGraph';
import { PresenterOutline } from './PresenterOutline';
import { SpeakerView } from './SpeakerView';
import { useLessonKeys } from './useLessonKeys';

/** What the route says about the lesson: its script, the beat, and which window this is. */
export interface Lesson {
  scenarioId?: string | undefined;
  showAnswer: boolean;
  speaker: boolean;
}

interface Props {
  tree: Tree;
  scenarios: readonly Scenario[];
  /** The editor's layout; the presenter draws its own, sized for large text. */
  positions?: Record<string, { x: number; y: number }>;
  answers: string[];
  reveal: boolean;
  lesson: Lesson;
}

/** Panel size, followed as the window or the walk panel changes. */
function useSize(ref: React.RefObject<HTMLElement | null>) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      setSize({ width: el.clientWidth, height: el.clientHeight });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  return size;
}

/** Graph and walk side by side; a clicker steps through a lesson or along the path taken. */
export function Presenter({ tree, scenarios, answers, reveal, lesson }: Props) {
  const machine = useMemo(() => toMachine(tree), [tree]);
  const answerKey = answers.join(',');
  const w = useMemo(
    () => walk(machine, answerKey === '' ? [] : answerKey.split(',')),
    [machine, answerKey],
  );
  const scenario = scenarios.find((s) => s.id === lesson.scenarioId);
  const beats = useMemo(
    () => (scenario ? lessonBeats(tree, scenario.answers) : []),
    [tree, scenario],
  );
  const layout = useMemo(() => presenterLayout(tree), [tree]);
  const [large, setLarge] = useState(false);
  const [view, setView] = useState<'follow' | 'fit'>('follow');
  const root = useRef<HTMLDivElement>(null);
  const graph = useRef<HTMLDivElement>(null);
  const size = useSize(graph);

  const href = (next: string[], showAnswer: boolean, showAll = !reveal) =>
    routeHref({
      page: 'present',
      treeId: tree.id,
      answers: next,
      reveal: !showAll,
      scenario: lesson.scenarioId,
      showAnswer,
    });
  const hrefRef = useRef(href);
  useEffect(() => {
    hrefRef.current = href;
  });
  const go = useCallback((next: string[], showAnswer: boolean) => {
    window.location.hash = hrefRef.current(next, showAnswer);
  }, []);
  const nav = useLessonKeys(beats, w.answers, lesson.showAnswer, go, !lesson.speaker);
  const { next, back } = nav;
  const onAnswer = useCallback(
    (event: string) => {
      go([...w.answers, event], false);
    },
    [go, w],
  );

  const lit = useMemo(() => presentation(tree, w.states, w.answers, reveal), [tree, w, reveal]);
  const current = w.states[w.states.length - 1];
  const scripted =
    nav.beat >= 0 && lesson.showAnswer ? scenario?.answers[w.answers.length] : undefined;

  // The speaker's window follows every beat and may send Next or Back.
  const stateKey = JSON.stringify({
    answers: w.answers,
    showAnswer: lesson.showAnswer,
    scenario: scenario?.id,
    reveal,
  });
  const channel = useRef<BroadcastChannel | undefined>(undefined);
  const announced = useRef(stateKey);
  useEffect(() => {
    announced.current = stateKey;
    channel.current?.postMessage({ type: 'state', state: JSON.parse(stateKey) as LessonState });
  }, [stateKey]);
  useEffect(() => {
    if (lesson.speaker) return;
    const c = lessonChannel(tree.id);
    channel.current = c;
    c?.addEventListener('message', (event: MessageEvent) => {
      const message = readMessage(event.data);
      if (message?.type === 'hello')
        c.postMessage({ type: 'state', state: JSON.parse(announced.current) as LessonState });
      if (message?.type === 'command') {
        if (message.command === 'next') next();
        else back();
      }
    });
    return () => {
      c?.close();
      channel.current = undefined;
    };
  }, [tree.id, lesson.speaker, next, back]);

  if (lesson.speaker)
    return <SpeakerView tree={tree} scenarios={scenarios} lesson={lesson} answers={answers} />;

  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.current?.requestFullscreen();
  };
  const outline =
    view === 'fit' &&
    size.width > 0 &&
    fitZoom(visibleBox(layout, lit), size) * PRESENTER_FONT < MIN_FIT_TEXT;
  const speakerHref = routeHref({
    page: 'present',
    treeId: tree.id,
    answers: w.answers,
    reveal,
    scenario: lesson.scenarioId,
    showAnswer: lesson.showAnswer,
    speaker: true,
  });

  return (
    <div ref={root} className={`presenter${large ? ' presenter-large' : ''}`}>
      <div className="presenter-bar" role="toolbar" aria-label="Presentation">
        <strong className="presenter-title">{tree.meta.title}</strong>
        <label className="check">
          <input
            type="checkbox"
            checked={reveal}
            onChange={(e) => {
              window.location.hash = href(w.answers, lesson.showAnswer, !e.target.checked);
            }}
          />
          <span>Progressive reveal</span>
        </label>
        <button
          type="button"
          className="small-button"
          aria-pressed={view === 'fit'}
          onClick={() => {
            setView(view === 'fit' ? 'follow' : 'fit');
          }}
        >
          Whole tree
        </button>
        <button
          type="button"
          className="small-button"
          aria-pressed={large}
          onClick={() => {
            setLarge(!large);
          }}
        >
          Large type
        </button>
        <button type="button" className="small-button" onClick={fullscreen}>
          Fullscreen
        </button>
        <button
          type="button"
          className="small-button"
          onClick={() => {
            window.open(speakerHref, `stepwise-speaker-${tree.id}`, 'popup,width=900,height=700');
          }}
        >
          Speaker view
        </button>
        <ExportMenu tree={tree} />
        <span className="hint">PageDown / Space / → next · PageUp / ← back</span>
      </div>
      {w.capped !== undefined && (
        <p className="notice" role="status">
          This link holds {w.capped.toLocaleString('en')} answers; only the first{' '}
          {MAX_ANSWERS.toLocaleString('en')} were replayed.
        </p>
      )}
      <div className="presenter-body">
        <div ref={graph} className="presenter-graph" aria-label="Pathway graph">
          {outline ? (
            <PresenterOutline tree={tree} lit={lit} />
          ) : (
            <PresenterGraph
              tree={tree}
              layout={layout}
              lit={lit}
              current={current}
              scripted={scripted}
              large={large}
              view={view}
              size={size}
              onAnswer={onAnswer}
            />
          )}
        </div>
        <div className="presenter-walk">
          {scenario && (
            <LessonPanel
              tree={tree}
              scenario={scenario}
              visited={w.states}
              beat={nav.beat}
              beats={beats.length}
              scripted={scripted}
            />
          )}
          <Player tree={tree} answers={answers} hrefFor={(next) => href(next, false)} />
        </div>
      </div>
    </div>
  );
}
