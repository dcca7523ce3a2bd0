import type { ConformanceReport, ObservedRow, ReportSection, RequirementVerdict, VerdictCounts } from '../model/types.ts';
import { VERDICTS } from '../model/types.ts';
import { failureEntries, failureRequirementIds, humanTime, reachSentences, shortHash, VERDICT_LABEL, type FailureEntry } from './labels.ts';

// The report for the person who certifies: one self-contained HTML file (inline CSS and script,
// a Content-Security-Policy that forbids every network fetch), readable offline and attachable to
// a ticket. The script only filters rows; everything is rendered here, escaped.

const OPEN_FAILURES = 5;

export function renderHtml(report: ConformanceReport): string {
  const failures = failureEntries(report);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LinkCy SCA conformance: ${report.verdict.toUpperCase()}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>LinkCy SCA conformance <span class="badge ${report.verdict}" id="verdict">${report.verdict === 'pass' ? 'PASS' : 'FAIL'}</span></h1>
${facts(report)}
</header>
<main>
<section id="summary"><h2>Summary</h2>${summaryTable(report)}</section>
<section id="requirements"><h2>Requirements</h2>
<div class="filters" role="group" aria-label="Filter requirements">
${['all', ...VERDICTS].map((verdict) => `<button type="button" data-filter="${verdict}"${verdict === 'all' ? ' aria-pressed="true"' : ' aria-pressed="false"'}>${verdict === 'all' ? 'all' : VERDICT_LABEL[verdict as keyof typeof VERDICT_LABEL]} <span>${verdict === 'all' ? report.requirements.length : report.summary.requirements[verdict as keyof VerdictCounts]}</span></button>`).join('\n')}
<input type="search" id="search" placeholder="Filter by ID, title or seed text" aria-label="Filter by text">
<span id="shown" aria-live="polite"></span>
</div>
${requirementTable(report.requirements)}
</section>
<section id="failures"><h2>Failures (${failures.length})</h2>${failures.length === 0 ? '<p>No check failed.</p>' : failures.map(failureBlock).join('\n')}</section>
<section id="error-codes"><h2>Error codes: documented vs observed</h2>${observedTable(report.sections.flatMap((section) => section.observed))}</section>
<section id="readings"><h2>Where the sources disagree, and what the verdicts rest on</h2>${readingBlock(report)}</section>
<section id="checks"><h2>Checks and reach</h2>${report.sections.map(sectionBlock).join('\n')}</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

function facts(report: ConformanceReport): string {
  const rows: [string, string][] = [
    ['Suite', `${report.suite.name} ${report.suite.version}`],
    ...(report.target === null ? [] : [['Target', `${report.target.description} (${report.target.profile}; ${report.target.capabilities.join(', ') || 'no capabilities'})`] as [string, string]]),
    ...(report.client === null ? [] : [['Client', `${report.client.description}: ${report.client.command}`] as [string, string]]),
    ['Seeds', report.seeds.join(', ') || 'none'],
    ['Run', `${humanTime(report.startedAt)} to ${humanTime(report.finishedAt)}`],
    ['OpenAPI SHA-256', report.hashes.openapi],
    ['Expectations SHA-256', report.hashes.expectations],
    ['Profile', report.hashes.profile === null ? 'none' : `${report.hashes.profile.file} ${report.hashes.profile.sha256}`],
    ['Signature', report.signature === undefined ? 'unsigned' : `Ed25519, key ${shortHash(report.signature.keyId)} (verify with linkcy-sca report verify)`],
  ];
  return `<dl class="facts">${rows.map(([name, value]) => `<dt>${escape(name)}</dt><dd>${escape(value)}</dd>`).join('')}</dl>`;
}

function summaryTable(report: ConformanceReport): string {
  const row = (name: string, counts: VerdictCounts): string => `<tr><th>${name}</th>${VERDICTS.map((verdict) => `<td class="${counts[verdict] > 0 ? verdict : ''}">${counts[verdict]}</td>`).join('')}</tr>`;
  return `<table class="summary"><thead><tr><th></th>${VERDICTS.map((verdict) => `<th>${VERDICT_LABEL[verdict]}</th>`).join('')}</tr></thead>
<tbody>${row('requirements', report.summary.requirements)}${row('checks', report.summary.checks)}</tbody></table>
<p>${report.summary.cases} cases played.</p>`;
}

function requirementTable(requirements: readonly RequirementVerdict[]): string {
  const rows = requirements.map(
    (row) => `<tr data-verdict="${row.verdict}" id="req-${escape(row.id)}">
<td class="id">${escape(row.id)}</td><td><span class="pill ${row.verdict}">${VERDICT_LABEL[row.verdict]}</span></td>
<td>${escape(row.title)}<blockquote>${escape(row.quote)}</blockquote><small>${escape(row.sourceSection)} (${escape(row.sourceFile)}; ${row.kind})${row.decision === null ? '' : `<br>Decision: ${escape(row.decision)}`}</small></td>
<td>${row.checks.map((check) => `<code>${escape(check)}</code>`).join('<br>') || '–'}</td><td class="num">${row.cases}</td></tr>`,
  );
  return `<table class="requirements"><thead><tr><th>ID</th><th>verdict</th><th>requirement and the seed sentence it comes from</th><th>checks</th><th>cases</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

function failureBlock(entry: FailureEntry, index: number): string {
  const { section, check, failure } = entry;
  const findings = failure.findings.map((finding) => `<pre class="message">${escape(finding.message)}</pre>`).join('');
  const evidence = JSON.stringify({ counterexample: failure.counterexample, exchanges: failure.findings[0]?.evidence ?? [] }, null, 2);
  // The first few open; a run with dozens of failures stays scannable.
  return `<details class="failure" id="failure-${index + 1}"${index < OPEN_FAILURES ? ' open' : ''}>
<summary><span class="pill fail">fail</span> ${escape(failureRequirementIds(entry).join(', '))}: ${escape(check.title)}</summary>
<p><code>${escape(check.id)}</code> · ${section.producer} · ${escape(failure.group)} · case <code>${escape(failure.caseId)}</code> · seed ${escape(String(failure.seed))} · path <code>${escape(String(failure.path))}</code></p>
${findings}
${failure.replay === null ? '' : `<p>Replay: <code class="replay">${escape(failure.replay)}</code></p>`}
<details class="evidence"><summary>Counterexample and exchanges (redacted)</summary><pre>${escape(evidence)}</pre></details>
</details>`;
}

function readingBlock(report: ConformanceReport): string {
  const notes = [...new Set(report.sections.flatMap((section) => section.notes))];
  const readings = report.sections.flatMap((section) => section.readings);
  if (notes.length === 0 && readings.length === 0) return '<p>No disputed reading observed; no note.</p>';
  const list = notes.length === 0 ? '' : `<ul>${notes.map((note) => `<li>${escape(note)}</li>`).join('')}</ul>`;
  const rows = readings.map(
    (row) =>
      `<tr><td><code>${escape(row.row)}</code></td><td>${escape(row.declared.value)} <small>${escape(row.declared.sources.join(', '))}</small></td><td>${escape(row.observed.value)} <small>${escape(row.observed.sources.join(', '))}</small></td><td>${escape(row.operationId ?? '–')}</td><td>${escape(row.checkId)}</td></tr>`,
  );
  const table = rows.length === 0 ? '' : `<table class="observed"><thead><tr><th>profile row</th><th>declared</th><th>observed</th><th>operation</th><th>check</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
  return list + table;
}

function observedTable(rows: readonly ObservedRow[]): string {
  if (rows.length === 0) return '<p>No documented-vs-observed rows in this report.</p>';
  const body = rows.map(
    (row) => `<tr class="${row.matches === false ? 'mismatch' : ''}"><td><code>${escape(row.subject)}</code></td><td>${row.documentedStatus} <small>(seed: “${escape(row.documentedLabel)}”)</small></td>
<td>${row.triggered ? `${escape(String(row.observedStatus))} <code>${escape(row.observedCode ?? '(no code)')}</code>` : 'not triggered'}</td>
<td>${row.matches === null ? '–' : row.matches ? 'yes' : '<strong>no</strong>'}</td><td>${escape(row.operationId ?? '–')}</td><td>${escape(row.note)}</td></tr>`,
  );
  return `<p>Informational: what the target answered for each documented code. The verdicts come from the checks (SCA-ERR-002).</p>
<table class="observed"><thead><tr><th>code</th><th>documented</th><th>observed</th><th>matches</th><th>operation</th><th>how</th></tr></thead><tbody>${body.join('\n')}</tbody></table>`;
}

function sectionBlock(section: ReportSection): string {
  const checks = section.checks.map(
    (check) => `<tr><td><code>${escape(check.id)}</code></td><td><span class="pill ${check.verdict}">${VERDICT_LABEL[check.verdict]}</span></td><td>${escape(check.title)}</td><td class="num">${check.cases}</td><td class="num">${check.distinctFindings}</td></tr>`,
  );
  const operations = section.reach.operations.map(
    (operation) => `<tr><td>${escape(operation.operationId ?? '(undocumented)')}</td><td class="num">${operation.requests}</td><td>${operation.statuses.map((status) => `${status.status}×${status.count}`).join(' ') || '<strong>not reached</strong>'}</td></tr>`,
  );
  return `<h3>${escape(section.title)}</h3>
<p>${section.producer} · seed ${escape(String(section.seed))} · runs ${escape(String(section.runs))}${section.selection === null ? '' : ` · only ${escape(section.selection)}`} · ${section.reach.cases} cases (${section.reach.groups.map((group) => `${escape(group.group)} ${group.applicable ? group.cases : 'n/a'}`).join(', ')})</p>
${section.command === null ? '' : `<p>Rerun: <code>${escape(section.command)}</code></p>`}
${section.harnessErrors.length === 0 ? '' : `<ul class="harness">${section.harnessErrors.map((error) => `<li>harness error in ${escape(error.group)}${error.caseId === null ? '' : ` (${escape(error.caseId)})`}: ${escape(error.message)}</li>`).join('')}</ul>`}
<table class="checks"><thead><tr><th>check</th><th>verdict</th><th>title</th><th>cases</th><th>distinct findings</th></tr></thead><tbody>${checks.join('\n')}</tbody></table>
<h4>Reach</h4>
<table class="reach"><thead><tr><th>operation</th><th>requests</th><th>statuses</th></tr></thead><tbody>${operations.join('\n')}</tbody></table>
${reachBlock(section.reach)}`;
}

/** Decision rows and operation x strategy x answer, when the producer has them (provider probes). */
function reachBlock(reach: ReportSection['reach']): string {
  const sentences = reachSentences(reach).map((sentence) => `<p>${escape(sentence)}</p>`);
  const rows = (reach.rows ?? []).map(
    (row) => `<tr><td><code>${escape(row.row)}</code></td><td class="num">${row.cases}</td><td>${row.notReachable === undefined ? (row.cases === 0 ? '<strong>not reached</strong>' : '') : `not reachable under this profile: ${escape(row.notReachable)}`}</td></tr>`,
  );
  const answers = (reach.answers ?? []).map(
    (answer) => `<tr><td>${escape(answer.operationId)}</td><td>${escape(answer.strategy)}</td><td class="num">${answer.status}</td><td>${escape(answer.code ?? '')}</td><td class="num">${answer.count}</td></tr>`,
  );
  return [
    ...sentences,
    rows.length === 0 ? '' : `<table class="reach"><thead><tr><th>decision row</th><th>cases</th><th></th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`,
    answers.length === 0 ? '' : `<table class="reach"><thead><tr><th>operation</th><th>strategy sent</th><th>status</th><th>code</th><th>exchanges</th></tr></thead><tbody>${answers.join('\n')}</tbody></table>`,
  ].join('\n');
}

const STYLE = `
:root{--pass:#1a7f37;--fail:#cf222e;--error:#bc4c00;--muted:#57606a;--border:#d0d7de;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328}
body{margin:0 auto;max-width:1200px;padding:1rem 2rem;line-height:1.45}
h1{font-size:1.6rem}h2{border-bottom:1px solid var(--border);padding-bottom:.3rem;margin-top:2rem}
.badge{padding:.1rem .6rem;border-radius:.4rem;color:#fff;font-size:1.1rem;vertical-align:middle}
.badge.pass{background:var(--pass)}.badge.fail{background:var(--fail)}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;font-size:.9rem}.facts dt{color:var(--muted)}.facts dd{margin:0;word-break:break-all}
table{border-collapse:collapse;width:100%;font-size:.88rem;margin:.5rem 0 1rem}th,td{border:1px solid var(--border);padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f6f8fa}td.num{text-align:right}td.id{white-space:nowrap;font-family:ui-monospace,monospace}
.summary td{text-align:right}.summary td.fail,.summary td.error{color:var(--fail);font-weight:bold}.summary td.pass{color:var(--pass);font-weight:bold}
.pill{display:inline-block;padding:0 .45rem;border-radius:1rem;font-size:.8rem;white-space:nowrap;background:#eaeef2}
.pill.pass{background:#dafbe1;color:var(--pass)}.pill.fail{background:#ffebe9;color:var(--fail)}.pill.error{background:#fff1e5;color:var(--error)}
blockquote{margin:.3rem 0;padding-left:.6rem;border-left:3px solid var(--border);color:var(--muted);font-style:italic}
small{color:var(--muted)}
.filters{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin:.5rem 0}
.filters button{border:1px solid var(--border);background:#fff;border-radius:1rem;padding:.15rem .7rem;cursor:pointer}
.filters button[aria-pressed="true"]{background:#0969da;color:#fff;border-color:#0969da}
.filters input{flex:1;min-width:14rem;padding:.25rem .5rem;border:1px solid var(--border);border-radius:.4rem}
tr.mismatch td{background:#fff8f7}
details.failure{border:1px solid var(--fail);border-radius:.4rem;padding:.5rem 1rem;margin:.6rem 0}
details.failure>summary{cursor:pointer;font-weight:600}
pre{background:#f6f8fa;padding:.6rem;overflow:auto;font-size:.8rem;white-space:pre-wrap;word-break:break-word}
code{font-family:ui-monospace,monospace;font-size:.85em}
`;

const SCRIPT = `
(function(){
  var active='all';
  var buttons=document.querySelectorAll('[data-filter]');
  var rows=document.querySelectorAll('table.requirements tbody tr');
  var search=document.getElementById('search');
  var shown=document.getElementById('shown');
  function apply(){
    var text=search.value.trim().toLowerCase();
    var count=0;
    rows.forEach(function(row){
      var visible=(active==='all'||row.getAttribute('data-verdict')===active)&&(text===''||row.textContent.toLowerCase().indexOf(text)!==-1);
      row.hidden=!visible;
      if(visible)count++;
    });
    shown.textContent=count+' of '+rows.length+' shown';
  }
  buttons.forEach(function(button){
    button.addEventListener('click',function(){
      active=button.getAttribute('data-filter');
      buttons.forEach(function(other){other.setAttribute('aria-pressed',String(other===button));});
      apply();
    });
  });
  search.addEventListener('input',apply);
  apply();
})();
`;
