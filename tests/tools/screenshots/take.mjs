// Screenshots of every page type of a running ArchiveSite, on a desktop (1280 px) and a phone
// (360 px), the main pages in both colour schemes, and a document as it prints.
//   node take.mjs BASE-URL OUTPUT-FOLDER [NAME,NAME…]
// Run by tests/screenshots/run.sh, which starts the site on the seeds first.
import { chromium } from 'playwright-core';

const [base, out, names] = process.argv.slice(2);
// A third argument names the shots to take (comma-separated: "collections,collection"), leaving the others as they are.
const only = names?.split(',');
if (!base || !out) {
    console.error('usage: node take.mjs BASE-URL OUTPUT-FOLDER');
    process.exit(2);
}

// Without the background-networking flags Chromium stalls on a closed network.
const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Desktop shots are cut at 1,500 px and phone shots at 2,400 px: enough to show the page's
// design, small enough to keep docs/ light.
const screens = { desktop: { width: 1280, height: 860, cut: 1500 }, phone: { width: 360, height: 740, cut: 2400 } };

async function shot(name, path, screen, scheme, media = 'screen', from = null) {
    if (only && !only.includes(name)) {
        return;
    }
    const { width, height, cut } = screens[screen];
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.emulateMedia({ media, colorScheme: scheme });
    const response = await page.goto(base + await resolve(page, path));
    const full = await page.evaluate(() => document.documentElement.scrollHeight);
    const file = `${out}/${name}-${screen}${scheme === 'dark' && screen !== 'print' ? '-dark' : ''}.png`;
    // From an element down (the citation box, after the transcript) or from the top.
    const y = from ? Math.max(0, Math.floor((await page.locator(from).boundingBox()).y) - 16) : 0;
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width, height: Math.min(full - y, cut) } });
    console.log(`${file} (${response.status()} ${path})`);
    await context.close();
}

// "{earlier}" stands for the version of 112082 before run.sh corrected it (EARLIER_VERSION).
async function resolve(page, path) {
    return path.replace('{earlier}', process.env.EARLIER_VERSION ?? '');
}

const main = [
    ['browse', '/'],
    ['search', '/search?q=pilots'],
    ['document', '/documents/112082'],
];
const others = [
    ['document-find', '/documents/112079?q=Kim+Il+Sung+pilots'],
    ['search-error', '/search?q=%22unclosed'],
    ['search-did-you-mean', '/search?q=Shtykv'],
    ['search-help', '/search/help'],
    ['search-advanced', '/search/advanced'],
    ['facet-values', '/search/facet/year'],
    ['thread', '/documents/112082/thread'],
    ['version', '/documents/112082/v/{earlier}'],
    ['version-diff', '/documents/112082/v/{earlier}/diff'],
    ['not-found', '/documents/nope'],
    ['selection', '/selection?ids=112082,112079'],
    ['kwic', '/search/kwic?q=pilots'],
    ['collections', '/collections'],
    ['collection', '/collections/aprf-fond-45'],
    ['document-step', '/documents/112079?q=pilots&n=2'],
];

for (const [name, path] of main) {
    for (const screen of ['desktop', 'phone']) {
        for (const scheme of ['light', 'dark']) {
            await shot(name, path, screen, scheme);
        }
    }
}
for (const [name, path] of others) {
    for (const screen of ['desktop', 'phone']) {
        await shot(name, path, screen, 'light');
    }
}
// The citation box comes after the transcript: a shot of it on its own, on a phone.
screens.phone.cut = 1400;
for (const scheme of ['light', 'dark']) {
    await shot('document-cite', '/documents/112082', 'phone', scheme, 'screen', '.cite');
}
// A document as it prints (A4 at 96 dpi is 794 px wide), from a dark screen: black on white all the same.
screens.print = { width: 794, height: 1123, cut: 2400 };
await shot('document', '/documents/112082', 'print', 'dark', 'print');
// A selection prints as its bibliography alone.
await shot('selection', '/selection?ids=112082,112079&style=mla', 'print', 'dark', 'print');

await browser.close();
