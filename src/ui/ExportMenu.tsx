import { useEffect, useRef, useState } from 'react';
import { exportFileName, type ExportFormat } from '../model/export/common';
import { fhirFileName } from '../model/export/fhir/fileType';
import type { Tree } from '../model/types';
import './exportMenu.css';

type MenuFormat = ExportFormat | 'fhir';

const ITEMS: readonly { format: MenuFormat; label: string; what: string }[] = [
  { format: 'mermaid', label: 'Mermaid', what: 'Flowchart text for GitHub, GitLab and docs sites' },
  { format: 'markdown', label: 'Handout (Markdown)', what: 'Every question and recommendation' },
  { format: 'svg', label: 'SVG', what: 'The graph as a scalable image' },
  { format: 'png', label: 'PNG', what: 'The graph as a picture' },
  { format: 'fhir', label: 'FHIR R4', what: 'Questionnaire and care pathway for health records' },
];

/** Width of the open list in pixels (20rem), as in exportMenu.css. */
const LIST_WIDTH = 320;

interface Props {
  tree: Tree;
}

/**
 * "Export as" menu: Mermaid text, a Markdown handout, or the graph as SVG or PNG, each a download
 * named after the tree. The export code loads on first use.
 */
export function ExportMenu({ tree }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  // The list opens below the toggle, on whichever side keeps it on screen.
  const [alignRight, setAlignRight] = useState(false);
  const [busy, setBusy] = useState<MenuFormat | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      const root = details.current;
      if (!root) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        root.open = false;
        root.querySelector('summary')?.focus();
      } else if (event.target instanceof Node && !root.contains(event.target)) {
        root.open = false;
      }
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const run = async (format: MenuFormat) => {
    setBusy(format);
    setError('');
    try {
      const { exportTree } = await import('../io/exportTree');
      await exportTree(tree, format);
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <details
      ref={details}
      className="export-menu"
      onToggle={(event) => {
        const root = event.currentTarget;
        setOpen(root.open);
        if (root.open) {
          const box = root.getBoundingClientRect();
          setAlignRight(box.left + LIST_WIDTH > document.documentElement.clientWidth);
        }
      }}
    >
      <summary className="export-menu-toggle">Export as…</summary>
      <div
        className={`export-menu-list${alignRight ? ' align-right' : ''}`}
        role="group"
        aria-label="Export formats"
      >
        {ITEMS.map(({ format, label, what }) => (
          <button
            key={format}
            type="button"
            className="export-menu-item"
            disabled={busy !== null}
            aria-label={label}
            aria-describedby={`export-${format}-what`}
            onClick={() => {
              void run(format);
            }}
          >
            <span className="export-menu-label">{label}</span>
            <span className="export-menu-what" id={`export-${format}-what`}>
              {busy === format
                ? 'Preparing…'
                : `${what} · ${format === 'fhir' ? fhirFileName(tree.id) : exportFileName(tree.id, format)}`}
            </span>
          </button>
        ))}
        {error !== '' && (
          <p className="export-menu-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
