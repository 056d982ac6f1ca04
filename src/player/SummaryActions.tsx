import { useState } from 'react';
import type { Tree } from '../model/types';
import { copyText } from '../ui/clipboard';
import type { PlayerView } from './session';
import { chartSummary } from './summary';

/** Copy a plain-text note for the chart, or print a one-page summary. */
export function SummaryActions({ tree, view }: { tree: Tree; view: PlayerView }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const ok = await copyText(chartSummary(tree, view, new Date()));
    setStatus(
      ok
        ? 'Summary copied to the clipboard.'
        : 'Copying failed: select the summary text and copy it by hand.',
    );
  };
  return (
    <div className="summary-actions">
      <button type="button" className="button primary" onClick={() => void copy()}>
        Copy summary for the chart
      </button>
      <button
        type="button"
        className="button"
        onClick={() => {
          window.print();
        }}
      >
        Print summary
      </button>
      <p role="status" className="copy-status">
        {status}
      </p>
    </div>
  );
}
