// Renders the demo's job summary as GitHub shows it and takes a picture of it for the README:
// the demo's markdown report, through micromark with GFM (the spec GitHub's renderer follows) and
// github-markdown-css (GitHub's own markdown styles), screenshotted by Debian's headless Chromium.
//   npm run picture            writes docs/job-summary.png (needs /usr/bin/chromium: apt-get install chromium)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const OUT = path.resolve(process.argv[2] ?? 'docs/job-summary.png');
const WIDTH = 1012;
const MAX_HEIGHT = 2400;

// The demo prints where its markdown report is; its progress goes to stderr.
const demo = execFileSync(process.execPath, ['dist/cli/index.js', 'demo'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const mdPath = demo.match(/^Markdown report .*: (.+)$/m)?.[1];
if (!mdPath) throw new Error(`the demo did not say where its markdown report is:\n${demo}`);
const body = micromark(readFileSync(mdPath, 'utf8'), { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
const css = readFileSync(createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
const page = `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; } .markdown-body { box-sizing: border-box; padding: 24px 32px; max-width: ${WIDTH}px; }
</style></head><body><article class="markdown-body">${body}</article>
<script>document.body.dataset.height = String(document.documentElement.scrollHeight);</script></body></html>`;
const dir = mkdtempSync(path.join(os.tmpdir(), 'summary-picture-'));
const html = path.join(dir, 'summary.html');
writeFileSync(html, page);

// Chromium is started as estuary's probe of this machine does: no network, a fresh profile.
const chromium = (...args) =>
  execFileSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      `--user-data-dir=${path.join(dir, 'profile')}`,
      ...args,
      `file://${html}`,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
// First the page's height, then a picture of that height (up to MAX_HEIGHT: the head and the findings that fail).
const height = Number(chromium(`--window-size=${WIDTH},800`, '--dump-dom').match(/data-height="(\d+)"/)?.[1] ?? MAX_HEIGHT);
chromium(`--window-size=${WIDTH},${Math.min(height, MAX_HEIGHT)}`, `--screenshot=${OUT}`);
console.log(`${OUT}: ${WIDTH}×${Math.min(height, MAX_HEIGHT)} (page height ${height})`);
