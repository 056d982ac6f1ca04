/**
 * The explicit vocabulary the pathway comparison (`compare.ts`) matches recommendation text
 * against. It was built by reading the five bundled trees: every drug, drug class, non-drug
 * therapy, referral and evaluation they name in a recommendation's `actions` or `doNot` items.
 *
 * Rules, so that a reader can predict what the comparison finds:
 * - Structure first: every `doses[].drug` is a medication for certain. Its name is looked up here
 *   (text in brackets ignored, so "Pregabalin (Lyrica)" is pregabalin and "Amitriptyline (added to
 *   duloxetine)" is amitriptyline only); a drug this list does not know becomes its own item.
 * - Text: `actions` sentences and `doNot[].what` are matched against `patterns` (case-insensitive,
 *   whole words). Where matches overlap the longest wins ("cognitive behavioural therapy" is CBT,
 *   not "behavioural therapy").
 * - Brand and generic names share one entry (Lyrica = pregabalin, Cymbalta = duloxetine, Savella =
 *   milnacipran), as the trees give both.
 * - Sentences in `SKIPPED_SENTENCES` are not matched: onward pointers ("If ..., move to the week
 *   6-12 step"), recaps of earlier steps and mentions of treatments that already failed. They name
 *   things the recommendation does not itself recommend.
 * - Referral entries count only in a sentence that refers, arranges or consults (`REFERRAL_CUE`),
 *   so "a team of pain specialists" inside a programme is not a referral to a pain specialist.
 * - Medication mentioned only inside a "do not" item is reported as such, never as recommended.
 * - "Do not" items are compared by their text; those in `DO_NOT_TOPICS` are grouped under one
 *   topic so that different wordings of the same advice (e.g. about opioids) line up across trees.
 */

/** What a compared item is, in display order. */
export type ItemKind = 'medication' | 'therapy' | 'referral' | 'evaluation' | 'doNot';

export const ITEM_KINDS: readonly ItemKind[] = [
  'medication',
  'therapy',
  'referral',
  'evaluation',
  'doNot',
];

export const KIND_LABELS: Readonly<Record<ItemKind, string>> = {
  medication: 'Medication',
  therapy: 'Non-drug therapy',
  referral: 'Referral',
  evaluation: 'Evaluation',
  doNot: 'Do not do',
};

export interface VocabularyEntry {
  /** Stable id, unique within its kind. */
  id: string;
  kind: Exclude<ItemKind, 'doNot'>;
  /** The name shown in the comparison. */
  label: string;
  /** Regular-expression sources, matched case-insensitively as whole words. */
  patterns: string[];
}

const med = (id: string, label: string, ...patterns: string[]): VocabularyEntry => ({
  id,
  kind: 'medication',
  label,
  patterns,
});
const therapy = (id: string, label: string, ...patterns: string[]): VocabularyEntry => ({
  id,
  kind: 'therapy',
  label,
  patterns,
});
const referral = (id: string, label: string, ...patterns: string[]): VocabularyEntry => ({
  id,
  kind: 'referral',
  label,
  patterns,
});
const evaluation = (id: string, label: string, ...patterns: string[]): VocabularyEntry => ({
  id,
  kind: 'evaluation',
  label,
  patterns,
});

