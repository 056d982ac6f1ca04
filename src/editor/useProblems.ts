import { useEffect, useState } from 'react';
import type { Problem } from '../model/types';
import { isLarge } from './editorStore';
import { useEditorState, useStore } from './useEditorStore';
import { problemsOffThread } from './validateClient';

/** How long edits must pause before a large tree is validated again (ms). */
export const VALIDATE_AFTER = 300;

/**
 * The live validator's problems. Small trees are validated on every change, as they are typed.
 * Validating a large tree takes longer than a keystroke may (tens of ms at 1,000 states), so it
 * shows the problems of the last version checked, and validates again in a worker once edits
 * pause: the main thread stays free for typing meanwhile.
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
      // Kept even if more edits came meanwhile: the newest answer yet, and the next is on its way.
      void problemsOffThread(doc).then((problems) => {
        setChecked({ doc, problems });
      });
    }, VALIDATE_AFTER);
    return () => {
      clearTimeout(timer);
    };
  }, [doc, large, checked]);
  return large ? checked.problems : store.problems();
}
