import type { Dose } from './types';

/** The fields of a dose row with their labels, in display order (the player's table, the inspector). */
export const DOSE_FIELDS: readonly (readonly [keyof Dose, string])[] = [
  ['drug', 'Drug'],
  ['start', 'Starting dose'],
  ['titration', 'Titration'],
  ['target', 'Target'],
  ['maximum', 'Maximum'],
  ['duration', 'Duration'],
  ['note', 'Note'],
];
