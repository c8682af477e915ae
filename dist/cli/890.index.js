export const id = 890;
export const ids = [890];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ parseFailOn),
/* harmony export */   b: () => (/* binding */ parseFlags)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7206);


/** parseArgs with its errors turned into one-line input errors. */
function parseFlags(argv, options, usage) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${(0,_model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .g)(err).replace(/\. To specify.*$/s, '')}\nusage: ${usage}`);
    }
}
function parseFailOn(value) {
    const v = value ?? 'breaking';
    if (v === 'breaking' || v === 'warning' || v === 'never')
        return v;
    throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`--fail-on must be breaking, warning or never, not '${v}'`);
}


/***/ }),

/***/ 890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/model/types.ts
var types = __webpack_require__(440);
// EXTERNAL MODULE: ./src/report/group.ts
var group = __webpack_require__(6349);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/aggregate.ts




const HEADLINES_PER_CONNECTOR = 10;
/** A report file's JSON, checked for the keys the summary reads (design.md's report contract). */
function parseReport(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new errors/* InputError */.d(`${file}: not JSON (${err instanceof Error ? err.message : String(err)}); give the report written by --json or the report-path output`);
    }
    const r = value;
    if (!r || r.version !== 1 || typeof r.connector !== 'string' || (r.verdict !== 'pass' && r.verdict !== 'fail') || !Array.isArray(r.stages) || !Array.isArray(r.findings)) {
        throw new errors/* InputError */.d(`${file}: not a connector-compat report (version 1 with connector, verdict, stages and findings)`);
    }
    return r;
}
/** Whether a connector still needs something: failing and not approved by label. */
const blocks = (r) => r.verdict === 'fail' && !r.approval;
const order = (r) => (blocks(r) ? 0 : r.verdict === 'fail' ? 1 : 2);
function verdictCell(r) {
    if (r.verdict === 'pass')
        return '✅ pass';
    return r.approval ? `🏷️ approved (${(0,markdown/* codeSpan */.SS)(r.approval.label)})` : '❌ fail';
}
function stageCell(s) {
    if (!s)
        return '—';
    return s.status === 'breaking' ? `❌ ${s.counts.breaking}` : markdown/* STATUS_ICON */.tW[s.status].split(' ')[0];
}
/**
 * One summary for many connectors (a matrix run): a table with a row per connector, then the
 * breaking findings of each connector that still fails, most severe first.
 */
function aggregateMarkdown(reports) {
    const sorted = [...reports].sort((a, b) => order(a.report) - order(b.report) || a.report.connector.localeCompare(b.report.connector));
    const failing = sorted.filter((r) => blocks(r.report));
    const approved = sorted.filter((r) => r.report.verdict === 'fail' && r.report.approval).length;
    const head = failing.length
        ? `❌ **${failing.length} of ${(0,group/* plural */.LS)(reports.length, 'connector')} not compatible**`
        : `✅ **All ${(0,group/* plural */.LS)(reports.length, 'connector')} compatible**`;
    const rows = sorted.map(({ report }) => {
        const c = (0,group/* verdictCounts */.US)(report);
        const stages = types/* STAGES */.a.map((stage) => stageCell(report.stages.find((s) => s.stage === stage)));
        return `| ${(0,markdown/* escapeMd */.Xk)(report.connector)} | ${verdictCell(report)} | ${stages.join(' | ')} | ${c.breaking} | ${c.warning} | ${c.info} | ${c.accepted} |`;
    });
    const parts = [
        `## connector-compat: ${(0,group/* plural */.LS)(reports.length, 'connector')}`,
        `${head}${approved ? `; ${approved} approved by label` : ''}.`,
        [`| connector | verdict | ${types/* STAGES */.a.map((s) => group/* STAGE_TITLES */.XV[s]).join(' | ')} | breaking | warning | info | accepted |`, `|---|---|${types/* STAGES */.a.map(() => '---').join('|')}|---:|---:|---:|---:|`, ...rows].join('\n'),
    ];
    for (const { file, report } of failing) {
        const breaking = report.findings.filter((f) => !f.accepted && f.severity === 'breaking');
        const lines = breaking.slice(0, HEADLINES_PER_CONNECTOR).map((f) => `- ${(0,markdown/* findingHeadline */.oW)(f)} ${(0,markdown/* codeSpan */.SS)(f.id)}`);
        if (breaking.length > HEADLINES_PER_CONNECTOR)
            lines.push(`- … and ${breaking.length - HEADLINES_PER_CONNECTOR} more in ${(0,markdown/* codeSpan */.SS)(file)}`);
        const errored = report.stages.filter((s) => s.status === 'error').map((s) => `- ⚠️ ${group/* STAGE_TITLES */.XV[s.stage]} could not run: ${(0,markdown/* escapeMd */.Xk)(s.reason ?? '')}`);
        parts.push(`### ${(0,markdown/* escapeMd */.Xk)(report.connector)}\n\n${[...errored, ...lines].join('\n') || `- fails at a lower threshold than breaking: see ${(0,markdown/* codeSpan */.SS)(file)}`}`);
    }
    return parts.join('\n\n') + '\n';
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/commands/aggregate.ts





