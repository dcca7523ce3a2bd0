import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { REPORT_DIR } from '../../stryker.config.mjs';
import { renderScore, scoreReport, type MutationReport } from './score.ts';

// `npm run mutation [-- <stryker options>]`: Stryker, then the score over the non-equivalent
// mutants. Exit 0 only when the score reaches its goal and no claimed equivalent was killed.

const REPORT_FILE = `${REPORT_DIR}/mutation.json`;

const stryker = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
if (stryker.status !== 0) {
  console.error(`stryker run exited with ${stryker.status ?? stryker.signal}: no score`);
  process.exit(2);
}
let report: MutationReport;
try {
  report = JSON.parse(readFileSync(REPORT_FILE, 'utf8')) as MutationReport;
} catch (error) {
  console.error(`cannot read Stryker's report ${REPORT_FILE}: ${(error as Error).message}`);
  process.exit(2);
}
const { text, passed } = renderScore(scoreReport(report));
console.log(text);
process.exit(passed ? 0 : 1);
