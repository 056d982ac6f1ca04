/**
 * A step's evidence as the extensions CPG uses on an action: strength (the grade or the strength
 * the source gives), quality (its level of evidence) and direction (for or against). Each keeps
 * the source's own words in `text`; codes are added only where they say the same thing
 * (strong/weak, for/against). Notes such as "the source gives no grade" go to the action's text.
 */
import type { CodeableConcept, Extension } from 'fhir/r4';
import type { Evidence } from '../../types';

export const STRENGTH_URL = 'http://hl7.org/fhir/StructureDefinition/cqf-strengthOfRecommendation';
export const QUALITY_URL = 'http://hl7.org/fhir/StructureDefinition/cqf-qualityOfEvidence';
export const DIRECTION_URL =
  'http://hl7.org/fhir/uv/cpg/StructureDefinition/cpg-directionOfRecommendation';
const STRENGTH_SYSTEM = 'http://terminology.hl7.org/CodeSystem/recommendation-strength';
const DIRECTION_SYSTEM = 'http://hl7.org/fhir/uv/cpg/CodeSystem/cpg-recommendation-direction-cs';

const under = (scheme: string | undefined): string => (scheme === undefined ? '' : ` (${scheme})`);

function strength(e: Evidence): CodeableConcept | null {
  const words = [
    e.grade !== undefined ? `Grade ${e.grade}` : '',
    e.strength !== undefined ? e.strength : '',
  ].filter((w) => w !== '');
  if (words.length === 0) return null;
  const code = e.strength?.trim().toLowerCase();
  return {
    ...(code === 'strong' || code === 'weak'
      ? {
          coding: [
            { system: STRENGTH_SYSTEM, code, display: code === 'strong' ? 'Strong' : 'Weak' },
          ],
        }
      : {}),
    text: `${words.join(', ')}${under(e.scheme)}`,
  };
}

/** The CPG evidence extensions of an action, one set per evidence statement. */
export function evidenceExtensions(evidence: readonly Evidence[] | undefined): Extension[] {
  const out: Extension[] = [];
  for (const e of evidence ?? []) {
    const s = strength(e);
    if (s !== null) out.push({ url: STRENGTH_URL, valueCodeableConcept: s });
    if (e.level !== undefined) {
      out.push({
        url: QUALITY_URL,
        valueCodeableConcept: { text: `Level ${e.level}${under(e.scheme)}` },
      });
    }
    if (e.direction !== undefined) {
      const display = e.direction === 'for' ? 'For' : 'Against';
      out.push({
        url: DIRECTION_URL,
        valueCodeableConcept: {
          coding: [{ system: DIRECTION_SYSTEM, code: e.direction, display }],
          text: display,
        },
      });
    }
  }
  return out;
}

/** The evidence in words, as the source gives it: `About: level Ia, grade A, for (scheme)`. */
export function evidenceLine(e: Evidence): string {
  const parts = [
    e.level !== undefined ? `level ${e.level}` : '',
    e.grade !== undefined ? `grade ${e.grade}` : '',
    e.strength !== undefined ? `strength ${e.strength}` : '',
  ].filter((p) => p !== '');
  if (e.direction !== undefined) parts.push(e.direction);
  const graded = parts.length > 0 ? `${parts.join(', ')}${under(e.scheme)}` : '';
  const body = [graded, e.note ?? ''].filter((p) => p !== '');
  return `${e.about !== undefined ? `${e.about}: ` : ''}${body.join('. ')}`;
}
