/**
 * FHIR identities of a tree's resources: logical ids (`[A-Za-z0-9\-.]{1,64}`), computable names
 * (`[A-Z]([A-Za-z0-9_]){0,254}`) and canonical URLs under one base.
 */

/** Where canonical URLs live unless the caller gives a base (example.org, as in FHIR's examples). */
export const DEFAULT_FHIR_BASE = 'http://example.org/fhir';

export type FhirResourceType = 'Questionnaire' | 'PlanDefinition' | 'ActivityDefinition';

/** A short, stable hash (FNV-1a, 32 bits, base 36) to keep shortened ids distinct. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * A FHIR logical id from parts such as the tree id and a state key: underscores (allowed in state
 * keys, not in ids) become hyphens, and an id over 64 characters is cut and ends in a hash of the
 * whole, so two long ids never collide by truncation.
 */
export function fhirId(...parts: string[]): string {
  const id = parts
    .join('-')
    .replace(/[^A-Za-z0-9\-.]+/g, '-')
    .replace(/-+/g, '-');
  if (id.length <= 64) return id;
  const hash = shortHash(id);
  return `${id.slice(0, 63 - hash.length).replace(/-+$/, '')}-${hash}`;
}

/** A computable name: `chronic-back-pain` → `ChronicBackPain` (a leading digit gets a `T`). */
export function fhirName(...parts: string[]): string {
  const words = parts.join('-').split(/[^A-Za-z0-9]+/);
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
  const safe = /^[A-Z]/.test(name) ? name : `T${name}`;
  return safe.slice(0, 255);
}

/** The canonical URL of a resource: `<base>/<Type>/<id>`, the base without a trailing slash. */
export function canonicalUrl(base: string, type: FhirResourceType, id: string): string {
  return `${base.replace(/\/+$/, '')}/${type}/${id}`;
}
