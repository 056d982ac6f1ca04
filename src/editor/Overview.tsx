import type { Corner } from './overviewCorner';
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import type { StepNode } from '../canvas/nodes';
import { atLeast, boundsOf, fitInto, toFlowPoint, viewFrame, type View } from './overviewGeometry';

const SIZE = { width: 200, height: 150 };
/** Zoomed in on a wide pathway the true frame is under a pixel: keep it findable. */
const MIN_FRAME = 8;

const selectView = (s: ReactFlowState): string =>
  // One string, so the component re-renders only when the view really changed.
  `${String(s.transform[0])} ${String(s.transform[1])} ${String(s.transform[2])} ${String(s.width)} ${String(s.height)}`;

function parseView(text: string): View {
  const [x = 0, y = 0, zoom = 1, width = 0, height = 0] = text.split(' ').map(Number);
  return { x, y, zoom, width, height };
}

interface Props {
  nodes: readonly StepNode[];
  colourOf: (node: StepNode) => string;
  size: { width: number; height: number };
  /** The corner it sits in, off the step being edited (overviewCorner.ts). */
  position?: Corner;
}

/**
 * The overview for large pathways, in place of React Flow's MiniMap: the steps are painted once
 * into a canvas (again only when they change) and the view is a frame moved over it. The MiniMap
 * redraws an SVG of every step on each frame of a pan; at 1,000 steps that alone made a third of
 * the frames late in the bench. Click or drag on it to move the view there.
 */
export function Overview({ nodes, colourOf, size, position = 'bottom-right' }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const boxes = useMemo(
    () => nodes.map((n) => ({ x: n.position.x, y: n.position.y, ...size })),
    [nodes, size],
  );
  const fit = useMemo(() => fitInto(boundsOf(boxes), SIZE), [boxes]);
  const view = parseView(useStore(selectView));
  const frame = atLeast(viewFrame(view, fit), MIN_FRAME);
  const { setCenter } = useReactFlow();

  useEffect(() => {
    const el = canvas.current;
    const context = el?.getContext('2d');
    if (!el || !context) return;
    const ratio = window.devicePixelRatio || 1;
    el.width = SIZE.width * ratio;
    el.height = SIZE.height * ratio;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, SIZE.width, SIZE.height);
    nodes.forEach((node, i) => {
      const box = boxes[i];
      if (!box) return;
      context.fillStyle = colourOf(node);
      context.fillRect(
        box.x * fit.scale + fit.offsetX,
        box.y * fit.scale + fit.offsetY,
        Math.max(1, box.width * fit.scale),
        Math.max(1, box.height * fit.scale),
      );
    });
  }, [nodes, boxes, fit, colourOf]);

  const moveTo = (event: PointerEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const point = toFlowPoint({ x: event.clientX - rect.left, y: event.clientY - rect.top }, fit);
    void setCenter(point.x, point.y, { zoom: view.zoom });
  };

  return (
    <Panel position={position} className="overview">
      <div
        className="overview-surface"
        role="img"
        aria-label="Overview of the pathway"
        style={SIZE}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          moveTo(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
        }}
      >
        <canvas ref={canvas} style={SIZE} />
        <div
          className="overview-frame"
          style={{
            transform: `translate(${String(frame.x)}px, ${String(frame.y)}px)`,
            width: frame.width,
            height: frame.height,
          }}
        />
      </div>
    </Panel>
  );
}
