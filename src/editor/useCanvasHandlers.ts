/**
 * What the canvas does with React Flow's events: selection and drags go to the editor store (one
 * undo step per drop), connections add answers or new steps, and deletions ask first.
 */
import {
  useReactFlow,
  type EdgeChange,
  type EdgeMouseHandler,
  type NodeChange,
  type OnBeforeDelete,
  type OnConnect,
  type OnConnectEnd,
  type OnNodeDrag,
} from '@xyflow/react';
import { useCallback, type Dispatch, type SetStateAction } from 'react';
import { setPosition } from '../model/edits';
import { NODE_SIZE } from '../model/nodeSize';
import type { AnswerRef } from '../model/selection';
import type { StepNode } from '../canvas/nodes';
import type { AnswerEdgeType } from './AnswerEdge';
import { deleteNow, deleteQuestion } from './authoring';
import { splitEdgeId } from './canvasGeometry';
import { confirmInApp } from './ConfirmDialog';
import { addAnswer, addNode } from './editActions';
import type { XY } from './useCanvasElements';
import { useStore } from './useEditorStore';

/** Node and edge selection, clicks on edges and the pane, and the end of a drag. */
export function useSelectionHandlers(setDragging: Dispatch<SetStateAction<Record<string, XY>>>) {
  const store = useStore();
  const onNodesChange = useCallback(
    (changes: NodeChange<StepNode>[]) => {
      // Measured sizes stay inside React Flow (see `useCanvasNodes`): re-deriving every node
      // whenever nodes scroll into view and get measured would cost a frame or more on a large
      // pathway.
      const moving: Record<string, XY> = {};
      const chosen = new Set(store.getState().picked.states);
      let selecting = false;
      for (const change of changes) {
        if (change.type === 'position' && change.dragging && change.position)
          moving[change.id] = change.position;
        if (change.type === 'select') {
          selecting = true;
          if (change.selected) chosen.add(change.id);
          else chosen.delete(change.id);
        }
      }
      if (Object.keys(moving).length > 0) setDragging((d) => ({ ...d, ...moving }));
      // Clicks, Shift/Ctrl-clicks and box selection all arrive as select changes.
      if (selecting) store.pick({ ...store.getState().picked, states: [...chosen] });
    },
    [store, setDragging],
  );

  const onNodeDragStop: OnNodeDrag<StepNode> = useCallback(
    (_event, _node, moved) => {
      store.apply((draft) => {
        for (const n of moved) setPosition(n.id, n.position.x, n.position.y)(draft.tree);
      }, 'Move');
      setDragging({});
    },
    [store, setDragging],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<AnswerEdgeType>[]) => {
      const { picked: now } = store.getState();
      let answers: AnswerRef[] = [...now.answers];
      let selecting = false;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        selecting = true;
        const [state, event] = splitEdgeId(store.doc.tree, change.id);
        answers = answers.filter((a) => a.state !== state || a.event !== event);
        if (change.selected) answers.push({ state, event });
      }
      if (selecting) store.pick({ ...store.getState().picked, answers });
    },
    [store],
  );

  const onEdgeClick: EdgeMouseHandler = useCallback(
    (event, edge) => {
      // A plain click selects just this answer; with a multi-select key, onEdgesChange adds it.
      if (event.shiftKey || event.ctrlKey || event.metaKey) return;
      store.select({ kind: 'answer', state: edge.source, event: String(edge.data?.event) });
    },
    [store],
  );

  const onPaneClick = useCallback(() => {
    store.select(null);
  }, [store]);

  return { onNodesChange, onNodeDragStop, onEdgesChange, onEdgeClick, onPaneClick };
}

/** New answers and steps drawn on the canvas, and deletions from the keyboard. */
export function useAuthoringHandlers() {
  const store = useStore();
  const { screenToFlowPosition } = useReactFlow();
  const onConnect: OnConnect = useCallback(
    (connection) => {
      addAnswer(store, connection.source, connection.target);
    },
    [store],
  );

  // Dropping a new connection on empty canvas creates the next step, already connected.
  const onConnectEnd: OnConnectEnd = useCallback(
    (event, state) => {
      if (state.isValid || !state.fromNode || state.toNode) return;
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return;
      const at = screenToFlowPosition({ x: point.clientX, y: point.clientY });
      addNode(store, 'question', { x: at.x - NODE_SIZE.width / 2, y: at.y }, state.fromNode.id);
    },
    [store, screenToFlowPosition],
  );

  // Delete asks in the app's own dialog, naming steps by prompt or title, only when steps
  // would be cut off; then the whole selection goes in one undo step.
  const onBeforeDelete: OnBeforeDelete<StepNode, AnswerEdgeType> = useCallback(
    async ({ nodes: goneNodes, edges: goneEdges }) => {
      const selection = {
        states: goneNodes.map((n) => n.id),
        answers: goneEdges.map((e) => ({ state: e.source, event: String(e.data?.event) })),
      };
      const question = deleteQuestion(store, selection);
      if (question === null || (await confirmInApp(question))) deleteNow(store, selection);
      return false;
    },
    [store],
  );

  return { onConnect, onConnectEnd, onBeforeDelete };
}