export const VOCABULARY: readonly VocabularyEntry[] = [
  // Drugs named in the trees (generic name first, then the brand names the trees give).
  med('amitriptyline', 'Amitriptyline', 'amitriptyline'),
  med('duloxetine', 'Duloxetine', 'duloxetine', 'cymbalta'),
  med('pregabalin', 'Pregabalin', 'pregabalin', 'lyrica'),
  med('milnacipran', 'Milnacipran', 'milnacipran', 'savella'),
  med('gabapentin', 'Gabapentin', 'gabapentin'),
  med('cyclobenzaprine', 'Cyclobenzaprine', 'cyclobenzaprine'),
  med('tramadol', 'Tramadol', 'tramadol'),
  med('venlafaxine', 'Venlafaxine', 'venlafaxine'),
  med('bupropion', 'Bupropion', 'bupropion'),
  med('nortriptyline', 'Nortriptyline', 'nortriptyline'),
  med('desipramine', 'Desipramine', 'desipramine'),
  med('lidocaine-patch', 'Lidocaine 5% patch', 'lidocaine(?: 5%)?(?: patch)?'),
  med('topical-diclofenac', 'Topical diclofenac', '(?:topical )?diclofenac(?: gel| patch)?'),
  // "opioid-related risks" (a caution about tramadol) is not a mention of opioids as treatment.
  med('opioids', 'Opioids', '(?:strong )?opioids?(?!-)'),
  med('corticosteroids', 'Corticosteroids', 'corticosteroids?', 'steroid injections?'),
  med('nsaids', 'NSAIDs', 'nsaids?'),
  med('acetaminophen', 'Acetaminophen', 'acetaminophen', 'paracetamol'),
  med('statins', 'Statins', 'statins?'),
  // Drug classes the trees name without (or besides) a specific drug.
  med('tricyclics', 'Tricyclic antidepressants (class)', 'tricyclics?(?: antidepressants?)?'),
  med('antidepressants', 'Antidepressants (class)', 'antidepressants?'),
  med('anticonvulsants', 'Anticonvulsants (class)', 'anticonvulsants?'),
  med('muscle-relaxants', 'Muscle relaxants (class)', 'muscle relaxants?'),
  med('pain-relievers', 'Pain relievers (unspecified)', 'pain relievers?'),

  therapy(
    'exercise',
    'Exercise programme (aerobic, strengthening)',
    'exercise',
    'strength training',
    'aerobic and strengthening program(?:me)?',
  ),
  therapy('cbt', 'Cognitive behavioural therapy (CBT)', 'cognitive behaviou?ral therapy', 'cbt'),
  therapy('behavioural-therapy', 'Behavioural therapy', 'behaviou?ral therapy'),
  therapy(
    'hydrotherapy',
    'Heated pool therapy (hydrotherapy)',
    'heated pool therapy',
    'hydrotherapy',
  ),
  therapy('mbsr', 'Mindfulness-based stress reduction', 'mindfulness-based stress reduction'),
  therapy('mindfulness', 'Mindfulness meditation', 'mindfulness(?: meditation| techniques)?'),
  therapy('qigong', 'Qigong', 'qigong'),
  therapy('yoga', 'Yoga', 'yoga'),
  therapy('tai-chi', 'Tai chi', 'tai chi'),
  therapy('acupuncture', 'Acupuncture', 'acupuncture'),
  therapy(
    'massage',
    'Massage (including myofascial)',
    '(?:myofascial )?massage',
    'myofascial release',
  ),
  therapy(
    'manual-therapy',
    'Joint mobilisation and spinal manipulation',
    'joint mobili[sz]ation',
    'spinal manipulation',
  ),
  therapy(
    'relaxation',
    'Relaxation training and breathing',
    'relaxation training',
    'diaphragmatic breathing',
  ),
  therapy('grounding', 'Sensory grounding', 'sensory grounding'),
  therapy('education', 'Education on central sensitisation', 'central sensiti[sz]ation'),
  therapy('stay-active', 'Usual daily activities, no bed rest', 'usual daily activities'),
  therapy(
    'interventional',
    'Interventional procedures (injections)',
    'interventional procedures',
    'facet joint injections?',
    'image guidance',
  ),
  therapy(
    'diet',
    'Dietary change (hypocaloric, low-FODMAP or plant-based)',
    'low-fodmap',
    'hypocaloric',
  ),
  therapy('sleep', 'Sleep improvement', 'poor-quality sleep'),
  therapy(
    'micronutrients',
    'Micronutrient repletion (including intravenous)',
    'correct any deficiency',
    'micronutrients intravenously',
  ),
  therapy('endocrine-support', 'Endocrine support', 'endocrine system support'),

  referral(
    'pain-specialist',
    'Pain specialist',
    'pain (?:management )?specialists?',
    'pain clinic',
  ),
  referral(
    'multidisciplinary',
    'Multidisciplinary pain programme',
    'multidisciplinary pain (?:\\w+ )?program(?:me)?',
  ),
  referral('surgical', 'Surgical consultation', 'surgical (?:consultation|evaluation)'),

  evaluation(
    'cause-work-up',
    'Work-up for other or underlying causes',
    'reach a diagnosis',
    'investigate fully',
    'other underlying causes',
  ),
  evaluation('autoimmune', 'Autoimmune disease', 'autoimmune disease'),
  evaluation(
    'thyroid',
    'Thyroid disease (hypothyroidism)',
    'thyroid dysfunction',
    'hypothyroidism',
  ),
  evaluation('infection', 'Chronic infection', 'chronic infection'),
  evaluation('ck', 'Creatine kinase (CK) and creatinine', 'creatine kinase', 'ck', 'creatinine'),
  evaluation('renal-hepatic', 'Renal and hepatic function', 'renal (?:and|or) hepatic function'),
  evaluation(
    'rheumatologic',
    'Rheumatologic disease (polymyalgia rheumatica)',
    'polymyalgia rheumatica',
    'rheumatologic disease',
  ),
  evaluation('vitamin-d', 'Vitamin D deficiency', 'vitamin d deficiency'),
  evaluation('muscle-disease', 'Primary muscle disease', 'primary muscle disease'),
  evaluation('medication-review', 'Medication review', 'review all medicines', 'other medicines'),
  evaluation(
    'imaging',
    'Imaging (only for a suspected specific pathology)',
    'image only',
    'imaging',
  ),
  evaluation(
    'micronutrient-status',
    'Micronutrient status (including magnesium)',
    'vitamin and mineral deficiencies',
  ),
  evaluation(
    'gut',
    'Gut health and microbiome',
    'gastrointestinal health',
    'microbiome',
    'dysbiosis',
  ),
  evaluation(
    'hormones',
    'Reproductive and other hormones',
    'reproductive hormones?',
    'hormone status',
  ),
  evaluation(
    'stress-trauma',
    'Stress, mood and trauma history',
    'stress levels',
    'history of trauma',
  ),
  evaluation('sleep-assessment', 'Sleep quantity and quality', 'how long the patient sleeps'),
];

