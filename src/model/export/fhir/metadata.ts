/**
 * The metadata every exported resource carries, from the tree's meta: status, version, date,
 * publisher, the source it encodes, and the educational-use disclaimer.
 */
import type { RelatedArtifact } from 'fhir/r4';
import { safeUrl } from '../../safeUrl';
import type { Reference, Tree } from '../../types';

export type PublicationStatus = 'draft' | 'active';

/** `approved` trees are published (`active`); drafts and trees in review stay `draft`. */
export function fhirStatus(tree: Tree): PublicationStatus {
  return tree.meta.status === 'approved' ? 'active' : 'draft';
}

/**
 * The fields the definitional resources (Questionnaire, PlanDefinition, ActivityDefinition)
 * share. `experimental` is true: the trees are teaching aids, not for real patient care.
 */
export function commonMetadata(tree: Tree) {
  const { meta } = tree;
  return {
    version: meta.version,
    status: fhirStatus(tree),
    experimental: true,
    date: meta.lastReviewed,
    publisher: meta.source.publisher,
    purpose: meta.disclaimer,
    lastReviewDate: meta.lastReviewed,
  };
}

/** `usage` (PlanDefinition and ActivityDefinition have it; Questionnaire does not). */
export function usage(tree: Tree): string {
  const { meta } = tree;
  return `${meta.disclaimer} Encoded from "${meta.source.title}" (${meta.source.publisher}, ${meta.source.date}) for: ${meta.audience}.`;
}

/** The source document the tree encodes, as a `derived-from` artifact. */
export function sourceArtifact(tree: Tree): RelatedArtifact {
  const { source } = tree.meta;
  const url = safeUrl(source.url);
  return {
    type: 'derived-from',
    label: 'Source',
    display: source.title,
    citation: `${source.publisher}. ${source.title} (${source.kind}). ${source.date}.`,
    ...(url !== undefined ? { url } : {}),
  };
}

/** A reference of the tree as a citation; its DOI becomes a doi.org link when it has no URL. */
export function citation(reference: Reference): RelatedArtifact {
  // The one URL rule (`safeUrl`): a `javascript:` or `data:` address is left out.
  const url =
    safeUrl(reference.url) ??
    (reference.doi !== undefined && reference.doi !== ''
      ? safeUrl(`https://doi.org/${reference.doi}`)
      : undefined);
  const note = reference.note !== undefined ? ` ${reference.note}` : '';
  return {
    type: 'citation',
    label: reference.id,
    citation: `${reference.citation}${note}`,
    ...(url !== undefined ? { url } : {}),
  };
}

/** Citations for reference ids, in the order given, skipping ids the tree does not define. */
export function citations(tree: Tree, ids: readonly string[] | undefined): RelatedArtifact[] {
  const out: RelatedArtifact[] = [];
  for (const id of new Set(ids ?? [])) {
    const reference = tree.meta.references.find((r) => r.id === id);
    if (reference !== undefined) out.push(citation(reference));
  }
  return out;
}
