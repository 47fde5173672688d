'use strict';
// Preloaded into each command-line child by bench/cli.ts: its CPU time and peak memory, as it exits.
process.on('exit', () => {
  const cpu = process.cpuUsage();
  const usage = { cpuMs: Math.round((cpu.user + cpu.system) / 1000), maxRssKb: process.resourceUsage().maxRSS };
  process.stderr.write(`\nCHILD_USAGE ${JSON.stringify(usage)}\n`);
});
