/**
 * Browser side of the exports: builds the file for a format and downloads it. Imported lazily by
 * the export menu, so the export code stays out of the pages' first load.
 */
import { EXPORT_FILE_TYPES, exportFileName, type ExportFormat } from '../model/export/common';
import { FHIR_FILE_TYPE, fhirFileName } from '../model/export/fhir/fileType';
import { toHandout } from '../model/export/handout';
import { toMermaid } from '../model/export/mermaid';
import { toSvg } from '../model/export/svg';
import type { Tree } from '../model/types';
import { downloadBlob, downloadText } from './download';
import { svgToPngBlob } from './exportImage';

/** Builds the file for `format` and downloads it, named after the tree. */
export async function exportTree(tree: Tree, format: ExportFormat | 'fhir'): Promise<void> {
  if (format === 'fhir') {
    const { toFhirJson } = await import('../model/export/fhir/bundle');
    downloadText(fhirFileName(tree.id), toFhirJson(tree), FHIR_FILE_TYPE.mime);
    return;
  }
  const name = exportFileName(tree.id, format);
  const { mime } = EXPORT_FILE_TYPES[format];
  switch (format) {
    case 'mermaid':
      downloadText(name, toMermaid(tree), mime);
      return;
    case 'markdown':
      downloadText(name, toHandout(tree), mime);
      return;
    case 'svg':
      downloadText(name, toSvg(tree), mime);
      return;
    case 'png':
      downloadBlob(name, await svgToPngBlob(toSvg(tree)));
      return;
  }
}
