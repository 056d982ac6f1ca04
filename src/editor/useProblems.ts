import { useEffect, useState } from 'react';
import type { Problem } from '../model/types';
import { isLarge } from './editorStore';
import { useEditorState, useStore } from './useEditorStore';

/** How long edits must pause before a large tree is validated again (ms). */
export const VALIDATE_AFTER = 300;

/**
 * The live validator's problems. Small trees are validated on every change, as they are typed.
 * Validating a large tree takes longer than a keystroke may (tens of ms at 1,000 states), so it
 * shows the problems of the last version checked and validates again once edits pause.
 */
export function useProblems(): Problem[] {
  const store = useStore();
  const doc = useEditorState((s) => s.history.doc);
  const large = isLarge(doc);
  // The first render validates at once: there is nothing older to show.
  const [checked, setChecked] = useState(() => ({ doc, problems: store.problems() }));
  useEffect(() => {
    if (!large || checked.doc === doc) return;
    const timer = setTimeout(() => {
      setChecked({ doc, problems: store.problems() });
    }, VALIDATE_AFTER);
    return () => {
      clearTimeout(timer);
    };
  }, [store, doc, large, checked]);
  return large ? checked.problems : store.problems();
}