const USAGE = 'connector-compat aggregate REPORT.json... [--markdown FILE]';
/** Many connectors' reports (one per matrix job) as one summary table; exit 1 while any still fails. */
const run = async (argv, io) => {
    const { values, positionals } = (0,args/* parseFlags */.b)(argv, { markdown: { type: 'string' } }, USAGE);
    if (positionals.length === 0)
        throw new errors/* InputError */.d(`name at least one report file\nusage: ${USAGE}`);
    const reports = await Promise.all(positionals.map(async (file) => {
        const text = await (0,promises_.readFile)(external_node_path_default().resolve(io.cwd, file), 'utf8').catch(() => {
            throw new errors/* InputError */.d(`${file}: cannot read the report file`);
        });
        return { file, report: parseReport(text, file) };
    }));
    const markdown = aggregateMarkdown(reports);
    if (values.markdown) {
        const out = external_node_path_default().resolve(io.cwd, values.markdown);
        await (0,promises_.mkdir)(external_node_path_default().dirname(out), { recursive: true });
        await (0,promises_.writeFile)(out, markdown);
    }
    io.out(markdown);
    return reports.some((r) => blocks(r.report)) ? 1 : 0;
};


/***/ }),

/***/ 440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ STAGES),
/* harmony export */   o: () => (/* binding */ SEVERITIES)
/* harmony export */ });
// The plain objects that flow through the pipeline (design.md). No I/O, no behaviour.
const STAGES = ['spec', 'discover', 'capture', 'migration'];
const SEVERITIES = ['breaking', 'warning', 'info'];


/***/ }),

/***/ 6349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   RJ: () => (/* binding */ groupByRule),
/* harmony export */   US: () => (/* binding */ verdictCounts),
/* harmony export */   WX: () => (/* binding */ findingsOf),
/* harmony export */   XV: () => (/* binding */ STAGE_TITLES),
/* harmony export */   j4: () => (/* binding */ shortJson)
/* harmony export */ });
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(440);

const order = (f) => (f.accepted ? 3 : _model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .o.indexOf(f.severity));
function groupByRule(findings) {
    const groups = new Map();
    for (const f of findings)
        groups.set(f.rule, [...(groups.get(f.rule) ?? []), f]);
    return [...groups.entries()]
        .map(([rule, fs]) => {
        const sorted = [...fs].sort((a, b) => order(a) - order(b) || (a.binding ?? '').localeCompare(b.binding ?? '') || (a.pointer ?? '').localeCompare(b.pointer ?? ''));
        return { rule, severity: sorted[0].severity, findings: sorted, accepted: fs.filter((f) => f.accepted).length, bindings: new Set(fs.map((f) => f.binding).filter((b) => b !== undefined)).size };
    })
        .sort((a, b) => order(a.findings[0]) - order(b.findings[0]) || a.rule.localeCompare(b.rule));
}
const findingsOf = (report, stage) => report.findings.filter((f) => f.stage === stage);
const STAGE_TITLES = { spec: 'Spec', discover: 'Discovery', capture: 'Capture', migration: 'Migration' };
/** Counts a verdict line speaks of: what fails, and what was accepted. */
function verdictCounts(report) {
    const c = { breaking: 0, warning: 0, info: 0, accepted: 0 };
    for (const s of report.stages) {
        c.breaking += s.counts.breaking;
        c.warning += s.counts.warning;
        c.info += s.counts.info;
        c.accepted += s.counts.accepted;
    }
    return c;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** A value shown inline, cut to a readable length. */
function shortJson(value, max = 120) {
    const text = value === undefined ? 'absent' : JSON.stringify(value);
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   Xk: () => (/* binding */ escapeMd),
/* harmony export */   oW: () => (/* binding */ findingHeadline),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON)
/* harmony export */ });
/* unused harmony exports codeBlock, verdictLine, approvalLine, stageTable, stageDetails, pullRequestSection, sidesLine, reportHead, pasteBlock */
/* harmony import */ var _group_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6349);

