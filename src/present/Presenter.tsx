import { useEffect, useMemo, useRef, useState } from 'react';
import { ExportMenu } from '../ui/ExportMenu';
import { routeHref } from '../routes/route';
import { toMachine, walk } from '../model/machine';
import type { Tree } from '../model/types';
import { Player } from '../player/Player';
import { PresenterGraph } from './PresenterGraph';

interface Props {
  tree: Tree;
  positions: Record<string, { x: number; y: number }>;
  answers: string[];
  reveal: boolean;
}

/** Graph and walk side by side; arrow keys step back and forward through the path taken. */
export function Presenter({ tree, positions, answers, reveal }: Props) {
  const machine = useMemo(() => toMachine(tree), [tree]);
  const w = walk(machine, answers);
  const [large, setLarge] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  // Answers undone with the left arrow, so the right arrow can replay them.
  const [ahead, setAhead] = useState<string[]>([]);
  const href = (next: string[], showAll = !reveal) =>
    routeHref({ page: 'present', treeId: tree.id, answers: next, reveal: !showAll });
  const go = (next: string[]) => {
    window.location.hash = href(next);
  };
  const answer = (event: string) => {
    setAhead([]);
    go([...w.answers, event]);
  };

  const keys = useRef({ answers: w.answers, ahead, reveal });
  useEffect(() => {
    keys.current = { answers: w.answers, ahead, reveal };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (
        event.target instanceof HTMLElement &&
        /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName)
      )
        return;
      const now = keys.current;
      const navigate = (next: string[]) => {
        window.location.hash = routeHref({
          page: 'present',
          treeId: tree.id,
          answers: next,
          reveal: now.reveal,
        });
      };
      if (event.key === 'ArrowLeft' && now.answers.length > 0) {
        event.preventDefault();
        setAhead([now.answers[now.answers.length - 1] ?? '', ...now.ahead]);
        navigate(now.answers.slice(0, -1));
      } else if (event.key === 'ArrowRight' && now.ahead.length > 0) {
        event.preventDefault();
        setAhead(now.ahead.slice(1));
        navigate([...now.answers, now.ahead[0] ?? '']);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [tree.id]);

  const fullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.current?.requestFullscreen();
  };

  return (
    <div ref={root} className={`presenter${large ? ' presenter-large' : ''}`}>
      <div className="presenter-bar" role="toolbar" aria-label="Presentation">
        <strong className="presenter-title">{tree.meta.title}</strong>
        <label className="check">
          <input
            type="checkbox"
            checked={reveal}
            onChange={(e) => {
              window.location.hash = href(w.answers, !e.target.checked);
            }}
          />
          <span>Progressive reveal</span>
        </label>
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
        <ExportMenu tree={tree} />
        <span className="hint">← → step back and forward</span>
      </div>
      <div className="presenter-body">
        <div className="presenter-graph" aria-label="Pathway graph">
          <PresenterGraph
            tree={tree}
            positions={positions}
            visited={w.states}
            answers={w.answers}
            reveal={reveal}
            onAnswer={answer}
          />
        </div>
        <div className="presenter-walk">
          <Player tree={tree} answers={answers} hrefFor={(next) => href(next)} />
        </div>
      </div>
    </div>
  );
}
