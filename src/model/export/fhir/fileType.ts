/**
 * The FHIR export's file: `<id>.fhir.json`, JSON. Kept apart from the export code so the Export
 * menu can name the file without loading the mapping.
 */
import type { ExportFileType } from '../common';

export const FHIR_FILE_TYPE: ExportFileType = {
  suffix: '.fhir.json',
  mime: 'application/fhir+json;charset=utf-8',
  text: true,
};

/** `chronic-back-pain.fhir.json`. */
export function fhirFileName(treeId: string): string {
  return `${treeId}${FHIR_FILE_TYPE.suffix}`;
}
