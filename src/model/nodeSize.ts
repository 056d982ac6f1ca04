/**
 * The size of a step's box, the one definition used by the layout, the editor and presenter
 * canvases (until React Flow has measured a node) and the SVG export. `src/canvas/nodes.css`
 * draws the box at this width and minimum height.
 */
export const NODE_SIZE = { width: 240, height: 96 } as const;
