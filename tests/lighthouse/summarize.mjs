// Reads the Lighthouse JSON reports of tests/lighthouse/run.sh (one folder per form factor, files
// named PAGE-RUN.json), prints a markdown table of each page's median score per category, and exits
// 1 when any median is below the threshold.
//
//   node tests/lighthouse/summarize.mjs REPORTS-FOLDER THRESHOLD
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [folder, thresholdText = '95'] = process.argv.slice(2);
const threshold = Number(thresholdText);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const titles = ['Performance', 'Accessibility', 'Best practices', 'SEO'];

const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

let failed = false;
const formFactors = readdirSync(folder).filter(name => statSync(join(folder, name)).isDirectory()).sort().reverse();
for (const formFactor of formFactors) {
  // page label -> { url, scores: { category -> [score per run] }, audits: Set of failing audit ids }
  const pages = new Map();
  for (const file of readdirSync(join(folder, formFactor)).filter(name => name.endsWith('.json')).sort()) {
    const label = file.replace(/-\d+\.json$/, '');
    const report = JSON.parse(readFileSync(join(folder, formFactor, file), 'utf8'));
    const address = new URL(report.finalDisplayedUrl);
    const page = pages.get(label) ?? { url: address.pathname + address.search, scores: {}, flagged: new Set() };
    for (const category of categories) {
      const score = report.categories[category]?.score;
      (page.scores[category] ??= []).push(score == null ? NaN : Math.round(score * 100));
      for (const ref of report.categories[category]?.auditRefs ?? []) {
        const audit = report.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative') {
          page.flagged.add(`${ref.id} (${audit.displayValue ?? audit.score})`);
        }
      }
    }
    pages.set(label, page);
  }

  console.log(`\n### ${formFactor}\n`);
  console.log(`| Page | ${titles.join(' | ')} |`);
  console.log(`|---|${titles.map(() => '---:').join('|')}|`);
  for (const [, page] of pages) {
    const medians = categories.map(category => median(page.scores[category]));
    const cells = medians.map(String);
    if (medians.some(value => !(value >= threshold))) failed = true;
    console.log(`| \`${page.url}\` | ${cells.join(' | ')} |`);
  }
  for (const [, page] of pages) {
    if (page.flagged.size) console.log(`\n${formFactor} ${page.url}, audits below 0.9 in some run: ${[...page.flagged].join(', ')}`);
  }
}

console.log(failed ? `\nSome median is below ${threshold}.` : `\nEvery median is ${threshold} or more.`);
process.exit(failed ? 1 : 0);
