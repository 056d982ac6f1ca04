/**
 * Text matching for the pathway comparison: which vocabulary entries (`compareVocabulary.ts`) a
 * sentence names, which sentences count, and how dose rows and "do not" items are keyed.
 */
import {
  DO_NOT_TOPICS,
  SYNONYMS,
  SYNONYM_LABELS,
  REFERRAL_CUE,
  SKIPPED_SENTENCES,
  VOCABULARY,
  type VocabularyEntry,
} from './compareVocabulary';

interface Match {
  entry: VocabularyEntry;
  start: number;
  end: number;
}

const compiled = VOCABULARY.map((entry) => ({
  entry,
  regex: new RegExp(`(?<![a-z0-9])(?:${entry.patterns.join('|')})(?![a-z0-9])`, 'gi'),
}));

/** The key an entry is compared under: its own, or the entry it is a near-synonym of. */
export const entryKey = (entry: VocabularyEntry): string => {
  const own = `${entry.kind}:${entry.id}`;
  return SYNONYMS[own] ?? own;
};

/** The name an entry is shown under (a near-synonym group's shared name). */
export const entryLabel = (entry: VocabularyEntry): string =>
  SYNONYM_LABELS[entryKey(entry)] ?? entry.label;

/** Vocabulary entries named in `text`; overlapping matches keep the longest. */
export function matchVocabulary(
  text: string,
  options: { referralCue?: boolean } = {},
): VocabularyEntry[] {
  const found: Match[] = [];
  for (const { entry, regex } of compiled) {
    for (const m of text.matchAll(regex)) {
      found.push({ entry, start: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Match[] = [];
  for (const m of found) {
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
  }
  const cue = options.referralCue ?? true;
  const entries = kept
    .sort((a, b) => a.start - b.start)
    .map((m) => m.entry)
    .filter((e) => e.kind !== 'referral' || !cue || REFERRAL_CUE.test(text));
  return [...new Map(entries.map((e) => [entryKey(e), e])).values()];
}

/** Sentences of an action; onward pointers, recaps and failed treatments are left out. */
export function countedSentences(action: string): string[] {
  return action
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .filter((s) => !SKIPPED_SENTENCES.some((rule) => rule.test(s)));
}

/** A dose row's drug(s): text in brackets is ignored; an unknown drug is its own item. */
export function doseEntries(drug: string): { key: string; label: string }[] {
  const bare = drug.replace(/\([^)]*\)/g, ' ');
  const meds = matchVocabulary(bare).filter((e) => e.kind === 'medication');
  if (meds.length > 0) return meds.map((e) => ({ key: entryKey(e), label: entryLabel(e) }));
  return [{ key: `medication:dose:${normalise(drug)}`, label: drug.trim() }];
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '')
    .trim();
}

export function doNotKey(what: string): { key: string; label: string } {
  const topic = DO_NOT_TOPICS.find((t) => t.pattern.test(what));
  if (topic) return { key: `doNot:topic:${topic.id}`, label: topic.label };
  return { key: `doNot:${normalise(what)}`, label: what.trim() };
}
