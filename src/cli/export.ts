/**
 * `npm run export -- <tree-id> --format mermaid|markdown|svg|png|fhir [--out file]`: a tree as
 * Mermaid flowchart text, a Markdown handout, the graph as an SVG or PNG image, or a FHIR R4
 * Bundle (JSON; `--base <url>` sets the canonical URLs, `--bundle transaction` adds PUT requests).
 *
 * Text formats (mermaid, markdown, fhir) go to stdout unless `--out` is given; images go to `<id>.svg`
 * or `<id>.png` in the current folder unless `--out` is given (`--out -` writes to stdout);
 * relative paths are taken from the folder `npm run` was started in.
 * Exit codes: 0 done; 1 the tree is missing or invalid, or the file could not be written;
 * 2 the command line is wrong (unknown format or option, no tree id).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Resvg } from '@resvg/resvg-js';
import {
  EXPORT_FILE_TYPES,
  EXPORT_FORMATS,
  exportFileName,
  isExportFormat,
  type ExportFormat,
} from '../model/export/common';
import { FHIR_FILE_TYPE, fhirFileName } from '../model/export/fhir/fileType';
import { FhirExportError, toFhirJson } from '../model/export/fhir/bundle';
import { toHandout } from '../model/export/handout';
import { toMermaid } from '../model/export/mermaid';
import { toSvg } from '../model/export/svg';
import { parseJsonText, parseTree } from '../model/parse';
import type { Tree } from '../model/types';
import { TREES_DIR } from '../node/treeFiles';

type CliFormat = ExportFormat | 'fhir';
const FORMATS: readonly CliFormat[] = [...EXPORT_FORMATS, 'fhir'];

const USAGE = `usage: npm run export -- <tree-id> --format ${FORMATS.join('|')} [--out file] [--direction TB|LR] [--scale n] [--base url] [--bundle collection|transaction]`;

class Failure extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

/** Reads `trees/<id>.json` (or a path to a .json file) and checks its shape. */
function readTree(idOrPath: string): { tree: Tree; path: string } {
  const path = idOrPath.endsWith('.json') ? idOrPath : join(TREES_DIR, `${idOrPath}.json`);
  if (!existsSync(path)) throw new Failure(`export: no tree "${idOrPath}" (${path} not found)`, 1);
  const json = parseJsonText(readFileSync(path));
  const tree = json.ok ? parseTree(json.value) : json;
  if (!tree.ok) {
    const lines = tree.problems.map((p) => `${path}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
    throw new Failure(`${lines.join('\n')}\nexport: ${path} is not a valid tree`, 1);
  }
  return { tree: tree.value, path };
}

/**
 * PNG through resvg (the Rust SVG renderer, prebuilt for each platform inside its npm package):
 * no browser needed. Text uses the system's fonts; the SVG asks for Arial or a look-alike.
 */
function svgToPng(svg: string, scale: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
  });
  return resvg.render().asPng();
}

function render(tree: Tree, format: ExportFormat, direction: 'TB' | 'LR', scale: number) {
  switch (format) {
    case 'mermaid':
      return toMermaid(tree);
    case 'markdown':
      return toHandout(tree);
    case 'svg':
      return toSvg(tree, undefined, { direction });
    case 'png':
      return svgToPng(toSvg(tree, undefined, { direction }), scale);
  }
}

interface FhirFlags {
  base: string | undefined;
  bundle: 'collection' | 'transaction';
}

function renderFhir(tree: Tree, path: string, flags: FhirFlags): string {
  try {
    return toFhirJson(tree, {
      ...(flags.base !== undefined ? { base: flags.base } : {}),
      type: flags.bundle,
    });
  } catch (error) {
    if (error instanceof FhirExportError)
      throw new Failure(`${path}: ${error.message}\nexport: ${path} cannot be written as FHIR`, 1);
    throw error;
  }
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      direction: { type: 'string', default: 'TB' },
      scale: { type: 'string', default: '2' },
      base: { type: 'string' },
      bundle: { type: 'string', default: 'collection' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [id, ...extra] = positionals;
  if (id === undefined || extra.length > 0)
    throw new Failure(`export: give exactly one tree id\n${USAGE}`, 2);
  const format = values.format;
  if (format === undefined) throw new Failure(`export: --format is required\n${USAGE}`, 2);
  if (format !== 'fhir' && !isExportFormat(format))
    throw new Failure(
      `export: unknown format "${format}" (use one of: ${EXPORT_FORMATS.join(', ')}) or fhir (a FHIR R4 Bundle)`,
      2,
    );
  const direction = values.direction.toUpperCase();
  if (direction !== 'TB' && direction !== 'LR')
    throw new Failure(`export: --direction must be TB or LR, not "${values.direction}"`, 2);
  const scale = Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 8)
    throw new Failure(`export: --scale must be a number from 0 to 8, not "${values.scale}"`, 2);

  const bundle = values.bundle;
  if (bundle !== 'collection' && bundle !== 'transaction')
    throw new Failure(`export: --bundle must be collection or transaction, not "${bundle}"`, 2);
  if (values.base !== undefined && !/^[a-z][a-z0-9+.-]*:\S+$/i.test(values.base))
    throw new Failure(`export: --base must be an absolute URL, not "${values.base}"`, 2);

  const { tree, path: treePath } = readTree(id);
  const output =
    format === 'fhir'
      ? renderFhir(tree, treePath, { base: values.base, bundle })
      : render(tree, format, direction, scale);
  const type = format === 'fhir' ? FHIR_FILE_TYPE : EXPORT_FILE_TYPES[format];
  const fileName = format === 'fhir' ? fhirFileName(tree.id) : exportFileName(tree.id, format);
  const out = values.out ?? (type.text ? '-' : fileName);
  if (out === '-') {
    process.stdout.write(output);
    return 0;
  }
  // `npm run` starts scripts in the package folder; INIT_CWD is where the user ran it.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), out);
  try {
    writeFileSync(path, output);
  } catch (error) {
    throw new Failure(
      `export: could not write ${path}: ${error instanceof Error ? error.message : String(error)}`,
      1,
    );
  }
  console.error(`${path}: ${format}, ${Buffer.byteLength(output)} bytes`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof Failure) {
    console.error(error.message);
    process.exitCode = error.code;
  } else if (error instanceof TypeError && 'code' in error) {
    // parseArgs: unknown option or missing value.
    console.error(`export: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
