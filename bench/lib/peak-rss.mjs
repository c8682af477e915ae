// Preloaded (`node --import`) into a measured process: prints its peak resident set size on exit,
// as `peak_rss_mb=N` on stderr (VmHWM on Linux, maxRSS elsewhere). Plain JavaScript, so that the
// measured process loads nothing else.
import fs from 'node:fs';

process.on('exit', () => {
  let kb = process.resourceUsage().maxRSS;
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) kb = Number(hwm[1]);
  } catch {
    // not Linux: maxRSS
  }
  fs.writeSync(2, `\npeak_rss_mb=${Math.round(kb / 1024)}\n`);
});