/** A referral entry counts only in a sentence that refers, arranges or consults. */
export const REFERRAL_CUE = /\b(?:refer|arrange|consultation)/i;

/** Sentences that point onward, recap earlier steps or name treatments that already failed. */
export const SKIPPED_SENTENCES: readonly RegExp[] = [
  /^if\b.*\b(?:move to|go to|go back|return to|revisit|restart|refer|referral)\b/i,
  /^if\b.*\(step \d+\)/i,
  /^then move on\b/i,
  /^confirm (?:each step|that the other areas)\b/i,
  /\b(?:have all failed|did not help)\b/i,
];

export interface DoNotTopic {
  id: string;
  label: string;
  pattern: RegExp;
}

/** "Do not" items grouped across trees when they are about the same thing. */
export const DO_NOT_TOPICS: readonly DoNotTopic[] = [
  { id: 'opioids', label: 'Opioids: avoid, or hold back', pattern: /\bopioids?\b/i },
];

/**
 * Near-synonyms: vocabulary entries that name one therapy in different words, so that trees
 * wording it differently line up on one row. Each entry id listed on the right is compared as the
 * entry on the left (the tree's own wording stays visible with the item). Only pairs that are the
 * same intervention go here; related but different ones (CBT and behavioural therapy) stay apart.
 */
export const SYNONYMS: Readonly<Record<string, string>> = {
  // MBSR is the structured course of mindfulness meditation.
  'therapy:mbsr': 'therapy:mindfulness',
};

/** The label of an entry that absorbs synonyms, naming the wordings it covers. */
export const SYNONYM_LABELS: Readonly<Record<string, string>> = {
  'therapy:mindfulness': 'Mindfulness (meditation, mindfulness-based stress reduction)',
};

/**
 * Drug classes: each drug's class (a class may sit in a wider class), so a class a tree names
 * ("antidepressants") is shown beside the drugs of that class other trees name.
 */
export const DRUG_CLASSES: Readonly<Record<string, string>> = {
  amitriptyline: 'tricyclics',
  nortriptyline: 'tricyclics',
  desipramine: 'tricyclics',
  tricyclics: 'antidepressants',
  duloxetine: 'antidepressants',
  milnacipran: 'antidepressants',
  venlafaxine: 'antidepressants',
  bupropion: 'antidepressants',
  pregabalin: 'anticonvulsants',
  gabapentin: 'anticonvulsants',
  cyclobenzaprine: 'muscle-relaxants',
  'topical-diclofenac': 'nsaids',
};
