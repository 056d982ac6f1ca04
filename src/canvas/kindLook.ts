/**
 * The canvas's entry for each node kind: how a step of that kind looks on the editor and
 * presenter canvases (its icon's shape and glyph, and the colour the overview paints it). The
 * kind is also told by the box's shape (`nodes.css`, `.step-node-<kind>`), never by colour alone.
 * A `Record` over every kind, so TypeScript asks for an entry when a kind is added.
 */
import type { NodeKind } from '../model/types';

export interface KindLook {
  /** CSS class of the icon (its shape): diamond, circle, hexagon or square. */
  iconClass: string;
  glyph: string;
  /** Colour in the overview of large pathways and the minimap. */
  colour: string;
}

const LOOKS: Record<NodeKind, KindLook> = {
  question: { iconClass: 'icon-question', glyph: '?', colour: '#0b5cad' },
  info: { iconClass: 'icon-info', glyph: 'i', colour: '#51606f' },
  plan: { iconClass: 'icon-plan', glyph: '+', colour: '#5b3f99' },
  recommendation: { iconClass: 'icon-recommendation', glyph: '✓', colour: '#1d6b35' },
};

/** The look of a kind on the canvas. */
export function kindLook(kind: NodeKind): KindLook {
  return LOOKS[kind];
}
