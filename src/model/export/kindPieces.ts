/**
 * The export pieces of each node kind (the model registry's part that only the exports need, kept
 * apart so the player's first load does not carry it): the Mermaid shape and class, the SVG
 * box style and icon, and the Markdown handout's numbering prefix. A `Record` over every kind,
 * so TypeScript asks for the pieces when a kind is added.
 */
import type { NodeKind } from '../types';

/** How an SVG export draws a kind's box (colours are a second cue; shape and icon say the kind). */
export interface SvgStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
  rx: number;
  dash?: string;
  ink: string;
  /** The icon's outline: diamond, circle or square, with `glyph` in it. */
  icon: 'diamond' | 'circle' | 'square' | 'hexagon';
  glyph: string;
}

export interface KindExportPieces {
  /** Mermaid node shape brackets and classDef style. */
  mermaid: { shape: readonly [string, string]; classDef: string };
  svg: SvgStyle;
  /** Numbering prefix of a clinical step in the Markdown handout (R1., P1.). */
  handoutPrefix?: string;
}

/** The export pieces of each kind, looked up by `meta.kind`. */
export const KIND_EXPORTS: Record<NodeKind, KindExportPieces> = {
  question: {
    mermaid: {
      shape: ['{{', '}}'],
      classDef: 'fill:#eef4fb,stroke:#0b5cad,stroke-width:2px,color:#1a1f24',
    },
    svg: {
      fill: '#f5f9fd',
      stroke: '#0b5cad',
      strokeWidth: 2,
      rx: 18,
      ink: '#0b5cad',
      icon: 'diamond',
      glyph: '?',
    },
  },
  info: {
    mermaid: {
      shape: ['[', ']'],
      classDef: 'fill:#ffffff,stroke:#51606f,stroke-width:2px,stroke-dasharray:5 3,color:#1a1f24',
    },
    svg: {
      fill: '#ffffff',
      stroke: '#51606f',
      strokeWidth: 2,
      rx: 6,
      dash: '6 4',
      ink: '#51606f',
      icon: 'circle',
      glyph: 'i',
    },
  },
  plan: {
    mermaid: {
      shape: ['[[', ']]'],
      classDef: 'fill:#f6f3fb,stroke:#5b3f99,stroke-width:2px,color:#1a1f24',
    },
    svg: {
      fill: '#f6f3fb',
      stroke: '#5b3f99',
      strokeWidth: 2,
      rx: 2,
      ink: '#5b3f99',
      icon: 'hexagon',
      glyph: '+',
    },
    handoutPrefix: 'P',
  },
  recommendation: {
    mermaid: {
      shape: ['([', '])'],
      classDef: 'fill:#f3faf5,stroke:#1d6b35,stroke-width:3px,color:#1a1f24',
    },
    svg: {
      fill: '#f3faf5',
      stroke: '#1d6b35',
      strokeWidth: 3,
      rx: 2,
      ink: '#1d6b35',
      icon: 'square',
      glyph: '✓',
    },
    handoutPrefix: 'R',
  },
};
