import { useState } from 'react';

const KEY = 'stepwise-quiz-large-type';

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false; // storage blocked: large type just starts off
  }
}

/** The quiz's large type, remembered across cases (each case is a new page) in localStorage. */
export function useLargeType(): [boolean, () => void] {
  const [large, setLarge] = useState(stored);
  const toggle = () => {
    const next = !large;
    setLarge(next);
    try {
      localStorage.setItem(KEY, next ? '1' : '0');
    } catch {
      // Not remembered; the setting still holds on this page.
    }
  };
  return [large, toggle];
}
