import { useState } from 'react';
import { runScenario } from '../model/scenarios';
import { AnswersField } from './AnswersField';
import { CommentsPanel, useCommentsLoader } from './CommentsPanel';
import { HistoryPanel, useVersionsAvailable } from './HistoryPanel';
import { Inspector } from './Inspector';
import { ProblemsPanel } from './ProblemsPanel';
import { ScenariosPanel } from './ScenariosPanel';
import { SelectionPanel } from './SelectionPanel';
import { TreePanel } from './TreePanel';
import { useEditorState } from './useEditorStore';
import { useProblems } from './useProblems';

type Tab = 'step' | 'tree' | 'problems' | 'scenarios' | 'history' | 'comments';

/** The right-hand panel: the selected step, the pathway's fields, problems and scenarios. */
export function SidePanel({ saveNow }: { saveNow: () => Promise<boolean> }) {
  const [tab, setTab] = useState<Tab>('step');
  const selection = useEditorState((s) => s.selection);
  const several = useEditorState((s) => s.picked.states.length + s.picked.answers.length > 1);
  const doc = useEditorState((s) => s.history.doc);
  const message = useEditorState((s) => s.message);
  const problems = useProblems().length;
  const versions = useVersionsAvailable(doc.tree.id);
  const comments = useCommentsLoader();
  const passing = doc.scenarios.filter((s) => runScenario(doc.tree, s).passed).length;
  const tabs: [Tab, string][] = [
    ['step', 'Step'],
    ['tree', 'Pathway'],
    ['problems', `Problems (${problems})`],
    ['scenarios', `Scenarios (${passing}/${doc.scenarios.length})`],
  ];
  // Versions need the dev server and git; comments need the dev server. Hidden otherwise.
  if (versions) tabs.push(['history', 'History']);
  if (comments === true) tabs.push(['comments', 'Comments']);
  return (
    <aside className="side-panel" aria-label="Details">
      {message && (
        <p className="editor-message" role="status">
          {message}
        </p>
      )}
      <div role="tablist" className="tabs" aria-label="Panels">
        {tabs.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            onClick={() => {
              setTab(id);
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'step' &&
          (selection?.kind === 'state' ? (
            <Inspector key={selection.id} stateKey={selection.id} />
          ) : several ? (
            <SelectionPanel />
          ) : selection?.kind === 'answer' ? (
            <AnswersField tree={doc.tree} stateKey={selection.state} only={selection.event} />
          ) : (
            <p className="hint">
              Select a step or an answer on the canvas to edit it. Drag from a step’s handle to
              another step to add an answer, or to empty canvas to add the next step.
            </p>
          ))}
        {tab === 'tree' && <TreePanel />}
        {tab === 'problems' && <ProblemsPanel />}
        {tab === 'scenarios' && <ScenariosPanel />}
        {tab === 'history' && <HistoryPanel saveNow={saveNow} />}
        {tab === 'comments' && <CommentsPanel />}
      </div>
    </aside>
  );
}
