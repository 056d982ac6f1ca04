import { useState } from 'react';
import { downloadText } from '../io/download';
import type { Tree } from '../model/types';
import { copyText } from '../ui/clipboard';
import type { PlayerView } from './session';
import { chartSummary } from './summary';

/** Copy the plan as a plain-text note for the chart, download it as a handout, or print it. */
export function SummaryActions({ tree, view }: { tree: Tree; view: PlayerView }) {
  const [status, setStatus] = useState('');
  const summary = () => chartSummary(tree, view, new Date(), window.location.href);
  const copy = async () => {
    const ok = await copyText(summary());
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
          downloadText(`${tree.id}-care-plan.txt`, summary(), 'text/plain');
        }}
      >
        Download the plan
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
