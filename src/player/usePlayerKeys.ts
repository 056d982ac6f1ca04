import { useEffect, useRef } from 'react';

interface Keys {
  choices: string[];
  choose: (event: string) => void;
  back: () => void;
}

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** Digits 1-9 choose an answer; Backspace or Alt+Left goes back. */
export function usePlayerKeys(keys: Keys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typingIn(event.target) || event.ctrlKey || event.metaKey) return;
      const { choices, choose, back } = latest.current;
      if (/^[1-9]$/.test(event.key) && !event.altKey) {
        const choice = choices[Number(event.key) - 1];
        if (choice !== undefined) {
          event.preventDefault();
          choose(choice);
        }
      } else if (event.key === 'Backspace' || (event.altKey && event.key === 'ArrowLeft')) {
        event.preventDefault();
        back();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);
}