/** Text from connectors and schemas, made inert in markdown (no HTML, no table breaks, no links). */
function escapeMd(text) {
    return text.replace(/[\\`*_{}[\]<>()#+!|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
/** A fenced code block whose fence cannot be closed by the content. */
function codeBlock(content, lang = 'json') {
    const longest = Math.max(2, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${content}\n${fence}`;
}
/** Inline code that its content cannot close; HTML and markdown inside it stay inert. */
function codeSpan(text) {
    const flat = text.replace(/\r?\n/g, ' ');
    const ticks = '`'.repeat(Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${flat}${pad}${ticks}`;
}
const cut = (text, max) => (text.length > max ? text.slice(0, max - 1) + '…' : text);
const STATUS_ICON = { identical: '✅ identical', compatible: '✅ compatible', breaking: '❌ breaking', skipped: '⏭️ skipped', error: '⚠️ error' };
function verdictLine(report) {
    const c = (0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictCounts */ .US)(report);
    const head = report.verdict === 'pass' ? '✅ **Compatible**' : '❌ **Not compatible**';
    return `${head}: ${escapeMd(report.connector)}: ${(0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.breaking, 'breaking change')}, ${(0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.warning, 'warning')}, ${c.info} info, ${c.accepted} accepted`;
}
/** What the approval label does to this report, when the pull request carries it. */
function approvalLine(report) {
    if (!report.approval)
        return undefined;
    const label = codeSpan(report.approval.label);
    return report.verdict === 'fail'
        ? `🏷️ Approved with the ${label} label: the findings below still stand, but they do not fail the check.`
        : `🏷️ The pull request carries the ${label} label; nothing needed it.`;
}
const isBaselineCandidate = (f) => f.origin === undefined || f.origin === 'baseline-candidate';
/** A comparison's cell: how the findings of one comparison in one stage came out. */
function comparisonCell(findings) {
    const open = findings.filter((f) => !f.accepted);
    const breaking = open.filter((f) => f.severity === 'breaking').length;
    if (breaking)
        return `❌ ${breaking} breaking`;
    if (findings.length === 0)
        return STATUS_ICON.identical;
    const warnings = open.filter((f) => f.severity === 'warning').length;
    return warnings ? `⚠️ ${(0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(warnings, 'warning')}` : STATUS_ICON.compatible;
}
/**
 * A side against its committed snapshot: "—" when that comparison did not run for the side, for
 * migration (which has no snapshot), and for a stage nobody produced (skipped, with no drift found).
 */
function driftCell(report, side, s) {
    const findings = (0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .findingsOf */ .WX)(report, s.stage).filter((f) => f.origin === `${side}-snapshot`);
    if (report.drift?.[side] !== 'compared' || s.stage === 'migration' || (s.status === 'skipped' && findings.length === 0))
        return '—';
    return comparisonCell(findings);
}
function candidateCell(report, s) {
    if (s.status === 'skipped' || s.status === 'error')
        return `${STATUS_ICON[s.status]}${s.reason ? ` (${escapeMd(s.reason)})` : ''}`;
    return comparisonCell((0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .findingsOf */ .WX)(report, s.stage).filter(isBaselineCandidate));
}
function stageTable(report) {
    const rows = report.stages.map((s) => `| ${_group_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGE_TITLES */ .XV[s.stage]} | ${driftCell(report, 'baseline', s)} | ${driftCell(report, 'candidate', s)} | ${candidateCell(report, s)} | ${s.counts.breaking} | ${s.counts.warning} | ${s.counts.info} | ${s.counts.accepted} |`);
    return ['| stage | baseline vs snapshot | candidate vs snapshot | baseline → candidate | breaking | warning | info | accepted |', '|---|---|---|---|---:|---:|---:|---:|', ...rows].join('\n');
}
/** Where a finding is and what it says, on one line: the part every rendering shares. */
function findingHeadline(f) {
    const where = [f.binding, f.pointer].filter((x) => x !== undefined).map((x) => codeSpan(cut(x, 160))).join(' ');
    const origin = isBaselineCandidate(f) ? '' : ` (${f.origin.replace('-', ' vs ')})`;
    return `**${f.severity}**${origin} ${where ? where + ': ' : ''}${escapeMd(cut(f.message, 300))}`;
}
function findingItem(f) {
    const change = f.before !== undefined || f.after !== undefined ? ` (${codeSpan((0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .shortJson */ .j4)(f.before, 80))} → ${codeSpan((0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .shortJson */ .j4)(f.after, 80))})` : '';
    const accepted = f.accepted ? ` — accepted: ${escapeMd(f.accepted.reason)}` : '';
    const explained = f.explanation ? ` — ${escapeMd(f.explanation)}` : '';
    const witness = f.witness !== undefined ? `\n\n  Example accepted by the baseline and rejected by the candidate:\n\n${codeBlock(JSON.stringify(f.witness, null, 2)).replace(/^/gm, '  ')}\n` : '';
    return `- ${findingHeadline(f)}${change}${accepted}${explained} ${codeSpan(f.id)}${witness}`;
}
/** Details of one stage: one collapsible block per rule, counts in its title. */
function stageDetails(report, stage, maxPerRule = 50) {
    const groups = (0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .groupByRule */ .RJ)((0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .findingsOf */ .WX)(report, stage));
    if (groups.length === 0)
        return '';
    const blocks = groups.map((g) => {
        // Unaccepted breaking findings are never cut here: each is what a reviewer must see.
        const limit = Math.max(maxPerRule, g.findings.filter((f) => f.severity === 'breaking' && !f.accepted).length);
        const shown = g.findings.slice(0, limit).map(findingItem);
        if (g.findings.length > limit)
            shown.push(`- … and ${g.findings.length - limit} more (see the JSON report)`);
        const open = g.severity === 'breaking' && g.accepted < g.findings.length ? ' open' : '';
        const title = `<code>${g.rule}</code>: ${(0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(g.findings.length, 'finding')}${g.bindings ? ` in ${(0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(g.bindings, 'binding')}` : ''}${g.accepted ? `, ${g.accepted} accepted` : ''}`;
        return `<details${open}><summary>${title}</summary>\n\n${shown.join('\n')}\n\n</details>`;
    });
    return `### ${_group_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGE_TITLES */ .XV[stage]}\n\n${blocks.join('\n')}`;
}
/** The "Spec / Discovery / Capture differences" section, ready to paste into the pull request. */
function pullRequestSection(report) {
    const lines = ['## Spec / Discovery / Capture differences', ''];
    for (const s of report.stages) {
        if (s.stage === 'migration' && s.status === 'skipped')
            continue;
        const title = `**${_group_js__WEBPACK_IMPORTED_MODULE_0__/* .STAGE_TITLES */ .XV[s.stage]}**`;
        if (s.status === 'identical')
            lines.push(`${title}: identical.`);
        else if (s.status === 'skipped' || s.status === 'error')
            lines.push(`${title}: ${s.status} (${escapeMd(s.reason ?? '')}).`);
        else {
            lines.push(`${title}: ${s.counts.breaking} breaking, ${s.counts.warning} warning, ${s.counts.info} compatible, ${s.counts.accepted} accepted.`);
            for (const g of (0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .groupByRule */ .RJ)((0,_group_js__WEBPACK_IMPORTED_MODULE_0__/* .findingsOf */ .WX)(report, s.stage))) {
                const reasons = [...new Set(g.findings.map((f) => f.accepted?.reason ?? f.explanation).filter(Boolean))];
                const names = [...new Set(g.findings.map((f) => f.binding).filter(Boolean))];
                const list = names.length ? ` (${names.slice(0, 8).map(codeSpan).join(', ')}${names.length > 8 ? `, +${names.length - 8} more` : ''})` : '';
                lines.push(`- \`${g.rule}\` ×${g.findings.length}${list}${reasons.length ? `: ${reasons.map((r) => escapeMd(r)).join('; ')}` : ''}`);
            }
        }
        lines.push('');
    }
    return lines.join('\n').trimEnd() + '\n';
}
/** What was compared: each side's image (or command, or folder) and the digest it ran. */
function sidesLine(report) {
    const side = (name) => {
        const s = report.sides[name];
        return `${name} ${codeSpan(s.image ?? s.command ?? s.label)}${s.digest ? ` (${codeSpan(s.digest)})` : ''}`;
    };
    return `${side('baseline')} → ${side('candidate')}`;
}
/** Title, verdict, approval, sides, notes and the stage table: what every rendering of a report starts with. */
function reportHead(report, notes = []) {
    const approval = approvalLine(report);
    return [`## connector-compat: ${escapeMd(report.connector)}`, verdictLine(report), ...(approval ? [approval] : []), sidesLine(report), ...notes, stageTable(report)].join('\n\n');
}
/** The pull request section inside a collapsed block, as raw markdown to copy. */
const pasteBlock = (report) => `<details><summary>Ready to paste into the pull request description</summary>\n\n${codeBlock(pullRequestSection(report), 'markdown')}\n\n</details>`;
/** The whole markdown report: head, details per stage with witnesses, and the pull request section. */
function renderMarkdown(report, notes = []) {
    const parts = [reportHead(report, notes)];
    for (const s of report.stages) {
        const d = stageDetails(report, s.stage);
        if (d)
            parts.push(d);
    }
    if (report.stale?.length)
        parts.push(`### Stale accept entries\n\n${report.stale.map((e) => `- ${codeSpan(e.id ?? e.rule ?? '')}${e.binding ? ` binding ${codeSpan(e.binding)}` : ''}: matches no finding; remove it`).join('\n')}`);
    parts.push(pasteBlock(report));
    return parts.join('\n\n') + '\n';
}


/***/ })

};
