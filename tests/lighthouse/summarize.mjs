// Reads the Lighthouse JSON reports of tests/lighthouse/run.sh (one folder per form factor, files
// named PAGE-RUN.json), prints a markdown table of each page's median score per category, and exits
// 1 when any median is below the threshold.
//
// Pages under UNINDEXED-PREFIX (the search results) are kept out of search engines on purpose, by
// the site's robots.txt, and Lighthouse's "Page isn't blocked from indexing" audit (is-crawlable)
// fails on them for that reason alone. For those pages, and only when robots.txt is what blocks
// them, the SEO cell shows Lighthouse's score and, marked †, the score computed the same way without
// that audit; the threshold applies to the latter. A noindex, or a block of any other page, counts.
//
//   node tests/lighthouse/summarize.mjs REPORTS-FOLDER THRESHOLD [UNINDEXED-PREFIX]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [folder, thresholdText = '95', unindexed] = process.argv.slice(2);
const threshold = Number(thresholdText);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const titles = ['Performance', 'Accessibility', 'Best practices', 'SEO'];

const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// The category's score as Lighthouse computes it (the weighted mean of its scored audits), less
// the audits named.
const scoreWithout = (report, category, without) => {
  let sum = 0;
  let weights = 0;
  for (const ref of report.categories[category].auditRefs) {
    const audit = report.audits[ref.id];
    if (without.includes(ref.id) || ref.weight === 0 || audit.score === null) continue;
    if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
    sum += ref.weight * audit.score;
    weights += ref.weight;
  }
  return Math.round((sum / weights) * 100);
};

// True when the page is under the unindexed prefix and robots.txt, nothing else, keeps it out.
const blockedByRobotsOnPurpose = (report, path) => {
  const audit = report.audits['is-crawlable'];
  const items = audit?.details?.items ?? [];
  return unindexed !== undefined && path.startsWith(unindexed) && audit.score === 0 && items.length > 0
    && items.every(item => new URL(item.source?.url ?? 'about:blank').pathname === '/robots.txt');
};

let failed = false;
let footnote = false;
const formFactors = readdirSync(folder).filter(name => statSync(join(folder, name)).isDirectory()).sort().reverse();
for (const formFactor of formFactors) {
  // page label -> { url, scores: { category -> [score per run] }, audits: Set of failing audit ids }
  const pages = new Map();
  for (const file of readdirSync(join(folder, formFactor)).filter(name => name.endsWith('.json')).sort()) {
    const label = file.replace(/-\d+\.json$/, '');
    const report = JSON.parse(readFileSync(join(folder, formFactor, file), 'utf8'));
    const address = new URL(report.finalDisplayedUrl);
    const page = pages.get(label) ?? { url: address.pathname + address.search, scores: {}, seoWithoutBlock: [], flagged: new Set() };
    if (blockedByRobotsOnPurpose(report, address.pathname)) page.seoWithoutBlock.push(scoreWithout(report, 'seo', ['is-crawlable']));
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
    // Every run blocked on purpose: the SEO median without the block is the one held to the threshold.
    if (page.seoWithoutBlock.length === page.scores.seo.length) {
      const seo = categories.indexOf('seo');
      medians[seo] = median(page.seoWithoutBlock);
      cells[seo] += ` (${medians[seo]} †)`;
      footnote = true;
    }
    if (medians.some(value => !(value >= threshold))) failed = true;
    console.log(`| \`${page.url}\` | ${cells.join(' | ')} |`);
  }
  for (const [, page] of pages) {
    if (page.flagged.size) console.log(`\n${formFactor} ${page.url}, audits below 0.9 in some run: ${[...page.flagged].join(', ')}`);
  }
}

if (footnote) {
  console.log(`\n† Without "Page isn't blocked from indexing" (is-crawlable): robots.txt keeps ${unindexed} out of search engines on purpose, and that is all the audit found.`);
}
console.log(failed ? `\nSome median is below ${threshold}.` : `\nEvery median is ${threshold} or more.`);
process.exit(failed ? 1 : 0);
