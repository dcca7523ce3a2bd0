// The load generator, in its own process so it never shares a core's event loop with the server
// it measures: autocannon with keep-alive connections. Options come as JSON in argv[2]; the
// answer is one JSON line. Any non-2xx answer or socket error fails the measurement loudly.
import autocannon from 'autocannon';

const { url, method, headers, body, connections, warmUpSeconds, durationSeconds, amount } = JSON.parse(process.argv[2]);
const base = { url, method, headers, body, connections, pipelining: 1 };

/** @param {import('autocannon').Options} options */
async function run(options) {
  const result = await autocannon(options);
  const ok = result['2xx'];
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`load on ${method} ${new URL(url).pathname}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts of ${ok + result.non2xx}`);
  }
  return { ok, seconds: result.duration };
}

if (warmUpSeconds > 0) await run({ ...base, duration: warmUpSeconds });
const measured = await run(amount === undefined ? { ...base, duration: durationSeconds } : { ...base, amount });
process.stdout.write(`${JSON.stringify({ requests: measured.ok, perSecond: measured.ok / measured.seconds })}\n`);
