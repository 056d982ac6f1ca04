import { Background, ReactFlow, useReactFlow } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import type { Presentation } from '../model/presentation';
import { type Box, type PresenterLayout } from '../model/presentationLayout';
import { nodeTitle } from '../model/toFlow';
import type { Tree } from '../model/types';
import {
  presenterEdgeTypes,
  presenterNodeTypes,
  type PresenterEdge,
  type PresenterStep,
} from './PresenterNode';

/** Follow mode zoom: graph text at PRESENTER_FONT (24 px) on screen, or 1.3 times in large type. */
export const followZoom = (large: boolean): number => (large ? 1.3 : 1);
/** Smallest on-screen text the whole-tree view may use before it switches to the outline. */
export const MIN_FIT_TEXT = 14;

interface Props {
  tree: Tree;
  layout: PresenterLayout;
  lit: Presentation;
  current: string | undefined;
  /** The lesson's answer to reveal on this beat (an event of the current step). */
  scripted: string | undefined;
  large: boolean;
  view: 'follow' | 'fit';
  size: { width: number; height: number };
  onAnswer: (event: string) => void;
}

/** The zoom that fits `box` into the panel with a margin. */
export function fitZoom(box: Box, size: { width: number; height: number }): number {
  if (box.width === 0 || box.height === 0) return 1;
  return Math.min((size.width - 48) / box.width, (size.height - 48) / box.height);
}

/** Box around the given steps and labels. */
export function boxAround(boxes: readonly Box[]): Box {
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const maxX = Math.max(...boxes.map((b) => b.x + b.width));
  const maxY = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Everything drawn (reveal leaves steps and answers out), for the whole-tree view. */
export function visibleBox(layout: PresenterLayout, lit: Presentation): Box {
  const boxes = [
    ...[...layout.steps].filter(([k]) => !lit.hidden.has(k)).map(([, b]) => b),
    ...[...layout.edges].filter(([k]) => !lit.hiddenEdges.has(k)).map(([, e]) => e.label),
  ];
  return boxes.length > 0 ? boxAround(boxes) : layout.bounds;
}

/** The read-only graph beside the walk: current step, path taken and open answers lit up. */
export function PresenterGraph(props: Props) {
  const { tree, layout, lit, current, scripted, large, view, size, onAnswer } = props;
  const { setViewport } = useReactFlow();
  const nodes: PresenterStep[] = useMemo(
    () =>
      [...layout.steps]
        .filter(([key]) => !lit.hidden.has(key))
        .map(([key, box]) => {
          const node = tree.states[key];
          const status = lit.nodes.get(key) ?? 'unreached';
          return {
            id: key,
            type: 'step' as const,
            position: { x: box.x, y: box.y },
            data: {
              kind: node?.meta.kind ?? 'question',
              title: node ? nodeTitle(node) : key,
              status,
              width: box.width,
              height: box.height,
            },
            className: `status-${status}`,
            domAttributes: status === 'current' ? { 'aria-current': 'step' as const } : {},
            draggable: false,
            connectable: false,
            selectable: false,
          };
        }),
    [tree, layout, lit],
  );
  const edges: PresenterEdge[] = useMemo(
    () =>
      [...layout.edges.values()]
        .filter((e) => !lit.hiddenEdges.has(e.id))
        .map((e) => {
          const status = lit.edges.get(e.id) ?? 'other';
          const event = e.id.slice(e.source.length + 1);
          return {
            id: e.id,
            type: 'answer' as const,
            source: e.source,
            target: e.target,
            className: `edge-${status}`,
            selectable: false,
            focusable: false,
            data: {
              event,
              label: tree.states[e.source]?.on?.[event]?.description ?? event,
              status,
              scripted: status === 'available' && event === scripted,
              box: e.label,
              points: e.points,
              ...(status === 'available' ? { onAnswer } : {}),
            },
          };
        }),
    [tree, layout, lit, scripted, onAnswer],
  );

  // Follow: text at 24 px (or larger), the current step and its options in view. Fit: all drawn.
  const focus = useMemo(() => {
    if (view === 'fit') return visibleBox(layout, lit);
    const boxes: Box[] = [];
    const step = current === undefined ? undefined : layout.steps.get(current);
    if (step) boxes.push(step);
    for (const [id, e] of layout.edges) {
      if (lit.edges.get(id) !== 'available') continue;
      // On the lesson's answer beat, that answer and where it leads are what must be in view.
      if (scripted !== undefined && id !== `${current ?? ''}.${scripted}`) continue;
      boxes.push(e.label);
      const target = layout.steps.get(e.target);
      if (target) boxes.push(target);
    }
    return { box: boxes.length > 0 ? boxAround(boxes) : layout.bounds, step };
  }, [view, layout, lit, current, scripted]);

  useEffect(() => {
    if (size.width === 0) return;
    if ('x' in focus) {
      const zoom = fitZoom(focus, size);
      const x = (size.width - focus.width * zoom) / 2 - focus.x * zoom;
      const y = (size.height - focus.height * zoom) / 2 - focus.y * zoom;
      void setViewport({ x, y, zoom }, { duration: 300 });
      return;
    }
    const zoom = followZoom(large);
    const { box, step } = focus;
    // Centre the step and its options; when they do not fit, keep the step in view near the top.
    const fitsX = box.width * zoom <= size.width - 48;
    const fitsY = box.height * zoom <= size.height - 48;
    // Too wide: centre as near the options' middle as keeps the whole step in view.
    const halfW = (size.width / 2 - 24) / zoom;
    const mid = box.x + box.width / 2;
    const cx =
      fitsX || !step ? mid : Math.min(Math.max(mid, step.x + step.width - halfW), step.x + halfW);
    const cy = fitsY || !step ? box.y + box.height / 2 : step.y + (size.height / 2 - 24) / zoom;
    void setViewport(
      { x: size.width / 2 - cx * zoom, y: size.height / 2 - cy * zoom, zoom },
      { duration: 500 },
    );
  }, [focus, size, large, setViewport]);

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={presenterNodeTypes}
      edgeTypes={presenterEdgeTypes}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable={false}
      deleteKeyCode={null}
      minZoom={0.05}
      maxZoom={2}
    >
      <Background gap={32} />
    </ReactFlow>
  );
}
