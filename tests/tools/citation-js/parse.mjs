// Reads a citation file with citation-js and prints what it understood, as CSL-JSON.
// Usage: node parse.mjs biblatex|bibtex|ris|csl FILE
// The test suite runs this on every export: a file a real parser cannot read fails the tests.
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';

const [format, file] = process.argv.slice(2);
const types = { biblatex: '@biblatex/text', bibtex: '@bibtex/text', ris: '@ris/file', csl: '@csl/list+object' };
if (!types[format] || !file) {
  console.error('usage: node parse.mjs biblatex|bibtex|ris|csl FILE');
  process.exit(2);
}

const text = readFileSync(file, 'utf8');
const input = format === 'csl' ? JSON.parse(text) : text;
// Not strict: strict mode requires an author for @unpublished, and archival records name none
// (Zotero exports them the same way). Entries are still checked: the tests compare every field.
const cite = await Cite.async(input, { forceType: types[format] });
const items = cite.format('data', { format: 'object' });
const style = process.env.CSL_STYLE;
const output = { items };
if (style) {
  output.bibliography = cite.format('bibliography', { format: 'text', template: style, lang: 'en-US' });
}
process.stdout.write(JSON.stringify(output));
