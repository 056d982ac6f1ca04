/**
 * Helpers shared by the exports (Mermaid, Markdown handout, SVG): reading order, file names, and
 * plain-text clean-up. Framework-free: the CLI and the browser use the same code.
 */
import { own } from '../own';
import { nodeTitle } from '../toFlow';
import type { Tree } from '../types';

export type ExportFormat = 'mermaid' | 'markdown' | 'svg' | 'png';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['mermaid', 'markdown', 'svg', 'png'];

export interface ExportFileType {
  /** Appended to the tree id: `<id>.mmd`, `<id>-handout.md`, ... */
  suffix: string;
  mime: string;
  /** Text formats go to stdout from the CLI unless `--out` is given. */
  text: boolean;
}

export const EXPORT_FILE_TYPES: Readonly<Record<ExportFormat, ExportFileType>> = {
  mermaid: { suffix: '.mmd', mime: 'text/vnd.mermaid;charset=utf-8', text: true },
  markdown: { suffix: '-handout.md', mime: 'text/markdown;charset=utf-8', text: true },
  svg: { suffix: '.svg', mime: 'image/svg+xml;charset=utf-8', text: false },
  png: { suffix: '.png', mime: 'image/png', text: false },
};

export function exportFileName(treeId: string, format: ExportFormat): string {
  return `${treeId}${EXPORT_FILE_TYPES[format].suffix}`;
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export { readingOrder } from '../graph';

/** One line of plain text: runs of whitespace (newlines included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A state's heading (prompt or title), or a placeholder while the author has not written one. */
export function stateHeading(tree: Tree, key: string): string {
  const node = own(tree.states, key);
  const title = node ? oneLine(nodeTitle(node)) : '';
  return title === '' ? `(untitled ${node?.meta.kind ?? 'step'})` : title;
}
