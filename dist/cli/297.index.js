export const id = 297;
export const ids = [297];
export const modules = {

/***/ 4297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runs: () => (/* binding */ runs)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/errors.ts
var model_errors = __webpack_require__(7206);
;// CONCATENATED MODULE: ./src/model/text.ts
/** A count with its noun: "1 document", "2 documents". */
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

;// CONCATENATED MODULE: ./src/model/types.ts
const STAGES = ['spec', 'discover', 'capture', 'migration'];
const SEVERITIES = ['breaking', 'warning', 'info'];
/** The one version of Flow's capture protocol (estuary/flow `capture.proto`: "Protocol version must be 3032023"). */
const FLOW_CAPTURE_PROTOCOL = 3032023;

;// CONCATENATED MODULE: ./src/report/group.ts


const order = (f) => (f.accepted ? 3 : SEVERITIES.indexOf(f.severity));
function groupByRule(findings) {
    const groups = new Map();
    for (const f of findings) {
        const list = groups.get(f.rule);
        if (list)
            list.push(f);
        else
            groups.set(f.rule, [f]);
    }
    return [...groups.entries()]
        .map(([rule, fs]) => {
        const sorted = [...fs].sort((a, b) => order(a) - order(b) || (a.binding ?? '').localeCompare(b.binding ?? '') || (a.pointer ?? '').localeCompare(b.pointer ?? ''));
        return {
            rule,
            findings: sorted,
            bindings: new Set(fs.map((f) => f.binding).filter((b) => b !== undefined)).size,
        };
    })
        .sort((a, b) => order(a.findings[0]) - order(b.findings[0]) ||
        STAGES.indexOf(a.findings[0].stage) - STAGES.indexOf(b.findings[0].stage) ||
        a.rule.localeCompare(b.rule));
}
const SECTION_ORDER = ['breaking', 'warning', 'info', 'accepted'];
const sectionOf = (f) => (f.accepted ? 'accepted' : f.severity);
/** A section's heading count: the total, and how many of them are under their root causes. */
const sectionCount = (s) => `${s.total}${s.nested ? `, ${s.nested === s.total ? 'all' : s.nested} listed under ${s.nested === 1 ? 'its root cause' : 'their root causes'}` : ''}`;
/**
 * A report's findings as reviewers act on them: unaccepted breaking, then warnings, then info, then
 * accepted; a finding with a root cause in the report goes under its root, with its own severity.
 */
function sectionsOf(report) {
    // Once per report: the summary, the annotations and the failure message all ask.
    let sections = sectionsByReport.get(report);
    if (sections?.findings !== report.findings) {
        sections = { findings: report.findings, ...groupSections(report) };
        sectionsByReport.set(report, sections);
    }
    return sections;
}
const sectionsByReport = new WeakMap();
function groupSections(report) {
    const ids = new Set(report.findings.map((f) => f.id));
    const consequences = new Map();
    const listed = [];
    for (const f of report.findings) {
        if (f.causedBy && ids.has(f.causedBy)) {
            const list = consequences.get(f.causedBy);
            if (list)
                list.push(f);
            else
                consequences.set(f.causedBy, [f]);
        }
        else
            listed.push(f);
    }
    const byKind = new Map(SECTION_ORDER.map((k) => [k, []]));
    const totals = new Map(SECTION_ORDER.map((k) => [k, 0]));
    for (const f of listed)
        byKind.get(sectionOf(f)).push(f);
    for (const f of report.findings)
        totals.set(sectionOf(f), totals.get(sectionOf(f)) + 1);
    const sections = SECTION_ORDER.map((kind) => {
        const fs = byKind.get(kind);
        const total = totals.get(kind);
        return { kind, groups: groupByRule(fs), total, nested: total - fs.length };
    }).filter((s) => s.total > 0);
    return { sections, consequences };
}
function groupConsequences(fs) {
    const groups = new Map();
    for (const f of fs) {
        const kind = sectionOf(f);
        const key = `${kind}\0${f.rule}\0${f.message}`;
        const g = groups.get(key) ?? { rule: f.rule, kind, message: f.message, findings: [], bindings: [] };
        g.findings.push(f);
        if (f.binding !== undefined && !g.bindings.includes(f.binding))
            g.bindings.push(f.binding);
        groups.set(key, g);
    }
    return [...groups.values()].sort((a, b) => SECTION_ORDER.indexOf(a.kind) - SECTION_ORDER.indexOf(b.kind) || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
}
/** A list of names cut after `max`, with how many more there are. */
const someOf = (names, max, show = (s) => s) => `${names.slice(0, max).map(show).join(', ')}${names.length > max ? `, +${names.length - max} more` : ''}`;
const findingsOf = (report, stage) => report.findings.filter((f) => f.stage === stage);
/** How an Airbyte side's findings read, when a side is one: their words are Flow's, as airbyte-to-flow shows the connector to Flow. */
function protocolNote(report) {
    const airbyte = ['baseline', 'candidate'].filter((side) => report.sides[side].protocol === 'airbyte');
    if (airbyte.length === 0)
        return undefined;
    const who = airbyte.length === 2 ? 'Both sides are Airbyte connectors' : `The ${airbyte[0]} is an Airbyte connector`;
    return `${who}, seen as airbyte-to-flow shows them to Flow: a binding is a stream, its collection key the stream's primary key, its resource config the stream's sync mode and cursor.`;
}
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
const ENDINGS = {
    exit: () => 'the connector exited',
    documents: (b) => `every binding gave ${b?.docsPerCollection ?? 'the'} documents asked for`,
    idle: (b) => `the connector was quiet${b?.idleSeconds ? ` for ${b.idleSeconds} s` : ''} after a checkpoint`,
    seconds: (b) => `the time limit${b?.seconds ? ` of ${b.seconds} s` : ''} was reached`,
};
/**
 * One line on how a side's capture went: documents per binding, those that gave none named, and
 * what ended it. A binding without documents is always said, never folded into a total.
 */
function captureSummary(c, bounds) {
    const counts = Object.entries(c.documents);
    const total = counts.reduce((a, [, n]) => a + n, 0);
    const empty = counts.filter(([, n]) => n === 0).map(([name]) => name);
    const gave = `${plural(total, 'document')} from ${counts.length - empty.length} of ${plural(counts.length, 'binding')}`;
    const none = empty.length ? `; no documents from ${empty.join(', ')}` : '';
    return `captured ${gave}${none}; ended because ${ENDINGS[c.endedBy](bounds)}`;
}
/** How before and after are named where they are not a field's own values. */
const VALUE_NAMES = {
    'migration.state.reset': 'state keys',
    'migration.resume.failed': "the baseline's state keys",
    'migration.bindings.rejected': 'resource configs',
};
/**
 * A finding's change, ` (before -> after)`, said once: nothing when it has no values, or when its
 * one value is the binding's own name (a binding added or removed) or already in the message.
 */
function changeText(f, max, code = (t) => t, arrow = '->') {
    if (f.before === undefined && f.after === undefined)
        return '';
    const only = f.before === undefined || f.after === undefined ? (f.before ?? f.after) : undefined;
    if (only !== undefined && (only === f.binding || (typeof only === 'string' && f.message.includes(only))))
        return '';
    const name = VALUE_NAMES[f.rule];
    if (name && f.after === undefined)
        return ` (${name}: ${code(shortJson(f.before, max))})`;
    return ` (${name ? `${name}: ` : ''}${code(shortJson(f.before, max))} ${arrow} ${code(shortJson(f.after, max))})`;
}
/** Which ATF patch file set what a finding is about, unless its message says so already. */
const atfLabel = (f) => (f.atfPatch && !f.message.includes(f.atfPatch) ? ` (set by ATF's ${f.atfPatch})` : '');
/** What a finding's witness is: a made-up example for schema findings, a real document for capture ones. */
const witnessLabel = (f) => f.stage === 'capture'
    ? "The candidate's captured document"
    : f.stage === 'migration'
        ? 'Evidence'
        : GAIN_RULES.has(f.rule)
            ? 'Example accepted by the candidate and rejected by the baseline'
            : 'Example accepted by the baseline and rejected by the candidate';
/** Findings about what a document schema gains: their witness goes the other way. */
const GAIN_RULES = new Set(['discover.schema.type-widened', 'discover.schema.values-widened']);
/**
 * The start of JSON.stringify's text of a value, at least `max` characters of it where it is
 * longer: a witness may be a captured document of hundreds of fields, shown in one line.
 */
function jsonHead(value, max) {
    const out = [];
    let length = 0;
    const put = (s) => {
        out.push(s);
        length += s.length;
    };
    const write = (v, inArray) => {
        if (length > max)
            return;
        if (v === null || typeof v !== 'object' || typeof v.toJSON === 'function') {
            put(JSON.stringify(v) ?? (inArray ? 'null' : ''));
            return;
        }
        // Past `max` nothing more is shown: a wide document is not walked (nor its entries listed) to its end.
        if (Array.isArray(v)) {
            put('[');
            for (let i = 0; i < v.length; i++) {
                if (length > max)
                    return;
                if (i > 0)
                    put(',');
                write(v[i], true);
            }
            put(']');
            return;
        }
        put('{');
        let first = true;
        for (const k in v) {
            if (length > max)
                return;
            if (!Object.hasOwn(v, k))
                continue;
            const item = v[k];
            if (item === undefined || typeof item === 'function' || typeof item === 'symbol')
                continue;
            put(`${first ? '' : ','}${JSON.stringify(k)}:`);
            first = false;
            write(item, false);
        }
        put('}');
    };
    write(value, false);
    return out.join('');
}
/** A value shown inline, cut to a readable length. */
function shortJson(value, max = 120) {
    const text = value === undefined ? 'absent' : jsonHead(value, max);
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts


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
const cut = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const STATUS_ICON = {
    identical: '✅ identical',
    compatible: '✅ compatible',
    breaking: '❌ breaking',
    skipped: '⏭️ skipped',
    error: '⚠️ error',
};
/** The verdict and its counts: the first two lines of every markdown report. */
function verdictLines(report) {
    const c = verdictCounts(report);
    const head = report.verdict === 'pass' ? '✅ Compatible' : '❌ Not compatible';
    const breaking = plural(c.breaking, 'breaking change');
    return `## ${head}: ${escapeMd(report.connector)}\n\n${c.breaking ? `**${breaking}**` : breaking} · ${plural(c.warning, 'warning')} to explain · ${c.info} info · ${c.accepted} accepted`;
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
    return warnings ? `⚠️ ${plural(warnings, 'warning')}` : STATUS_ICON.compatible;
}
/**
 * A side against its committed snapshot: "—" when that comparison did not run for the side, for
 * migration (which has no snapshot), and for a stage nobody produced (skipped, with no drift found).
 */
function driftCell(report, side, s) {
    const findings = findingsOf(report, s.stage).filter((f) => f.origin === `${side}-snapshot`);
    if (report.drift?.[side] !== 'compared' || s.stage === 'migration' || (s.status === 'skipped' && findings.length === 0))
        return '—';
    return comparisonCell(findings);
}
function candidateCell(report, s) {
    if (s.status === 'skipped' || s.status === 'error')
        return `${STATUS_ICON[s.status]}${s.reason ? ` (${escapeMd(s.reason)})` : ''}`;
    return comparisonCell(findingsOf(report, s.stage).filter(isBaselineCandidate));
}
function stageTable(report) {
    const rows = report.stages.map((s) => `| ${STAGE_TITLES[s.stage]} | ${driftCell(report, 'baseline', s)} | ${driftCell(report, 'candidate', s)} | ${candidateCell(report, s)} | ${s.counts.breaking} | ${s.counts.warning} | ${s.counts.info} | ${s.counts.accepted} |`);
    return [
        '| stage | baseline vs snapshot | candidate vs snapshot | baseline → candidate | breaking | warning | info | accepted |',
        '|---|---|---|---|---:|---:|---:|---:|',
        ...rows,
    ].join('\n');
}
/** Where a finding is and what it says, on one line: the part every rendering shares. */
function findingHeadline(f) {
    const where = [f.binding, f.pointer]
        .filter((x) => x !== undefined)
        .map((x) => codeSpan(cut(x, 160)))
        .join(' ');
    const origin = isBaselineCandidate(f) ? '' : ` (${f.origin.replace('-', ' vs ')})`;
    return `**${f.severity}**${origin} ${where ? `${where}: ` : ''}${escapeMd(cut(f.message, 300))}${escapeMd(atfLabel(f))}`;
}
const SECTION_HEADINGS = {
    breaking: '❌ Breaking, not accepted',
    warning: '⚠️ Warnings: explain each in the pull request',
    info: 'ℹ️ Compatible, info',
    accepted: '☑️ Accepted',
};
const SECTION_LABELS = {
    breaking: '❌ breaking',
    warning: '⚠️ warning',
    info: 'ℹ️ info',
    accepted: '☑️ accepted',
};
/** A root's consequences, each kind of change once, with the bindings it is in. */
function consequenceList(fs) {
    const items = groupConsequences(fs).map((g) => {
        const count = g.findings.length > 1 ? ` ×${g.findings.length}` : '';
        const where = g.bindings.length ? ` in ${plural(g.bindings.length, 'binding')}: ${someOf(g.bindings, 8, codeSpan)}` : '';
        return `  - ${SECTION_LABELS[g.kind]} ${codeSpan(g.rule)}${count}: ${escapeMd(cut(g.message, 300))}${where}`;
    });
    return `\n\n  It implies ${plural(fs.length, 'more finding')}, listed here rather than on their own:\n\n${items.join('\n')}\n`;
}
function findingItem(f, consequences) {
    const change = changeText(f, 80, codeSpan, '→');
    const reason = f.accepted ? ` — accepted: ${escapeMd(f.accepted.reason)}` : f.explanation ? ` — ${escapeMd(f.explanation)}` : '';
    const witness = f.witness !== undefined ? `\n\n  ${witnessLabel(f)}:\n\n${codeBlock(JSON.stringify(f.witness, null, 2)).replace(/^/gm, '  ')}\n` : '';
    return `- ${findingHeadline(f)}${change}${reason} ${codeSpan(f.id)}${witness}${consequences?.length ? consequenceList(consequences) : ''}`;
}
/**
 * The findings by what a reviewer must do: a heading per section (unaccepted breaking, warnings,
 * info, accepted), one block per rule whose summary says its severity and count. Breaking and
 * warning blocks are open; consequences are listed under their root cause.
 */
function findingSections(report, maxPerRule = 50) {
    const { sections, consequences } = sectionsOf(report);
    return sections.map((section) => {
        const blocks = section.groups.map((g) => {
            // Unaccepted breaking findings are never cut here: each is what a reviewer must see.
            const limit = section.kind === 'breaking' ? g.findings.length : maxPerRule;
            const shown = g.findings.slice(0, limit).map((f) => findingItem(f, consequences.get(f.id)));
            if (g.findings.length > limit)
                shown.push(`- … and ${g.findings.length - limit} more (see the JSON report)`);
            const open = section.kind === 'breaking' || section.kind === 'warning' ? ' open' : '';
            const where = g.bindings ? ` in ${plural(g.bindings, 'binding')}` : '';
            const title = `${SECTION_LABELS[section.kind]} · <code>${g.rule}</code> · ${plural(g.findings.length, 'finding')}${where}`;
            return `<details${open}><summary>${title}</summary>\n\n${shown.join('\n')}\n\n</details>`;
        });
        return `### ${SECTION_HEADINGS[section.kind]} (${sectionCount(section)})\n\n${blocks.join('\n')}`;
    });
}
/** The "Spec / Discovery / Capture differences" section, ready to paste into the pull request. */
function pullRequestSection(report) {
    const lines = ['## Spec / Discovery / Capture differences', ''];
    for (const s of report.stages) {
        if (s.stage === 'migration' && s.status === 'skipped')
            continue;
        const title = `**${STAGE_TITLES[s.stage]}**`;
        if (s.status === 'identical')
            lines.push(`${title}: identical.`);
        else if (s.status === 'skipped' || s.status === 'error')
            lines.push(`${title}: ${s.status} (${escapeMd(s.reason ?? '')}).`);
        else {
            lines.push(`${title}: ${s.counts.breaking} breaking, ${s.counts.warning} warning, ${s.counts.info} compatible, ${s.counts.accepted} accepted.`);
            for (const g of groupByRule(findingsOf(report, s.stage))) {
                const reasons = [...new Set(g.findings.map((f) => f.accepted?.reason ?? f.explanation).filter(Boolean))];
                const names = [...new Set(g.findings.map((f) => f.binding).filter(Boolean))];
                const list = names.length ? ` (${someOf(names, 8, codeSpan)})` : '';
                lines.push(`- \`${g.rule}\` ×${g.findings.length}${list}${reasons.length ? `: ${reasons.map((r) => escapeMd(r)).join('; ')}` : ''}`);
            }
        }
        lines.push('');
    }
    return `${lines.join('\n').trimEnd()}\n`;
}
/** What was compared: each side's image (or command, or folder) and the digest it ran. */
function sidesLine(report) {
    const side = (name) => {
        const s = report.sides[name];
        return `${name} ${codeSpan(s.image ?? s.command ?? s.label)}${s.digest ? ` (${codeSpan(s.digest)})` : ''}`;
    };
    const captures = ['baseline', 'candidate'].flatMap((name) => {
        const c = report.sides[name].capture;
        return c ? [`- ${name} ${escapeMd(captureSummary(c))}`] : [];
    });
    const note = protocolNote(report);
    return [
        `${side('baseline')} → ${side('candidate')}`,
        ...(captures.length ? ['', ...captures] : []),
        ...(note ? ['', escapeMd(note)] : []),
    ].join('\n');
}
/** Title, verdict, approval, sides, notes and the stage table: what every rendering of a report starts with. */
function reportHead(report, notes = []) {
    const approval = approvalLine(report);
    return [verdictLines(report), ...(approval ? [approval] : []), sidesLine(report), ...notes, stageTable(report)].join('\n\n');
}
const REPRODUCED = { yes: '✅ yes', partly: '⚠️ partly', no: '❌ no' };
/** The baseline's ATF patch files: what each changes, and whether the candidate does the same. */
function atfSection(report) {
    const atf = report.atfPatches;
    if (!atf)
        return undefined;
    const rows = atf.files.map((f) => {
        const missing = f.missing.length ? `: not at ${someOf(f.missing, 5, codeSpan)}` : '';
        return `| ${codeSpan(f.file)} | ${escapeMd(f.changes)} | ${REPRODUCED[f.reproduced]}${missing} |`;
    });
    const table = rows.length
        ? ['| file | what it changes | reproduced by the candidate |', '|---|---|---|', ...rows].join('\n')
        : 'No patch files found.';
    const errors = atf.errors.map((e) => `- ${codeSpan(e.file)} not used: ${escapeMd(e.reason)}`);
    const upstream = atf.upstream
        ? `, wrapping ${codeSpan(`${atf.upstream.name}${atf.upstream.version ? `:${atf.upstream.version}` : ''}`)}`
        : '';
    return [`### ATF patches (from ${codeSpan(atf.source)}${upstream})`, table, ...(errors.length ? [errors.join('\n')] : [])].join('\n\n');
}
/** The pull request section inside a collapsed block, as raw markdown to copy. */
const pasteBlock = (report) => `<details><summary>Ready to paste into the pull request description</summary>\n\n${codeBlock(pullRequestSection(report), 'markdown')}\n\n</details>`;
/** The whole markdown report: head, details per stage with witnesses, and the pull request section. */
function renderMarkdown(report, notes = []) {
    const atf = atfSection(report);
    const parts = [reportHead(report, notes), ...findingSections(report), ...(atf ? [atf] : [])];
    if (report.stale?.length)
        parts.push(`### Stale accept entries\n\n${report.stale.map((e) => `- ${codeSpan(e.id ?? e.rule ?? '')}${e.binding ? ` binding ${codeSpan(e.binding)}` : ''}: matches no finding; remove it`).join('\n')}`);
    parts.push(pasteBlock(report));
    return `${parts.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/aggregate.ts





const HEADLINES_PER_CONNECTOR = 10;
/** A report file's JSON, checked for the keys the summary reads (design.md's report contract). */
function parseReport(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new model_errors/* InputError */.d(`${file}: not JSON (${err instanceof Error ? err.message : String(err)}); give the report written by --json or the report-path output`);
    }
    const r = value;
    if (r?.version !== 1 ||
        typeof r.connector !== 'string' ||
        (r.verdict !== 'pass' && r.verdict !== 'fail') ||
        !Array.isArray(r.stages) ||
        !Array.isArray(r.findings)) {
        throw new model_errors/* InputError */.d(`${file}: not a connector-compat report (version 1 with connector, verdict, stages and findings)`);
    }
    return r;
}
/** Whether a connector still needs something: failing and not approved by label. */
const blocks = (r) => r.verdict === 'fail' && !r.approval;
const aggregate_order = (r) => (blocks(r) ? 0 : r.verdict === 'fail' ? 1 : 2);
function verdictCell(r) {
    if (r.verdict === 'pass')
        return '✅ pass';
    return r.approval ? `🏷️ approved (${codeSpan(r.approval.label)})` : '❌ fail';
}
function stageCell(s) {
    if (!s)
        return '—';
    if (s.status === 'breaking')
        return `❌ ${s.counts.breaking}`;
    // Warnings must be explained: a stage with some is not shown as plainly fine.
    return s.counts.warning ? `⚠️ ${s.counts.warning}` : STATUS_ICON[s.status].split(' ')[0];
}
/**
 * One summary for many connectors (a matrix run): a table with a row per connector, then the
 * breaking findings of each connector that still fails, most severe first.
 */
function aggregateMarkdown(reports) {
    const sorted = [...reports].sort((a, b) => aggregate_order(a.report) - aggregate_order(b.report) || a.report.connector.localeCompare(b.report.connector));
    const failing = sorted.filter((r) => blocks(r.report));
    const approved = sorted.filter((r) => r.report.verdict === 'fail' && r.report.approval).length;
    const head = failing.length
        ? `## ❌ ${failing.length} of ${plural(reports.length, 'connector')} not compatible`
        : `## ✅ All ${plural(reports.length, 'connector')} compatible`;
    const total = (k) => sorted.reduce((n, { report }) => n + verdictCounts(report)[k], 0);
    const rows = sorted.map(({ report }) => {
        const c = verdictCounts(report);
        const stages = STAGES.map((stage) => stageCell(report.stages.find((s) => s.stage === stage)));
        return `| ${escapeMd(report.connector)} | ${verdictCell(report)} | ${stages.join(' | ')} | ${c.breaking} | ${c.warning} | ${c.info} | ${c.accepted} |`;
    });
    const parts = [
        head,
        `${plural(total('breaking'), 'breaking change')} · ${plural(total('warning'), 'warning')} to explain${approved ? ` · ${approved} approved by label` : ''}`,
        [
            `| connector | verdict | ${STAGES.map((s) => STAGE_TITLES[s]).join(' | ')} | breaking | warning | info | accepted |`,
            `|---|---|${STAGES.map(() => '---').join('|')}|---:|---:|---:|---:|`,
            ...rows,
        ].join('\n'),
    ];
    for (const { file, report } of failing) {
        const breaking = report.findings.filter((f) => !f.accepted && f.severity === 'breaking');
        const lines = breaking.slice(0, HEADLINES_PER_CONNECTOR).map((f) => `- ${findingHeadline(f)} ${codeSpan(f.id)}`);
        if (breaking.length > HEADLINES_PER_CONNECTOR)
            lines.push(`- … and ${breaking.length - HEADLINES_PER_CONNECTOR} more in ${codeSpan(file)}`);
        const errored = report.stages
            .filter((s) => s.status === 'error')
            .map((s) => `- ⚠️ ${STAGE_TITLES[s.stage]} could not run: ${escapeMd(s.reason ?? '')}`);
        parts.push(`### ${escapeMd(report.connector)}\n\n${[...errored, ...lines].join('\n') || `- fails at a lower threshold than breaking: see ${codeSpan(file)}`}`);
    }
    return `${parts.join('\n\n')}\n`;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/cli/args.ts


/** parseArgs with its errors turned into one-line input errors. */
function parseFlags(argv, options, usage) {
    try {
        return (0,external_node_util_.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        throw new model_errors/* InputError */.d(`${(0,model_errors/* errorMessage */.g)(err).replace(/\. To specify.*$/s, '')}\nusage: ${usage}`);
    }
}
function parseFailOn(value) {
    const v = value ?? 'breaking';
    if (v === 'breaking' || v === 'warning' || v === 'never')
        return v;
    throw new model_errors/* InputError */.d(`--fail-on must be breaking, warning or never, not '${v}'`);
}

// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/commands/aggregate.ts






const USAGE = usage/* USAGES */.$.aggregate;
/** Many connectors' reports (one per matrix job) as one summary table; exit 1 while any still fails. */
const run = async (argv, io) => {
    const { values, positionals } = parseFlags(argv, { markdown: { type: 'string' } }, USAGE);
    if (positionals.length === 0)
        throw new model_errors/* InputError */.d(`name at least one report file\nusage: ${USAGE}`);
    const reports = await Promise.all(positionals.map(async (file) => {
        const text = await (0,promises_.readFile)(external_node_path_default().resolve(io.cwd, file), 'utf8').catch(() => {
            throw new model_errors/* InputError */.d(`${file}: cannot read the report file`);
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

;// CONCATENATED MODULE: ./src/model/log.ts
/** A logger that hands each line to `tell` with its level (groups are not told). */
function levelLogger(tell) {
    return {
        info: (m) => tell('info', m),
        notice: (m) => tell('notice', m),
        warning: (m) => tell('warning', m),
        group: (_name, fn) => fn(),
    };
}
const silentLogger = levelLogger(() => { });
/** A logger that writes notices and warnings as streamLogger does, and no progress (info lines, group headings). */
function warningsLogger(write) {
    return { ...streamLogger(write), info: () => { }, group: (_name, fn) => fn() };
}
function streamLogger(write) {
    return {
        info: (m) => write(`${m}\n`),
        notice: (m) => write(`notice: ${m}\n`),
        warning: (m) => write(`warning: ${m}\n`),
        group: async (name, fn) => {
            write(`== ${name}\n`);
            return fn();
        },
    };
}

// EXTERNAL MODULE: ./src/model/input-names.ts
var input_names = __webpack_require__(1488);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
;// CONCATENATED MODULE: ./src/acquire/defaults.ts



const REGISTRY = 'ghcr.io/estuary';
/**
 * The images a connector folder implies: the released one (`:<VERSION file>`) as baseline and the
 * locally built one (`:local`) as candidate. Images the user named win.
 */
function defaultImages(connectorDir, given = {}) {
    const connector = external_node_path_default().basename(external_node_path_default().resolve(connectorDir));
    return {
        connector,
        baselineImage: given.baselineImage ?? `${REGISTRY}/${connector}:${readVersion(connectorDir)}`,
        candidateImage: given.candidateImage ?? `${REGISTRY}/${connector}:local`,
    };
}
function readVersion(connectorDir) {
    const file = external_node_path_default().join(connectorDir, 'VERSION');
    let version = '';
    try {
        version = external_node_fs_default().readFileSync(file, 'utf8').trim();
    }
    catch {
        // Reported below with what to do.
    }
    if (version === '') {
        throw new model_errors/* InputError */.d(`${file} is missing or empty: it names the baseline image's tag; set baseline-image instead`);
    }
    return version;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/model/canonical.ts
/** JSON with object keys sorted at every level: equal values give equal text. */
function canonicalJson(value, indent) {
    return JSON.stringify(sortKeys(value), null, indent);
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value === null || typeof value !== 'object')
        return value;
    // fromEntries makes each key its own property: an assignment of `__proto__` would set the prototype instead.
    return Object.fromEntries(Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys(value[key])]));
}
/** Deep equality of JSON values, ignoring object key order. */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object')
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    // Loops, not every(): catalogs compare wide schemas property by property.
    if (Array.isArray(a)) {
        const bb = b;
        if (a.length !== bb.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!jsonEqual(a[i], bb[i]))
                return false;
        return true;
    }
    // for-in and counts rather than two key lists per object: catalogs compare millions of them.
    let count = 0;
    for (const k in a) {
        if (!Object.hasOwn(b, k) || !jsonEqual(a[k], b[k]))
            return false;
        count++;
    }
    for (const _ in b)
        count--;
    return count === 0;
}

;// CONCATENATED MODULE: ./src/model/pointer.ts
// RFC 6901 JSON pointers.
// Pointers are built and read by the hundred thousand for a catalog; most tokens need no escaping.
function escapeToken(token) {
    return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}
const unescapeToken = (t) => (t.includes('~') ? t.replace(/~1/g, '/').replace(/~0/g, '~') : t);
function parsePointer(pointer) {
    if (pointer === '')
        return [];
    return pointer.slice(1).split('/').map(unescapeToken);
}
function joinPointer(base, ...tokens) {
    let out = base;
    for (const t of tokens)
        out += `/${escapeToken(String(t))}`;
    return out;
}
/** Pointers getAt has parsed: the same few (collection keys) are looked up in every document. Bounded. */
const tokensOf = new Map();
/** The value at a pointer, or undefined when the path does not exist. */
function getAt(value, pointer) {
    let tokens = tokensOf.get(pointer);
    if (!tokens) {
        if (tokensOf.size >= 4096)
            tokensOf.clear();
        tokensOf.set(pointer, (tokens = parsePointer(pointer)));
    }
    let cur = value;
    for (const token of tokens) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        // Only a value's own properties are its fields: not `constructor`, `toString` or `__proto__` inherited.
        if (!Object.hasOwn(cur, token))
            return undefined;
        cur = cur[token];
    }
    return cur;
}
/** Whether a pointer matches a glob where `*` stands for one token and `**` for any number. */
function pointerMatches(glob, pointer) {
    const g = parsePointer(glob);
    const p = parsePointer(pointer);
    const match = (i, j) => {
        if (i === g.length)
            return j === p.length;
        if (g[i] === '**')
            return match(i + 1, j) || (j < p.length && match(i, j + 1));
        return j < p.length && (g[i] === '*' || g[i] === p[j]) && match(i + 1, j + 1);
    };
    return match(0, 0);
}

;// CONCATENATED MODULE: ./src/model/json.ts


/** The value estuary's snapshot tests put in place of a volatile field. */
const REDACTED = 'redacted';
/** The JSON type of a value: an integer-valued number is `integer`. */
const jsonTypeOf = (v) => v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;
/** A JSON object: not null, not an array. */
const isJsonObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/**
 * Sets a property whose name comes from data: `__proto__` too becomes a property of its own, as
 * JSON.parse makes it, where an assignment would set the object's prototype and lose the value.
 */
function setOwn(o, key, value) {
    if (key === '__proto__')
        Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
    else
        o[key] = value;
}
/** A document's collection key as one comparable text, or undefined when the key is empty or a part is missing. */
function collectionKeyText(doc, key) {
    if (!key || key.length === 0)
        return undefined;
    const parts = key.map((p) => getAt(doc, p));
    if (parts.some((v) => v === undefined))
        return undefined;
    // Keys are mostly strings and numbers, whose JSON is canonical already.
    return parts.every((v) => v === null || typeof v !== 'object') ? JSON.stringify(parts) : canonicalJson(parts);
}

;// CONCATENATED MODULE: ./src/plan/test-flow.ts





/**
 * The bindings of the connector's test.flow.yaml (estuary's snapshot tests capture those): the
 * capture opens these instead of every discovered binding, with the resource config and target
 * collection written there. A binding marked `disable: true` is listed with `disable` set, and is
 * not opened. Undefined when there is no such file or it lists no binding (then every discovered
 * binding not marked disabled is opened).
 */
function testFlowBindings(connectorDir) {
    const file = external_node_path_default().join(connectorDir, 'test.flow.yaml');
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    let doc;
    try {
        doc = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (err) {
        throw new model_errors/* InputError */.d(`${file}: invalid YAML: ${(0,model_errors/* errorMessage */.g)(err).split('\n')[0]}`);
    }
    const captures = isJsonObject(doc) && isJsonObject(doc.captures) ? Object.values(doc.captures) : [];
    const bindings = captures.flatMap((c) => (isJsonObject(c) && Array.isArray(c.bindings) ? c.bindings : []));
    const listed = bindings.flatMap((b) => isJsonObject(b) && isJsonObject(b.resource)
        ? [
            {
                resource: b.resource,
                disable: b.disable === true,
                ...(typeof b.target === 'string' ? { target: b.target } : {}),
                ...(Number.isInteger(b.backfill) && b.backfill > 0 ? { backfill: b.backfill } : {}),
            },
        ]
        : []);
    return listed.length > 0 ? listed : undefined;
}

;// CONCATENATED MODULE: ./src/model/options.ts
const DEFAULT_TIMEOUTS = { specMs: 120_000, discoverMs: 600_000, captureMs: 600_000 };
const DEFAULT_CAPTURE = { docsPerCollection: 5, seconds: 120, idleSeconds: 5 };
const DEFAULT_APPROVE_LABEL = 'compat:approved';
const DEFAULT_STAGES = ['spec', 'discover', 'capture', 'migration'];

;// CONCATENATED MODULE: ./src/plan/inputs.ts







function oneOf(name, value, allowed, fallback) {
    const v = value ?? fallback;
    if (allowed.includes(v))
        return v;
    throw new model_errors/* InputError */.d(`${name} must be one of ${allowed.join(', ')}, not '${v}'`);
}
function bool(name, value) {
    if (value === undefined)
        return false;
    if (/^(true|yes|1|on)$/i.test(value))
        return true;
    if (/^(false|no|0|off)$/i.test(value))
        return false;
    throw new model_errors/* InputError */.d(`${name} must be true or false, not '${value}'`);
}
function seconds(name, value, fallbackMs) {
    if (value === undefined)
        return fallbackMs;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0)
        throw new model_errors/* InputError */.d(`${name} must be a positive number of seconds, not '${value}'`);
    return Math.round(n * 1000);
}
function count(name, value, fallback) {
    if (value === undefined)
        return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0)
        throw new model_errors/* InputError */.d(`${name} must be a positive whole number, not '${value}'`);
    return n;
}
/** A `docker run --platform` value (`os/arch[/variant]`), `linux/amd64` as Flow's runtime sets it; empty for the image's own. */
function platformOf(value) {
    const v = value?.trim() ?? 'linux/amd64';
    if (v === '')
        return undefined;
    if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(v))
        throw new model_errors/* InputError */.d(`platform must be os/arch such as linux/amd64, or empty, not '${v}'`);
    return v;
}
/** A `docker run --memory` value: a whole number with an optional unit b, k, m or g. */
function memoryLimit(value) {
    const v = value ?? '1g';
    if (!/^[1-9]\d*[bkmg]?$/i.test(v))
        throw new model_errors/* InputError */.d(`memory must be a size such as 1g or 512m, not '${v}'`);
    return v;
}
function parseStages(value) {
    if (value === undefined)
        return [...DEFAULT_STAGES];
    const stages = value.split(/[\s,]+/).filter(Boolean);
    for (const s of stages)
        if (!STAGES.includes(s))
            throw new model_errors/* InputError */.d(`stages: unknown stage '${s}' (known: ${STAGES.join(', ')})`);
    if (stages.length === 0)
        throw new model_errors/* InputError */.d('stages: name at least one of spec, discover, capture, migration');
    return STAGES.filter((s) => stages.includes(s));
}
function endpoint(side, get, resolve, defaultImage) {
    const given = ['image', 'command', 'snapshots'].filter((k) => get(`${side}-${k}`) !== undefined);
    if (given.length > 1)
        throw new model_errors/* InputError */.d(`${side}: give only one of ${given.map((k) => `${side}-${k}`).join(', ')}`);
    const snapshots = get(`${side}-snapshots`);
    if (snapshots !== undefined)
        return { kind: 'snapshots', dir: resolve(snapshots) };
    const command = get(`${side}-command`);
    if (command !== undefined)
        return { kind: 'command', command };
    return { kind: 'image', image: get(`${side}-image`) ?? defaultImage() };
}
/** Builds the one Options object from action inputs or CLI flags; throws InputError with a fix. */
function optionsFromInputs(get, ctx) {
    const resolve = (p) => external_node_path_default().resolve(ctx.cwd, p);
    const connectorDir = resolve(get('connector') ?? '.');
    if (!(0,external_node_fs_.existsSync)(connectorDir))
        throw new model_errors/* InputError */.d(`the connector folder ${connectorDir} does not exist: set connector (--connector) to the connector's folder, e.g. source-x in estuary/connectors`);
    const connector = external_node_path_default().basename(connectorDir);
    const snapshotsDir = resolve(get('snapshots-dir') ?? external_node_path_default().join(connectorDir, '.snapshots'));
    const acceptFile = get('accept-file');
    const configFile = get('config') ?? external_node_path_default().join(connectorDir, 'config.yaml');
    const ageKeyFile = ctx.env.SOPS_AGE_KEY_FILE;
    if (ageKeyFile && !(0,external_node_fs_.existsSync)(ageKeyFile))
        throw new model_errors/* InputError */.d(`SOPS_AGE_KEY_FILE names ${ageKeyFile}, which does not exist`);
    return {
        connectorDir,
        connector,
        baseline: endpoint('baseline', get, resolve, () => defaultImages(connectorDir).baselineImage),
        candidate: endpoint('candidate', get, resolve, () => defaultImages(connectorDir).candidateImage),
        snapshotsDir,
        configFile: get('config') !== undefined || (0,external_node_fs_.existsSync)(resolve(configFile)) ? resolve(configFile) : undefined,
        sopsAgeKey: get('sops-age-key'),
        env: ctx.env,
        mode: oneOf('mode', get('mode'), ['check', 'update'], 'check'),
        stages: parseStages(get('stages')),
        failOn: oneOf('fail-on', get('fail-on'), ['breaking', 'warning', 'never'], 'breaking'),
        acceptFile: resolve(acceptFile ?? external_node_path_default().join(snapshotsDir, 'compat.yaml')),
        acceptFileRequired: acceptFile !== undefined,
        ...(get('atf-patches') !== undefined ? { atfPatchesDir: resolve(get('atf-patches')) } : {}),
        approveLabel: get('approve-label') ?? DEFAULT_APPROVE_LABEL,
        comment: bool('comment', get('comment')),
        githubToken: get('github-token'),
        cacheImages: bool('cache-images', get('cache-images')),
        pull: oneOf('pull', get('pull'), ['missing', 'always'], 'missing'),
        protocol: oneOf('protocol', get('protocol'), ['auto', 'flow', 'airbyte'], 'auto'),
        network: get('network') ?? 'bridge',
        memory: memoryLimit(get('memory')),
        platform: platformOf(get('platform')),
        logLevel: get('log-level') ?? 'info',
        timeouts: {
            specMs: seconds('spec-timeout', get('spec-timeout'), DEFAULT_TIMEOUTS.specMs),
            discoverMs: seconds('discover-timeout', get('discover-timeout'), DEFAULT_TIMEOUTS.discoverMs),
            captureMs: seconds('capture-timeout', get('capture-timeout'), DEFAULT_TIMEOUTS.captureMs),
        },
        capture: {
            ...DEFAULT_CAPTURE,
            seconds: seconds('capture-seconds', get('capture-seconds'), DEFAULT_CAPTURE.seconds * 1000) / 1000,
            docsPerCollection: count('capture-docs', get('capture-docs'), DEFAULT_CAPTURE.docsPerCollection),
            idleSeconds: seconds('capture-idle', get('capture-idle'), DEFAULT_CAPTURE.idleSeconds * 1000) / 1000,
        },
        testFlow: testFlowBindings(connectorDir),
        jsonPath: get('json') === undefined ? undefined : resolve(get('json')),
        markdownPath: get('markdown') === undefined ? undefined : resolve(get('markdown')),
    };
}

;// CONCATENATED MODULE: ./src/model/steps.ts
const ran = { status: 'ran' };
const skipped = (reason) => ({ status: 'skipped', reason });
const failed = (message) => ({ status: 'failed', message });

;// CONCATENATED MODULE: ./src/model/resource-path.ts

/** ATF and CDK both use these when a spec names none. */
const DEFAULT_RESOURCE_PATH_POINTERS = ['/namespace', '/stream'];
/**
 * A binding's identity: the values at the spec's resourcePathPointers. Missing values are left out
 * (ATF's `/namespace` is usually absent), so `{stream: "users"}` has the path `["users"]`.
 */
function resourcePath(resourceConfig, pointers) {
    const path = [];
    for (const pointer of pointers) {
        const value = getAt(resourceConfig, pointer);
        if (value === undefined || value === null || value === '')
            continue;
        path.push(typeof value === 'string' ? value : JSON.stringify(value));
    }
    return path;
}

;// CONCATENATED MODULE: ./src/normalize/index.ts


/** A binding's resource path; a binding whose config holds none is known by its name. */
function resourcePathOf(binding, pointers) {
    const path = resourcePath(binding.resourceConfig, pointers);
    return path.length > 0 ? path : [binding.recommendedName];
}
/** How a resource path is shown and matched: its parts joined by `/` (`events`, `public/users`). */
const resourcePathLabel = (path) => path.join('/');
function normalizeSpec(spec) {
    const out = { ...spec };
    // ATF emits `"oauth2": {}` when a connector has no OAuth; the CDK omits the key; null says the same.
    const oauth2 = out.oauth2;
    if (oauth2 === null || (typeof oauth2 === 'object' && Object.keys(oauth2).length === 0))
        delete out.oauth2;
    return out;
}
/**
 * A captured document as compared: without the runtime's per-document /_meta/uuid. One without it
 * is returned as it is (the same pair), so that its text read from a file still stands for it.
 */
function normalizeDoc(pair) {
    const [collection, doc] = pair;
    const meta = doc._meta;
    if (!meta || typeof meta !== 'object' || !('uuid' in meta))
        return pair;
    // The runtime overwrites /_meta/uuid on every document; flowctl prints a placeholder.
    const { uuid: _uuid, ...rest } = meta;
    const copy = { ...doc, _meta: rest };
    if (Object.keys(rest).length === 0)
        delete copy._meta;
    return [collection, copy];
}
/** A side's resource path pointers: its spec's, else the ATF default every ResourceSpec has. */
const pointersOf = (set) => set.spec?.resourcePathPointers ?? DEFAULT_RESOURCE_PATH_POINTERS;
/** Normalizes one side's outputs before comparison: nothing that carries meaning is dropped. */
function normalizeSet(set) {
    const out = { ...set };
    if (set.spec)
        out.spec = normalizeSpec(set.spec);
    if (set.discover) {
        const pointers = pointersOf(set);
        out.discover = [...set.discover].sort((a, b) => resourcePathLabel(resourcePathOf(a, pointers)).localeCompare(resourcePathLabel(resourcePathOf(b, pointers))));
    }
    // By collection, then in the order the connector emitted them: the same on every run.
    if (set.capture)
        out.capture = set.capture
            .map((d, i) => [normalizeDoc(d), i])
            .sort((a, b) => a[0][0].localeCompare(b[0][0]) || a[1] - b[1])
            .map(([d]) => d);
    return out;
}
/** Each discovered list's bindings by resource path (the first of equal paths): findings of a catalog ask thousands of times. */
const byPath = new WeakMap();
/** A side's discovered binding at a resource path (a finding's `binding`), if it has one. */
function bindingAt(set, path) {
    if (!set.discover || path === undefined)
        return undefined;
    const pointers = pointersOf(set);
    let hit = byPath.get(set.discover);
    if (!hit || hit.pointers !== pointers) {
        const index = new Map();
        for (const b of set.discover) {
            const label = resourcePathLabel(resourcePathOf(b, pointers));
            if (!index.has(label))
                index.set(label, b);
        }
        byPath.set(set.discover, (hit = { pointers, index }));
    }
    return hit.index.get(path);
}

;// CONCATENATED MODULE: ./src/model/airbyte.ts
/** The message types a source writes on stdout, one JSON object per line. */
const AIRBYTE_MESSAGE_TYPES = ['RECORD', 'STATE', 'LOG', 'SPEC', 'CONNECTION_STATUS', 'CATALOG', 'TRACE', 'CONTROL'];
/**
 * The resource config schema of every ATF image (airbyte-to-flow's `ResourceSpec`, as a real ATF
 * image's spec shows it: ../shared/fixtures/estuary/source-notion/atf).
 */
const ATF_RESOURCE_CONFIG_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'ResourceSpec',
    type: 'object',
    required: ['stream', 'syncMode'],
    properties: {
        cursorField: { type: ['array', 'null'], items: { type: 'string' } },
        namespace: { type: ['string', 'null'] },
        stream: { type: 'string' },
        syncMode: { type: 'string', enum: ['incremental', 'full_refresh'] },
    },
};
/** Where an Airbyte side's records land: collections named as a live capture names them (run/protocol.ts DEFAULT_CAPTURE_NAME's tenant). */
const RECORDS_TENANT = 'acmeCo';

;// CONCATENATED MODULE: ./src/normalize/airbyte.ts




/** `adapt_spec_response_stream`: the connection specification is the config schema; every stream's resource is a ResourceSpec. */
function flowSpecOf(spec) {
    return {
        protocol: FLOW_CAPTURE_PROTOCOL,
        configSchema: spec.connectionSpecification,
        resourceConfigSchema: ATF_RESOURCE_CONFIG_SCHEMA,
        ...(spec.documentationUrl !== undefined ? { documentationUrl: spec.documentationUrl } : {}),
        resourcePathPointers: [...DEFAULT_RESOURCE_PATH_POINTERS],
    };
}
/**
 * A stream's resource path as airbyte-to-flow forms it (`resource_spec_to_resource_path`): its
 * namespace when it has one, then its name. Joined by `/`, it is how streams are told apart here.
 */
const streamPath = (name, namespace) => (namespace ? [namespace, name] : [name]);
/** `stream_to_recommended_name`: each `/`-separated part keeps letters, digits, `-`, `.` and `_`; empty parts go. */
function recommendedNameOf(stream) {
    return stream
        .split('/')
        .map((part) => [...part].filter((c) => /[\p{L}\p{N}._-]/u.test(c)).join(''))
        .filter((part) => part !== '')
        .join('/');
}
/**
 * `adapt_discover_response_stream`: incremental when the stream supports it; the key is the source's
 * primary key as pointers; the cursor is the default cursor field, else the key's fields.
 */
function bindingOf(stream) {
    const key = (stream.source_defined_primary_key ?? []).map((path) => joinPointer('', ...path));
    const cursor = stream.default_cursor_field?.length ? stream.default_cursor_field : key.map((p) => p.slice(1));
    const resourceConfig = {
        stream: stream.name,
        ...(stream.namespace !== undefined && stream.namespace !== null ? { namespace: stream.namespace } : {}),
        syncMode: stream.supported_sync_modes?.includes('incremental') ? 'incremental' : 'full_refresh',
        cursorField: cursor,
    };
    return { recommendedName: recommendedNameOf(stream.name), resourceConfig, documentSchema: stream.json_schema, key };
}
/** `adapt_pull_response_stream`: each record's data is a document of its stream's binding, in the collection a live capture names. */
function docsOfRecords(records) {
    const docs = [];
    for (const r of records)
        docs.push([`${RECORDS_TENANT}/${recommendedNameOf(r.stream)}`, r.data]);
    return docs;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/model/rules.ts
/** The rule catalogue of rules.md: id -> stage and default severity. Listed ids keep their meaning. */
const RULES = {
    'spec.protocol.changed': ['spec', 'breaking'],
    'spec.config.narrowed': ['spec', 'breaking'],
    'spec.config.invalid-schema': ['spec', 'breaking'],
    'spec.config.narrowed-unused': ['spec', 'warning'],
    'spec.config.property-removed': ['spec', 'warning'],
    'spec.config.secret-unmarked': ['spec', 'breaking'],
    'spec.config.widened': ['spec', 'info'],
    'spec.resource.narrowed': ['spec', 'breaking'],
    'spec.resource.narrowed-unused': ['spec', 'warning'],
    'spec.resource.widened': ['spec', 'info'],
    'spec.resource.unknown': ['spec', 'warning'],
    'spec.config.unknown': ['spec', 'warning'],
    'spec.resource.invalid-schema': ['spec', 'breaking'],
    'spec.resource.property-removed': ['spec', 'warning'],
    'spec.resource-path.changed': ['spec', 'breaking'],
    'spec.oauth2.changed': ['spec', 'warning'],
    'spec.oauth2.removed': ['spec', 'breaking'],
    'spec.documentation-url.changed': ['spec', 'info'],
    'spec.annotation.changed': ['spec', 'info'],
    'discover.binding.removed': ['discover', 'breaking'],
    'discover.binding.added': ['discover', 'info'],
    'discover.binding.renamed': ['discover', 'warning'],
    'discover.binding.enabled': ['discover', 'info'],
    'discover.binding.disabled': ['discover', 'info'],
    'discover.key.changed': ['discover', 'breaking'],
    'discover.resource-config.changed': ['discover', 'warning'],
    'discover.sync-mode.removed': ['discover', 'breaking'],
    'discover.sync-mode.added': ['discover', 'info'],
    'discover.cursor.changed': ['discover', 'warning'],
    'discover.schema.narrowed': ['discover', 'breaking'],
    'discover.schema.narrowed-unused': ['discover', 'warning'],
    'discover.schema.nullability-removed': ['discover', 'breaking'],
    'discover.schema.type-widened': ['discover', 'warning'],
    'discover.schema.property-removed': ['discover', 'warning'],
    'discover.schema.property-added': ['discover', 'info'],
    'discover.schema.nullability-added': ['discover', 'info'],
    'discover.schema.format-changed': ['discover', 'warning'],
    'discover.schema.meta-changed': ['discover', 'info'],
    'discover.schema.invalid': ['discover', 'breaking'],
    'discover.schema.unknown': ['discover', 'warning'],
    'discover.schema.required-added': ['discover', 'warning'],
    'discover.schema.required-removed': ['discover', 'info'],
    'discover.schema.annotation-changed': ['discover', 'info'],
    'discover.schema.values-widened': ['discover', 'info'],
    'capture.collection.missing': ['capture', 'breaking'],
    'capture.collection.added': ['capture', 'info'],
    'capture.field.removed': ['capture', 'breaking'],
    'capture.field.added': ['capture', 'info'],
    'capture.value.type-changed': ['capture', 'breaking'],
    'capture.value.changed': ['capture', 'warning'],
    'capture.schema.violation': ['capture', 'breaking'],
    'capture.schema.baseline-violation': ['capture', 'warning'],
    'capture.meta.changed': ['capture', 'info'],
    'capture.document.unmatched': ['capture', 'info'],
    'capture.document.missing': ['capture', 'warning'],
    'migration.resume.failed': ['migration', 'breaking'],
    'migration.bindings.rejected': ['migration', 'breaking'],
    'migration.state.reset': ['migration', 'warning'],
    'spec.atf-config.not-reproduced': ['spec', 'breaking'],
    'spec.atf-patch.not-reproduced': ['spec', 'warning'],
    'discover.atf-key.not-reproduced': ['discover', 'breaking'],
    'discover.atf-patch.not-reproduced': ['discover', 'warning'],
    'drift.baseline': ['spec', 'breaking'],
    'drift.candidate': ['spec', 'breaking'],
};
const isRuleId = (id) => Object.hasOwn(RULES, id);
const defaultSeverity = (rule) => RULES[rule][1];
/** Edit distance of two short ids (Levenshtein), for suggesting the rule a typo meant. */
function distance(a, b) {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++)
            next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        row = next;
    }
    return row[b.length];
}
/** What to say about an id that is not a rule: the nearest one, and where every rule is listed. */
function unknownRule(id) {
    const [nearest] = Object.keys(RULES)
        .map((rule) => [rule, distance(id, rule)])
        .sort((a, b) => a[1] - b[1]);
    const guess = nearest && nearest[1] <= Math.max(3, id.length / 3) ? ` (did you mean '${nearest[0]}'?)` : '';
    return `unknown rule '${id}'${guess}; every rule id is listed in the README, under "Rules"`;
}

;// CONCATENATED MODULE: ./src/compare/finding.ts



/**
 * A stable 12-hex fingerprint: the same difference gets the same id on every run and machine,
 * and a different difference (other values, other place) gets another, so an accepted id goes
 * stale when what it accepted changes. Messages and witnesses are not part of it.
 */
function fingerprint(f) {
    const basis = canonicalJson([
        f.rule,
        f.stage,
        f.origin ?? 'baseline-candidate',
        f.binding ?? null,
        f.pointer ?? null,
        f.before ?? null,
        f.after ?? null,
    ]);
    return (0,external_node_crypto_.hash)('sha256', basis, 'hex').slice(0, 12);
}
/**
 * A finding's id within a connector's report: its fingerprint with the connector's name, so the
 * same difference in two connectors gets two ids (an aggregate of many reports keeps them apart).
 */
const connectorFingerprint = (connector, id) => (0,external_node_crypto_.hash)('sha256', canonicalJson([connector, id]), 'hex').slice(0, 12);
function makeFinding(input) {
    const f = {
        id: fingerprint(input),
        rule: input.rule,
        stage: input.stage,
        severity: defaultSeverity(input.rule),
        message: input.message,
    };
    if (input.binding !== undefined)
        f.binding = input.binding;
    if (input.pointer !== undefined)
        f.pointer = input.pointer;
    if (input.before !== undefined)
        f.before = input.before;
    if (input.after !== undefined)
        f.after = input.after;
    if (input.witness !== undefined)
        f.witness = input.witness;
    if (input.origin !== undefined)
        f.origin = input.origin;
    return f;
}

;// CONCATENATED MODULE: ./src/compare/airbyte.ts




const pathOf = (s) => resourcePathLabel(streamPath(s.name, s.namespace));
/** A stream that names no sync mode is taken as full_refresh only, as airbyte-to-flow does (`has_incremental` false). */
const modesOf = (s) => (s.supported_sync_modes?.length ? [...s.supported_sync_modes].sort() : ['full_refresh']);
function syncModes(binding, b, a) {
    const before = modesOf(b);
    const after = modesOf(a);
    const removed = before.filter((m) => !after.includes(m));
    const added = after.filter((m) => !before.includes(m));
    const out = [];
    if (removed.length > 0)
        out.push(makeFinding({
            rule: 'discover.sync-mode.removed',
            stage: 'discover',
            binding,
            pointer: '/supported_sync_modes',
            before,
            after,
            message: `${binding}: sync mode ${removed.join(' and ')} is no longer supported: a connection configured with it is refused`,
        }));
    if (added.length > 0)
        out.push(makeFinding({
            rule: 'discover.sync-mode.added',
            stage: 'discover',
            binding,
            pointer: '/supported_sync_modes',
            before,
            after,
            message: `${binding}: sync mode ${added.join(' and ')} is now supported`,
        }));
    return out;
}
/** The cursor the source defines, or null when the user chooses it. */
const sourceCursor = (s) => (s.source_defined_cursor ? (s.default_cursor_field ?? []) : null);
/** A source-defined cursor that moved or stopped being the source's: saved cursor values no longer mean the same. */
function cursor(binding, b, a) {
    const before = sourceCursor(b);
    const after = sourceCursor(a);
    if (before === null || canonicalJson(before) === canonicalJson(after))
        return [];
    const what = after === null ? 'is no longer defined by the source' : 'defined by the source changed';
    return [
        makeFinding({
            rule: 'discover.cursor.changed',
            stage: 'discover',
            binding,
            pointer: '/default_cursor_field',
            before,
            after,
            message: `${binding}: the cursor ${what}: an incremental sync's saved cursor value no longer means the same`,
        }),
    ];
}
/** Sync modes and cursors of the streams both catalogs have; removed and added streams are the Flow view's bindings. */
function compareAirbyteStreams(baseline, candidate) {
    const after = new Map(candidate.map((s) => [pathOf(s), s]));
    const findings = [];
    for (const b of baseline) {
        const a = after.get(pathOf(b));
        if (!a)
            continue;
        findings.push(...syncModes(pathOf(b), b, a), ...cursor(pathOf(b), b, a));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/compare/buckets.ts
/** One bucket in memory: a capture small enough to hold. */
function memoryBuckets() {
    let recs = [];
    return {
        count: 1,
        put: (_, rec) => void recs.push(rec),
        read: () => recs,
        dispose: () => {
            recs = [];
        },
    };
}

;// CONCATENATED MODULE: ./src/compare/capture.ts





/** A collection the baseline captured documents for and the candidate none. */
const collectionMissing = (collection, documents) => makeFinding({
    rule: 'capture.collection.missing',
    stage: 'capture',
    binding: collection,
    message: `${collection}: the baseline captured ${plural(documents, 'document')}, the candidate none`,
});
/** A collection only the candidate captured documents for. */
const collectionAdded = (collection, documents) => makeFinding({
    rule: 'capture.collection.added',
    stage: 'capture',
    binding: collection,
    message: `${collection}: ${plural(documents, 'document')} captured by the candidate only`,
});
/** A non-empty object: the values capture.ts walks into (arrays and empty objects are compared whole). */
function nonEmpty(v) {
    if (!isJsonObject(v))
        return false;
    for (const _ in v)
        return true;
    return false;
}
/** The pointer of a field `key` of the object at `base`. */
const pointerOf = (base, key) => `${base}/${escapeToken(key)}`;
/**
 * Each leaf field of a document (objects are walked; arrays and empty objects are values), in
 * document order, with the other document's leaf at the same place when it has one there: the two
 * are walked together, so no pointer map of either is built. A leaf is told by its object's
 * pointer and its key: most are equal, and need no pointer of their own.
 */
function eachLeaf(doc, other, base, visit) {
    for (const k in doc) {
        const v = doc[k];
        const o = other !== undefined && Object.hasOwn(other, k) ? other[k] : undefined;
        if (nonEmpty(v))
            eachLeaf(v, nonEmpty(o) ? o : undefined, pointerOf(base, k), visit);
        else
            visit(base, k, v, o !== undefined && !nonEmpty(o), o);
    }
}
/**
 * Baseline documents the candidate has no partner for. estuary's `compare_capture_records` fails a
 * capture whose record count differs; here fewer candidate documents is `capture.document.missing`
 * (warning), and as many documents but other ones (a different sample) `capture.document.unmatched` (info).
 */
function unmatchedFinding(collection, m, counts) {
    if (m.unmatched.count === 0)
        return undefined;
    const fewer = counts.candidate < counts.baseline;
    const example = m.key && m.unmatched.first ? collectionKeyText(m.unmatched.first, m.key) : undefined;
    const which = m.key ? `no candidate document with the same key ${m.key.join(', ')}` : 'no candidate document at their place';
    return makeFinding({
        rule: fewer ? 'capture.document.missing' : 'capture.document.unmatched',
        stage: 'capture',
        binding: collection,
        message: `${collection}: ${m.unmatched.count} of ${counts.baseline} baseline documents have ${which}` +
            `${example ? ` (e.g. ${example})` : ''}; the candidate captured ${counts.candidate}` +
            (fewer ? '' : ': the captures hold different documents, and only the paired ones are compared'),
    });
}
/** Whether the document holds the redaction placeholder at a field above `pointer` (a snapshot redacted the whole object). */
function redactedAbove(doc, pointer) {
    for (let i = pointer.lastIndexOf('/'); i > 0; i = pointer.lastIndexOf('/', i - 1)) {
        if (getAt(doc, pointer.slice(0, i)) === REDACTED)
            return true;
    }
    return false;
}
/** Whether the redaction placeholder is anywhere in the value: only then can a field sit below a redacted one. */
function holdsRedacted(v) {
    if (v === REDACTED)
        return true;
    if (v === null || typeof v !== 'object')
        return false;
    if (Array.isArray(v))
        return v.some(holdsRedacted);
    for (const k in v)
        if (holdsRedacted(v[k]))
            return true;
    return false;
}
/**
 * redactedAbove for one document, which is searched for the placeholder once, when first asked
 * of a field below the top: most hold none, and a top-level field has nothing above it.
 */
function redactedAboveIn(doc) {
    let holds;
    return (pointer) => pointer.lastIndexOf('/') > 0 && (holds ??= holdsRedacted(doc)) && redactedAbove(doc, pointer);
}
/** Whether the field `key` of the object at `base` is runtime metadata (under /_meta). */
const isMeta = (base, key) => (base === '' ? key === '_meta' : base === '/_meta' || base.startsWith('/_meta/'));
const isRedacted = (opts, p) => opts.redact.length > 0 && opts.redact.some((g) => pointerMatches(g, p));
/** Differences of one pair of documents, field by field, in the order they are checked. */
function comparePair(bd, ad, opts, add) {
    // Equal documents differ nowhere: most pairs of a faithful import end here, before any field is walked.
    if (jsonEqual(bd, ad))
        return;
    const [aboveInA, aboveInB] = [redactedAboveIn(ad), redactedAboveIn(bd)];
    // A difference is not reported where the candidate's snapshot redacts a field that holds this one
    // (nothing to compare there): asked only of a difference, so that most documents are never searched.
    eachLeaf(bd, ad, '', (base, key, bv, aHas, aLeaf) => {
        // The same value on both sides differs in no way checked below: most leaves end here, without a pointer.
        if (aHas && bv === aLeaf)
            return;
        const p = pointerOf(base, key);
        if (isRedacted(opts, p))
            return;
        const av = aHas ? aLeaf : undefined;
        if (isMeta(base, key)) {
            if (!jsonEqual(bv, av))
                add({
                    rule: 'capture.meta.changed',
                    pointer: p,
                    before: bv,
                    after: av,
                    message: (n, t) => `runtime metadata ${p} differs in ${n} of ${t} matched documents`,
                });
        }
        else if (!aHas && getAt(ad, p) === undefined) {
            if (!aboveInA(p))
                add({
                    rule: 'capture.field.removed',
                    pointer: p,
                    before: bv,
                    message: (n, t) => `field ${p} is missing from ${n} of ${t} matched documents`,
                });
        }
        else if (bv === REDACTED || av === REDACTED || (isJsonObject(bv) && isJsonObject(aHas ? aLeaf : getAt(ad, p)))) {
            // A redacted value is not compared; an empty object is compared by the fields the other one adds.
        }
        else if (jsonTypeOf(bv) !== jsonTypeOf(av) && !(jsonTypeOf(bv) === 'integer' && jsonTypeOf(av) === 'number')) {
            if (!aboveInA(p))
                add({
                    rule: 'capture.value.type-changed',
                    pointer: p,
                    before: bv,
                    after: av,
                    message: (n, t) => `field ${p} changed type from ${jsonTypeOf(bv)} to ${jsonTypeOf(av)} in ${n} of ${t} matched documents`,
                });
        }
        else if (!jsonEqual(bv, av) && !aboveInA(p)) {
            add({
                rule: 'capture.value.changed',
                pointer: p,
                before: bv,
                after: av,
                message: (n, t) => `field ${p} has a different value in ${n} of ${t} matched documents`,
            });
        }
    });
    eachLeaf(ad, bd, '', (base, key, av, bHas) => {
        if (bHas)
            return;
        const p = pointerOf(base, key);
        if (isRedacted(opts, p) || aboveInB(p) || isJsonObject(getAt(bd, p)))
            return;
        if (isMeta(base, key))
            add({
                rule: 'capture.meta.changed',
                pointer: p,
                after: av,
                message: (n, t) => `runtime metadata ${p} added in ${n} of ${t} matched documents`,
            });
        else
            add({
                rule: 'capture.field.added',
                pointer: p,
                after: av,
                message: (n, t) => `field ${p} added in ${n} of ${t} matched documents`,
            });
    });
}

;// CONCATENATED MODULE: ./src/compare/collections.ts
/** A captured collection's last part (`acmeCo/users` -> `users`): the binding's recommended name. */
const collectionName = (collection) => collection.slice(collection.lastIndexOf('/') + 1);
/** Each side's bindings by recommended name (the first of equal names): a catalog looks up a thousand collections. */
const byName = new WeakMap();
/** The binding whose documents a collection holds, by its recommended name. */
function collections_bindingOf(collection, bindings) {
    if (!bindings)
        return undefined;
    let index = byName.get(bindings);
    if (!index) {
        index = new Map();
        for (const b of bindings)
            if (!index.has(b.recommendedName))
                index.set(b.recommendedName, b);
        byName.set(bindings, index);
    }
    return index.get(collectionName(collection));
}
/** A collection's key on one side, when its binding has one. */
const keyOf = (collection, bindings) => {
    const key = collections_bindingOf(collection, bindings)?.key;
    return key && key.length > 0 ? key : undefined;
};

;// CONCATENATED MODULE: ./src/compare/capture-join.ts



const sameKey = (a, b) => a.length === b.length && a.every((p, i) => p === b[i]);
/** Each collection's plan, from both sides' bindings. */
class Plans {
    bindings;
    plans = new Map();
    constructor(bindings) {
        this.bindings = bindings;
    }
    of(collection) {
        let plan = this.plans.get(collection);
        if (!plan) {
            const own = { baseline: keyOf(collection, this.bindings.baseline), candidate: keyOf(collection, this.bindings.candidate) };
            const key = own.baseline ?? own.candidate;
            plan = { key, own, precombine: Boolean(key && own.candidate && !sameKey(key, own.candidate)) };
            this.plans.set(collection, plan);
        }
        return plan;
    }
}
/** The text documents are paired by: documents lacking a part of the key are paired among themselves, in their order. */
const NO_KEY = '\u0000no key';
const pairText = (doc, key) => collectionKeyText(doc, key) ?? NO_KEY;
/** A document's pairing text: kept from reading, else computed. */
const textOf = (rec, key) => rec[3] ?? pairText(rec[2], key);
/** The key text a finding shows for a document: none when a part of the key is missing. */
const keyTextOf = (rec, key) => key === undefined ? undefined : rec[3] !== undefined ? (rec[3] === NO_KEY ? undefined : rec[3]) : collectionKeyText(rec[2], key);
/** The text Flow combines by; none when a part is missing or redacted (a redacted key no longer tells documents apart). */
const ownText = (doc, key) => key?.some((p) => getAt(doc, p) === REDACTED) ? undefined : collectionKeyText(doc, key);
/** FNV-1a: a bucket for a collection's text. */
function bucketOf(buckets, collection, text) {
    if (buckets.count === 1)
        return 0;
    let h = 0x811c9dc5;
    for (const s of [collection, text]) {
        for (let i = 0; i < s.length; i++)
            h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
        h = Math.imul(h ^ 0, 0x01000193);
    }
    return (h >>> 0) % buckets.count;
}
/** One side's capture as it is read: documents per collection, in buckets. */
class CaptureIngest {
    side;
    plans;
    buckets;
    /** Documents read per collection, in the order collections first appear. */
    read = new Map();
    /** The one bucket holding all of a collection's documents, or -1 when they are spread over several. */
    homes = new Map();
    /**
     * Offered each document before its bucket, with that bucket: true when it took the document (a
     * pre-join pairs documents in memory as both sides are read, capture-prejoin.ts).
     */
    route;
    constructor(side, plans, buckets) {
        this.side = side;
        this.plans = plans;
        this.buckets = buckets;
    }
    /** A batch of documents, each written as the text it was read from where the batch has it. */
    addAll(batch) {
        const { docs, texts } = batch;
        for (let i = 0; i < docs.length; i++)
            this.add(docs[i], texts?.[i]);
    }
    add([collection, doc], raw) {
        const place = this.read.get(collection) ?? 0;
        this.read.set(collection, place + 1);
        const plan = this.plans.of(collection);
        const key = this.side === 'candidate' && plan.precombine ? plan.own.candidate : plan.key;
        const text = key ? pairText(doc, key) : String(place);
        // A document's place is counted per collection: documents are only ever ordered within theirs.
        const rec = key === plan.key ? [collection, place, doc, text] : [collection, place, doc];
        const bucket = bucketOf(this.buckets, collection, text);
        if (!this.route?.(bucket, rec, raw))
            this.put(this.buckets, bucket, rec, raw);
    }
    /** A document put into its bucket after all: one a pre-join held and lets go of. */
    putBack(bucket, rec, raw) {
        this.put(this.buckets, bucket, rec, raw);
    }
    put(buckets, bucket, rec, raw) {
        const home = this.homes.get(rec[0]);
        if (home === undefined)
            this.homes.set(rec[0], bucket);
        else if (home !== bucket)
            this.homes.set(rec[0], -1);
        buckets.put(bucket, rec, raw);
    }
    /** The one bucket holding all of a collection's documents, or -1 when they are spread over several. */
    homeOf(collection) {
        return this.homes.get(collection) ?? -1;
    }
    /** The buckets to pair from: a candidate combined by its own key first where that differs from the pairing key. */
    pairable(fresh) {
        if (this.side === 'baseline' || ![...this.read.keys()].some((c) => this.plans.of(c).precombine))
            return this.buckets;
        const out = fresh();
        this.homes = new Map();
        for (let b = 0; b < this.buckets.count; b++) {
            for (const rec of this.combined(b)) {
                const plan = this.plans.of(rec[0]);
                if (!plan.precombine || !plan.key) {
                    // Only a collection combined first moves: the others are where the baseline's documents of their text are.
                    this.put(out, b, rec);
                    continue;
                }
                const text = pairText(rec[2], plan.key);
                this.put(out, bucketOf(out, rec[0], text), [rec[0], rec[1], rec[2], text]);
            }
        }
        this.buckets.dispose();
        return out;
    }
    /** The text this side combines a document by (none: it is not combined): its pairing text where its own key is the pairing key. */
    combineText(rec) {
        const plan = this.plans.of(rec[0]);
        const own = plan.own[this.side];
        if (!own)
            return undefined;
        if (rec[3] === undefined || !plan.key || !sameKey(own, plan.key))
            return ownText(rec[2], own);
        return rec[3] === NO_KEY || own.some((p) => getAt(rec[2], p) === REDACTED) ? undefined : rec[3];
    }
    /** A bucket's documents combined by their side's key as Flow publishes them: each key keeps its first place and its last document. */
    combined(bucket, from = this.buckets) {
        const recs = [...from.read(bucket)].sort((x, y) => x[1] - y[1]);
        const out = [];
        const at = new Map();
        for (const rec of recs) {
            const text = this.combineText(rec);
            const i = text === undefined ? undefined : at.get(`${rec[0]}\u0000${text}`);
            if (i !== undefined)
                out[i] = [rec[0], out[i][1], rec[2], rec[3]];
            else {
                if (text !== undefined)
                    at.set(`${rec[0]}\u0000${text}`, out.length);
                out.push(rec);
            }
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/compare/capture-prejoin.ts
/**
 * Pairs documents in memory as both captures are read side by side, so that most documents of
 * captures in the same order are compared without going through their bucket files (written,
 * then read and parsed again). What it cannot pair yet waits; past a budget, the partitions
 * holding most of it go to their buckets, with every later document of theirs, and the bucket
 * comparison (capture-pairs.ts) pairs them as it pairs every document: the findings are the same.
 *
 * Pairs are exactly the buckets' (capture-pairs.ts, pairRecs after CaptureIngest.combined): the
 * n-th document of a collection's text on one side with the n-th on the other, each side combined
 * first by its own key (the last document of a key in the first one's place). A document that
 * waits is combined with a later one of its key; a key paired already cannot be, so when it comes
 * again on a side that combines by it, the comparison must be done through buckets (PairedKeyAgain).
 */
/** Text of the documents waiting for a partner, past which the partitions holding most of it go to their buckets. */
const WAITING_BYTES = 4 * 1024 * 1024;
/** Slots of the paired keys' table at first (8 bytes each). */
const FIRST_SLOTS = 1 << 12;
/** Slots the paired keys' table takes at most when sized from an estimate (16 MB, a million keys); past it, it doubles. */
const MOST_RESERVED = 1 << 21;
/** The size counted for a document whose text is not known. */
const UNKNOWN_BYTES = 512;
/** A key already paired in memory came again on a side that combines its documents by it. */
class PairedKeyAgain extends Error {
}
/**
 * The keys paired here, each with the sides that combine by it, as numbers in an open-addressing
 * typed array (a hash of 51 bits, times 4, plus a bit per side): a million keys take 16 MB, not
 * the 80 of a Set of strings per side.
 */
class PairedKeys {
    expected;
    slots = new Float64Array(FIRST_SLOTS);
    size = 0;
    /** `expected`: how many keys the captures are thought to hold (0: not known), asked when the first table fills. */
    constructor(expected) {
        this.expected = expected;
    }
    slotOf(slots, h) {
        const mask = slots.length - 1;
        let i = h % slots.length;
        while (slots[i] !== 0 && Math.floor(slots[i] / 4) !== h)
            i = (i + 1) & mask;
        return i;
    }
    /** The sides (bit 1 the baseline, bit 2 the candidate) that combine by the key hashed `h` and paired it. */
    sides(h) {
        return this.slots[this.slotOf(this.slots, h)] % 4;
    }
    mark(h, sides) {
        const i = this.slotOf(this.slots, h);
        const had = this.slots[i];
        this.slots[i] = h * 4 + ((had % 4) | sides);
        if (had !== 0 || ++this.size * 2 <= this.slots.length)
            return;
        const old = this.slots;
        this.slots = new Float64Array(this.grownLength());
        for (const v of old)
            if (v !== 0)
                this.slots[this.slotOf(this.slots, Math.floor(v / 4))] = v;
    }
    /**
     * Twice the slots; when the first table fills, as many as the expected keys need, up to
     * MOST_RESERVED: a big table grown to a bigger one is freed, and the allocator then keeps more
     * memory resident (about 7 MB at the end of 1M documents, whose table is sized once).
     */
    grownLength() {
        const twice = this.slots.length * 2;
        if (this.slots.length !== FIRST_SLOTS)
            return twice;
        return Math.max(twice, Math.min(MOST_RESERVED, 2 ** Math.ceil(Math.log2(2 * this.expected() + 1))));
    }
}
/**
 * Two FNV-1a hashes of a collection's name, a NUL and a key's text, as one number in [1, 2^51): a
 * key told from a million others but once in 2^31. A collision is never a wrong pair: it only sends
 * the comparison through buckets (PairedKeyAgain). The two texts are read in turn, not joined.
 */
function hash51(collection, key) {
    let a = 0x811c9dc5;
    let b = 0x050c5d1f;
    const split = collection.length;
    const length = split + 1 + key.length;
    for (let i = 0; i < length; i++) {
        const c = i < split ? collection.charCodeAt(i) : i === split ? 0 : key.charCodeAt(i - split - 1);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
    }
    return (((a >>> 13) * 2 ** 32 + (b >>> 0)) % (2 ** 51 - 1)) + 1;
}
/** A side's bit in PairedKeys. */
const bit = (side) => 1 << side;
class PreJoin {
    sides;
    onPair;
    opts;
    parts;
    bytes;
    spilled;
    held = 0;
    limit;
    /** Documents taken whose text is known, and the length of their texts. */
    taken = { docs: 0, bytes: 0 };
    paired = new PairedKeys(() => {
        const { docs, bytes } = this.taken;
        return this.opts.captureBytes && bytes > 0 ? this.opts.captureBytes / (bytes / docs) : 0;
    });
    /**
     * `sides`: the baseline's and the candidate's ingests, whose documents this is offered
     * (it becomes their route); `onPair` compares a pair.
     */
    constructor(sides, onPair, opts = {}) {
        this.sides = sides;
        this.onPair = onPair;
        this.opts = opts;
        this.limit = opts.waitingBytes ?? WAITING_BYTES;
        const count = sides[0].buckets.count;
        this.parts = new Array(count).fill(undefined);
        this.bytes = new Array(count).fill(0);
        this.spilled = new Array(count).fill(false);
        sides.forEach((ingest, side) => {
            ingest.route = (bucket, rec, raw) => this.take(side, bucket, rec, raw);
        });
    }
    /** Takes a document of a side (pairs it, or holds it), or leaves it to its bucket. */
    take(side, bucket, rec, raw) {
        const ingest = this.sides[side];
        // A candidate combined by a key of its own before it is paired by the baseline's goes through buckets.
        if (ingest.plans.of(rec[0]).precombine)
            return false;
        // Where a side combines, its text is the pairing text (its own key is the pairing key).
        const combines = ingest.combineText(rec) !== undefined;
        if (raw !== undefined) {
            this.taken.docs++;
            this.taken.bytes += raw.length;
        }
        const [collection] = rec;
        const text = rec[3] ?? String(rec[1]);
        const h = combines ? hash51(collection, text) : 0;
        if (combines && this.paired.sides(h) & bit(side))
            throw new PairedKeyAgain(`${ingest.side}: a key came again after it was paired`);
        if (this.spilled[bucket])
            return false;
        const part = this.parts[bucket] ?? (this.parts[bucket] = new Map());
        let queues = part.get(collection);
        if (!queues)
            part.set(collection, (queues = new Map()));
        const queue = queues.get(text);
        const doc = { rec, bytes: raw?.length ?? UNKNOWN_BYTES, combines };
        if (queue && queue.side !== side) {
            const other = queue.docs.shift();
            if (queue.docs.length === 0)
                queues.delete(text);
            this.hold(bucket, -other.bytes);
            const sides = (combines ? bit(side) : 0) | (other.combines ? bit(side === 0 ? 1 : 0) : 0);
            if (sides)
                this.paired.mark(h || hash51(collection, text), sides);
            if (side === 0)
                this.onPair(rec, other.rec);
            else
                this.onPair(other.rec, rec);
            return true;
        }
        const last = queue?.docs.at(-1);
        if (last && combines && last.combines) {
            // Combined as Flow publishes: the first one's place, the last one's document.
            this.hold(bucket, doc.bytes - last.bytes);
            last.rec = [rec[0], last.rec[1], rec[2], rec[3]];
            last.bytes = doc.bytes;
        }
        else {
            if (queue)
                queue.docs.push(doc);
            else
                queues.set(text, { side, docs: [doc] });
            this.hold(bucket, doc.bytes);
        }
        if (this.held > this.limit)
            this.spillMost();
        return true;
    }
    hold(bucket, bytes) {
        this.bytes[bucket] += bytes;
        this.held += bytes;
    }
    /** The partitions holding most, to their buckets, until half the budget is held. */
    spillMost() {
        while (this.held > this.limit / 2) {
            let most = -1;
            for (let b = 0; b < this.bytes.length; b++)
                if (!this.spilled[b] && (most < 0 || this.bytes[b] > this.bytes[most]))
                    most = b;
            if (most < 0)
                return;
            this.letGo(most);
            this.spilled[most] = true;
        }
    }
    /** What a partition holds, to its buckets. */
    letGo(bucket) {
        for (const queues of this.parts[bucket]?.values() ?? []) {
            for (const queue of queues.values())
                for (const w of queue.docs)
                    this.sides[queue.side].putBack(bucket, w.rec);
        }
        this.parts[bucket] = undefined;
        this.hold(bucket, -this.bytes[bucket]);
    }
    /** Both sides read: what still waits goes to its bucket, and the ingests put every document there again. */
    end() {
        for (let b = 0; b < this.parts.length; b++)
            this.letGo(b);
        for (const ingest of this.sides)
            delete ingest.route;
    }
}

;// CONCATENATED MODULE: ./src/compare/capture-schema.ts


/** `/items/3/id` -> `/items/*\/id`: one finding per place, not per document. */
const place = (instancePath) => instancePath.replace(/\/\d+(?=\/|$)/g, '/*');
/** The finding of a violation: how many of `total` documents, where, why, and the first such document by its collection key. */
function violationFinding(collection, v, total, key) {
    const whose = v.rule === 'capture.schema.violation' ? "candidate's own discovered" : "baseline's discovered";
    const keyText = v.example ? collectionKeyText(v.example, key) : undefined;
    return makeFinding({
        rule: v.rule,
        stage: 'capture',
        binding: collection,
        pointer: v.pointer,
        after: v.message,
        ...(v.example ? { witness: v.example } : {}),
        message: `${v.count} of ${total} candidate documents are invalid under the ${whose} schema at ${v.pointer || '/'}: ${v.message}` +
            (keyText ? `; the first is the document with key ${keyText}` : ''),
    });
}

// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(779);
;// CONCATENATED MODULE: ./src/schema/flow-formats.ts

/**
 * The string formats Flow checks that ajv-formats does not know, checked as Flow checks them
 * (estuary/flow, crates/json/src/schema/formats.rs: `Format` and `Format::validate`). Without them
 * a `format: integer` (source-hubspot's discovered schemas say it of ids that may be numeric
 * strings) was an annotation here and an assertion in Flow: a document Flow refuses passed. Formats apply to strings only
 * (Flow's validator checks `Keyword::Format` in `visit_string`).
 */
/**
 * Whether Rust's bigdecimal 0.4 (the version in Flow's Cargo.lock) parses the text, and whether the
 * number it parses is an integer: `BigDecimal::from_str_radix` (src/impl_num.rs) splits at the
 * first `e`/`E` an exponent `i128::from_str` reads, joins the digits either side of the first `.`
 * (a `.` that ends the text adds none) and reads them with num-bigint's `BigInt::from_str_radix`
 * (one `-`, then one `+` unless a second follows, then ASCII digits); the scale (digits after the
 * `.` less the exponent) must fit an i64. `is_integer`: the scale is <= 0 or the digits end in at
 * least scale zeros (src/lib.rs). Flow refuses any `_` before asking, so digit separators never count.
 */
function bigDecimal(text) {
    // Plain integers, most of what `format: integer` fields hold, need none of the steps below.
    if (/^[+-]?[0-9]+$/.test(text))
        return { integer: true };
    const e = text.search(/[eE]/);
    const base = e < 0 ? text : text.slice(0, e);
    let exponent = 0n;
    if (e >= 0) {
        const written = text.slice(e + 1);
        // i128::from_str: an optional sign, then digits; more than 39 significant digits cannot fit.
        if (!/^[+-]?[0-9]+$/.test(written) || written.replace(/^[+-]?0*/, '').length > 39)
            return undefined;
        exponent = BigInt(written);
        if (exponent >= 2n ** 127n || exponent < -(2n ** 127n))
            return undefined;
    }
    if (base === '')
        return undefined;
    const dot = base.indexOf('.');
    let digits = base;
    let after = 0n;
    if (dot >= 0) {
        digits = base.slice(0, dot) + base.slice(dot + 1);
        if (dot < base.length - 1)
            after = BigInt([...base.slice(dot + 1)].length);
    }
    const scale = after - exponent;
    if (scale >= 2n ** 63n || scale < -(2n ** 63n))
        return undefined;
    // BigInt::from_str_radix: a `-` is taken unless `+` follows it; BigUint then takes one `+` unless another follows.
    if (digits.startsWith('-') && digits[1] !== '+')
        digits = digits.slice(1);
    if (digits.startsWith('+') && digits[1] !== '+')
        digits = digits.slice(1);
    if (!/^[0-9]+$/.test(digits))
        return undefined;
    if (scale <= 0n)
        return { integer: true };
    // int_val % 10^scale == 0: the digits end in at least scale zeros, or are all zeros.
    let zeros = 0;
    while (zeros < digits.length && digits[digits.length - 1 - zeros] === '0')
        zeros++;
    return { integer: zeros === digits.length || BigInt(zeros) >= scale };
}
const MACADDR = /^([0-9A-Fa-f]{2}[:-]?){5}[0-9A-Fa-f]{2}$/;
const MACADDR8 = /^([0-9A-Fa-f]{2}[:-]?){7}[0-9A-Fa-f]{2}$/;
const SHA256 = /^sha256:[0-9A-Fa-f]{64}$/;
/** Every text `number` and `integer` take: signs, digits and a dot, then an exponent; or NaN, Infinity. */
const NUMBER_TEXT = '^(?:[-+.0-9]+(?:[eE][-+]?[0-9]+)?|NaN|-?Infinity)$';
/** Regular supersets of each format's strings, for the prover's emptiness proofs (macaddr, macaddr8 and sha256 exactly). */
const FLOW_FORMAT_SUPERSETS = {
    integer: NUMBER_TEXT,
    uint32: NUMBER_TEXT,
    uint64: NUMBER_TEXT,
    number: NUMBER_TEXT,
    macaddr: MACADDR.source,
    macaddr8: MACADDR8.source,
    sha256: SHA256.source,
};
const integer = (s) => !s.includes('_') && bigDecimal(s)?.integer === true;
/** `date-time` as this project reads it (ajv-formats'), under Flow's other name for it. */
const dateTime = formats.fullFormats['date-time'].validate;
/** Flow's checks of the formats ajv-formats lacks, by every name Flow's `Format` reads (aliases included). */
const FLOW_FORMATS = {
    integer,
    uint32: integer,
    uint64: integer,
    number: (s) => (!s.includes('_') && bigDecimal(s) !== undefined) || s === 'NaN' || s === 'Infinity' || s === '-Infinity',
    macaddr: (s) => MACADDR.test(s),
    macaddr8: (s) => MACADDR8.test(s),
    sha256: (s) => SHA256.test(s),
    datetime: (s) => dateTime(s),
};
/**
 * Names Flow reads as the same format as another (`#[serde(alias = ...)]` on `Format`): `datetime`
 * is `date-time`, and `uint32`/`uint64` are `integer`.
 */
const FORMAT_ALIASES = { datetime: 'date-time', uint32: 'integer', uint64: 'integer' };
/** Whether every string of format `a` has format `b` (the same format under any name, or an integer string being a number). */
function formatImplies(a, b) {
    const named = (f) => (Object.hasOwn(FORMAT_ALIASES, f) ? FORMAT_ALIASES[f] : f);
    return named(a) === named(b) || (named(a) === 'integer' && named(b) === 'number');
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-draft-06.json
var json_schema_draft_06 = __webpack_require__(6012);
// EXTERNAL MODULE: ./node_modules/ajv/dist/refs/json-schema-draft-07.json
var json_schema_draft_07 = __webpack_require__(2079);
;// CONCATENATED MODULE: ./src/schema/dialect.ts
// JSON Schema dialects: which draft a `$schema` names, whatever its spelling, and how a draft-04 or
// draft-06 schema reads in draft-07 terms for the engine (ajv itself validates each in its own draft).

/** The meta-schema ids ajv registers (ajv, ajv/dist/2019, ajv/dist/2020, ajv-draft-04, draft-06 added). */
const META_ID = {
    'draft-04': 'http://json-schema.org/draft-04/schema#',
    'draft-06': 'http://json-schema.org/draft-06/schema#',
    'draft-07': 'http://json-schema.org/draft-07/schema#',
    '2019-09': 'https://json-schema.org/draft/2019-09/schema',
    '2020-12': 'https://json-schema.org/draft/2020-12/schema',
};
/** Every spelling of the five meta-schema URIs: http or https, with or without the empty fragment. */
const META_URI = /^https?:\/\/json-schema\.org\/(?:(draft-0[467])|draft\/(2019-09|2020-12))\/schema#?$/;
/** The draft a schema declares; draft-07 when it declares none; undefined for a `$schema` that names no known draft. */
function draftOf(schema) {
    const uri = schema && typeof schema === 'object' ? schema.$schema : undefined;
    if (uri === undefined)
        return 'draft-07';
    if (typeof uri !== 'string')
        return undefined;
    const m = META_URI.exec(uri.trim());
    return m ? (m[1] ?? m[2]) : undefined;
}
/** Keywords later drafts added: in an older draft they are annotations, so the draft-07 reading drops them. */
const LATER = {
    'draft-04': ['const', 'contains', 'propertyNames', 'if', 'then', 'else', '$id'],
    'draft-06': ['if', 'then', 'else'],
};
const SUBSCHEMA = ['additionalItems', 'additionalProperties', 'not', 'items'];
const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'items'];
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', 'dependencies'];
function upgrade(s, from) {
    if (!isJsonObject(s))
        return s;
    const o = { ...s };
    for (const k of LATER[from])
        delete o[k];
    if (from === 'draft-04') {
        if (typeof s.id === 'string')
            o.$id = s.id;
        delete o.id;
        // Draft-04's boolean exclusive bounds make the plain bound exclusive; draft-06 made them numbers.
        for (const [flag, bound] of [
            ['exclusiveMaximum', 'maximum'],
            ['exclusiveMinimum', 'minimum'],
        ]) {
            if (typeof o[flag] !== 'boolean')
                continue;
            if (o[flag] === true && typeof o[bound] === 'number') {
                o[flag] = o[bound];
                delete o[bound];
            }
            else
                delete o[flag];
        }
    }
    for (const k of SUBSCHEMA)
        if (isJsonObject(o[k]))
            o[k] = upgrade(o[k], from);
    for (const k of SUBSCHEMA_LISTS)
        if (Array.isArray(o[k]))
            o[k] = o[k].map((v) => upgrade(v, from));
    for (const k of SUBSCHEMA_MAPS) {
        const m = o[k];
        if (isJsonObject(m))
            o[k] = Object.fromEntries(Object.entries(m).map(([n, v]) => [n, Array.isArray(v) ? v : upgrade(v, from)]));
    }
    return o;
}
/**
 * The schema as the engine reads it: draft-04 and draft-06 schemas in draft-07 terms (boolean
 * exclusive bounds as numbers, `id` as `$id`, keywords of later drafts dropped as the annotations
 * they are there); any other schema as it is, with its `$schema` in the spelling ajv knows.
 */
function engineSchema(schema) {
    const draft = draftOf(schema);
    if (!isJsonObject(schema) || draft === undefined || schema.$schema === undefined)
        return schema;
    if (draft === 'draft-04' || draft === 'draft-06')
        return { ...upgrade(schema, draft), $schema: META_ID['draft-07'] };
    return schema.$schema === META_ID[draft] ? schema : { ...schema, $schema: META_ID[draft] };
}

;// CONCATENATED MODULE: ./src/schema/resolve.ts




class SchemaError extends Error {
    pointer;
    constructor(message, pointer) {
        super(message);
        this.pointer = pointer;
    }
}
let nextId = 1;
let nextDoc = 1;
const SINGLE = [
    'additionalItems',
    'additionalProperties',
    'contains',
    'propertyNames',
    'not',
    'if',
    'then',
    'else',
    'unevaluatedItems',
    'unevaluatedProperties',
];
const LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas'];
/** The subschemas of a schema object, with the pointer segments that reach them. */
function children(s) {
    const out = [];
    for (const k of SINGLE)
        if (k in s)
            out.push([escapeToken(k), s[k]]);
    for (const k of LISTS)
        if (Array.isArray(s[k]))
            for (const [i, v] of s[k].entries())
                out.push([`${k}/${i}`, v]);
    for (const k of MAPS) {
        const m = s[k];
        if (m && typeof m === 'object' && !Array.isArray(m))
            for (const [n, v] of Object.entries(m))
                out.push([`${escapeToken(k)}/${escapeToken(n)}`, v]);
    }
    if (Array.isArray(s.items))
        for (const [i, v] of s.items.entries())
            out.push([`items/${i}`, v]);
    else if ('items' in s)
        out.push(['items', s.items]);
    const deps = s.dependencies;
    if (deps && typeof deps === 'object') {
        for (const [n, v] of Object.entries(deps))
            if (!Array.isArray(v))
                out.push([`dependencies/${escapeToken(n)}`, v]);
    }
    return out;
}
/** A copy of the schema with each subschema (at the places `children` names) replaced by `f` of it. */
function mapChildren(s, f) {
    const out = { ...s };
    const mapped = (v) => (Array.isArray(v) ? v.map(f) : f(v));
    for (const k of SINGLE)
        if (k in s)
            out[k] = f(s[k]);
    for (const k of LISTS)
        if (Array.isArray(s[k]))
            out[k] = mapped(s[k]);
    for (const k of MAPS) {
        const m = s[k];
        if (m && typeof m === 'object' && !Array.isArray(m))
            out[k] = Object.fromEntries(Object.entries(m).map(([n, v]) => [n, f(v)]));
    }
    if ('items' in s)
        out.items = mapped(s.items);
    const deps = s.dependencies;
    if (deps && typeof deps === 'object' && !Array.isArray(deps))
        out.dependencies = Object.fromEntries(Object.entries(deps).map(([n, v]) => [n, Array.isArray(v) ? v : f(v)]));
    return out;
}
function withBase(s, base) {
    if (s && typeof s === 'object' && typeof s.$id === 'string') {
        const id = s.$id;
        try {
            return new URL(id, base).href.replace(/#$/, '');
        }
        catch {
            throw new SchemaError(`invalid $id '${id}'`);
        }
    }
    return base;
}
/** A node whose pointer is spelled only when asked for (errors and the prover's answers): most never are. */
class Node {
    s;
    doc;
    base;
    parent;
    path;
    name;
    id = nextId++;
    types;
    keywords;
    spelled;
    constructor(s, doc, base, parent, path, 
    /** A last raw segment after `path` (a property's name, a branch's index): no array built for the two. */
    name) {
        this.s = s;
        this.doc = doc;
        this.base = base;
        this.parent = parent;
        this.path = path;
        this.name = name;
    }
    get pointer() {
        if (this.spelled === undefined) {
            const head = typeof this.path === 'string' ? this.path : this.path.map(escapeToken).join('/');
            const segs = this.name === undefined ? head : `${head}/${escapeToken(this.name)}`;
            this.spelled = this.parent ? `${this.parent.pointer}/${segs}` : segs;
        }
        return this.spelled;
    }
}
/** `path`: the pointer from the root when there is no parent; else escaped segments (a string) or raw ones after the parent's. */
function makeNode(doc, s, base, parent, path, name) {
    const interned = doc.interned;
    if (interned && s && typeof s === 'object') {
        const hit = interned.get(s);
        if (hit)
            return hit;
    }
    const node = new Node(s, doc, base, parent, path, name);
    if (interned && s && typeof s === 'object')
        interned.set(s, node);
    return node;
}
/**
 * Reads a schema document. Nodes are made as the interpreter reaches them; the $id and $anchor
 * index is built only when a reference needs it: a wide discovered schema is mostly never read
 * past the properties a document has, and its references are plain pointers from the root.
 * A transient document (read once, to judge values) keeps no node per schema object: a position
 * reached twice gets a new node, which spares the weak map that a wide schema's nodes crowd.
 */
function loadDoc(original, transient = false) {
    // Draft-04 and draft-06 read in draft-07 terms; ajv still validates them in their own draft.
    const schema = engineSchema(original);
    if (typeof schema !== 'boolean' && (schema === null || typeof schema !== 'object' || Array.isArray(schema))) {
        throw new SchemaError('schema must be an object or a boolean');
    }
    const draft = draftOf(schema);
    const origin = `https://connector-compat.invalid/doc-${nextDoc++}/schema.json`;
    const doc = {
        modern: draft === '2019-09' || draft === '2020-12',
        ...(transient ? {} : { interned: new WeakMap() }),
        origin,
    };
    doc.root = makeNode(doc, schema, withBase(schema, origin), undefined, '');
    return doc;
}
/** The document's $id and $anchor names, indexed on first use. */
function indexOf(doc) {
    if (doc.index)
        return doc.index;
    const index = new Map();
    const walk = (s, parentBase, pointer) => {
        const base = withBase(s, parentBase);
        if (!s || typeof s !== 'object' || Array.isArray(s))
            return;
        const node = makeNode(doc, s, base, undefined, pointer);
        const o = s;
        if (base !== parentBase || pointer === '')
            index.set(base, node);
        if (typeof o.$id === 'string' && o.$id.startsWith('#'))
            index.set(`${parentBase}${o.$id}`, node);
        if (typeof o.$anchor === 'string')
            index.set(`${base}#${o.$anchor}`, node);
        for (const [seg, v] of children(o))
            walk(v, base, `${pointer}/${seg}`);
    };
    walk(doc.root.s, doc.origin, '');
    return (doc.index = index);
}
/** The node a `$ref` (or `$recursiveRef`/`$dynamicRef`, read as a plain reference) points to. */
function resolveRef(from, ref) {
    const key = `${from.base}\u0000${ref}`;
    const refs = (from.doc.refs ??= new Map());
    let node = refs.get(key);
    if (!node)
        refs.set(key, (node = resolveUncached(from, ref)));
    return node;
}
function resolveUncached(from, ref) {
    let url;
    try {
        url = new URL(ref, from.base);
    }
    catch {
        throw new SchemaError(`invalid $ref '${ref}'`, from.pointer);
    }
    const frag = decodeURIComponent(url.hash.replace(/^#/, ''));
    url.hash = '';
    const whole = url.href;
    if (frag && !frag.startsWith('/')) {
        const named = indexOf(from.doc).get(`${whole}#${frag}`);
        if (named)
            return named;
        throw new SchemaError(`$ref '${ref}' does not resolve`, from.pointer);
    }
    // A pointer from the root needs no index; anything else (nested $id, anchors) does.
    const start = whole === from.doc.root.base && !from.doc.index ? from.doc.root : indexOf(from.doc).get(whole);
    const found = start ?? metaSchemaRoot(whole);
    if (!found)
        throw new SchemaError(`$ref '${ref}' does not resolve (references outside the document are not fetched)`, from.pointer);
    let node = found;
    for (const raw of frag.split('/').slice(1)) {
        const seg = unescapeToken(raw);
        const s = node.s;
        if (!s || typeof s !== 'object' || !Object.hasOwn(s, seg))
            throw new SchemaError(`$ref '${ref}' does not resolve`, from.pointer);
        const v = s[seg];
        node = makeNode(node.doc, v, withBase(v, node.base), node, [seg]);
    }
    return node;
}
/** The meta-schemas ajv carries (the ones it validates a `$ref` to them with), read once: draft-06 and draft-07, http or https. */
const META_SCHEMAS = new Map([
    ['json-schema.org/draft-06/schema', json_schema_draft_06],
    ['json-schema.org/draft-07/schema', json_schema_draft_07],
]);
const metaDocs = new Map();
function metaSchemaRoot(url) {
    const key = url.replace(/^https?:\/\//, '');
    const schema = META_SCHEMAS.get(key);
    if (schema === undefined)
        return undefined;
    let doc = metaDocs.get(key);
    if (!doc)
        metaDocs.set(key, (doc = loadDoc(schema)));
    return doc.root;
}
/** A named subschema of a node (e.g. `properties/x`), interned so that the same position has the same id. */
function child(node, path, value) {
    return childNode(node, value, path);
}
/** `child(node, [keyword, name], value)` for a keyword spelled the same escaped (`properties`, `anyOf`), without the list. */
function childAt(node, keyword, name, value) {
    return childNode(node, value, keyword, name);
}
function childNode(node, value, path, name) {
    // A node already made for this schema object is the node: skip building its base and pointer.
    const hit = value && typeof value === 'object' ? node.doc.interned?.get(value) : undefined;
    if (hit)
        return hit;
    return makeNode(node.doc, value, withBase(value, node.base), node, path, name);
}

;// CONCATENATED MODULE: ./src/schema/keywords.ts




/** A construct the engine does not decide; the answer becomes `unknown` naming it. */
class Unsupported extends Error {
    pointer;
    constructor(message, pointer) {
        super(message);
        this.pointer = pointer;
    }
}
const TYPES = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'];
/** The assertions on an array's length, uniqueness and what it contains. */
const ARRAY_COUNTS = ['minItems', 'maxItems', 'uniqueItems', 'contains', 'minContains', 'maxContains'];
/** Keywords that never change which instances are valid. */
const ANNOTATIONS = new Set([
    '$schema',
    '$id',
    '$comment',
    '$anchor',
    '$vocabulary',
    'title',
    'description',
    'default',
    'examples',
    'readOnly',
    'writeOnly',
    'deprecated',
    'definitions',
    '$defs',
    'order',
    'secret',
    'airbyte_secret',
    'airbyte_hidden',
    'reduce',
    'discriminator',
    'multiline',
    'always_show',
    'group',
    'groups',
    'contentMediaType',
    'contentEncoding',
    'contentSchema',
    'nullable',
    'display_type',
    'pattern_descriptor',
    'advanced_auth',
    'x-ecmascript-unsupported',
]);
const isAnnotation = (key) => ANNOTATIONS.has(key) || key.startsWith('x-');
/**
 * The keywords of drafts 4 to 2020-12 that decide which instances are valid. Any other keyword
 * (Estuary's `advanced`, a vendor's own) is an annotation, as every draft treats unknown keywords.
 */
const ASSERTIONS = new Set([
    ...['type', 'enum', 'const', 'format', 'multipleOf', 'maximum', 'exclusiveMaximum', 'minimum', 'exclusiveMinimum'],
    ...['maxLength', 'minLength', 'pattern', 'items', 'additionalItems', 'prefixItems', 'maxItems', 'minItems', 'uniqueItems'],
    ...['contains', 'minContains', 'maxContains', 'unevaluatedItems', 'maxProperties', 'minProperties', 'required', 'properties'],
    ...['patternProperties', 'additionalProperties', 'unevaluatedProperties', 'dependencies', 'dependentRequired'],
    ...['dependentSchemas', 'propertyNames', 'if', 'then', 'else', 'allOf', 'anyOf', 'oneOf', 'not'],
    ...['$ref', '$recursiveRef', '$dynamicRef'],
]);
const isAssertion = (key) => ASSERTIONS.has(key);
/** Keywords that ajv (the validator the project uses) reads in a draft; others are ignored like annotations. */
const MODERN_ONLY = new Set([
    'dependentRequired',
    'dependentSchemas',
    'minContains',
    'maxContains',
    'unevaluatedProperties',
    'unevaluatedItems',
    'prefixItems',
    '$recursiveRef',
    '$dynamicRef',
]);
function applies(node, key) {
    if (isAnnotation(key))
        return false;
    if (node.doc.modern)
        return !(key === 'dependencies');
    return !MODERN_ONLY.has(key);
}
const obj = (node) => node.s;
function sub(node, key, ...more) {
    let v = obj(node)[key];
    for (const m of more)
        v = v[m];
    return child(node, [key, ...more], v);
}
/** The i-th subschema of a list keyword (`anyOf/2`): `sub` without building its argument lists, for the interpreter's every visit. */
function branch(node, key, i) {
    return childAt(node, key, String(i), obj(node)[key][i]);
}
/** The node a `$ref` of this node points to (references are resolved inside the document only). */
function refTarget(node) {
    const o = obj(node);
    if (o.$recursiveRef !== undefined || o.$dynamicRef !== undefined) {
        if (applies(node, '$recursiveRef'))
            throw new Unsupported('$recursiveRef/$dynamicRef', node.pointer);
    }
    if (typeof o.$ref !== 'string')
        return undefined;
    return resolveRef(node, o.$ref);
}
/** The JSON type of a value (model/json.ts): an integer-valued number is `integer`. */
const typeOf = jsonTypeOf;
/** The types a `type` keyword admits, with integer inside number; undefined when absent. */
function declaredTypes(node) {
    // Read once per node: the interpreter asks for every value it checks.
    if (node.types === undefined)
        node.types = readTypes(node) ?? null;
    return node.types ?? undefined;
}
/**
 * Type sets by their `type` value, one name or two (a catalog spells a handful of them over hundreds
 * of thousands of nodes): looked up name by name, so no key is built; only valid lists are kept.
 */
const oneType = new Map();
const twoTypes = new Map();
const MAX_TYPE_SETS = 1000;
let typeSetCount = 0;
/** The names of a `type` value that is one or two strings; undefined for anything else (not kept). */
function typeNames(t) {
    if (typeof t === 'string')
        return [t];
    if (!Array.isArray(t) || t.length === 0 || t.length > 2 || !t.every((n) => typeof n === 'string'))
        return undefined;
    return t;
}
function readTypes(node) {
    const t = obj(node).type;
    if (t === undefined)
        return undefined;
    const names = typeNames(t);
    const hit = names === undefined ? undefined : names.length === 1 ? oneType.get(names[0]) : twoTypes.get(names[0])?.get(names[1]);
    if (hit)
        return hit;
    const out = new Set();
    for (const name of Array.isArray(t) ? t : [t]) {
        if (typeof name !== 'string' || !TYPES.includes(name))
            throw new SchemaError(`unknown type '${String(name)}'`, node.pointer);
        out.add(name);
        if (name === 'number')
            out.add('integer');
    }
    if (names && typeSetCount < MAX_TYPE_SETS) {
        typeSetCount++;
        if (names.length === 1)
            oneType.set(names[0], out);
        else {
            let inner = twoTypes.get(names[0]);
            if (!inner)
                twoTypes.set(names[0], (inner = new Map()));
            inner.set(names[1], out);
        }
    }
    return out;
}
/** The instance type a format applies to (ajv-formats has numeric ones); unknown formats are read as string formats. */
function formatType(name) {
    const f = formats.fullFormats[String(name)];
    return f && typeof f === 'object' && !(f instanceof RegExp) && f.type === 'number' ? 'number' : 'string';
}
const keywords_pointerOf = (at) => (typeof at === 'string' ? at : at.pointer);
/**
 * Whether a value passes a `format` as ajv-formats checks it (each format applies to strings, or
 * numbers for int32 etc.), or as Flow checks a string format ajv-formats lacks (flow-formats.ts).
 */
function checkFormat(name, value, at) {
    if (Object.hasOwn(FLOW_FORMATS, name))
        return typeof value !== 'string' || FLOW_FORMATS[name](value);
    const f = formats.fullFormats[name];
    if (f === undefined)
        throw new Unsupported(`format '${name}' (not checked by the validator)`, keywords_pointerOf(at));
    const def = f;
    const forType = f instanceof RegExp || typeof f === 'function' ? 'string' : (def.type ?? 'string');
    if (typeof value !== forType)
        return true;
    const test = f instanceof RegExp || typeof f === 'function' ? f : def.validate;
    if (test instanceof RegExp)
        return test.test(value);
    if (typeof test === 'function')
        return Boolean(test(value));
    return true;
}
/** Compiled patterns; past the bound the cache starts over (a catalog repeats a few patterns). */
const regexCache = new Map();
const MAX_REGEXES = 5_000;
function regex(pattern, at) {
    if (typeof pattern !== 'string')
        throw new SchemaError('pattern must be a string', keywords_pointerOf(at));
    let re = regexCache.get(pattern);
    if (!re) {
        try {
            re = new RegExp(pattern, 'u');
        }
        catch {
            throw new SchemaError(`invalid regular expression '${pattern}'`, keywords_pointerOf(at));
        }
        if (regexCache.size >= MAX_REGEXES)
            regexCache.clear();
        regexCache.set(pattern, re);
    }
    return re;
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object')
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a))
        return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (ka.length === kb.length &&
        ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k])));
}
/** Length as the validator counts it: in Unicode code points. */
const strLength = (s) => [...s].length;
/** multipleOf exactly as ajv tests it, floating point included. */
function isMultiple(x, m) {
    const d = x / m;
    return d === parseInt(d, 10);
}
/** Whether the node's schema has keyword `k` and the keyword applies in its draft. */
const has = (n, k) => typeof n.s === 'object' && n.s !== null && k in obj(n) && applies(n, k);

;// CONCATENATED MODULE: ./src/schema/evaluate.ts


const MAX_DEPTH = 200;
/** The keywords the interpreter reads (the two unevaluated ones share a bit: both are refused alike). */
const KEYWORDS = [
    'allOf',
    'anyOf',
    'oneOf',
    'not',
    'if',
    'then',
    'else',
    'enum',
    'const',
    'format',
    'unevaluated',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'multipleOf',
    'minLength',
    'maxLength',
    'pattern',
    ...ARRAY_COUNTS,
    'minProperties',
    'maxProperties',
    'required',
    'propertyNames',
    'dependencies',
    'dependentRequired',
    'dependentSchemas',
];
const K = Object.fromEntries(KEYWORDS.map((k, i) => [k, 1 << i]));
const BIT = new Map([
    ...KEYWORDS.map((k) => [k, K[k]]),
    ['unevaluatedProperties', K.unevaluated],
    ['unevaluatedItems', K.unevaluated],
]);
/**
 * The keywords of a node that apply, one bit each, read once per node: every value the
 * interpreter checks asks a node for a dozen keywords, nearly all of them absent.
 */
function keywordsOf(node) {
    if (node.keywords !== undefined)
        return node.keywords;
    const o = obj(node);
    // As reading a keyword of it would: a schema that is neither object nor boolean is refused.
    if (o === null || typeof o !== 'object')
        throw new TypeError(`schema at '${node.pointer}' is not an object`);
    let mask = 0;
    for (const k in o) {
        const bit = BIT.get(k);
        if (bit !== undefined && applies(node, k))
            mask |= bit;
    }
    return (node.keywords = mask);
}
const on = (mask, bit) => (mask & bit) !== 0;
/**
 * Whether a concrete value is valid under a schema node, with ajv's reading of every keyword.
 * The prover uses it for finite domains (enum, const, null, boolean); throws Unsupported where it cannot tell.
 * With `faults`, an object's properties are all judged (not only up to the first rejected one) and the rejected ones listed.
 */
function accepts(node, value, depth = 0, atomOnly = false, faults) {
    if (depth > MAX_DEPTH)
        throw new Unsupported('recursive $ref without end', node.pointer);
    const s = node.s;
    if (typeof s === 'boolean')
        return s;
    const o = obj(node);
    const d = depth + 1;
    const has = keywordsOf(node);
    if (!atomOnly && !acceptsCombined(node, value, has, d))
        return false;
    const types = declaredTypes(node);
    const t = typeOf(value);
    if (types && !types.has(t))
        return false;
    if (on(has, K.enum) && !o.enum.some((e) => deepEqual(e, value)))
        return false;
    if (on(has, K.const) && !deepEqual(o.const, value))
        return false;
    if (on(has, K.format) && !checkFormat(String(o.format), value, node))
        return false;
    if (on(has, K.unevaluated))
        throw new Unsupported('unevaluatedProperties/unevaluatedItems', node.pointer);
    if (typeof value === 'number')
        return acceptsNumber(o, value, has);
    if (typeof value === 'string')
        return acceptsString(node, value, has);
    if (Array.isArray(value))
        return acceptsArray(node, value, has, d);
    if (value && typeof value === 'object')
        return acceptsObject(node, value, has, d, faults);
    return true;
}
/** The combining keywords ($ref, allOf, anyOf, oneOf, not, if/then/else). */
function acceptsCombined(node, value, has, d) {
    const o = obj(node);
    const target = refTarget(node);
    if (target && !accepts(target, value, d))
        return false;
    // Loops rather than every/some/filter with a closure: this runs for every value a document has.
    if (on(has, K.allOf)) {
        for (let i = 0; i < o.allOf.length; i++)
            if (!accepts(branch(node, 'allOf', i), value, d))
                return false;
    }
    if (on(has, K.anyOf)) {
        let any = false;
        for (let i = 0; i < o.anyOf.length && !any; i++)
            any = accepts(branch(node, 'anyOf', i), value, d);
        if (!any)
            return false;
    }
    if (on(has, K.oneOf)) {
        // Every branch is judged, as before: one that cannot be judged is never passed over.
        let passed = 0;
        for (let i = 0; i < o.oneOf.length; i++)
            if (accepts(branch(node, 'oneOf', i), value, d))
                passed++;
        if (passed !== 1)
            return false;
    }
    if (on(has, K.not) && accepts(sub(node, 'not'), value, d))
        return false;
    if (on(has, K.if)) {
        const branch = accepts(sub(node, 'if'), value, d) ? 'then' : 'else';
        if (on(has, K[branch]) && !accepts(sub(node, branch), value, d))
            return false;
    }
    return true;
}
const own = (o, k) => Object.hasOwn(o, k);
function acceptsNumber(o, x, has) {
    if (on(has, K.minimum) && x < o.minimum)
        return false;
    if (on(has, K.maximum) && x > o.maximum)
        return false;
    if (on(has, K.exclusiveMinimum) && typeof o.exclusiveMinimum === 'number' && x <= o.exclusiveMinimum)
        return false;
    if (on(has, K.exclusiveMaximum) && typeof o.exclusiveMaximum === 'number' && x >= o.exclusiveMaximum)
        return false;
    if (on(has, K.multipleOf) && !isMultiple(x, o.multipleOf))
        return false;
    return true;
}
function acceptsString(node, str, has) {
    const o = obj(node);
    const len = on(has, K.minLength) || on(has, K.maxLength) ? strLength(str) : 0;
    if (on(has, K.minLength) && len < o.minLength)
        return false;
    if (on(has, K.maxLength) && len > o.maxLength)
        return false;
    if (on(has, K.pattern) && !regex(o.pattern, node).test(str))
        return false;
    return true;
}
/** The schema that applies to position i of an array (undefined: anything goes). */
function itemNode(node, i) {
    const o = obj(node);
    const prefixKey = node.doc.modern && Array.isArray(o.prefixItems) ? 'prefixItems' : Array.isArray(o.items) ? 'items' : undefined;
    const prefix = prefixKey ? o[prefixKey] : undefined;
    if (prefix) {
        if (i < prefix.length)
            return sub(node, prefixKey, String(i));
        const rest = prefixKey === 'prefixItems' ? 'items' : 'additionalItems';
        return rest in o && applies(node, rest) ? sub(node, rest) : undefined;
    }
    return 'items' in o ? sub(node, 'items') : undefined;
}
function acceptsArray(node, arr, has, d) {
    const o = obj(node);
    if (on(has, K.minItems) && arr.length < o.minItems)
        return false;
    if (on(has, K.maxItems) && arr.length > o.maxItems)
        return false;
    if (on(has, K.uniqueItems) && o.uniqueItems === true) {
        for (let i = 0; i < arr.length; i++)
            for (let j = i + 1; j < arr.length; j++)
                if (deepEqual(arr[i], arr[j]))
                    return false;
    }
    for (let i = 0; i < arr.length; i++) {
        const item = itemNode(node, i);
        if (item && !accepts(item, arr[i], d))
            return false;
    }
    if (on(has, K.contains)) {
        const n = arr.filter((v) => accepts(sub(node, 'contains'), v, d)).length;
        const min = on(has, K.minContains) ? o.minContains : 1;
        if (n < min)
            return false;
        if (on(has, K.maxContains) && n > o.maxContains)
            return false;
    }
    return true;
}
/** The schemas that apply to a property name (properties, matching patternProperties, else additionalProperties). */
function propertyNodes(node, name) {
    const o = obj(node);
    const out = [];
    const props = o.properties;
    if (props && Object.hasOwn(props, name))
        out.push(sub(node, 'properties', name));
    const pats = o.patternProperties;
    for (const p of Object.keys(pats ?? {}))
        if (regex(p, node).test(name))
            out.push(sub(node, 'patternProperties', p));
    if (out.length === 0 && 'additionalProperties' in o)
        out.push(sub(node, 'additionalProperties'));
    return out;
}
/**
 * Whether a property's value passes every schema that applies to its name (see `propertyNodes`),
 * without building that list when no pattern can apply.
 */
function propertyAccepts(node, o, name, value, d) {
    if (o.patternProperties !== undefined)
        return propertyNodes(node, name).every((n) => accepts(n, value, d));
    const props = o.properties;
    if (props && own(props, name))
        return accepts(childAt(node, 'properties', name, props[name]), value, d);
    return 'additionalProperties' in o ? accepts(sub(node, 'additionalProperties'), value, d) : true;
}
const DEPENDENCY_KEYWORDS = ['dependencies', 'dependentRequired', 'dependentSchemas'];
function acceptsObject(node, v, has, d, faults) {
    const o = obj(node);
    if (on(has, K.minProperties) || on(has, K.maxProperties)) {
        const count = Object.keys(v).length;
        if (on(has, K.minProperties) && count < o.minProperties)
            return false;
        if (on(has, K.maxProperties) && count > o.maxProperties)
            return false;
    }
    if (on(has, K.required) && !o.required.every((k) => own(v, k)))
        return false;
    // for-in: no list of its keys is made (a JSON value has no inherited enumerable properties).
    for (const k in v) {
        if (!propertyAccepts(node, o, k, v[k], d)) {
            if (!faults)
                return false;
            faults.keys.push(k);
            continue;
        }
        // Past a rejected property the verdict is made: only the other properties' values are still judged.
        if (faults?.keys.length)
            continue;
        if (on(has, K.propertyNames) && !accepts(sub(node, 'propertyNames'), k, d))
            return false;
    }
    if (faults) {
        faults.complete = true;
        if (faults.keys.length > 0)
            return false;
    }
    for (const kw of DEPENDENCY_KEYWORDS) {
        if (!on(has, K[kw]))
            continue;
        for (const [k, dep] of Object.entries(o[kw])) {
            if (!own(v, k))
                continue;
            if (Array.isArray(dep)) {
                if (!dep.every((r) => own(v, r)))
                    return false;
            }
            else if (!accepts(sub(node, kw, k), v, d))
                return false;
        }
    }
    return true;
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2019.js
var _2019 = __webpack_require__(878);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var ajv_formats_dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(ajv_formats_dist);
// EXTERNAL MODULE: ./node_modules/ajv-draft-04/dist/index.js
var ajv_draft_04_dist = __webpack_require__(905);
var ajv_draft_04_dist_default = /*#__PURE__*/__webpack_require__.n(ajv_draft_04_dist);
;// CONCATENATED MODULE: ./src/schema/idn-formats.ts
let idn_formats_formats;
const CHECKS = {
    'idn-hostname': 'isIdn',
    'idn-email': 'isIdnEmail',
    iri: 'isIri',
    'iri-reference': 'isIriReference',
};
/** Loads the format checks (the IDNA tables are 180 KB) once, before the first question. */
async function idn_formats_loadIdnFormats() {
    idn_formats_formats ??= await __webpack_require__.e(/* import() */ 24).then(__webpack_require__.bind(__webpack_require__, 8024));
}
/** Whether the format is one of these. */
const idn_formats_isIdnFormat = (name) => Object.hasOwn(CHECKS, name);
/** Whether `name` is one of these formats and its check is loaded. */
const checksIdnFormat = (name) => idn_formats_formats !== undefined && idn_formats_isIdnFormat(name);
/**
 * The package's `isIdn` (used by `idn-email` too) prints each IDNA error it catches with console.log
 * (`src/uts46.js`); this project's stdout carries reports and `--batch` answers, so the call is
 * made with console.log silenced. The check is synchronous: nothing else runs meanwhile.
 */
function quietly(check, value) {
    const log = console.log;
    console.log = () => { };
    try {
        return check(value);
    }
    finally {
        console.log = log;
    }
}
/** Adds the four formats to an ajv instance; before loading, each accepts every string (ajv's default). */
function addIdnFormats(ajv) {
    for (const name of Object.keys(CHECKS)) {
        ajv.addFormat(name, { type: 'string', validate: (value) => idn_formats_formats === undefined || quietly(idn_formats_formats[CHECKS[name]], value) });
    }
}

;// CONCATENATED MODULE: ./src/schema/validate.ts










// ajv-formats is CommonJS; under NodeNext its default import is the module object or the plugin itself.
const addFormats = ((dist_default())["default"] ?? (dist_default()));
const Ajv04 = ((ajv_draft_04_dist_default())["default"] ?? (ajv_draft_04_dist_default()));
const byObject = new WeakMap();
const byText = new Map();
/** Validators by JSON text as written, in front of the canonical text: JSON.stringify is native, sorting keys is not. */
const byJson = new Map();
/** Validators kept by text: a catalog's repeated small schemas hit, its thousands of distinct wide ones pass through. */
const MAX_BY_TEXT = 2000;
const shared = new Map();
/**
 * Formats the validator checks (ajv-formats', Flow's that ajv-formats lacks, and the IDN/IRI ones
 * once loaded); ajv ignores any other `format` value (an annotation).
 */
function knownFormat(name) {
    return Object.hasOwn(formats.fullFormats, name) || Object.hasOwn(FLOW_FORMATS, name) || checksIdnFormat(name);
}
function newAjv(draft, allErrors, validateSchema) {
    // Discovered schemas are wide (hundreds of properties, shared $defs): ajv's default inlining of
    // every $ref and its code optimizer make compiling one take several times longer than without.
    const options = {
        strict: false,
        // Only a value's own properties are its JSON properties (as Flow reads documents): by default ajv
        // reads `data.constructor` of a document without one, and rejects it where a schema declares it.
        ownProperties: true,
        allErrors,
        logger: false,
        validateFormats: true,
        inlineRefs: false,
        code: { optimize: false },
        validateSchema,
    };
    const ajv = draft === '2020-12'
        ? new _2020.Ajv2020(options)
        : draft === '2019-09'
            ? new _2019.Ajv2019(options)
            : draft === 'draft-04'
                ? new Ajv04(options)
                : new dist_ajv.Ajv(options);
    if (draft === 'draft-06')
        ajv.addMetaSchema(json_schema_draft_06);
    addFormats(ajv);
    rememberFormatAnswers(ajv);
    for (const [name, validate] of Object.entries(FLOW_FORMATS))
        ajv.addFormat(name, { type: 'string', validate });
    addIdnFormats(ajv);
    return ajv;
}
/** Values whose format answers a check keeps, the latest ones. */
const REMEMBERED = 4;
const EMPTY = Symbol('none yet');
/**
 * ajv-formats' checks that run code (date-time parses its date and time apart; most others are
 * regular expressions), each keeping its answers for the last values it was asked: a candidate's
 * document is validated against both sides' schemas, one after the other, and asks the same values
 * twice. The checks are pure functions of the value, so a kept answer is the answer. A few values
 * compared in place cost less than hashing each into a map.
 */
function rememberFormatAnswers(ajv) {
    for (const [name, format] of Object.entries(formats.fullFormats)) {
        const defined = typeof format === 'object' && !(format instanceof RegExp) ? format : undefined;
        const check = (typeof format === 'function' ? format : defined?.validate);
        if (typeof check !== 'function')
            continue;
        const values = new Array(REMEMBERED).fill(EMPTY);
        const answers = new Array(REMEMBERED).fill(false);
        let next = 0;
        const remembering = (value) => {
            for (let i = 0; i < REMEMBERED; i++)
                if (values[i] === value)
                    return answers[i];
            const answer = check(value);
            values[next] = value;
            answers[next] = answer;
            next = (next + 1) % REMEMBERED;
            return answer;
        };
        ajv.addFormat(name, (defined ? { ...defined, validate: remembering } : remembering));
    }
}
/** Stable text of a JSON value (keys sorted), so that equal schemas share one compiled validator. */
function canonicalText(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalText).join(',')}]`;
    if (value && typeof value === 'object') {
        const keys = Object.keys(value).sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalText(value[k])}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/**
 * One shared ajv per draft and error mode; a schema with an $id gets its own (ajv refuses an $id
 * twice). Only the draft's first instance checks schemas against the meta-schema (compiling the
 * meta-schema costs more than most schemas): the others compile schemas it has checked.
 */
function ajvFor(draft, allErrors, hasId) {
    const checker = !allErrors && !hasId;
    if (hasId)
        return newAjv(draft, allErrors, false);
    const key = `${draft}:${allErrors}`;
    let ajv = shared.get(key);
    if (!ajv)
        shared.set(key, (ajv = newAjv(draft, allErrors, checker)));
    return ajv;
}
/** Throws as ajv's compile does for a schema its draft's meta-schema rejects. */
function checkMeta(draft, schema) {
    const checker = ajvFor(draft, false, false);
    if (checker.validateSchema(schema) !== true)
        throw new Error(`schema is invalid: ${checker.errorsText(checker.errors)}`);
}
function compileWith(ajv, schema) {
    const validate = ajv.compile(schema);
    // ajv keeps every compiled schema in its own cache for good; ours below is bounded instead.
    if (typeof schema === 'object')
        ajv.removeSchema(schema);
    return validate;
}
function build(schema, first) {
    if (typeof schema !== 'boolean' && (schema === null || typeof schema !== 'object' || Array.isArray(schema))) {
        return 'schema must be an object or a boolean';
    }
    let draft = draftOf(schema);
    let body = schema;
    if (draft === undefined) {
        // A $schema that names no known draft: read it as draft-07 rather than refuse.
        const { $schema: _ignored, ...rest } = schema;
        body = rest;
        draft = 'draft-07';
    }
    else if (typeof body === 'object' && '$schema' in body && body.$schema !== META_ID[draft]) {
        // Any spelling of a draft's meta-schema URI (https, no '#') as the one ajv registers.
        body = { ...body, $schema: META_ID[draft] };
    }
    try {
        // Schemas with an $id cannot be added twice to one ajv instance, so each gets its own.
        const hasId = (draft === 'draft-04' ? /"\$?id"\s*:\s*"/ : /"\$id"\s*:\s*"/).test(JSON.stringify(body));
        // One of the two compiles happens now (it says whether the schema is valid), the other when asked for.
        // The first compile checks the schema against its meta-schema (the checker instance does it itself).
        let checked = false;
        const compileFor = (allErrors) => {
            const ajv = ajvFor(draft, allErrors, hasId);
            if (!checked && ajv !== ajvFor(draft, false, false))
                checkMeta(draft, body);
            checked = true;
            return compileWith(ajv, body);
        };
        let validate = first === 'validate' ? compileFor(false) : undefined;
        let explain = first === 'explain' ? compileFor(true) : undefined;
        return {
            // Reporting all errors changes no verdict: a schema compiled to explain also validates.
            validate: (instance) => (validate ?? explain ?? (validate = compileFor(false)))(instance),
            rawErrors: (instance) => {
                explain ??= compileFor(true);
                return explain(instance) ? [] : [...(explain.errors ?? [])];
            },
        };
    }
    catch (err) {
        // ajv compiles a schema into code recursively: a very wide or deep one overflows the stack.
        if (err instanceof RangeError)
            return `${TOO_LARGE}: ${err.message}`;
        return err instanceof Error ? err.message : String(err);
    }
}
/** The start of the error of a schema too large (wide or deep) for ajv to compile; not an invalid schema. */
const TOO_LARGE = 'too large for the validator to compile';
/** Meta-schema verdicts by schema text: the parts of a catalog ask it of the same small shells thousands of times. */
const metaByText = new Map();
/** Whether the schema is valid under its draft's meta-schema, without compiling it. */
function metaValid(schema) {
    const draft = draftOf(schema);
    if (draft === undefined || typeof schema !== 'object' || schema === null)
        return false;
    const spelled = '$schema' in schema ? { ...schema, $schema: META_ID[draft] } : schema;
    const text = JSON.stringify(spelled);
    let valid = metaByText.get(text);
    if (valid === undefined) {
        try {
            valid = ajvFor(draft, false, false).validateSchema(spelled) === true;
        }
        catch {
            valid = false;
        }
        remember(metaByText, text, valid);
    }
    return valid;
}
function remember(map, key, value) {
    if (map.size >= MAX_BY_TEXT)
        map.delete(map.keys().next().value);
    map.set(key, value);
}
/**
 * Compiles (once per schema object and per canonical text) the validator of a schema; a string is
 * the reason it is invalid. `first` names the use to compile for now; the other compiles when asked for.
 * `byObjectToo: false` is for a schema object made for one use, whose caller keeps the answer: no
 * weak-map entry is made for it.
 */
function compiled(schema, first = 'validate', byObjectToo = true) {
    const isObj = byObjectToo && schema !== null && typeof schema === 'object';
    if (isObj) {
        const hit = byObject.get(schema);
        if (hit !== undefined)
            return hit;
    }
    let result;
    try {
        const json = JSON.stringify(schema) ?? 'null';
        result = byJson.get(json);
        if (result === undefined) {
            const text = canonicalText(schema);
            result = byText.get(text);
            if (result === undefined)
                remember(byText, text, (result = build(schema, first)));
            remember(byJson, json, result);
        }
    }
    catch {
        return 'schema is not JSON';
    }
    if (isObj)
        byObject.set(schema, result);
    return result;
}
/** One ajv error as `"<instance path> <message>"`. */
function describeError(e) {
    return `${e.instancePath || '/'} ${e.message ?? e.keyword}`;
}
/** The validator of a schema for configs and documents; `ok: false` when the schema itself is invalid. */
function validator(schema) {
    const c = compiled(schema);
    if (typeof c === 'string')
        return { ok: false, error: c, ...(c.startsWith(TOO_LARGE) ? { tooLarge: true } : {}) };
    return { ok: true, validate: c.validate, errors: (instance) => c.rawErrors(instance).map(describeError) };
}

;// CONCATENATED MODULE: ./src/schema/parts.ts





const OBJECT_KEYWORDS = new Set(['type', 'properties', 'required']);
/** Keywords that change how references resolve: a schema using them is judged whole. */
const SCOPING = /"\$(id|anchor|dynamicAnchor|recursiveAnchor|recursiveRef|dynamicRef)"\s*:/;
const REF = /"\$ref"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
/** References that a part can keep: into the root's definitions, which the part carries along. */
const LOCAL_REF = /^#\/(\$defs|definitions)\/([^/]+)$/;
const parts_has = (o, k) => Object.hasOwn(o, k);
/** Whether a schema text has references, when each one points into the root's definitions and nothing rescopes them. */
function plainRefs(text) {
    if (SCOPING.test(text))
        return undefined;
    let any = false;
    for (const m of text.matchAll(REF)) {
        if (!LOCAL_REF.test(JSON.parse(`"${m[1]}"`)))
            return undefined;
        any = true;
    }
    return any;
}
class Root {
    root;
    head;
    defs;
    defsUsable;
    nodes = new WeakMap();
    /** References being followed, against a definition that only refers on. */
    following = new Set();
    constructor(root) {
        this.root = root;
        this.head = root.$schema !== undefined ? { $schema: root.$schema } : {};
        this.defs = {
            ...(root.$defs !== undefined ? { $defs: root.$defs } : {}),
            ...(root.definitions !== undefined ? { definitions: root.definitions } : {}),
        };
    }
    /** The definitions travel with every whole part that refers into them, so they must be plain themselves. */
    defsOk() {
        return (this.defsUsable ??= plainRefs(JSON.stringify(this.defs)) !== undefined);
    }
    check(node) {
        if (!isJsonObject(node))
            return this.whole(node);
        let hit = this.nodes.get(node);
        if (!hit) {
            hit = this.split(node) ?? this.items(node) ?? this.target(node) ?? this.anyOf(node) ?? this.whole(node);
            if (!hit)
                return undefined;
            this.nodes.set(node, hit);
        }
        return hit;
    }
    /** A node that is only a reference into the definitions is judged as its target. */
    target(node) {
        if (typeof node.$ref !== 'string' || !Object.keys(node).every((k) => k === '$ref' || isAnnotation(k)))
            return undefined;
        const m = LOCAL_REF.exec(node.$ref);
        const defs = m ? this.root[m[1]] : undefined;
        const name = m ? unescapeToken(decodeURIComponent(m[2])) : undefined;
        if (!isJsonObject(defs) || name === undefined || !parts_has(defs, name) || this.following.has(node))
            return undefined;
        this.following.add(node);
        try {
            return this.check(defs[name]);
        }
        finally {
            this.following.delete(node);
        }
    }
    /** An array node that says only `type` and one `items` schema: its type, then each item. */
    items(node) {
        if (!isJsonObject(node.items) ||
            !Object.keys(node).every((k) => k === 'type' || k === 'items' || (isAnnotation(k) && !SCOPING.test(`"${k}":`))))
            return undefined;
        const { items: _i, ...shell } = node;
        if (!metaValid({ ...this.head, ...shell }))
            return undefined;
        const type = node.type === undefined ? undefined : this.whole({ type: node.type });
        const item = node.items;
        return {
            validate: (value) => {
                const t = type ? type.validate(value) : true;
                if (t !== true || !Array.isArray(value))
                    return t;
                const c = value.length ? this.check(item) : undefined;
                if (value.length && !c)
                    return undefined;
                let ok = true;
                for (const v of value) {
                    const r = c.validate(v);
                    if (r === undefined)
                        return undefined;
                    ok &&= r;
                }
                return ok;
            },
            errors: (value, at) => {
                const out = type ? type.errors(value, at) : [];
                if (!out || !Array.isArray(value) || value.length === 0)
                    return out;
                const c = this.check(item);
                if (!c)
                    return undefined;
                for (let i = 0; i < value.length; i++) {
                    if (c.validate(value[i]) === true)
                        continue;
                    const errs = c.errors(value[i], `${at}/${i}`);
                    if (!errs)
                        return undefined;
                    out.push(...errs);
                }
                return out;
            },
        };
    }
    /**
     * A node that is only `anyOf`: valid when a branch is (each judged by parts). Its errors are
     * what ajv reports for it compiled whole: every branch's own errors (ajv tries each while none
     * matched), then its one `anyOf` error; taken by parts too, which spares compiling each wide
     * nullable object of a catalog for its errors. Where a branch does not split, the node is compiled whole.
     */
    anyOf(node) {
        const branches = node.anyOf;
        if (!Array.isArray(branches) || branches.length === 0 || !Object.keys(node).every((k) => k === 'anyOf' || isAnnotation(k)))
            return undefined;
        const whole = this.whole(node);
        if (!whole)
            return undefined;
        return {
            validate: (value) => {
                let unknown = false;
                for (const b of branches) {
                    const v = this.check(b)?.validate(value);
                    if (v === true)
                        return true;
                    if (v === undefined)
                        unknown = true;
                }
                return unknown ? whole.validate(value) : false;
            },
            errors: (value, at) => {
                const out = [];
                for (const b of branches) {
                    const errs = this.check(b)?.errors(value, at);
                    if (!errs)
                        return whole.errors(value, at);
                    // A branch that matches makes the node valid: ajv drops the other branches' errors.
                    if (errs.length === 0)
                        return [];
                    out.push(...errs);
                }
                out.push({ instancePath: at, schemaPath: '#/anyOf', keyword: 'anyOf', params: {}, message: 'must match a schema in anyOf' });
                return out;
            },
        };
    }
    /** The whole node as one compiled part, with the definitions it refers to; undefined when it cannot stand alone. */
    whole(node) {
        let schema = node;
        if (isJsonObject(node)) {
            if ('$schema' in node || '$defs' in node || 'definitions' in node)
                return undefined;
            const refs = plainRefs(JSON.stringify(node));
            if (refs === undefined || (refs && !this.defsOk()))
                return undefined;
            schema = { ...this.head, ...node, ...(refs ? this.defs : {}) };
        }
        // A part is small: compiled to explain, it also validates, so it compiles once.
        let made;
        const c = () => {
            made ??= compiled(schema, 'explain', false);
            return typeof made === 'string' ? undefined : made;
        };
        return {
            validate: (value) => c()?.validate(value),
            errors: (value, at) => c()
                ?.rawErrors(value)
                .map((e) => (at ? { ...e, instancePath: at + e.instancePath } : e)),
        };
    }
    /** An object node judged by its type, each required name and each property; undefined when it says more. */
    split(node, isRoot = false) {
        const allowed = (k) => OBJECT_KEYWORDS.has(k) || (isRoot && (k === '$defs' || k === 'definitions')) || (isAnnotation(k) && !SCOPING.test(`"${k}":`));
        if (!Object.keys(node).every(allowed))
            return undefined;
        const props = node.properties ?? {};
        const required = node.required ?? [];
        if (!isJsonObject(props) || !Array.isArray(required) || !required.every((r) => typeof r === 'string'))
            return undefined;
        // A node ajv refuses as a whole has no verdict, though its parts might compile: its own keywords
        // are checked here, each property's and definition's when its part compiles.
        const { properties: _p, $defs: _d, definitions: _n, ...shell } = node;
        if (!metaValid({ ...this.head, ...shell }))
            return undefined;
        const own = [
            ...(node.type !== undefined ? [{ ...this.head, type: node.type }] : []),
            ...required.map((r) => ({ ...this.head, required: [r] })),
        ];
        // Compiled to explain, which also validates: one compile per part, whichever is asked first.
        let mine;
        const self = () => {
            if (mine === undefined) {
                const all = own.map((s) => compiled(s, 'explain', false));
                mine = all.every((c) => typeof c !== 'string') ? all : null;
            }
            return mine ?? undefined;
        };
        /** The checks of the properties the value has (in the schema's order, as ajv reports them). */
        const present = (value, names) => {
            if (!isJsonObject(value))
                return [];
            const out = [];
            for (const k of Object.keys(props)) {
                if (!parts_has(value, k) || (names && !names.has(k)))
                    continue;
                const c = this.check(props[k]);
                if (!c)
                    return undefined;
                out.push([k, c]);
            }
            return out;
        };
        return {
            validate: (value) => {
                const mine = self();
                if (!mine)
                    return undefined;
                if (!isJsonObject(value))
                    return mine.every((c) => c.validate(value));
                // The verdict needs no order: the value's own keys, fewer than a wide schema's properties.
                const checks = [];
                for (const k of Object.keys(value)) {
                    if (!parts_has(props, k))
                        continue;
                    const c = this.check(props[k]);
                    if (!c)
                        return undefined;
                    checks.push([value[k], c]);
                }
                if (!mine.every((c) => c.validate(value)))
                    return false;
                let ok = true;
                for (const [v, c] of checks) {
                    const r = c.validate(v);
                    if (r === undefined)
                        return undefined;
                    ok &&= r;
                }
                return ok;
            },
            errors: (value, at, names) => {
                const mine = self();
                const parts = present(value, names);
                if (!mine || !parts)
                    return undefined;
                const out = mine.flatMap((c) => c.rawErrors(value).map((e) => (at ? { ...e, instancePath: at + e.instancePath } : e)));
                for (const [k, c] of parts) {
                    const v = value[k];
                    // Valid values have no errors; asking that first keeps to the fast validators.
                    if (c.validate(v) === true)
                        continue;
                    const errs = c.errors(v, `${at}/${escapeToken(k)}`);
                    if (!errs)
                        return undefined;
                    out.push(...errs);
                }
                return out;
            },
        };
    }
}
const cache = new WeakMap();
function partsOfRoot(schema) {
    if (draftOf(schema) === undefined)
        return null;
    // Only a root that splits: judged whole, a wide schema would be one large compile per document.
    const top = new Root(schema).split(schema, true);
    if (!top)
        return null;
    return {
        validate: (doc) => top.validate(doc),
        errors: (doc, properties) => top.errors(doc, '', new Set(properties)),
    };
}
/** The schema taken part by part, or undefined when it is not an object schema. */
function partsOf(schema) {
    if (!isJsonObject(schema))
        return undefined;
    let hit = cache.get(schema);
    if (hit === undefined)
        cache.set(schema, (hit = partsOfRoot(schema)));
    return hit ?? undefined;
}

;// CONCATENATED MODULE: ./src/schema/prune.ts

/**
 * The schema with the subschemas of properties the instance lacks replaced by `true`. Validation
 * of that instance gives the same answer (the names stay where additionalProperties reads them),
 * and the compiled validator stays small: a 300-field schema costs one small compile
 * per witness instead of a large one per binding.
 */
function pruneFor(schema, instance) {
    if (!isJsonObject(schema))
        return schema;
    const out = { ...schema };
    if (isJsonObject(schema.properties)) {
        // The names of absent properties matter only to keywords that look at the other properties.
        const namesMatter = ['additionalProperties', 'patternProperties', 'unevaluatedProperties'].some((k) => k in schema);
        const props = {};
        for (const [k, sub] of Object.entries(schema.properties)) {
            if (isJsonObject(instance) && Object.hasOwn(instance, k))
                setOwn(props, k, pruneFor(sub, instance[k]));
            else if (namesMatter)
                setOwn(props, k, true);
        }
        out.properties = props;
    }
    for (const k of ['anyOf', 'oneOf', 'allOf'])
        if (Array.isArray(schema[k]))
            out[k] = schema[k].map((s) => pruneFor(s, instance));
    for (const k of ['not', 'if', 'then', 'else'])
        if (schema[k] !== undefined)
            out[k] = pruneFor(schema[k], instance);
    if (schema.items !== undefined && Array.isArray(instance) && instance.length === 0)
        out.items = true;
    return out;
}
/**
 * One object with every property any of the values has, at every level (arrays by their items,
 * other values as null): what pruneFor keeps for all of them, holding none of their strings.
 */
function mergedShape(values) {
    const objects = values.filter(isJsonObject);
    const arrays = values.filter(Array.isArray);
    if (objects.length === 0)
        return arrays.length ? [mergedShape(arrays.flat())] : null;
    const keys = new Set(objects.flatMap((o) => Object.keys(o)));
    return Object.fromEntries([...keys].map((k) => [k, mergedShape(objects.map((o) => o[k]).filter((v) => v !== undefined))]));
}
/**
 * Whether the schema pruned for `shape` (a mergedShape) judges `value` as the whole schema does:
 * each object of the value has only properties the shape has there. (pruneFor keeps array items
 * whole unless the shape's array is empty, which a merged shape never is.)
 */
function covers(shape, value) {
    if (!isJsonObject(value))
        return true;
    if (!isJsonObject(shape))
        return false;
    for (const k in value)
        if (!Object.hasOwn(shape, k) || !covers(shape[k], value[k]))
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/schema/document-check.ts





/**
 * Compiling a wide discovered schema with ajv costs tens to hundreds of milliseconds, far more
 * than reading a handful of documents with the engine's interpreter, which gives ajv's reading of
 * every keyword. So the first documents are interpreted, and ajv compiles (once per schema, cached)
 * when a collection turns out to hold many documents, when the interpreter cannot tell, or to
 * confirm and explain a rejection: a problem is only ever reported from ajv's own errors.
 */
const INTERPRET_FIRST = 32;
const explain = (c, value) => (typeof c === 'string' ? [] : c.rawErrors(value).map(asProblem));
const asProblem = (e) => ({ pointer: e.instancePath, message: e.message ?? e.keyword });
/** The document's top-level properties whose values the schema's property schemas reject. */
function faultyPart(root, value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return {};
    const v = value;
    return Object.fromEntries(Object.keys(v)
        .filter((k) => !propertyNodes(root, k).every((n) => accepts(n, v[k])))
        .map((k) => [k, v[k]]));
}
/** Shapes a check compiles the schema pruned for before it compiles the whole schema (documents that keep bringing new fields). */
const MAX_SHAPES = 8;
/**
 * The interpreted documents from this one on make the shape of ajv's first compile: a collection
 * of a few documents (a catalog's) keeps none, one of many compiles once for what most hold.
 */
const SHAPE_FROM = 8;
/**
 * `schema` is what the interpreter reads and what ajv explains rejections from. For many
 * documents ajv compiles the schema pruned to the fields the documents checked so far hold (a
 * wide discovered schema, pruned to what a source sends, is a far smaller compile), again when a
 * document brings a field the pruned one left out, and the whole schema past MAX_SHAPES: pruned
 * for a document, a schema judges that document as the whole one does (prune.ts).
 */
function documentCheck(schema) {
    let seen = 0;
    let doc;
    let ajv;
    /** The fields of the documents checked (a mergedShape), for which ajv compiles the schema pruned. */
    let shape;
    let shapes = 0;
    const grow = (value) => {
        shape = mergedShape(shape === undefined ? [value] : [shape, value]);
    };
    // Compiled to explain: a rejected document then needs no second compile, and a valid one costs the same.
    const compile = (value) => {
        if (shapes > MAX_SHAPES || (ajv !== undefined && covers(shape, value)))
            return (ajv ??= compiled(schema, 'explain'));
        grow(value);
        if (++shapes > MAX_SHAPES)
            return (ajv = compiled(schema, 'explain'));
        return (ajv = compiled(pruneFor(schema, shape), 'explain'));
    };
    const interpreted = (value, faults) => {
        if (seen++ >= INTERPRET_FIRST || doc === null)
            return undefined;
        if (seen > SHAPE_FROM)
            grow(value);
        try {
            doc ??= loadDoc(schema, true);
            return accepts(doc.root, value, 0, false, faults);
        }
        catch {
            // Unsupported construct or unresolvable $ref: let ajv decide from now on.
            doc = null;
            return undefined;
        }
    };
    return {
        problems(value) {
            const faults = { keys: [], complete: false };
            const verdict = interpreted(value, faults);
            if (verdict === true)
                return [];
            if (verdict === false && doc) {
                // Rejected: ajv explains it from the root's own keywords and the top-level properties the
                // interpreter found at fault, part by part (shared small validators) where the schema allows,
                // else from the schema pruned to those properties: a small compile instead of the wide schema.
                // The properties the verdict already found at fault, when it judged them all.
                const faulty = faults.complete
                    ? Object.fromEntries(faults.keys.map((k) => [k, value[k]]))
                    : faultyPart(doc.root, value);
                const parts = partsOf(schema)?.errors(value, Object.keys(faulty));
                const explained = parts ? parts.map(asProblem) : explain(compiled(pruneFor(schema, faulty), 'explain'), value);
                if (explained.length > 0)
                    return explained;
            }
            const checked = compile(value);
            return typeof checked === 'string' || checked.validate(value) ? [] : explain(checked, value);
        },
    };
}

;// CONCATENATED MODULE: ./src/schema/explain.ts


const COMBINING = new Set(['anyOf', 'oneOf', 'allOf', 'not', 'if', '$ref', 'false schema']);
function at(value, instancePath) {
    let v = value;
    for (const raw of instancePath.split('/').slice(1)) {
        const seg = unescapeToken(raw);
        v = v && typeof v === 'object' ? v[seg] : undefined;
    }
    return v;
}
const typeWord = (v) => (v === undefined ? 'value' : typeOf(v));
/**
 * The most specific place in B where a witness fails, from ajv's errors: the deepest instance
 * location, preferring plain keywords over combinators (whose own errors say less).
 */
function explainFailure(witness, errors) {
    if (errors.length === 0)
        return { pointer: '', reason: 'value no longer accepted' };
    const rank = (e) => e.instancePath.split('/').length * 2 + (COMBINING.has(e.keyword) ? 0 : 1);
    const best = [...errors].sort((x, y) => rank(y) - rank(x))[0];
    const segments = best.schemaPath.replace(/^#/, '').split('/');
    const pointer = best.keyword === 'false schema' ? segments.join('/') : segments.slice(0, -1).join('/');
    const value = at(witness, best.instancePath);
    const where = best.instancePath ? ` at ${best.instancePath}` : '';
    const p = best.params;
    let reason;
    switch (best.keyword) {
        case 'type':
            reason = `${typeWord(value)} no longer accepted${where}`;
            break;
        case 'required':
            reason = `property '${String(p.missingProperty)}' became required`;
            break;
        case 'additionalProperties':
            reason = `property '${String(p.additionalProperty)}' no longer allowed`;
            break;
        case 'false schema':
            reason = best.instancePath ? `property '${best.instancePath.split('/').pop()}' no longer allowed` : 'nothing is accepted any more';
            break;
        case 'enum':
        case 'const':
            reason = `value ${JSON.stringify(value)} no longer accepted${where}`;
            break;
        default:
            reason = `${typeWord(value)} ${JSON.stringify(value)} no longer accepted${where}: ${best.message ?? best.keyword}`;
    }
    return { pointer, reason };
}

;// CONCATENATED MODULE: ./src/schema/proof.ts
const PROVED = { ok: true };
const fail = (reason, pointer, example) => example === undefined ? { ok: false, reason, pointer } : { ok: false, reason, pointer, example };
class OutOfBudget extends Error {
}
const node = (n) => ({ k: 'node', n });
/** One step of the budget: every loop that can grow with the schema spends, not only entails(). */
function spend(ctx) {
    if (++ctx.steps > ctx.maxSteps || (ctx.steps % 256 === 0 && Date.now() > ctx.deadline))
        throw new OutOfBudget();
}

;// CONCATENATED MODULE: ./src/schema/containers.ts



const num = (n, k) => (has(n, k) ? obj(n)[k] : undefined);
const maxOf = (gamma, k, floor = 0) => Math.max(floor, ...gamma.map((g) => num(g, k) ?? floor));
const minOf = (gamma, k) => Math.min(Infinity, ...gamma.map((g) => num(g, k) ?? Infinity));
const containers_all = (goals) => {
    for (const goal of goals) {
        const r = goal();
        if (!r.ok)
            return r;
    }
    return PROVED;
};
function prefixLength(n) {
    const o = obj(n);
    const list = n.doc.modern && Array.isArray(o.prefixItems) ? o.prefixItems : Array.isArray(o.items) ? o.items : [];
    return list.length;
}
const itemTerms = (gamma, i) => gamma.flatMap((g) => {
    const item = itemNode(g, i);
    return item ? [node(item)] : [];
});
function arrayEntails(gamma, d, depth, ctx) {
    if (has(d, 'unevaluatedItems') || has(d, 'minContains') || has(d, 'maxContains')) {
        return fail('unevaluatedItems/minContains/maxContains are not decided', d.pointer);
    }
    const lo = maxOf(gamma, 'minItems');
    const hi = minOf(gamma, 'maxItems');
    const dMin = num(d, 'minItems');
    const dMax = num(d, 'maxItems');
    if (dMin !== undefined && lo < dMin)
        return fail(`arrays with fewer than ${dMin} items no longer accepted`, d.pointer);
    if (dMax !== undefined && hi > dMax)
        return fail(`arrays with more than ${dMax} items no longer accepted`, d.pointer);
    if (has(d, 'uniqueItems') &&
        obj(d).uniqueItems === true &&
        hi > 1 &&
        !gamma.some((g) => has(g, 'uniqueItems') && obj(g).uniqueItems === true)) {
        return fail('items must now be unique', d.pointer);
    }
    // Positions past the longest tuple all read the same schemas, so one more position stands for them all.
    const last = Math.max(prefixLength(d), ...gamma.map(prefixLength));
    const goals = [];
    for (let i = 0; i <= last && i < hi; i++) {
        const target = itemNode(d, i);
        if (target)
            goals.push(() => ctx.entails(itemTerms(gamma, i), [node(target)], depth + 1, ctx));
    }
    if (has(d, 'contains'))
        goals.push(() => containsEntails(gamma, d, lo, last, hi, depth, ctx));
    return containers_all(goals);
}
function containsEntails(gamma, d, lo, last, hi, depth, ctx) {
    const want = node(sub(d, 'contains'));
    for (const g of gamma) {
        if (has(g, 'contains') && !has(g, 'maxContains') && ctx.entails([node(sub(g, 'contains'))], [want], depth + 1, ctx).ok)
            return PROVED;
    }
    if (lo >= 1) {
        let every = true;
        for (let i = 0; i <= last && i < hi && every; i++)
            every = ctx.entails(itemTerms(gamma, i), [want], depth + 1, ctx).ok;
        if (every)
            return PROVED;
    }
    return fail('an item matching `contains` is now required', `${d.pointer}/contains`);
}
/** What the hypotheses say of a property name none of them lists, for names matching `pattern` (or any other name). */
function otherNameTerms(gamma, pattern, dPatterns) {
    const out = [];
    for (const g of gamma) {
        const o = obj(g);
        const pats = Object.keys((has(g, 'patternProperties') ? o.patternProperties : {}));
        if (pattern !== undefined && pats.includes(pattern)) {
            out.push(node(sub(g, 'patternProperties', pattern)));
            continue;
        }
        // Patterns the right side also lists cannot match a name that matches none of the right side's.
        const live = pattern === undefined ? pats.filter((p) => !dPatterns.includes(p)) : pats;
        const addl = has(g, 'additionalProperties') ? node(sub(g, 'additionalProperties')) : { k: 'bool', v: true };
        out.push(live.length ? { k: 'or', ts: [addl, ...live.map((p) => node(sub(g, 'patternProperties', p)))] } : addl);
    }
    return out;
}
const keysOf = (n, k) => (has(n, k) ? Object.keys(obj(n)[k]) : []);
function objectEntails(gamma, d, depth, ctx) {
    if (has(d, 'unevaluatedProperties'))
        return fail('unevaluatedProperties is not decided', d.pointer);
    const required = new Set(gamma.flatMap((g) => (has(g, 'required') ? obj(g).required : [])));
    const lo = Math.max(maxOf(gamma, 'minProperties'), required.size);
    const hi = minOf(gamma, 'maxProperties');
    for (const r of has(d, 'required') ? obj(d).required : []) {
        if (!required.has(r))
            return fail(`property '${r}' became required`, d.pointer);
    }
    const dMin = num(d, 'minProperties');
    const dMax = num(d, 'maxProperties');
    if (dMin !== undefined && lo < dMin)
        return fail(`objects with fewer than ${dMin} properties no longer accepted`, d.pointer);
    if (dMax !== undefined && hi > dMax)
        return fail(`objects with more than ${dMax} properties no longer accepted`, d.pointer);
    const names = new Set([d, ...gamma].flatMap((n) => keysOf(n, 'properties')));
    const dPatterns = keysOf(d, 'patternProperties');
    const goals = [];
    for (const name of names) {
        const want = propertyNodes(d, name);
        if (want.length === 0)
            continue;
        const have = gamma.flatMap((g) => propertyNodes(g, name)).map(node);
        goals.push(() => ctx.entails(have, [{ k: 'and', ts: want.map(node) }], depth + 1, ctx));
    }
    for (const p of dPatterns) {
        regex(p, d.pointer);
        goals.push(() => ctx.entails(otherNameTerms(gamma, p, dPatterns), [node(sub(d, 'patternProperties', p))], depth + 1, ctx));
    }
    if (has(d, 'additionalProperties')) {
        goals.push(() => ctx.entails(otherNameTerms(gamma, undefined, dPatterns), [node(sub(d, 'additionalProperties'))], depth + 1, ctx));
    }
    if (has(d, 'propertyNames'))
        goals.push(() => namesEntail(gamma, d, depth, ctx));
    goals.push(() => dependenciesEntail(gamma, d, required, depth, ctx));
    return containers_all(goals);
}
function namesEntail(gamma, d, depth, ctx) {
    const want = sub(d, 'propertyNames');
    const closed = gamma.find((g) => has(g, 'additionalProperties') && obj(g).additionalProperties === false && !has(g, 'patternProperties'));
    if (closed) {
        const bad = keysOf(closed, 'properties').find((k) => !accepts(want, k));
        return bad === undefined ? PROVED : fail(`property name '${bad}' no longer allowed`, want.pointer);
    }
    const names = gamma.filter((g) => has(g, 'propertyNames')).map((g) => node(sub(g, 'propertyNames')));
    if (names.length && ctx.entails(names, [node(want)], depth + 1, ctx).ok)
        return PROVED;
    return fail('property names now restricted', want.pointer);
}
function dependenciesEntail(gamma, d, required, depth, ctx) {
    for (const kw of ['dependencies', 'dependentRequired', 'dependentSchemas']) {
        if (!has(d, kw))
            continue;
        for (const [k, dep] of Object.entries(obj(d)[kw])) {
            const theirs = gamma.flatMap((g) => ['dependencies', 'dependentRequired', 'dependentSchemas']
                .filter((w) => has(g, w) && Object.hasOwn(obj(g)[w], k))
                .map((w) => ({ g, w, v: obj(g)[w][k] })));
            if (Array.isArray(dep)) {
                const implied = (r) => required.has(r) || theirs.some((t) => Array.isArray(t.v) && t.v.includes(r));
                const missing = dep.find((r) => !implied(r));
                if (missing !== undefined)
                    return fail(`property '${missing}' now required with '${k}'`, `${d.pointer}/${kw}`);
                continue;
            }
            const extra = required.has(k) ? [] : theirs.filter((t) => !Array.isArray(t.v)).map((t) => node(sub(t.g, t.w, k)));
            if (!required.has(k) && extra.length === 0)
                return fail(`schema now applies when '${k}' is present`, `${d.pointer}/${kw}`);
            const r = ctx.entails([...gamma.map((g) => ({ k: 'atom', n: g })), ...extra], [node(sub(d, kw, k))], depth, ctx);
            if (!r.ok)
                return r;
        }
    }
    return PROVED;
}

;// CONCATENATED MODULE: ./src/schema/patterns.ts

let refa;
/**
 * Loads refa (a megabyte with its Unicode tables) once, before the first question: commands that ask
 * none (help, decrypt, aggregate, an input error) start without it. Until it is loaded, every pattern
 * question is undecided, never wrong.
 */
async function loadPatterns() {
    refa ??= await __webpack_require__.e(/* import() */ 168).then(__webpack_require__.bind(__webpack_require__, 5168));
}
/** States an automaton may have before the question is given up as too big. */
const MAX_NODES = 20_000;
/** ajv compiles `pattern` with the `u` flag; a JSON Schema pattern matches anywhere in the string. */
const FLAGS = 'u';
const languages = new Map();
/** The top-level alternatives of a pattern's source; undefined when its groups or classes do not balance. */
function alternatives(source) {
    const out = [];
    let depth = 0;
    let inClass = false;
    let start = 0;
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\')
            i++;
        else if (inClass)
            inClass = c !== ']';
        else if (c === '[')
            inClass = true;
        else if (c === '(')
            depth++;
        else if (c === ')' && --depth < 0)
            return undefined;
        else if (c === '|' && depth === 0) {
            out.push(source.slice(start, i));
            start = i + 1;
        }
    }
    if (depth !== 0 || inClass)
        return undefined;
    out.push(source.slice(start));
    return out;
}
/** Whether the alternative ends with an unescaped `$`. */
function endAnchored(alt) {
    if (!alt.endsWith('$'))
        return false;
    let slashes = 0;
    for (let i = alt.length - 2; i >= 0 && alt[i] === '\\'; i--)
        slashes++;
    return slashes % 2 === 0;
}
/**
 * The strings a pattern accepts, as an NFA: each top-level alternative anchored where it says `^`
 * or `$` and open-ended elsewhere (search semantics). Undefined when refa cannot build it.
 */
function patternLanguage(pattern) {
    if (!refa)
        return undefined;
    const { JS, NFA } = refa;
    const known = languages.get(pattern);
    if (known !== undefined)
        return known ?? undefined;
    let nfa = null;
    const alts = alternatives(pattern);
    if (alts) {
        const source = alts
            .map((alt) => {
            const start = alt.startsWith('^');
            const end = endAnchored(alt);
            const body = alt.slice(start ? 1 : 0, end ? alt.length - 1 : alt.length);
            return `${start ? '' : '[^]*'}(?:${body})${end ? '' : '[^]*'}`;
        })
            .join('|');
        try {
            const { expression, maxCharacter } = JS.Parser.fromLiteral({ source, flags: FLAGS }).parse({
                backreferences: 'throw',
                assertions: 'throw',
            });
            nfa = NFA.fromRegex(expression, { maxCharacter }, { assertions: 'throw' }, new NFA.LimitedNodeFactory(MAX_NODES));
        }
        catch {
            nfa = null;
        }
    }
    if (languages.size > 5_000)
        languages.clear();
    languages.set(pattern, nfa);
    return nfa ?? undefined;
}
const DATE_TIME = '^\\d{4}-\\d{2}-\\d{2}[Tt\\s]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}(?::?\\d{2})?)?$';
/**
 * Regular supersets of what ajv-formats accepts for some formats (its full mode checks these shapes,
 * then ranges), so that "no string has this format and that pattern" can be decided: a superset
 * that is empty with the patterns proves the real language empty too.
 */
const FORMAT_SUPERSETS = {
    date: '^\\d{4}-\\d{2}-\\d{2}$',
    time: '^\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:[Zz]|[+-]\\d{2}(?::?\\d{2})?)?$',
    'date-time': DATE_TIME,
    // Flow's own (flow-formats.ts); `datetime` is its name for `date-time`.
    datetime: DATE_TIME,
    ...FLOW_FORMAT_SUPERSETS,
};
/** Whether stringsEmpty reads this format as a regular language (one with a superset here). */
const regularFormat = (format) => Object.hasOwn(FORMAT_SUPERSETS, format);
/** Longer length bounds are left out of the automaton (dropping a constraint keeps an emptiness proof sound). */
const MAX_LENGTH_STATES = 200;
/**
 * Whether no string matches every pattern, has every format (those with a known regular superset)
 * and a length within [min, max]. False when it cannot tell.
 */
function stringsEmpty(patterns, formats, min, max) {
    const sources = [...patterns, ...formats.flatMap((f) => (regularFormat(f) ? [FORMAT_SUPERSETS[f]] : []))];
    if (min > 0 || max < Infinity) {
        const hi = max <= MAX_LENGTH_STATES ? String(max) : '';
        if (min <= MAX_LENGTH_STATES && (min > 0 || hi !== ''))
            sources.push(`^[^]{${min},${hi}}$`);
    }
    if (sources.length === 0)
        return false;
    const langs = sources.map(patternLanguage);
    if (!refa || langs.some((l) => l === undefined))
        return false;
    const { NFA } = refa;
    try {
        const factory = new NFA.LimitedNodeFactory(MAX_NODES);
        const all = langs.reduce((acc, l) => NFA.fromIntersection(acc, l, factory));
        return all.isEmpty;
    }
    catch {
        return false;
    }
}
/** A readable string of a word set. */
const wordText = (ws) => String.fromCodePoint(...refa.Words.pickMostReadableWord(ws));
/**
 * Whether every string matching all of `gamma` matches `delta`; when not, the shortest such string
 * that does not. Unknown when a pattern is not regular in refa's terms or the automata grow too big.
 */
function patternsEntail(gamma, delta) {
    const q = patternLanguage(delta);
    const ps = gamma.map(patternLanguage);
    if (!refa || !q || ps.some((p) => p === undefined))
        return { result: 'unknown' };
    const { DFA, NFA, getIntersectionWordSets } = refa;
    try {
        const factory = new NFA.LimitedNodeFactory(MAX_NODES);
        const left = ps.reduce((acc, p) => (acc ? NFA.fromIntersection(acc, p, factory) : p), undefined);
        const outside = DFA.fromFA(q, new DFA.LimitedNodeFactory(MAX_NODES));
        outside.complement();
        const from = left ?? NFA.all({ maxCharacter: q.maxCharacter });
        for (const ws of getIntersectionWordSets(from, outside, MAX_NODES))
            return { result: 'not-subset', witness: wordText(ws) };
        return { result: 'subset' };
    }
    catch {
        return { result: 'unknown' };
    }
}
/** A readable string the pattern accepts, the shortest refa finds; undefined when there is none or it cannot tell. */
function patternExample(pattern) {
    const nfa = patternLanguage(pattern);
    if (!nfa)
        return undefined;
    try {
        for (const ws of nfa.wordSets())
            return wordText(ws);
    }
    catch {
        // too big to walk
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/schema/atoms.ts






/** Keywords read for each kind of instance; a right-hand atom is checked against all of those for the type at hand. */
const FOR_TYPE = {
    null: [],
    boolean: [],
    integer: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'format'],
    number: ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'format'],
    string: ['minLength', 'maxLength', 'pattern', 'format', 'contentMediaType', 'contentEncoding'],
    array: ['items', 'additionalItems', 'prefixItems', ...ARRAY_COUNTS, 'unevaluatedItems'],
    object: [
        'properties',
        'patternProperties',
        'additionalProperties',
        'required',
        'propertyNames',
        'minProperties',
        'maxProperties',
        'dependencies',
        'dependentRequired',
        'dependentSchemas',
        'unevaluatedProperties',
    ],
};

/** Whether an atom lets instances of this type through at all (its `type`, `enum`, `const`). */
function admits(n, t) {
    const types = declaredTypes(n);
    if (types && !types.has(t))
        return false;
    const values = finiteValues(n);
    return !values || values.some((v) => typeOf(v) === t);
}
function finiteValues(n) {
    if (has(n, 'const'))
        return [obj(n).const];
    if (has(n, 'enum'))
        return obj(n).enum;
    return undefined;
}
/** Integer ranges up to this wide are enumerated (each value is then checked against both sides). */
const FEW_INTEGERS = 64;
/** The only values of a type the hypotheses allow, when there are finitely many. */
function candidates(gamma, t) {
    for (const g of gamma) {
        const values = finiteValues(g);
        if (values)
            return values.filter((v) => typeOf(v) === t);
    }
    if (t === 'null')
        return [null];
    if (t === 'boolean')
        return [true, false];
    const zero = (k) => gamma.some((g) => has(g, k) && obj(g)[k] === 0);
    if (t === 'string' && zero('maxLength'))
        return [''];
    if (t === 'array' && zero('maxItems'))
        return [[]];
    if (t === 'object' && zero('maxProperties'))
        return [{}];
    // Bounds that leave a few integers (an "integer" written as a number from 1 to 1), or one number.
    if (t === 'integer' || t === 'number') {
        const [lo, hi] = [joint(gamma, 'lower', t === 'integer'), joint(gamma, 'upper', t === 'integer')];
        if (lo && hi && t === 'integer' && hi.v - lo.v < FEW_INTEGERS)
            return Array.from({ length: Math.max(0, hi.v - lo.v + 1) }, (_, i) => lo.v + i);
        // One point: a non-integer number, or none (the integer there is the integer type's).
        if (lo && hi && t === 'number' && lo.v === hi.v && !lo.excl && !hi.excl)
            return Number.isInteger(lo.v) ? [] : [lo.v];
    }
    return undefined;
}
/** Atoms only: for every JSON type, the conjunction on the left implies the disjunction on the right. */
function atomsEntail(gamma, delta, depth, ctx) {
    for (const t of TYPES) {
        if (!gamma.every((g) => admits(g, t)))
            continue;
        const right = delta.filter((d) => admits(d, t));
        const r = typeEntails(gamma, right, t, depth, ctx);
        if (!r.ok)
            return r;
    }
    return PROVED;
}
function typeEntails(gamma, delta, t, depth, ctx) {
    const values = candidates(gamma, t);
    if (values) {
        for (const v of values) {
            if (!gamma.every((g) => accepts(g, v)))
                continue;
            if (!delta.some((d) => accepts(d, v, 0, true)))
                return fail(`${JSON.stringify(v)} no longer accepted`, delta[0]?.pointer);
        }
        return PROVED;
    }
    if (isEmpty(gamma, t))
        return PROVED;
    let last = fail(`${t === 'number' ? 'number' : t} no longer accepted`, delta[0]?.pointer);
    for (const d of delta) {
        if (finiteValues(d))
            continue;
        const r = oneEntails(gamma, d, t, depth, ctx);
        if (r.ok)
            return r;
        last = r;
    }
    return last;
}
function oneEntails(gamma, d, t, depth, ctx) {
    if (!FOR_TYPE[t].some((k) => (k.startsWith('content') ? k in obj(d) : has(d, k)) &&
        (k !== 'format' || formatType(obj(d).format) === (t === 'integer' ? 'number' : t))))
        return PROVED;
    switch (t) {
        case 'integer':
        case 'number':
            return numberEntails(gamma, d, t === 'integer');
        case 'string':
            return stringEntails(gamma, d);
        case 'array':
            return arrayEntails(gamma, d, depth, ctx);
        case 'object':
            return objectEntails(gamma, d, depth, ctx);
        default:
            return PROVED;
    }
}
function bound(n, side) {
    const [incl, excl] = side === 'lower' ? ['minimum', 'exclusiveMinimum'] : ['maximum', 'exclusiveMaximum'];
    const a = has(n, incl) ? obj(n)[incl] : undefined;
    const b = has(n, excl) && typeof obj(n)[excl] === 'number' ? obj(n)[excl] : undefined;
    if (a === undefined)
        return b === undefined ? undefined : { v: b, excl: true };
    if (b === undefined)
        return { v: a, excl: false };
    const tighter = side === 'lower' ? b >= a : b <= a;
    return tighter ? { v: b, excl: true } : { v: a, excl: false };
}
/** The tightest bound of a conjunction; on integers, rounded inward and made inclusive. */
function joint(gamma, side, integer) {
    let best;
    for (const g of gamma) {
        const b = bound(g, side);
        if (!b)
            continue;
        if (!best)
            best = b;
        else {
            const stricter = side === 'lower' ? b.v > best.v || (b.v === best.v && b.excl) : b.v < best.v || (b.v === best.v && b.excl);
            if (stricter)
                best = b;
        }
    }
    if (!best || !integer)
        return best;
    if (side === 'lower')
        return { v: best.excl ? Math.floor(best.v) + 1 : Math.ceil(best.v), excl: false };
    return { v: best.excl ? Math.ceil(best.v) - 1 : Math.floor(best.v), excl: false };
}
/** Every value within `g` is within `d` on that side. */
function within(g, d, side) {
    if (!d)
        return true;
    if (!g)
        return false;
    const beyond = side === 'lower' ? g.v > d.v : g.v < d.v;
    return beyond || (g.v === d.v && (!d.excl || g.excl));
}
function isEmpty(gamma, t) {
    if (t === 'integer' || t === 'number') {
        const lo = joint(gamma, 'lower', t === 'integer');
        const hi = joint(gamma, 'upper', t === 'integer');
        return !!lo && !!hi && (lo.v > hi.v || (lo.v === hi.v && (lo.excl || hi.excl)));
    }
    const min = (k) => Math.max(0, ...gamma.filter((g) => has(g, k)).map((g) => obj(g)[k]));
    const max = (k) => Math.min(Infinity, ...gamma.filter((g) => has(g, k)).map((g) => obj(g)[k]));
    if (t === 'string') {
        if (min('minLength') > max('maxLength'))
            return true;
        // Patterns, formats and lengths together may leave no string at all (refa decides it).
        const texts = (k) => gamma.filter((g) => has(g, k) && typeof obj(g)[k] === 'string').map((g) => obj(g)[k]);
        const patterns = texts('pattern');
        const formats = texts('format');
        return patterns.length + formats.length > 0 && stringsEmpty(patterns, formats, min('minLength'), max('maxLength'));
    }
    if (t === 'array')
        return min('minItems') > max('maxItems');
    if (t === 'object') {
        if (min('minProperties') > max('maxProperties'))
            return true;
        const required = gamma.flatMap((g) => (Array.isArray(obj(g).required) ? obj(g).required : []));
        return required.some((name) => typeof name === 'string' && gamma.some((g) => forbids(g, name)));
    }
    return false;
}
/**
 * Whether the schema allows no property `name`: its own schema there is `false`, or no property
 * or pattern names it and `additionalProperties` is `false`. A name one part requires and another
 * forbids leaves no object (a closed object that requires a name it does not list).
 */
function forbids(g, name) {
    const o = obj(g);
    const properties = o.properties;
    if (properties && typeof properties === 'object' && Object.hasOwn(properties, name))
        return properties[name] === false;
    const patterns = o.patternProperties;
    if (patterns && typeof patterns === 'object' && Object.keys(patterns).length > 0)
        return false;
    return o.additionalProperties === false;
}
function numberEntails(gamma, d, integer) {
    const what = integer ? 'integer' : 'number';
    if (!within(joint(gamma, 'lower', integer), bound(d, 'lower'), 'lower'))
        return fail(`${what} below the new lower bound`, d.pointer);
    if (!within(joint(gamma, 'upper', integer), bound(d, 'upper'), 'upper'))
        return fail(`${what} above the new upper bound`, d.pointer);
    if (has(d, 'multipleOf')) {
        const m = obj(d).multipleOf;
        // Floating point makes "multiple of a multiple" unreliable, so only exact cases are used: the same
        // divisor, an integer divisor of an integer step, or any integer when the divisor is 1.
        const ok = gamma.some((g) => has(g, 'multipleOf') &&
            (obj(g).multipleOf === m ||
                (Number.isInteger(m) && Number.isInteger(obj(g).multipleOf) && isMultiple(obj(g).multipleOf, m)))) ||
            (integer && m === 1);
        if (!ok)
            return fail(`multipleOf ${m} not implied`, d.pointer);
    }
    return sameFormat(gamma, d, 'number');
}
function sameFormat(gamma, d, type) {
    if (!has(d, 'format') || formatType(obj(d).format) !== type)
        return PROVED;
    const f = obj(d).format;
    const implies = (g) => g === f || (typeof g === 'string' && typeof f === 'string' && formatImplies(g, f));
    if (gamma.some((g) => has(g, 'format') && implies(obj(g).format)))
        return PROVED;
    return fail(`format '${String(f)}' now required`, d.pointer);
}
function stringEntails(gamma, d) {
    const o = obj(d);
    const lo = Math.max(0, ...gamma.filter((g) => has(g, 'minLength')).map((g) => obj(g).minLength));
    const hi = Math.min(Infinity, ...gamma.filter((g) => has(g, 'maxLength')).map((g) => obj(g).maxLength));
    if (has(d, 'minLength') && lo < o.minLength)
        return fail(`strings shorter than ${String(o.minLength)} no longer accepted`, d.pointer);
    if (has(d, 'maxLength') && hi > o.maxLength)
        return fail(`strings longer than ${String(o.maxLength)} no longer accepted`, d.pointer);
    if (has(d, 'pattern') && !gamma.some((g) => has(g, 'pattern') && obj(g).pattern === o.pattern)) {
        const known = gamma.filter((g) => has(g, 'pattern')).map((g) => String(obj(g).pattern));
        const answer = patternsEntail(known, String(o.pattern));
        if (answer.result === 'not-subset') {
            // The string is a hint for the witness search: it matches the old patterns, not the new one.
            return fail(`pattern '${String(o.pattern)}' now required: ${JSON.stringify(answer.witness)} does not match`, d.pointer, answer.witness);
        }
        if (answer.result === 'unknown') {
            return fail(`pattern '${String(o.pattern)}' now required (not a regular expression the engine decides)`, d.pointer);
        }
    }
    for (const k of ['contentMediaType', 'contentEncoding']) {
        const want = obj(d)[k];
        if (want !== undefined && !gamma.some((g) => obj(g)[k] === want))
            return fail(`${k} '${String(want)}' now required`, d.pointer);
    }
    return sameFormat(gamma, d, 'string');
}

;// CONCATENATED MODULE: ./src/schema/equiv.ts




/**
 * Whether two schema nodes are the same schema up to where their references point: compared
 * structurally, references followed, pairs under comparison assumed equal (a bisimulation). Two such
 * nodes accept exactly the same instances, so `X ⊢ Y` holds for them whatever X is.
 */
function equivalent(x, y, memo) {
    const key = x.id < y.id ? `${x.id}:${y.id}` : `${y.id}:${x.id}`;
    const hit = memo.get(key);
    if (hit !== undefined)
        return hit;
    const assumed = new Set();
    const result = same(x, y, assumed);
    memo.set(key, result);
    return result;
}
function same(x, y, assumed) {
    if (x.s === y.s && x.doc === y.doc)
        return true;
    if (x.doc.modern !== y.doc.modern)
        return false;
    if (typeof x.s === 'boolean' || typeof y.s === 'boolean')
        return x.s === y.s;
    if (!x.s || !y.s || typeof x.s !== 'object' || typeof y.s !== 'object')
        return false;
    const key = `${x.id}:${y.id}`;
    if (assumed.has(key))
        return true;
    assumed.add(key);
    const xo = x.s;
    const yo = y.s;
    const keys = (o) => Object.keys(o)
        .filter((k) => !isAnnotation(k))
        .sort();
    const kx = keys(xo);
    if (!deepEqual(kx, keys(yo)))
        return false;
    const xs = new Map(children(xo));
    const ys = new Map(children(yo));
    if (xs.size !== ys.size)
        return false;
    for (const [seg, v] of xs) {
        if (isAnnotation(seg.split('/')[0]))
            continue;
        if (!ys.has(seg))
            return false;
        const path = seg.split('/');
        if (!same(child(x, path.map(unescapeToken), v), child(y, path.map(unescapeToken), ys.get(seg)), assumed))
            return false;
    }
    const structural = new Set([...xs.keys()].map((s) => s.split('/')[0]));
    for (const k of kx) {
        if (k === '$ref') {
            if (xo.$ref === yo.$ref && isAbsolute(xo.$ref))
                continue;
            const tx = refTarget(x);
            const ty = refTarget(y);
            if (!tx || !ty || !same(tx, ty, assumed))
                return false;
        }
        else if (!structural.has(k) && !(k === 'dependencies' && depsSame(xo[k], yo[k]))) {
            if (!deepEqual(xo[k], yo[k]))
                return false;
        }
    }
    return true;
}
/** An absolute reference names the same resource from any document. */
function isAbsolute(ref) {
    if (typeof ref !== 'string')
        return false;
    try {
        return new URL(ref).href !== '';
    }
    catch {
        return false;
    }
}
/** `dependencies` mixes lists (compared as values) with schemas (compared structurally above). */
function depsSame(a, b) {
    if (!a || !b || typeof a !== 'object' || typeof b !== 'object')
        return false;
    const ka = Object.keys(a).sort();
    if (!deepEqual(ka, Object.keys(b).sort()))
        return false;
    return ka.every((k) => {
        const va = a[k];
        const vb = b[k];
        return Array.isArray(va) || Array.isArray(vb) ? deepEqual(va, vb) : true;
    });
}

;// CONCATENATED MODULE: ./src/schema/prove.ts





function key(t) {
    switch (t.k) {
        case 'node':
            return `n${t.n.id}`;
        case 'atom':
            return `a${t.n.id}`;
        case 'bool':
            return t.v ? 'T' : 'F';
        case 'not':
            return `!${key(t.t)}`;
        case 'ite':
            return `ite(${key(t.i)},${t.t ? key(t.t) : ''},${t.e ? key(t.e) : ''})`;
        default:
            return `${t.k}(${t.ts.map(key).join(',')})`;
    }
}
const COMBINERS = ['$ref', 'allOf', 'anyOf', 'oneOf', 'not', 'if', 'then', 'else', '$recursiveRef', '$dynamicRef'];
/** A node as the conjunction of its atom and its combining keywords. */
function expand(n) {
    if (typeof n.s === 'boolean')
        return [{ k: 'bool', v: n.s }];
    const o = obj(n);
    const out = [];
    const target = refTarget(n);
    if (target)
        out.push(node(target));
    const list = (kw) => o[kw].map((_, i) => node(sub(n, kw, String(i))));
    if (Array.isArray(o.allOf))
        out.push(...list('allOf'));
    if (Array.isArray(o.anyOf))
        out.push({ k: 'or', ts: list('anyOf') });
    if (Array.isArray(o.oneOf))
        out.push({ k: 'one', ts: list('oneOf') });
    if ('not' in o)
        out.push({ k: 'not', t: node(sub(n, 'not')) });
    if ('if' in o && ('then' in o || 'else' in o)) {
        out.push({
            k: 'ite',
            i: node(sub(n, 'if')),
            t: 'then' in o ? node(sub(n, 'then')) : undefined,
            e: 'else' in o ? node(sub(n, 'else')) : undefined,
        });
    }
    if (Object.keys(o).some((k) => !COMBINERS.includes(k) && applies(n, k)))
        out.push({ k: 'atom', n });
    return out;
}
/** Moves `not` across, flattens `allOf` on the left and `anyOf` on the right; true when an axiom closes it. */
function normalize(s, ctx) {
    const nodesOf = (ts) => ts.flatMap((t) => (t.k === 'node' ? [t.n] : []));
    const right = nodesOf(s.delta);
    if (nodesOf(s.gamma).some((x) => right.some((y) => equivalent(x, y, ctx.equivMemo))))
        return true;
    const g = [];
    const d = [];
    const gi = [...s.gamma];
    const di = [...s.delta];
    while (gi.length || di.length) {
        spend(ctx);
        const t = gi.pop();
        if (t) {
            switch (t.k) {
                case 'bool':
                    if (!t.v)
                        return true;
                    break;
                case 'not':
                    di.push(t.t);
                    break;
                case 'and':
                    gi.push(...t.ts);
                    break;
                case 'or':
                    if (t.ts.length === 1)
                        gi.push(t.ts[0]);
                    else
                        g.push(t);
                    break;
                case 'node':
                    // A node already expanded adds nothing to the conjunction (a $ref cycle would expand it forever).
                    if (s.gNodes.includes(t.n))
                        break;
                    if (s.dNodes.some((y) => equivalent(t.n, y, ctx.equivMemo)))
                        return true;
                    s.gNodes.push(t.n);
                    gi.push(...expand(t.n));
                    break;
                default:
                    g.push(t);
            }
            continue;
        }
        const u = di.pop();
        switch (u.k) {
            case 'bool':
                if (u.v)
                    return true;
                break;
            case 'not':
                gi.push(u.t);
                break;
            case 'or':
                di.push(...u.ts);
                break;
            case 'and':
                if (u.ts.length === 1)
                    di.push(u.ts[0]);
                else
                    d.push(u);
                break;
            case 'node': {
                // Nor to the disjunction: `D = anyOf[boolean, D]` reaches D again through its own branch.
                if (s.dNodes.includes(u.n))
                    break;
                if (s.gNodes.some((x) => equivalent(x, u.n, ctx.equivMemo)))
                    return true;
                s.dNodes.push(u.n);
                const parts = expand(u.n);
                if (parts.length === 1)
                    di.push(parts[0]);
                else
                    d.push({ k: 'and', ts: parts });
                break;
            }
            default:
                d.push(u);
        }
    }
    s.gamma = g;
    s.delta = d;
    return false;
}
const without = (ts, t) => ts.filter((x) => x !== t);
function prove_all(goals) {
    for (const goal of goals) {
        const r = goal();
        if (!r.ok)
            return r;
    }
    return PROVED;
}
/**
 * Proves that every instance satisfying all of `gamma` satisfies one of `delta`. Sound, not complete:
 * a failed proof only means "not shown". `depth` counts descents into child instances; a sequent met
 * again below itself is closed by induction on the instance, met again at the same depth it is a loop.
 */
function entails(gamma, delta, depth, ctx) {
    spend(ctx);
    const k = `${gamma.map(key).sort().join(',')}|${delta.map(key).sort().join(',')}`;
    const openedAt = ctx.open.get(k);
    if (openedAt !== undefined) {
        if (openedAt < depth)
            return PROVED;
        throw new Unsupported('recursive $ref that does not descend into the instance');
    }
    ctx.open.set(k, depth);
    try {
        return step(gamma, delta, depth, ctx);
    }
    finally {
        ctx.open.delete(k);
    }
}
function step(gamma0, delta0, depth, ctx) {
    const s = { gamma: gamma0, delta: delta0, gNodes: [], dNodes: [] };
    if (normalize(s, ctx))
        return PROVED;
    const { gamma, delta } = s;
    const again = (g, d) => () => entails(g, d, depth, ctx);
    const conj = delta.find((t) => t.k === 'and');
    if (conj && conj.k === 'and')
        return prove_all(conj.ts.map((c) => again(gamma, [...without(delta, conj), c])));
    const dIte = delta.find((t) => t.k === 'ite');
    if (dIte && dIte.k === 'ite') {
        const rest = without(delta, dIte);
        return prove_all([
            again([...gamma, dIte.i], [...rest, dIte.t ?? { k: 'bool', v: true }]),
            again(gamma, [...rest, dIte.i, dIte.e ?? { k: 'bool', v: true }]),
        ]);
    }
    const split = gamma.find((t) => t.k === 'or' || t.k === 'one' || t.k === 'ite');
    if (split) {
        const rest = without(gamma, split);
        if (split.k === 'or')
            return prove_all(split.ts.map((b) => again([...rest, b], delta)));
        if (split.k === 'one')
            return prove_all(split.ts.map((b) => again([...rest, b], [...delta, ...without(split.ts, b)])));
        if (split.k === 'ite') {
            return prove_all([
                again([...rest, split.i, split.t ?? { k: 'bool', v: true }], delta),
                again([...rest, split.e ?? { k: 'bool', v: true }], [...delta, split.i]),
            ]);
        }
    }
    const one = delta.find((t) => t.k === 'one');
    if (one && one.k === 'one')
        return oneOfOnRight(gamma, delta, one, depth, ctx);
    const atoms = (ts) => ts.flatMap((t) => (t.k === 'atom' ? [t.n] : []));
    return atomsEntail(atoms(gamma), atoms(delta), depth, ctx);
}
/**
 * `oneOf` on the right: when its branches are pairwise disjoint under the hypotheses it is an `anyOf`.
 * Otherwise it is dropped from the right (which can only lose proofs, never make a wrong one).
 */
function oneOfOnRight(gamma, delta, one, depth, ctx) {
    const rest = delta.filter((x) => x !== one);
    let disjoint = true;
    for (let i = 0; i < one.ts.length && disjoint; i++) {
        for (let j = i + 1; j < one.ts.length && disjoint; j++) {
            disjoint = entails([...gamma, one.ts[i], one.ts[j]], [], depth, ctx).ok;
        }
    }
    if (disjoint)
        return entails(gamma, [...rest, { k: 'or', ts: one.ts }], depth, ctx);
    const r = entails(gamma, rest, depth, ctx);
    return r.ok ? r : fail('oneOf with overlapping branches', one.ts[0]?.k === 'node' ? parentPointer(one.ts[0].n) : undefined);
}
const parentPointer = (n) => n.pointer.replace(/\/oneOf\/\d+$/, '');

;// CONCATENATED MODULE: ./src/schema/format-samples.ts
/** Sample values for formats the validator checks, so that a format-constrained schema still gets instances. */
const FORMAT_SAMPLES = {
    'date-time': '2024-01-02T03:04:05Z',
    date: '2024-01-02',
    time: '03:04:05Z',
    email: 'a@example.com',
    hostname: 'example.com',
    ipv4: '192.0.2.1',
    ipv6: '2001:db8::1',
    uri: 'https://example.com/a',
    'uri-reference': '/a',
    uuid: '123e4567-e89b-12d3-a456-426614174000',
    'json-pointer': '/a',
    'relative-json-pointer': '0/a',
    regex: '^a$',
    'uri-template': 'https://example.com/{a}',
    url: 'https://example.com',
    duration: 'P1D',
    byte: 'YQ==',
    'iso-time': '03:04:05Z',
    'iso-date-time': '2024-01-02T03:04:05Z',
    'idn-hostname': 'example.com',
    'idn-email': 'a@example.com',
    iri: 'https://example.com/a',
    'iri-reference': '/a',
    // Flow's (flow-formats.ts)
    integer: '1',
    uint32: '1',
    uint64: '1',
    number: '1.5',
    macaddr: '00:1b:63:84:45:e6',
    macaddr8: '00:1b:63:84:45:e6:aa:bb',
    sha256: `sha256:${'e3b0c442'.repeat(8)}`,
    datetime: '2024-01-02T03:04:05Z',
};
/** A string of the format that the validator accepts; undefined for a format it has no sample of. */
const formatSample = (format) => typeof format === 'string' && Object.hasOwn(FORMAT_SAMPLES, format) ? FORMAT_SAMPLES[format] : undefined;

;// CONCATENATED MODULE: ./src/schema/witness.ts






const PER_NODE = 48;
const witness_MAX_DEPTH = 6;
/** Collects boundary hints from a whole schema document. */
function hintsOf(root) {
    const h = { numbers: [], names: [], values: [], cache: new Map(), deadline: Infinity };
    const seen = new Set();
    const walk = (s) => {
        if (!s || typeof s !== 'object' || seen.has(s))
            return;
        seen.add(s);
        const o = s;
        for (const k of [
            'minimum',
            'maximum',
            'exclusiveMinimum',
            'exclusiveMaximum',
            'minLength',
            'maxLength',
            'minItems',
            'maxItems',
            'minProperties',
            'maxProperties',
            'multipleOf',
        ]) {
            if (typeof o[k] === 'number')
                h.numbers.push(o[k]);
        }
        for (const k of ['properties', 'dependencies', 'dependentRequired', 'dependentSchemas']) {
            if (o[k] && typeof o[k] === 'object')
                h.names.push(...Object.keys(o[k]));
        }
        if (Array.isArray(o.required))
            h.names.push(...o.required.filter((x) => typeof x === 'string'));
        if ('const' in o)
            h.values.push(o.const);
        if (Array.isArray(o.enum))
            h.values.push(...o.enum);
        for (const [, v] of children(o))
            walk(v);
    };
    walk(root.s);
    h.numbers = [...new Set(h.numbers)].slice(0, 20);
    h.names = [...new Set(h.names)].slice(0, 20);
    h.values = h.values.slice(0, 20);
    return h;
}
const uniq = (vs) => {
    const seen = new Set();
    return vs.filter((v) => {
        const k = JSON.stringify(v);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
};
function safeAccepts(n, v) {
    try {
        return accepts(n, v);
    }
    catch {
        return true;
    }
}
/**
 * A finite list that holds every instance of the node (from const, enum, false, or unions of those),
 * or undefined when the node has infinitely many instances or the engine cannot tell.
 */
function finiteInstances(n, depth = 0) {
    if (typeof n.s === 'boolean')
        return n.s ? undefined : [];
    if (!n.s || typeof n.s !== 'object' || depth > witness_MAX_DEPTH)
        return undefined;
    const o = obj(n);
    if (has(n, 'const'))
        return [o.const];
    if (has(n, 'enum') && Array.isArray(o.enum))
        return o.enum;
    const t = o.type;
    if (t === 'null')
        return [null];
    if (t === 'boolean')
        return [true, false];
    let target;
    try {
        target = refTarget(n);
    }
    catch {
        return undefined; // the prover reports the unresolvable reference if it matters
    }
    const viaRef = target ? finiteInstances(target, depth + 1) : undefined;
    if (viaRef)
        return viaRef;
    for (const [i] of (Array.isArray(o.allOf) ? o.allOf : []).entries()) {
        const f = finiteInstances(sub(n, 'allOf', String(i)), depth + 1);
        if (f)
            return f;
    }
    for (const kw of ['anyOf', 'oneOf']) {
        if (!Array.isArray(o[kw]))
            continue;
        const parts = o[kw].map((_, i) => finiteInstances(sub(n, kw, String(i)), depth + 1));
        if (parts.every((p) => p !== undefined))
            return parts.flat();
    }
    return undefined;
}
/** Candidate instances of a schema node, boundary values first; each is checked by the caller. */
function samples(n, hints, depth = 0) {
    const hit = hints.cache.get(n.id);
    if (hit)
        return hit;
    if (Date.now() > hints.deadline)
        return [];
    const out = witness_build(n, hints, depth);
    // Values cut short by the depth limit are not kept: the same node met higher up deserves a full try.
    if (depth < witness_MAX_DEPTH)
        hints.cache.set(n.id, out);
    return out;
}
function witness_build(n, hints, depth) {
    if (typeof n.s === 'boolean')
        return n.s ? [null, 0, 'a', {}, [], true, 1.5, ...hints.values.slice(0, 4)] : [];
    if (!n.s || typeof n.s !== 'object')
        return [];
    const o = obj(n);
    if (has(n, 'const'))
        return [o.const];
    if (has(n, 'enum'))
        return o.enum.slice(0, PER_NODE);
    const out = [];
    const more = (m) => out.push(...samples(m, hints, depth + 1).slice(0, 8));
    if (depth < witness_MAX_DEPTH) {
        try {
            const target = refTarget(n);
            if (target)
                more(target);
        }
        catch {
            // An unresolvable reference yields no candidates; the caller reports the schema error.
        }
        for (const kw of ['allOf', 'anyOf', 'oneOf'])
            if (Array.isArray(o[kw]))
                for (const i of o[kw].keys())
                    more(sub(n, kw, String(i)));
        for (const kw of ['then', 'else'])
            if (kw in o)
                more(sub(n, kw));
    }
    out.push(...atomSamples(n, hints, depth));
    // Containers built here already follow their children's schemas; re-checking them whole at every
    // level would be quadratic, so they are re-checked only under combinators (ajv checks the end result).
    const combined = ['$ref', 'allOf', 'anyOf', 'oneOf', 'not', 'if'].some((k) => k in o);
    const keep = (v) => (!combined && v !== null && typeof v === 'object') || safeAccepts(n, v);
    return uniq(out).filter(keep).slice(0, PER_NODE);
}
function atomSamples(n, hints, depth) {
    let types;
    try {
        types = declaredTypes(n) ?? TYPES;
    }
    catch {
        return [];
    }
    const out = [];
    for (const t of types) {
        if (t === 'null')
            out.push(null);
        else if (t === 'boolean')
            out.push(true, false);
        else if (t === 'integer' || t === 'number')
            out.push(...numberSamples(n, hints, t === 'integer'));
        else if (t === 'string')
            out.push(...stringSamples(n, hints));
        else if (t === 'array' && depth < witness_MAX_DEPTH)
            out.push(...arraySamples(n, hints, depth));
        else if (t === 'object' && depth < witness_MAX_DEPTH)
            out.push(...objectSamples(n, hints, depth));
    }
    return out;
}
function numberSamples(n, hints, integer) {
    const o = obj(n);
    const marks = [0, 1, -1, ...hints.numbers];
    for (const k of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'])
        if (typeof o[k] === 'number')
            marks.push(o[k]);
    const step = typeof o.multipleOf === 'number' ? o.multipleOf : 1;
    const out = marks.flatMap((m) => [m, m + step, m - step, Math.round(m / step) * step]);
    // The multiples either side of each mark: the only ones within a bound that is no multiple (even numbers up to -5).
    out.push(...marks.flatMap((m) => [Math.floor(m / step) * step, Math.ceil(m / step) * step]));
    if (!integer)
        out.push(...marks.map((m) => m + 0.5), 1.5);
    return out.filter((x) => Number.isFinite(x) && (integer ? Number.isInteger(x) : true));
}
function stringSamples(n, hints) {
    const o = obj(n);
    const out = [];
    const formatted = formatSample(o.format);
    if (formatted !== undefined)
        out.push(formatted);
    if (typeof o.pattern === 'string') {
        const s = patternExample(o.pattern);
        if (s !== undefined)
            out.push(s, `${s}${s}`);
    }
    const lengths = [0, 1, ...hints.numbers.flatMap((x) => [x, x + 1, x - 1])];
    for (const k of ['minLength', 'maxLength'])
        if (typeof o[k] === 'number')
            lengths.push(o[k], o[k] + 1);
    out.push(...lengths.filter((l) => Number.isInteger(l) && l >= 0 && l <= 1000).map((l) => 'a'.repeat(l)));
    out.push(...hints.values.filter((v) => typeof v === 'string'), '0', 'A b');
    return out;
}
function arraySamples(n, hints, depth) {
    const o = obj(n);
    const min = typeof o.minItems === 'number' ? o.minItems : 0;
    const at = (i) => {
        const item = itemNode(n, i);
        return item ? samples(item, hints, depth + 1) : [0, 'a', null];
    };
    const fill = (len, pick) => Array.from({ length: len }, (_, i) => {
        const c = at(i);
        return c.length ? c[(pick + i) % c.length] : null;
    });
    const out = [];
    const lens = [
        min,
        min + 1,
        Math.max(min, 2),
        ...hints.numbers.filter((x) => Number.isInteger(x) && x >= 0 && x < 50).flatMap((x) => [x, x + 1]),
    ];
    if (typeof o.maxItems === 'number')
        lens.push(o.maxItems, o.maxItems + 1);
    for (const len of new Set(lens))
        if (len <= 50)
            out.push(fill(len, 0));
    // One first item of each JSON type the items allow comes early (a string where integers come first).
    const first = at(0);
    for (const v of uniq([...oneOfEachType(first), ...first]).slice(0, 8))
        out.push([...Array(Math.max(min, 1)).keys()].map((i) => (i === 0 ? v : fill(i + 1, 0)[i])));
    if (first.length)
        out.push([first[0], first[0]]);
    return out;
}
const size = (v) => (v && typeof v === 'object' ? Object.keys(v).length + 1 : 0);
/** The first values, and the first value of each JSON type among the rest. */
function oneOfEachType(values) {
    // Numbers count as one type here, integer or not.
    const typeName = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
    const seen = new Set();
    return values.filter((v, i) => {
        const t = typeName(v);
        const first = !seen.has(t);
        seen.add(t);
        return i < 3 || first;
    });
}
function objectSamples(n, hints, depth) {
    const o = obj(n);
    const valuesFor = (name) => {
        const nodes = propertyNodes(n, name);
        return nodes.length ? samples(nodes[0], hints, depth + 1).filter((v) => nodes.every((m) => safeAccepts(m, v))) : [null, 'a', 0];
    };
    const required = Array.isArray(o.required) ? o.required : [];
    const listed = o.properties && typeof o.properties === 'object' ? Object.keys(o.properties) : [];
    const base = {};
    for (const r of required) {
        const v = valuesFor(r);
        if (v.length)
            setOwn(base, r, v[0]);
    }
    // `full` has every listed property, nested objects as full as they come, so a change deep in B is reached.
    const full = { ...base };
    const names = [...new Set([...listed, ...hints.names])];
    const richest = (vs) => vs.reduce((best, v) => (size(v) > size(best) ? v : best), vs[0]);
    for (const name of names) {
        const vs = valuesFor(name);
        if (vs.length)
            setOwn(full, name, Object.hasOwn(base, name) ? base[name] : richest(vs));
    }
    const out = [base, full];
    for (const name of names) {
        for (const v of valuesFor(name).slice(0, 8))
            out.push(v && typeof v === 'object' ? { ...full, [name]: v } : { ...base, [name]: v });
    }
    // Names no property lists, and a name each pattern of patternProperties matches (refa's example),
    // each with a value of every JSON type the schema there allows (null included).
    const patterned = Object.keys(o.patternProperties ?? {}).flatMap((p) => patternExample(p) ?? []);
    // One value of each JSON type, then more objects: their variants reach a change nested below (null at /x_/n).
    const extras = ['extra', 'x-extra', '1', ...patterned.filter((p) => !listed.includes(p))];
    for (const pick of [oneOfEachType, (vs) => vs.slice(0, 8).filter((v) => v && typeof v === 'object')])
        for (const extra of extras)
            for (const v of pick(valuesFor(extra)))
                out.push({ ...base, [extra]: v });
    // Objects just past a property-count bound of the other schema.
    for (const count of hints.numbers.filter((x) => Number.isInteger(x) && x >= 0 && x < 20).map((x) => x + 1)) {
        const wide = { ...full };
        for (let i = 0; Object.keys(wide).length < count && i < 40; i++) {
            const v = valuesFor(`p${i}`)[0];
            if (v !== undefined)
                wide[`p${i}`] = v;
        }
        out.push(wide);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/schema/subset.ts
// The containment question: is every instance valid under A valid under B? (engine-notes.md)








const MAX_STEPS = 20_000;
const CLASS = /\\[wWdDbB]/;
function caveats(doc) {
    const c = {};
    const seen = new Set();
    const walk = (s, pointer) => {
        if (!s || typeof s !== 'object' || seen.has(s))
            return;
        seen.add(s);
        const o = s;
        if (typeof o.format === 'string' && !knownFormat(o.format))
            c.unchecked ??= pointer;
        if ('contentMediaType' in o || 'contentEncoding' in o)
            c.unchecked ??= pointer;
        if (!doc.modern && '$ref' in o && Object.keys(o).some((k) => k !== '$ref' && isAssertion(k)))
            c.refSiblings ??= pointer;
        const patterns = [o.pattern, ...Object.keys(o.patternProperties ?? {})];
        if (patterns.some((p) => typeof p === 'string' && CLASS.test(p)))
            c.asciiClass ??= pointer;
        if ('multipleOf' in o)
            c.multipleOf = true;
        for (const [seg, v] of children(o))
            walk(v, `${pointer}/${seg}`);
    };
    walk(doc.root.s, '');
    return c;
}
/** A reason to give no definite answer because ajv and the specification read this pair differently. */
function disagreement(a, b, ca, cb) {
    const text = JSON.stringify([a, b]);
    if ((ca.asciiClass !== undefined || cb.asciiClass !== undefined) && /[\u0080-\uffff]/.test(text)) {
        return { reason: 'pattern character class (\\w, \\d, \\b) on non-ASCII text', pointer: cb.asciiClass ?? ca.asciiClass };
    }
    if ((ca.multipleOf || cb.multipleOf) && /\d[eE]\+?\d|\d{16}/.test(text))
        return { reason: 'multipleOf with numbers beyond 2^53' };
    return undefined;
}
function notSubset(witness, b) {
    return { result: 'not-subset', witness, ...explainFailure(witness, b.rawErrors(witness)) };
}
/** Unchecked assertions (formats, content keywords) only ever read strings, property names included. */
function stringFree(v) {
    if (typeof v === 'string')
        return false;
    if (Array.isArray(v))
        return v.every(stringFree);
    if (v && typeof v === 'object')
        return Object.keys(v).length === 0;
    return true;
}
/**
 * Is every instance valid under A also valid under B? `subset` only when proved, `not-subset` only with
 * a witness that ajv accepts under A and rejects under B, `unknown` (naming the construct) otherwise.
 */
function isSubset(a, b, options = {}) {
    try {
        return decide(a, b, options);
    }
    catch (err) {
        if (err instanceof SchemaError || err instanceof Unsupported)
            return { result: 'unknown', reason: err.message, pointer: err.pointer };
        if (err instanceof OutOfBudget)
            return { result: 'unknown', reason: 'time or step budget exhausted' };
        // A $ref cycle that never descends into the instance makes validators recurse without end.
        if (err instanceof RangeError)
            return {
                result: 'unknown',
                reason: 'nesting too deep to evaluate (a $ref cycle that never descends into the instance, or a very deep schema)',
            };
        return { result: 'unknown', reason: `internal error: ${err instanceof Error ? err.message : String(err)}` };
    }
}
/** The schema as its specification reads it: before 2019-09, the assertions beside a `$ref` dropped. */
function asSpecified(s) {
    const draft = draftOf(s);
    return draft === '2019-09' || draft === '2020-12' ? s : withoutRefSiblings(s);
}
function withoutRefSiblings(s) {
    if (!s || typeof s !== 'object' || Array.isArray(s))
        return s;
    const o = s;
    const kept = '$ref' in o ? Object.fromEntries(Object.entries(o).filter(([k]) => k === '$ref' || !isAssertion(k))) : o;
    return mapChildren(kept, withoutRefSiblings);
}
const REF_SIBLINGS = 'draft-07 $ref with sibling keywords (validators disagree on them)';
function decide(a, b, options) {
    // Whatever its keywords mean, a schema contains itself.
    if (canonicalJson(a) === canonicalJson(b))
        return { result: 'subset' };
    const applied = judgePair(a, b, options);
    if (!('drift' in applied))
        return applied.answer;
    // draft-07 `$ref` siblings: ajv applies them, the specification ignores them. An answer stands
    // when the other reading gives it too (a witness is checked under both).
    const unknown = { result: 'unknown', reason: REF_SIBLINGS, pointer: applied.drift };
    const ignored = judgePair(asSpecified(a), asSpecified(b), options);
    if ('drift' in ignored || ignored.answer.result === 'unknown' || applied.answer.result === 'unknown')
        return unknown;
    if (applied.answer.result === 'subset')
        return ignored.answer.result === 'subset' ? applied.answer : unknown;
    const shows = (w, x) => 'ca' in x && x.ca.validate(w) && !x.cb.validate(w);
    if (shows(applied.answer.witness, ignored))
        return applied.answer;
    if (ignored.answer.result === 'not-subset' && shows(ignored.answer.witness, applied))
        return notSubset(ignored.answer.witness, applied.cb);
    return unknown;
}
/** The question under ajv's reading; `drift` names a draft-07 `$ref` with siblings, which the caller reads both ways. */
function judgePair(a, b, options) {
    const ca = compiled(a);
    if (typeof ca === 'string')
        return { answer: { result: 'unknown', reason: `schema A is invalid: ${ca}` } };
    const cb = compiled(b);
    if (typeof cb === 'string')
        return { answer: { result: 'unknown', reason: `schema B is invalid: ${cb}` } };
    const docA = loadDoc(a);
    const docB = loadDoc(b);
    const [cavA, cavB] = [caveats(docA), caveats(docB)];
    const differ = disagreement(a, b, cavA, cavB);
    if (differ)
        return { answer: { result: 'unknown', ...differ } };
    const answer = judge(docA, docB, ca, cb, cavA, cavB, options);
    const drift = cavA.refSiblings ?? cavB.refSiblings;
    return drift === undefined ? { answer, ca, cb } : { answer, ca, cb, drift };
}
function judge(docA, docB, ca, cb, cavA, cavB, options) {
    // A witness is trusted only when A's validator checks everything A says; a subset only when B's does.
    const witnessOk = cavA.unchecked === undefined;
    const subsetOk = cavB.unchecked === undefined;
    const unchecked = (side, at) => ({
        result: 'unknown',
        reason: `assertion that the validator does not check (format or content keyword), in ${side}`,
        pointer: at,
    });
    const finite = finiteInstances(docA.root);
    if (finite) {
        const valid = finite.filter((v) => ca.validate(v));
        const found = valid.find((v) => !cb.validate(v));
        if (found !== undefined)
            return witnessOk || stringFree(found) ? notSubset(found, cb) : unchecked('A', cavA.unchecked);
        return subsetOk || valid.every(stringFree) ? { result: 'subset' } : unchecked('B', cavB.unchecked);
    }
    const ctx = {
        steps: 0,
        maxSteps: MAX_STEPS,
        deadline: Date.now() + (options.timeoutMs ?? 2000),
        equivMemo: new Map(),
        open: new Map(),
        entails: entails,
    };
    let proof;
    try {
        proof = entails([node(docA.root)], [node(docB.root)], 0, ctx);
    }
    catch (err) {
        if (!(err instanceof Unsupported || err instanceof OutOfBudget))
            throw err;
        proof = {
            ok: false,
            reason: err instanceof OutOfBudget ? 'time or step budget exhausted' : err.message,
            pointer: err instanceof Unsupported ? err.pointer : undefined,
        };
    }
    if (proof.ok)
        return { result: 'subset' };
    const hints = { ...hintsOf(docB.root), deadline: ctx.deadline };
    // The prover's own counterexample (a string the old patterns accept and the new one does not) goes first.
    if (!proof.ok && proof.example !== undefined)
        hints.values.unshift(proof.example);
    const found = samples(docA.root, hints).find((v) => (witnessOk || stringFree(v)) && ca.validate(v) && !cb.validate(v));
    if (found !== undefined)
        return notSubset(found, cb);
    return { result: 'unknown', reason: proof.reason, pointer: proof.pointer };
}

;// CONCATENATED MODULE: ./src/schema/load.ts


/** Both lazy parts are loaded: nothing is left for a comparison to look for. */
let whole = false;
/** Loads what the engine loads lazily (refa for patterns, the IDN/IRI format checks): await it once before asking questions. */
async function loadEngine() {
    await Promise.all([loadPatterns(), idn_formats_loadIdnFormats()]);
    whole = true;
}
/** Whether `test` holds for some property (its name and value) of an object anywhere in a JSON value. */
function someProperty(value, test) {
    if (value === null || typeof value !== 'object')
        return false;
    const stack = [value];
    while (stack.length > 0) {
        const v = stack.pop();
        if (Array.isArray(v)) {
            for (const x of v)
                if (x !== null && typeof x === 'object')
                    stack.push(x);
            continue;
        }
        for (const k in v) {
            const x = v[k];
            if (test(k, x))
                return true;
            if (x !== null && typeof x === 'object')
                stack.push(x);
        }
    }
    return false;
}
const namesIdnFormat = (key, v) => key === 'format' && typeof v === 'string' && isIdnFormat(v);
/**
 * Loads what checking documents against these schemas needs: the IDN/IRI format checks where a
 * schema names one (ajv and the interpreter match patterns with RegExp; refa answers containment
 * questions only). A thread that only validates documents is spared a megabyte of code.
 */
async function loadEngineFor(schemas) {
    if (someProperty(schemas, namesIdnFormat))
        await loadIdnFormats();
}
/**
 * What questions about these schemas (any JSON value, read as one) can use. refa: where a schema
 * says `pattern` or `patternProperties` (patternsEntail, patternExample), or names two formats
 * with a regular language, or one and a length bound (only then can stringsEmpty find no string:
 * one such format alone has strings). The IDN/IRI format checks: where a schema names one. Read
 * over all the schemas at once, the answer covers whatever one question puts together; any key of
 * these names counts, wherever it is (more loaded than needed, never less). Once refa is needed
 * the walk ends and both are (a catalog's walk ends at its first formats).
 */
function engineNeeds(value) {
    let idnFormats = false;
    let lengths = false;
    const formats = new Set();
    const patterns = someProperty(value, (k, x) => {
        if (k === 'pattern' || k === 'patternProperties')
            return true;
        if (k === 'minLength' || k === 'maxLength')
            lengths = true;
        else if (k === 'format' && typeof x === 'string') {
            if (regularFormat(x))
                formats.add(x);
            else
                idnFormats ||= idn_formats_isIdnFormat(x);
        }
        return formats.size > 1 || (lengths && formats.size > 0);
    });
    return patterns ? { patterns, idnFormats: true } : { patterns, idnFormats };
}
/**
 * Loads what comparing these schemas (snapshot sets: any JSON value) can use (engineNeeds): a
 * comparison without patterns is spared refa (16 MB and 40 ms to load), one without IDN/IRI
 * formats their checks. Without them, such a question would be undecided, never wrong. Once both
 * are loaded, later comparisons (a live side against its committed snapshots) read nothing.
 */
async function loadEngineToCompare(schemas) {
    if (whole)
        return;
    const needs = engineNeeds(schemas);
    if (needs.patterns)
        return loadEngine();
    if (needs.idnFormats)
        await idn_formats_loadIdnFormats();
}

;// CONCATENATED MODULE: ./src/schema/fields.ts


const ALL_TYPES = ['null', 'boolean', 'integer', 'number', 'string', 'object', 'array'];
const fields_ANNOTATIONS = ['title', 'description', 'order', 'examples', 'default'];
const CONSTRAINING = ['type', 'properties', 'items', 'enum', 'const'];
function fields_resolveRef(root, ref) {
    if (!ref.startsWith('#'))
        return undefined;
    const pointer = decodeURIComponent(ref.slice(1));
    let cur = root;
    for (const raw of pointer.split('/').slice(1)) {
        const token = unescapeToken(raw);
        if (!isJsonObject(cur))
            return undefined;
        cur = cur[token];
    }
    return cur === undefined ? undefined : { schema: cur, pointer };
}
/** The schema's branches with $refs followed: each alternative a field may satisfy. */
function branches(root, schema, pointer, seen) {
    if (schema === true)
        return [{ schema: {}, pointer }];
    if (!isJsonObject(schema))
        return [];
    // Most fields of a wide schema are plain: their own keywords are their one branch.
    if (!('$ref' in schema || 'anyOf' in schema || 'oneOf' in schema || 'allOf' in schema))
        return [{ schema: { ...schema }, pointer }];
    const out = [];
    if (typeof schema.$ref === 'string' && !seen.has(schema.$ref)) {
        const target = fields_resolveRef(root, schema.$ref);
        if (target)
            out.push(...branches(root, target.schema, target.pointer, new Set([...seen, schema.$ref])));
    }
    const alternatives = [
        ...(schema.anyOf ?? []).map((s, i) => [s, joinPointer(pointer, 'anyOf', i)]),
        ...(schema.oneOf ?? []).map((s, i) => [s, joinPointer(pointer, 'oneOf', i)]),
        ...(schema.allOf ?? []).map((s, i) => [s, joinPointer(pointer, 'allOf', i)]),
    ];
    for (const [s, p] of alternatives)
        out.push(...branches(root, s, p, seen));
    const { anyOf: _a, oneOf: _o, allOf: _l, $ref: _r, ...own } = schema;
    // The schema's own keywords count as a branch when they constrain, or when nothing else does.
    if (CONSTRAINING.some((k) => k in own) || out.length === 0)
        out.push({ schema: own, pointer });
    return out;
}
/** The alternatives a value may satisfy, $refs followed. */
const alternativesOf = (root, schema) => branches(root, schema, '', new Set()).map((b) => b.schema);
function typesOf(schemas) {
    const types = new Set();
    for (const s of schemas) {
        if (s.type === undefined) {
            // A branch that names no type but constrains with enum/const takes the values' types.
            const values = 'const' in s ? [s.const] : Array.isArray(s.enum) ? s.enum : undefined;
            if (values)
                for (const v of values)
                    types.add(jsonTypeOf(v));
            else if (!s.properties && !s.items)
                for (const t of ALL_TYPES)
                    types.add(t);
            else
                types.add(s.properties ? 'object' : 'array');
            continue;
        }
        for (const t of Array.isArray(s.type) ? s.type : [s.type])
            if (ALL_TYPES.includes(t))
                types.add(t);
    }
    return types;
}
/**
 * Every field a document schema declares, by document path; the document itself is the field ''.
 * A structural reading: it answers "which fields, of which types", not containment (the schema
 * engine does that, field by field, where this reading shows a difference). With a `plan`, only
 * the properties it names are walked: unchanged ones, in a wide schema, are most of the work.
 */
function collectFields(root, plan, maxDepth = 12) {
    const fields = new Map();
    const visit = (schema, pointer, path, required, depth, seen, plan) => {
        const parts = branches(root, schema, pointer, seen);
        const existing = fields.get(path);
        const info = existing ?? {
            path,
            schemaPointer: pointer,
            types: new Set(),
            formats: new Set(),
            required,
            secret: false,
            annotations: {},
            branches: [],
            nodes: [],
        };
        info.nodes.push(schema);
        for (const t of typesOf(parts.map((p) => p.schema)))
            info.types.add(t);
        for (const { schema: s } of parts) {
            info.branches.push(s);
            if (typeof s.format === 'string')
                info.formats.add(s.format);
            if (s.secret === true || s.airbyte_secret === true)
                info.secret = true;
            for (const a of fields_ANNOTATIONS)
                if (a in s && !(a in info.annotations))
                    info.annotations[a] = s[a];
        }
        fields.set(path, info);
        if (depth >= maxDepth)
            return;
        for (const { schema: s, pointer: p } of parts) {
            const req = new Set(Array.isArray(s.required) ? s.required : []);
            if (isJsonObject(s.properties)) {
                const props = s.properties;
                for (const name of Object.keys(props)) {
                    if (plan && !plan.walk.has(name))
                        continue;
                    visit(props[name], joinPointer(p, 'properties', name), joinPointer(path, name), req.has(name), depth + 1, seen, plan?.walk.get(name));
                }
            }
            if (isJsonObject(s.items) || s.items === true)
                visit(s.items, joinPointer(p, 'items'), joinPointer(path, '*'), false, depth + 1, seen);
        }
    };
    visit(root, '', '', true, 0, new Set(), plan);
    return fields;
}

;// CONCATENATED MODULE: ./src/schema/local.ts




/** Keywords that bound a value: sizes, ranges, multiples, uniqueness. */
const BOUNDS = [
    'minLength',
    'maxLength',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'multipleOf',
    'minItems',
    'maxItems',
    'uniqueItems',
    'minProperties',
    'maxProperties',
];
/** Keywords that constrain a value itself, as opposed to its properties or items (fields of their own). */
const VALUE_KEYWORDS = ['type', 'enum', 'const', 'format', 'pattern', ...BOUNDS];
/**
 * The part of a field's schema that judges the value at that place and nothing below it: the
 * engine is asked one small question per changed field instead of one about the whole document,
 * and each answer names one field. oneOf becomes anyOf: the branches usually differ only below
 * this place, and projected they would overlap and reject everything.
 */
function localOf(root, schema, withFormat, seen, deep = false) {
    if (typeof schema === 'boolean')
        return schema;
    if (schema === null || typeof schema !== 'object')
        return true;
    const s = schema;
    const parts = [];
    const own = {};
    const below = (v) => localOf(root, v, withFormat, seen, true);
    for (const k of VALUE_KEYWORDS)
        if (k in s && (withFormat || k !== 'format'))
            own[k] = s[k];
    if (deep) {
        // Below additionalProperties and patternProperties nothing is a field of its own (the field walk
        // does not go there), so everything under them is judged here, as written.
        if (isJsonObject(s.properties))
            own.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, below(v)]));
        if (Array.isArray(s.required))
            own.required = s.required;
        if (s.items !== undefined)
            own.items = Array.isArray(s.items) ? s.items.map(below) : below(s.items);
    }
    // Properties not declared by name are no field of their own: additionalProperties and
    // patternProperties judge them here, whole. Named properties stay exempt (any value: they are
    // judged as their own fields), as they are from additionalProperties in the schema itself.
    if ('additionalProperties' in s || isJsonObject(s.patternProperties)) {
        if (isJsonObject(s.properties) && !deep)
            own.properties = Object.fromEntries(Object.keys(s.properties).map((k) => [k, true]));
        if ('additionalProperties' in s)
            own.additionalProperties = below(s.additionalProperties);
        if (isJsonObject(s.patternProperties))
            own.patternProperties = Object.fromEntries(Object.entries(s.patternProperties).map(([k, v]) => [k, below(v)]));
    }
    if (Object.keys(own).length > 0)
        parts.push(own);
    if (typeof s.$ref === 'string' && !seen.has(s.$ref)) {
        const target = fields_resolveRef(root, s.$ref);
        if (target)
            parts.push(localOf(root, target.schema, withFormat, new Set([...seen, s.$ref]), deep));
    }
    for (const k of ['anyOf', 'oneOf']) {
        if (Array.isArray(s[k]))
            parts.push({ anyOf: s[k].map((b) => localOf(root, b, withFormat, seen, deep)) });
    }
    if (Array.isArray(s.allOf))
        parts.push(...s.allOf.map((b) => localOf(root, b, withFormat, seen, deep)));
    if (s.not !== undefined)
        parts.push({ not: localOf(root, s.not, withFormat, seen, deep) });
    const useful = parts.filter((p) => p !== true);
    return useful.length === 0 ? true : useful.length === 1 ? useful[0] : { allOf: useful };
}
/** The local schema of a field: any of the places that declare it. */
function localSchema(root, field, withFormat) {
    const alternatives = field.nodes.map((n) => localOf(root, n, withFormat, new Set()));
    if (alternatives.length === 1)
        return alternatives[0];
    const distinct = [...new Map(alternatives.map((a) => [canonicalText(a), a])).values()];
    return distinct.length === 1 ? distinct[0] : { anyOf: distinct };
}
const answers = new Map();
/** Answers remembered; past this the cache starts over (a catalog repeats a few changes, not thousands). */
const MAX_ANSWERS = 5_000;
/** isSubset over small local schemas, remembered: a catalog repeats the same few changes many times. */
function subsetOf(a, b) {
    const key = canonicalText([a, b]);
    let answer = answers.get(key);
    if (!answer) {
        answer = isSubset(a, b);
        if (answers.size >= MAX_ANSWERS)
            answers.clear();
        answers.set(key, answer);
    }
    return answer;
}

;// CONCATENATED MODULE: ./src/schema/unchanged.ts


const unchanged_COMBINING = ['$ref', 'anyOf', 'oneOf', 'allOf'];
const plain = (s) => !unchanged_COMBINING.some((k) => k in s);
/**
 * The one schema object that declares a field's properties, when there is exactly one and it is
 * reached without $ref: a plain object schema, or the one object branch of an anyOf/oneOf whose
 * other branches declare no properties (the shape of a nullable object). Else undefined.
 */
function soleContainer(schema) {
    if (!isJsonObject(schema))
        return undefined;
    if (plain(schema))
        return isJsonObject(schema.properties) ? schema : undefined;
    if ('$ref' in schema || 'allOf' in schema || 'properties' in schema || ('anyOf' in schema && 'oneOf' in schema))
        return undefined;
    const alternatives = (schema.anyOf ?? schema.oneOf);
    if (!Array.isArray(alternatives) || !alternatives.every((a) => isJsonObject(a) && plain(a)))
        return undefined;
    const withProperties = alternatives.filter((a) => 'properties' in a);
    return withProperties.length === 1 && isJsonObject(withProperties[0].properties) ? withProperties[0] : undefined;
}
const requiredOf = (s) => new Set(Array.isArray(s.required) ? s.required : []);
/**
 * The field walk's plans for both sides: properties written the same on both sides, equally
 * required, declared in one place on each side, with the same definitions for their $refs, are
 * left out, since nothing at or below them can differ. In a wide schema they are most of the
 * work, and an object with one changed field still has its unchanged fields left out.
 * Undefined when the schemas do not pair (walk everything).
 */
function walkPlans(before, after) {
    if (!isJsonObject(before) || !isJsonObject(after))
        return undefined;
    if (!jsonEqual(before.$defs, after.$defs) || !jsonEqual(before.definitions, after.definitions))
        return undefined;
    // Alternatives at the top may declare the same names differently: walk everything then.
    if (!plain(before) || !plain(after) || !isJsonObject(before.properties) || !isJsonObject(after.properties))
        return undefined;
    const pair = (b, a) => {
        const [pb, pa] = [b.properties, a.properties];
        const [rb, ra] = [requiredOf(b), requiredOf(a)];
        const plans = { before: { walk: new Map() }, after: { walk: new Map() } };
        for (const name of Object.keys(pb)) {
            if (!Object.hasOwn(pa, name)) {
                plans.before.walk.set(name, null);
                continue;
            }
            const [sb, sa] = [pb[name], pa[name]];
            // A property named `*` would share its path with the items of an array: walk it on both sides.
            if (name === '*') {
                plans.before.walk.set(name, null);
                plans.after.walk.set(name, null);
                continue;
            }
            if (rb.has(name) === ra.has(name) && jsonEqual(sb, sa))
                continue;
            const [cb, ca] = [soleContainer(sb), soleContainer(sa)];
            const inner = cb && ca ? pair(cb, ca) : undefined;
            plans.before.walk.set(name, inner?.before ?? null);
            plans.after.walk.set(name, inner?.after ?? null);
        }
        for (const name of Object.keys(pa))
            if (!Object.hasOwn(pb, name))
                plans.after.walk.set(name, null);
        return plans;
    };
    return pair(before, after);
}

;// CONCATENATED MODULE: ./src/schema/witness-doc.ts











/** Whether ajv accepts the instance under the schema; undefined when the schema does not compile. */
function witness_doc_accepts(schema, instance) {
    const v = validator(pruneFor(schema, instance));
    return v.ok ? v.validate(instance) : undefined;
}
/** ajv's verdict as `accepts`, taken part by part where the schema allows (validators shared across schemas). */
function ajvAccepts(schema, instance) {
    return partsOf(schema)?.validate(instance) ?? witness_doc_accepts(schema, instance);
}
const loaded = new WeakMap();
/**
 * The engine's interpreter's verdict (ajv's reading of every keyword, no compile), falling back
 * to ajv where it cannot tell: for trying candidate documents, which ajv then confirms.
 */
function verdict(schema, instance) {
    if (schema !== null && typeof schema === 'object') {
        let doc = loaded.get(schema);
        if (doc === undefined) {
            try {
                doc = loadDoc(schema);
            }
            catch {
                doc = null;
            }
            loaded.set(schema, doc);
        }
        if (doc) {
            try {
                return accepts(doc.root, instance);
            }
            catch {
                // an unsupported construct: ajv decides
            }
        }
    }
    return ajvAccepts(schema, instance);
}
/**
 * ajv's complaints about the instance, `"<instance path> <message>"` each: part by part where the
 * schema allows, as ajvAccepts (a captured document holds every field, and the wide schema pruned to
 * it would compile anew for every binding of a catalog), else from the schema pruned to the instance.
 */
function complaints(schema, instance) {
    const parts = isJsonObject(instance) ? partsOf(schema)?.errors(instance, Object.keys(instance)) : undefined;
    if (parts)
        return parts.map(describeError);
    const v = validator(pruneFor(schema, instance));
    return v.ok ? v.errors(instance) : [v.error];
}
/** A string for the schema: its example or default, else one its pattern (refa's shortest) or format accepts. */
function exampleString(s) {
    if (Array.isArray(s.examples) && typeof s.examples[0] === 'string')
        return s.examples[0];
    if (typeof s.default === 'string')
        return s.default;
    if (s.format === 'date-time')
        return '2020-01-01T00:00:00Z';
    if (s.format === 'date')
        return '2020-01-01';
    const made = (typeof s.pattern === 'string' ? patternExample(s.pattern) : undefined) ?? formatSample(s.format);
    return made ?? 'x'.repeat(typeof s.minLength === 'number' ? s.minLength : 0);
}
/**
 * A plausible value for a schema: its const, default, first enum value or example, with its
 * required properties; `choice` picks another alternative (oneOf/anyOf branch) at a field path.
 * Built, not solved: callers verify it with ajv.
 */
function exampleValue(root, schema, path = '', choice = new Map(), depth = 0) {
    const alternatives = alternativesOf(root, schema);
    const s = alternatives[choice.get(path) ?? 0] ?? alternatives[0] ?? {};
    if ('const' in s)
        return s.const;
    if (s.default !== undefined && typeof s.default !== 'object')
        return s.default;
    if (Array.isArray(s.enum) && s.enum.length > 0)
        return s.enum[0];
    const types = Array.isArray(s.type) ? s.type : s.type !== undefined ? [s.type] : ['object'];
    const required = Array.isArray(s.required) && depth < 12 ? s.required : [];
    const props = isJsonObject(s.properties) ? s.properties : {};
    const t = required.length > 0 && types.includes('object') ? 'object' : (types.find((x) => x !== 'null') ?? 'null');
    switch (t) {
        case 'object':
            return Object.fromEntries(required.map((k) => [k, exampleValue(root, Object.hasOwn(props, k) ? props[k] : {}, joinPointer(path, k), choice, depth + 1)]));
        case 'array':
            return [];
        case 'string':
            return exampleString(s);
        case 'integer':
        case 'number':
            return typeof s.minimum === 'number' ? s.minimum : 0;
        case 'boolean':
            return false;
        default:
            return null;
    }
}
const REMOVE = Symbol('remove');
/** A shallow copy of an object or array (anything else: a new object). */
const copyOf = (v) => (Array.isArray(v) ? [...v] : isJsonObject(v) ? { ...v } : {});
/**
 * A copy of the document with the value at a field path (`*` = the first array item), parents made
 * as needed. Only the objects and arrays on the path are copied: the rest is shared with `doc`
 * (a wide captured document is the start of many witnesses; neither it nor a witness is changed after).
 */
function placed(doc, schema, fields, path, value) {
    const tokens = parsePointer(path);
    const copy = tokens.length > 0 && doc !== null && typeof doc === 'object' ? copyOf(doc) : structuredClone(doc);
    let cur = copy;
    for (let i = 0; i < tokens.length; i++) {
        const key = tokens[i] === '*' ? 0 : tokens[i];
        const last = i === tokens.length - 1;
        if (last) {
            if (value === REMOVE)
                delete cur[key];
            else
                setOwn(cur, String(key), value);
            break;
        }
        const here = joinPointer('', ...tokens.slice(0, i + 1));
        let next = Object.hasOwn(cur, key) ? cur[key] : undefined;
        if (next === null || typeof next !== 'object') {
            next = tokens[i + 1] === '*' ? [] : exampleValue(schema, fields.get(here)?.nodes[0] ?? {}, here);
            if (!isJsonObject(next) && !Array.isArray(next))
                next = {};
        }
        else
            next = copyOf(next);
        setOwn(cur, String(key), next);
        cur = next;
    }
    return copy;
}

;// CONCATENATED MODULE: ./src/schema/index.ts
// What the rest of the project uses of the engine: nothing outside src/schema imports its files directly.








// Per-field helpers the Flow rules build on: a schema's fields, a field's own schema, witness documents.





;// CONCATENATED MODULE: ./src/compare/capture-tally.ts

const earlier = (a, b) => a.seq < b.seq || (a.seq === b.seq && a.idx < b.idx);
const inPlaceOrder = (a, b) => earlier(a.place, b.place) ? -1 : earlier(b.place, a.place) ? 1 : 0;
/** Field differences of one collection's paired documents, one finding per field and rule. */
class FieldTallies {
    /** By rule, then pointer: most pairs differ the same way, and no joined text is built and hashed per difference. */
    tallies = new Map();
    add(place, d, example) {
        let byPointer = this.tallies.get(d.rule);
        if (!byPointer)
            this.tallies.set(d.rule, (byPointer = new Map()));
        const t = byPointer.get(d.pointer);
        // An earlier occurrence replaces the example whole: one without a `before` (a field added) leaves none
        // of a later one's behind, whatever order the pairs come in.
        if (!t || earlier(place, t.place))
            byPointer.set(d.pointer, { ...d, count: (t?.count ?? 0) + 1, place, example });
        else
            t.count++;
    }
    findings(collection, pairs) {
        // Fingerprints take the rule and place, not example values: those vary from run to run.
        return [...this.tallies.values()]
            .flatMap((byPointer) => [...byPointer.values()])
            .sort(inPlaceOrder)
            .map((t) => Object.assign(makeFinding({
            rule: t.rule,
            stage: 'capture',
            binding: collection,
            pointer: t.pointer,
            message: `${t.message(t.count, pairs)}${t.example ? `, e.g. the document with key ${t.example}` : ''}`,
        }), {
            ...(t.before !== undefined ? { before: t.before } : {}),
            ...(t.after !== undefined ? { after: t.after } : {}),
        }));
    }
}
/** Documents of one side counted, with the first of them (by place) kept. */
class FirstOf {
    count = 0;
    place;
    first;
    add(place, item) {
        this.count++;
        if (!this.place || earlier(place, this.place)) {
            this.place = place;
            this.first = item;
        }
    }
}
/** Candidate documents a schema rejects, per place and complaint, each with its first document. */
class ViolationTallies {
    byPlace = new Map();
    add(place, pointer, message, doc) {
        const id = `${pointer}\u0000${message}`;
        let t = this.byPlace.get(id);
        if (!t)
            this.byPlace.set(id, (t = { pointer, message, seen: new FirstOf() }));
        t.seen.add(place, doc);
    }
    /** The tallies in the order of their first occurrence. */
    list() {
        return [...this.byPlace.values()]
            .map((t) => ({ place: t.seen.place, pointer: t.pointer, message: t.message, count: t.seen.count, example: t.seen.first }))
            .sort(inPlaceOrder)
            .map(({ place: _, ...t }) => t);
    }
}

;// CONCATENATED MODULE: ./src/compare/capture-states.ts








/**
 * What a capture comparison learns per collection as pairs of documents are compared and candidate
 * documents validated, whichever order they come in (capture-tally.ts): the capture's findings are made from it.
 */
const capture_states_RULES = [
    ['capture.schema.violation', 'candidate'],
    ['capture.schema.baseline-violation', 'baseline'],
];
/** Pairs documents of one collection and text in their order: the first baseline document with the first candidate one. */
function pairRecs(before, after, textOf) {
    const queues = new Map();
    after.forEach((r, i) => {
        const t = `${r[0]}\u0000${textOf(r, i)}`;
        const q = queues.get(t);
        if (q)
            q.recs.push(r);
        else
            queues.set(t, { recs: [r], next: 0 });
    });
    const pairs = [];
    const unmatched = [];
    before.forEach((r, i) => {
        const q = queues.get(`${r[0]}\u0000${textOf(r, i)}`);
        if (q && q.next < q.recs.length)
            pairs.push([r, q.recs[q.next++]]);
        else
            unmatched.push(r);
    });
    return { pairs, unmatched };
}
class Join {
    plans;
    opts;
    states = new Map();
    checks = new Map();
    constructor(plans, opts) {
        this.plans = plans;
        this.opts = opts;
    }
    state(collection) {
        let st = this.states.get(collection);
        if (!st) {
            const key = this.plans.of(collection).key;
            const violations = capture_states_RULES.map(() => new ViolationTallies());
            st = { tallies: new FieldTallies(), pairs: 0, unmatched: new FirstOf(), docs: { baseline: 0, candidate: 0 }, violations };
            if (key)
                st.key = key;
            this.states.set(collection, st);
        }
        return st;
    }
    compare(pairs, unmatched) {
        for (const [b, a] of pairs) {
            const st = this.state(b[0]);
            st.pairs++;
            // The text kept from reading is the pairing key's; a collection paired again by another key computes it.
            const example = st.key === this.plans.of(b[0]).key ? keyTextOf(b, st.key) : collectionKeyText(b[2], st.key);
            let idx = 0;
            comparePair(b[2], a[2], this.opts, (d) => st.tallies.add({ seq: b[1], idx: idx++ }, d, example));
        }
        for (const r of unmatched)
            this.state(r[0]).unmatched.add({ seq: r[1], idx: 0 }, r[2]);
    }
    /** Candidate documents against the candidate's own schema, then the baseline's. */
    validate(rec) {
        const [collection, seq, doc] = rec;
        let checks = this.checks.get(collection);
        if (!checks) {
            checks = capture_states_RULES.map(([, side]) => {
                const schema = collections_bindingOf(collection, this.plans.bindings[side])?.documentSchema;
                return schema === undefined ? undefined : documentCheck(schema);
            });
            this.checks.set(collection, checks);
        }
        const st = this.state(collection);
        // A redacted value stands for whatever the connector sent; the schema cannot be judged there.
        const redacted = (p) => getAt(doc, p) === REDACTED || this.opts.redact.some((g) => pointerMatches(g, p));
        checks.forEach((check, r) => {
            if (!check)
                return;
            const problems = check.problems(doc);
            if (problems.length === 0)
                return;
            const seen = new Set();
            let idx = 0;
            for (const p of problems) {
                if (redacted(p.pointer))
                    continue;
                const at = place(p.pointer);
                if (seen.has(`${at}\u0000${p.message}`))
                    continue;
                seen.add(`${at}\u0000${p.message}`);
                st.violations[r].add({ seq, idx: idx++ }, at, p.message, doc);
            }
        });
    }
}

;// CONCATENATED MODULE: ./src/compare/capture-pairs.ts








/** Every bucket of both sides combined, paired by each collection's plan and compared. */
function joinAll(b, c, bucketsB, bucketsC, join, between) {
    for (let i = 0; i < bucketsB.count; i++) {
        if (i > 0)
            between?.(i, bucketsB.count);
        const before = b.combined(i, bucketsB);
        const after = c.combined(i, bucketsC);
        for (const r of before)
            join.state(r[0]).docs.baseline++;
        for (const r of after) {
            join.state(r[0]).docs.candidate++;
            join.validate(r);
        }
        const text = (r) => {
            const key = join.plans.of(r[0]).key;
            return key ? textOf(r, key) : String(r[1]);
        };
        const { pairs, unmatched } = pairRecs(before, after, text);
        join.compare(pairs, unmatched);
    }
}
/**
 * Collections whose documents no pairing key matched: paired again by the candidate's key, else by
 * place (capture.ts's `matchDocs` order). Their documents are gathered whole: the captures hold
 * different documents, so no key spreads them over buckets.
 */
function rematch(b, c, bucketsB, bucketsC, join) {
    const lost = new Set([...join.states].filter(([, st]) => st.pairs === 0 && st.key && st.docs.baseline > 0 && st.docs.candidate > 0).map(([name]) => name));
    if (lost.size === 0)
        return;
    const gather = (ingest, buckets) => {
        const out = new Map();
        // Only the buckets that hold them are read again (every bucket, when one of them is spread).
        const homes = new Set([...lost].map((name) => ingest.homeOf(name)));
        for (let i = 0; i < buckets.count; i++) {
            if (!homes.has(i) && !homes.has(-1))
                continue;
            for (const r of ingest.combined(i, buckets))
                if (lost.has(r[0]))
                    (out.get(r[0]) ?? out.set(r[0], []).get(r[0])).push(r);
        }
        for (const list of out.values())
            list.sort((x, y) => x[1] - y[1]);
        return out;
    };
    const [before, after] = [gather(b, bucketsB), gather(c, bucketsC)];
    for (const collection of lost) {
        const st = join.state(collection);
        const [bd, ad] = [before.get(collection) ?? [], after.get(collection) ?? []];
        const plan = join.plans.of(collection);
        const rest = plan.key === plan.own.baseline && plan.own.candidate ? [plan.own.candidate] : [];
        st.unmatched = new FirstOf();
        let tried;
        for (const key of rest) {
            tried = pairRecs(bd, ad, (r) => pairText(r[2], key));
            if (tried.pairs.length > 0) {
                st.key = key;
                break;
            }
        }
        if (!tried || tried.pairs.length === 0) {
            delete st.key;
            tried = pairRecs(bd, ad, (_, rank) => String(rank));
        }
        join.compare(tried.pairs, tried.unmatched);
    }
}
const sorted = (names) => [...names].sort((x, y) => x.localeCompare(y));
function capture_pairs_findingsOf(b, c, join) {
    const findings = [];
    for (const collection of sorted(b.read.keys())) {
        const st = join.state(collection);
        if (!c.read.has(collection)) {
            findings.push(collectionMissing(collection, st.docs.baseline));
            continue;
        }
        for (const f of st.tallies.findings(collection, st.pairs))
            findings.push(f);
        const lost = unmatchedFinding(collection, st, st.docs);
        if (lost)
            findings.push(lost);
    }
    for (const collection of sorted(c.read.keys())) {
        const st = join.state(collection);
        const key = collections_bindingOf(collection, join.plans.bindings.candidate)?.key;
        st.violations.forEach((v, r) => {
            for (const t of v.list())
                findings.push(violationFinding(collection, { rule: capture_states_RULES[r][0], ...t }, st.docs.candidate, key));
        });
        if (!b.read.has(collection))
            findings.push(collectionAdded(collection, st.docs.candidate));
    }
    return findings;
}
/** Both sides read: their documents paired and compared, bucket by bucket (`join` holds what was compared before). */
function capture_pairs_judge(b, c, opts, join = new Join(b.plans, opts)) {
    const bucketsC = c.pairable(opts.buckets ?? memoryBuckets);
    try {
        joinAll(b, c, b.buckets, bucketsC, join, opts.afterBucket);
        rematch(b, c, b.buckets, bucketsC, join);
        return capture_pairs_findingsOf(b, c, join);
    }
    finally {
        bucketsC.dispose();
    }
}
function sidesOf(before, after, opts) {
    const fresh = opts.buckets ?? memoryBuckets;
    const plans = new Plans({ baseline: before.bindings, candidate: after.bindings });
    return [new CaptureIngest('baseline', plans, fresh()), new CaptureIngest('candidate', plans, fresh())];
}
/**
 * Capture differences: collections missing or added, field differences of documents paired by key
 * (estuary's compare_capture_records: every baseline field present and equal, extra fields
 * allowed), baseline documents left without a partner, and candidate documents that their own or
 * the baseline's discovered schema rejects. Both sides' documents are in memory here.
 */
function compareCapture(before, after, opts) {
    const [b, c] = sidesOf(before, after, opts);
    b.addAll(before);
    c.addAll(after);
    return capture_pairs_judge(b, c, opts);
}
/**
 * Both sides read in step, a batch at a time from the side that has read fewer documents, so that
 * captures in the same order meet as they are read; `done` is told each side once it is read.
 */
async function readInStep(sides, done) {
    const readers = sides.map(([side]) => (async function* () {
        yield* side.batches;
    })());
    const read = [0, 0];
    const open = [true, true];
    try {
        while (open[0] || open[1]) {
            const i = open[0] && (!open[1] || read[0] <= read[1]) ? 0 : 1;
            const next = await readers[i].next();
            if (next.done) {
                open[i] = false;
                done(sides[i][1]);
                continue;
            }
            read[i] += next.value.docs.length;
            sides[i][1].addAll(next.value);
        }
    }
    finally {
        // A side that failed leaves the other's file open: it is closed.
        await Promise.all(readers.map((r) => r.return(undefined)));
    }
}
/** compareCapture of two captures read as they stream, through buckets that may be files: memory holds a bucket of each side. */
async function compareCaptureStreams(before, after, opts) {
    const [b, c] = sidesOf(before, after, opts);
    try {
        const told = (ingest) => opts.onCollections?.(ingest.side, [...ingest.read.keys()], [...ingest.read.values()].reduce((n, k) => n + k, 0));
        if (!opts.prejoin) {
            for await (const batch of before.batches)
                b.addAll(batch);
            told(b);
            for await (const batch of after.batches)
                c.addAll(batch);
            told(c);
            return capture_pairs_judge(b, c, opts);
        }
        const join = new Join(b.plans, opts);
        const pre = new PreJoin([b, c], (x, y) => {
            const st = join.state(x[0]);
            st.docs.baseline++;
            st.docs.candidate++;
            join.validate(y);
            join.compare([[x, y]], []);
        }, opts.prejoin);
        await readInStep([
            [before, b],
            [after, c],
        ], told);
        pre.end();
        return capture_pairs_judge(b, c, opts, join);
    }
    finally {
        b.buckets.dispose();
        c.buckets.dispose();
    }
}

;// CONCATENATED MODULE: ./src/compare/narrowing-hits.ts




/** The values at a field path (`*` = every array item) in one document, and whether its parent held it. */
function valuesAt(doc, path) {
    let nodes = [doc];
    const tokens = parsePointer(path);
    let missingUnderParent = false;
    tokens.forEach((token, i) => {
        const next = [];
        for (const n of nodes) {
            if (token === '*' && Array.isArray(n))
                next.push(...n);
            else if (isJsonObject(n) && Object.hasOwn(n, token))
                next.push(n[token]);
            else if (isJsonObject(n) && i === tokens.length - 1)
                missingUnderParent = true;
        }
        nodes = next;
    });
    return { values: nodes, missingUnderParent };
}
/**
 * A proven narrowing of a document schema that none of the baseline's captured documents of that
 * collection runs into is a warning, not a break (design.md: "a narrowing that no actual config or
 * binding hits"). Needs at least one captured document; the witness stays on the finding.
 */
function downgradeUnhit(narrowings, candidateSchema, samples) {
    const replaced = new Map();
    if (samples.length === 0 || narrowings.length === 0)
        return replaced;
    // Each narrowing carries the candidate's field as the schema walk read it: no second walk of a wide schema.
    for (const { finding, path, field } of narrowings) {
        if (finding.rule !== 'discover.schema.narrowed' && finding.rule !== 'discover.schema.nullability-removed')
            continue;
        if (!field)
            continue;
        const local = validator(localSchema(candidateSchema, field, true));
        if (!local.ok)
            continue;
        const hit = samples.some((doc) => {
            const { values, missingUnderParent } = valuesAt(doc, path);
            return values.some((v) => !local.validate(v)) || (missingUnderParent && field.required);
        });
        if (hit)
            continue;
        const { id: _id, severity: _s, rule: _r, ...rest } = finding;
        replaced.set(finding, {
            ...makeFinding({ ...rest, rule: 'discover.schema.narrowed-unused', stage: 'discover' }),
            ...(finding.witness !== undefined ? { witness: finding.witness } : {}),
            message: `${finding.message}; none of the ${samples.length} captured baseline documents is affected`,
        });
    }
    return replaced;
}

;// CONCATENATED MODULE: ./src/compare/narrowing-cause.ts



// Why a field's narrowing loses the value the engine found, in the most specific words, and another
// value of the field that shows the same cause.
/** Every value of one keyword anywhere in a (local) schema, as comparable text. */
function keywordText(schema, keyword) {
    return canonicalJson(keywordValues(schema, keyword));
}
/** Every value of one keyword in a (local) schema and its anyOf, allOf and not. */
function keywordValues(schema, keyword) {
    const found = [];
    const walk = (s) => {
        if (Array.isArray(s))
            s.forEach(walk);
        else if (s && typeof s === 'object') {
            for (const [k, v] of Object.entries(s)) {
                if (k === keyword)
                    found.push(v);
                else if (k === 'anyOf' || k === 'allOf' || k === 'not')
                    walk(v);
            }
        }
    };
    walk(schema);
    return found;
}
/** The most specific name for why the witness value is no longer accepted. */
function causeOf(witness, af, lb, la, reason) {
    const t = jsonTypeOf(witness);
    if (!af.types.has(t) && !(t === 'integer' && af.types.has('number')))
        return `type narrowed: ${t} no longer accepted`;
    const differs = (k) => keywordText(lb, k) !== keywordText(la, k);
    if (differs('enum') || differs('const')) {
        // Every value the baseline listed that the candidate rejects, not only the witness.
        const listed = [...keywordValues(lb, 'enum').flatMap((v) => (Array.isArray(v) ? v : [])), ...keywordValues(lb, 'const')];
        const first = (v, i) => listed.findIndex((w) => jsonEqual(v, w)) === i;
        const gone = listed.filter((v, i) => first(v, i) && ajvAccepts(lb, v) === true && ajvAccepts(la, v) === false);
        const shown = gone.length > 0 ? gone : [witness];
        return `enum narrowed: ${shown.map((v) => JSON.stringify(v)).join(', ')} no longer allowed`;
    }
    if (differs('pattern'))
        return `pattern tightened: ${JSON.stringify(witness)} no longer matches`;
    const bounds = BOUNDS.filter(differs);
    if (bounds.length)
        return `bounds tightened (${bounds.join(', ')}): ${JSON.stringify(witness)} no longer accepted`;
    if (differs('format'))
        return `format ${[...af.formats].join(', ') || 'none'} now checked: ${JSON.stringify(witness)} no longer accepted`;
    return `${reason} (e.g. ${JSON.stringify(witness)})`;
}
/**
 * The baseline field's own example when it shows the same cause as the engine's value: the engine
 * answers on the field's constraints without its format, so its value may fail a format the whole
 * document is checked against (a string lost where the baseline says `format: uri`).
 */
function sameCause(before, bf, af, lb, la, reason, cause) {
    const example = exampleValue(before, bf.nodes[0]);
    return ajvAccepts(la, example) === false && causeOf(example, af, lb, la, reason) === cause ? example : undefined;
}

;// CONCATENATED MODULE: ./src/compare/witnesses.ts


/**
 * Whether a validator complaint is about the field at `at`: at it or below it, or its parent missing
 * it (`/ must have required property 'id'` is about `/id`; ajv reports a missing property at its parent).
 */
function aboutField(complaint, at) {
    if (complaint === at || complaint.startsWith(`${at} `) || complaint.startsWith(`${at}/`))
        return true;
    const cut = at.lastIndexOf('/');
    const parent = at.slice(0, cut) || '/';
    const name = unescapeToken(at.slice(cut + 1));
    return complaint === `${parent} must have required property '${name}'`;
}
/** Alternatives tried at one field, at most. */
const MAX_BRANCHES = 8;
/** Real instances tried as starting documents, at most: each is validated by both schemas. */
const MAX_EXAMPLES = 20;
/**
 * Builds whole documents that show a field's narrowing. Candidates are tried with the engine's
 * interpreter; the one kept is confirmed with ajv against both schemas.
 */
class Witnesses {
    before;
    after;
    b;
    a;
    examples;
    bases;
    constructor(before, after, b, a, examples = []) {
        this.before = before;
        this.after = after;
        this.b = b;
        this.a = a;
        this.examples = examples;
    }
    /**
     * Documents to place a value into: one both schemas accept when there is one, then plausible
     * documents of each schema alone (a key whose type changed leaves no document both accept).
     */
    starts() {
        if (!this.bases) {
            // Made-up documents first (the smallest to read), then real ones: a captured document satisfies
            // the formats and patterns a made-up one may not.
            // Each verdict and text is taken once per document: a captured one holds every field of a wide schema.
            const accepted = new Map();
            const byBefore = (d) => {
                let v = accepted.get(d);
                if (v === undefined)
                    accepted.set(d, (v = verdict(this.before, d) === true));
                return v;
            };
            const real = this.examples.slice(0, MAX_EXAMPLES).filter(byBefore);
            const examples = [exampleValue(this.after, this.after), exampleValue(this.before, this.before), ...real];
            const common = examples.find((d) => byBefore(d) && verdict(this.after, d) === true);
            // A document met twice is tried once (trying it again would give the same answer).
            const seen = new Set();
            this.bases = [
                ...(common === undefined ? [] : [{ doc: common, common: true }]),
                ...examples.map((doc) => ({ doc, common: false })),
            ].filter(({ doc }) => !seen.has(doc) && !!seen.add(doc));
        }
        return this.bases;
    }
    /**
     * A document the baseline accepts and the candidate rejects, with `value` (or nothing) at `path`.
     * Built from a document only one schema accepts, it is kept only when the candidate's first
     * complaint is about that field: the document shows this narrowing, not another one.
     */
    show(path, value) {
        for (const { doc: start, common } of this.starts()) {
            const doc = this.tried(start, common, path, value);
            if (doc !== undefined)
                return doc;
        }
        return undefined;
    }
    /**
     * As show, from the baseline's example taking each other oneOf/anyOf branch at each field above
     * `path` that has several: a value of a removed option lives only in that option's documents.
     */
    showInBranches(path, value) {
        const tokens = parsePointer(path);
        for (let i = 1; i < tokens.length; i++) {
            const prefix = joinPointer('', ...tokens.slice(0, i));
            const node = this.b.get(prefix)?.nodes[0];
            if (node === undefined)
                continue;
            const count = Math.min(alternativesOf(this.before, node).length, MAX_BRANCHES);
            for (let k = 1; k < count; k++) {
                const doc = this.tried(exampleValue(this.before, this.before, '', new Map([[prefix, k]])), false, path, value);
                if (doc !== undefined)
                    return doc;
            }
        }
        return undefined;
    }
    /** `start` with `value` at `path`, when the baseline accepts it and the candidate rejects it there. */
    tried(start, common, path, value) {
        const at = path.replace(/\/\*(?=\/|$)/g, '/0');
        // Parents missing from `start` are made from one schema's fields, then the other's; where none
        // is missing, both ways give the same document, tried once.
        const roots = [
            [this.after, this.a],
            [this.before, this.b],
        ];
        const parent = getAt(start, at.slice(0, at.lastIndexOf('/')));
        for (const [root, fields] of parent !== null && typeof parent === 'object' ? roots.slice(0, 1) : roots) {
            const doc = placed(start, root, fields, path, value);
            if (verdict(this.before, doc) !== true || verdict(this.after, doc) !== false)
                continue;
            if (ajvAccepts(this.before, doc) !== true || ajvAccepts(this.after, doc) !== false)
                continue;
            if (common || complaints(this.after, doc).some((c) => aboutField(c, at)))
                return doc;
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/compare/schema-rules.ts
const DOCUMENT_RULES = {
    stage: 'discover',
    narrowed: 'discover.schema.narrowed',
    nullabilityRemoved: 'discover.schema.nullability-removed',
    nullabilityAdded: 'discover.schema.nullability-added',
    widened: 'discover.schema.type-widened',
    valuesWidened: 'discover.schema.values-widened',
    propertyRemoved: 'discover.schema.property-removed',
    propertyAdded: 'discover.schema.property-added',
    requiredRemoved: 'discover.schema.required-removed',
    unknown: 'discover.schema.unknown',
    invalid: 'discover.schema.invalid',
    formatChanged: 'discover.schema.format-changed',
    meta: { path: '/_meta', rule: 'discover.schema.meta-changed' },
    gainsMatter: true,
};
const CONFIG_RULES = {
    stage: 'spec',
    narrowed: 'spec.config.narrowed',
    nullabilityRemoved: 'spec.config.narrowed',
    nullabilityAdded: 'spec.config.widened',
    widened: 'spec.config.widened',
    valuesWidened: 'spec.config.widened',
    propertyRemoved: 'spec.config.property-removed',
    propertyAdded: 'spec.config.widened',
    requiredRemoved: 'spec.config.widened',
    unknown: 'spec.config.unknown',
    invalid: 'spec.config.invalid-schema',
    secretUnmarked: 'spec.config.secret-unmarked',
    annotationChanged: 'spec.annotation.changed',
    gainsMatter: false,
};
const RESOURCE_RULES = {
    stage: 'spec',
    narrowed: 'spec.resource.narrowed',
    nullabilityRemoved: 'spec.resource.narrowed',
    nullabilityAdded: 'spec.resource.widened',
    widened: 'spec.resource.widened',
    valuesWidened: 'spec.resource.widened',
    propertyRemoved: 'spec.resource.property-removed',
    propertyAdded: 'spec.resource.widened',
    requiredRemoved: 'spec.resource.widened',
    unknown: 'spec.resource.unknown',
    invalid: 'spec.resource.invalid-schema',
    annotationChanged: 'spec.annotation.changed',
    gainsMatter: false,
};

;// CONCATENATED MODULE: ./src/compare/schema-diff.ts






/**
 * Each unshown narrowing not in `skip` that its retry shows (from another oneOf/anyOf branch, a
 * removed option): its finding takes the unknown one's place and counts as a narrowing.
 */
function showUnshown(j, skip = new Set()) {
    for (const u of j.unshown) {
        if (skip.has(u.finding))
            continue;
        const shown = u.retry?.();
        if (!shown)
            continue;
        j.findings[j.findings.indexOf(u.finding)] = shown;
        j.narrowings.push({ finding: shown, path: u.path });
    }
}
const nonNull = (types) => [...types].filter((t) => t !== 'null');
/** Types of `from` that `to` does not accept (integer is within number). */
const lostTypes = (from, to) => nonNull(from).filter((t) => !to.has(t) && !(t === 'integer' && to.has('number')));
const parentOf = (path) => path.slice(0, path.lastIndexOf('/'));
const typeList = (f) => [...f.types].sort();
/**
 * Compares two schemas field by field: the structural walk says which fields differ, the engine
 * says (per differing field, on that field's own constraints) whether values are lost or gained,
 * and every narrowing gets a whole document or config that ajv accepts under the baseline and
 * rejects under the candidate. One finding per field and cause.
 */
function judgeSchemaFields(before, after, opts) {
    const { rules } = opts;
    const withFormat = rules.formatChanged === undefined;
    const plans = walkPlans(before, after);
    const b = collectFields(before, plans?.before);
    const a = collectFields(after, plans?.after);
    const witnesses = new Witnesses(before, after, b, a, opts.examples);
    // The other direction, for what a document schema gains: a document the candidate accepts and the baseline rejects.
    let gains;
    const gainShown = (path, value) => rules.gainsMatter ? (gains ??= new Witnesses(after, before, a, b)).show(path, value) : undefined;
    const findings = [];
    const narrowings = [];
    const unshown = [];
    const isMeta = (path) => !!rules.meta && (path === rules.meta.path || path.startsWith(`${rules.meta.path}/`));
    const make = (rule, path, message, extra = {}) => makeFinding({
        rule,
        stage: rules.stage,
        binding: opts.binding,
        pointer: (opts.scope ?? '') + (a.get(path) ?? b.get(path)).schemaPointer,
        message: `${opts.noun} ${path}: ${message}`,
        ...extra,
    });
    const add = (rule, path, message, extra = {}) => {
        const f = make(rule, path, message, extra);
        findings.push(f);
        return f;
    };
    /** A narrowing at `path` shown by a whole document with `value` (or nothing) there, else an unknown finding that may be retried. */
    const narrowed = (rule, path, cause, value, values, otherValue) => {
        let witness = witnesses.show(path, value);
        const another = witness === undefined ? otherValue?.() : undefined;
        if (another !== undefined)
            witness = witnesses.show(path, another);
        if (witness === undefined) {
            const finding = add(rules.unknown, path, `${cause}, but no whole ${opts.noun === 'field' ? 'document' : 'config'} could be built to show it`, values);
            // Built only when asked: it is not kept in `findings`, its caller puts it in the unknown one's place.
            const retry = () => {
                const other = witnesses.showInBranches(path, value);
                return other === undefined ? undefined : make(rule, path, cause, { ...values, witness: other });
            };
            unshown.push({ finding, path, retry });
            return;
        }
        narrowings.push({ finding: add(rule, path, cause, { ...values, witness }), path, field: a.get(path) });
    };
    const judgeValues = (path, bf, af) => {
        const lb = localSchema(before, bf, withFormat);
        const la = localSchema(after, af, withFormat);
        if (jsonEqual(lb, la))
            return;
        const compiled = validator(la);
        if (!compiled.ok) {
            // Too large to compile is no verdict on the schema: the question stays open, once, for this field.
            if (compiled.tooLarge)
                add(rules.unknown, path, `the candidate's schema for it is ${compiled.error}`);
            else
                add(rules.invalid, path, `the candidate's schema for it is not valid JSON Schema: ${compiled.error}`, { after: la });
            return;
        }
        const values = { before: typeList(bf), after: typeList(af) };
        const lost = subsetOf(lb, la);
        if (lost.result === 'not-subset') {
            // null lost and something else lost are two causes: ask again without null for the second one.
            const other = lost.witness === null ? subsetOf({ allOf: [lb, { not: { type: 'null' } }] }, la) : lost;
            if (lost.witness === null)
                narrowed(rules.nullabilityRemoved, path, 'null no longer accepted', null, values);
            if (other.result === 'not-subset') {
                const cause = causeOf(other.witness, af, lb, la, other.reason);
                narrowed(rules.narrowed, path, cause, other.witness, values, () => sameCause(before, bf, af, lb, la, other.reason, cause));
            }
        }
        const gained = subsetOf(la, lb);
        if (gained.result === 'not-subset') {
            const types = lostTypes(af.types, bf.types);
            const nullAdded = !bf.types.has('null') && af.types.has('null');
            if (nullAdded)
                add(rules.nullabilityAdded, path, 'now accepts null', values);
            const shown = types.length || !nullAdded ? gainShown(path, gained.witness) : undefined;
            const withWitness = shown === undefined ? values : { ...values, witness: shown };
            if (types.length)
                add(rules.widened, path, `type widened: now also accepts ${types.join(', ')}`, withWitness);
            else if (!nullAdded)
                add(rules.valuesWidened, path, `accepts more values, e.g. ${JSON.stringify(gained.witness)}`, withWitness);
        }
        // A direction left undecided warns only where it matters: configs need only baseline ⊆ candidate.
        const unknown = [lost, ...(rules.gainsMatter ? [gained] : [])].find((r) => r.result === 'unknown');
        if (unknown?.result === 'unknown')
            add(rules.unknown, path, `the engine could not decide whether values are lost or gained: ${unknown.reason}`, values);
    };
    const judgeMeta = (path, bf, af) => {
        const what = !bf
            ? `added${af.required ? ' as required' : ''}`
            : !af
                ? 'removed'
                : !jsonEqual(localSchema(before, bf, true), localSchema(after, af, true)) || bf.required !== af.required
                    ? 'changed'
                    : undefined;
        if (what)
            add(rules.meta.rule, path, `runtime metadata ${what}`, { before: bf && typeList(bf), after: af && typeList(af) });
    };
    for (const [path, bf] of b) {
        if (path === '')
            continue;
        const af = a.get(path);
        if (isMeta(path)) {
            if (!af && b.has(parentOf(path)) && !a.has(parentOf(path)) && parentOf(path) !== '')
                continue;
            judgeMeta(path, bf, af);
            continue;
        }
        if (!af) {
            // One finding for a removed object, not one for each of its fields as well.
            if (b.has(parentOf(path)) && !a.has(parentOf(path)))
                continue;
            // A removed property the candidate now forbids (additionalProperties: false) is a narrowing.
            const closed = a.get(parentOf(path))?.branches.some((s) => s.additionalProperties === false || s.unevaluatedProperties === false);
            const shown = closed && !path.endsWith('/*') ? witnesses.show(path, exampleValue(before, bf.nodes[0])) : undefined;
            if (shown !== undefined)
                narrowings.push({
                    finding: add(rules.narrowed, path, 'removed and no longer allowed', { before: typeList(bf), witness: shown }),
                    path,
                });
            else
                add(rules.propertyRemoved, path, 'removed from the schema', { before: typeList(bf) });
            continue;
        }
        judgeValues(path, bf, af);
        if (!bf.required && af.required)
            narrowed(rules.narrowed, path, 'became required', REMOVE, { before: false, after: true });
        if (bf.required && !af.required)
            add(rules.requiredRemoved, path, 'no longer required', { before: true, after: false });
        if (rules.formatChanged && !jsonEqual([...bf.formats].sort(), [...af.formats].sort())) {
            add(rules.formatChanged, path, 'format changed', { before: [...bf.formats], after: [...af.formats] });
        }
        if (rules.secretUnmarked && bf.secret && !af.secret)
            add(rules.secretUnmarked, path, 'no longer marked secret: its value would be shown in the UI and logs', {
                before: true,
                after: false,
            });
        if (rules.annotationChanged && !jsonEqual(bf.annotations, af.annotations))
            add(rules.annotationChanged, path, 'title, description, order or examples changed', {
                before: bf.annotations,
                after: af.annotations,
            });
    }
    for (const [path, af] of a) {
        if (b.has(path))
            continue;
        const parent = parentOf(path);
        if (parent !== '' && !b.has(parent))
            continue;
        if (isMeta(path))
            judgeMeta(path, undefined, af);
        // A new required field inside an object that existed before rejects what lacks it.
        else if (af.required)
            narrowed(rules.narrowed, path, 'added as a required property', REMOVE, { after: typeList(af) });
        else
            add(rules.propertyAdded, path, 'added', { after: typeList(af) });
    }
    return { findings, narrowings, unshown };
}

;// CONCATENATED MODULE: ./src/compare/discover.ts






/** Bindings by their identity, the resource path. */
function byResourcePath(side) {
    const map = new Map();
    for (const b of side.bindings)
        map.set(resourcePathLabel(resourcePathOf(b, side.pointers)), b);
    return map;
}
function compareResourceConfig(path, before, after, identity) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !identity.has(k)).sort();
    return keys
        .filter((k) => !jsonEqual(before[k], after[k]))
        .map((k) => {
        const what = before[k] === undefined
            ? 'added'
            : after[k] === undefined
                ? 'dropped'
                : `changed from ${JSON.stringify(before[k])} to ${JSON.stringify(after[k])}`;
        return makeFinding({
            rule: 'discover.resource-config.changed',
            stage: 'discover',
            binding: path,
            pointer: joinPointer('/resourceConfig', k),
            before: before[k],
            after: after[k],
            message: `resource config ${k} ${what}`,
        });
    });
}
/** One binding present on both sides: name, state, key, resource config and document schema. */
function compareBinding(path, b, a, identity, samples) {
    const findings = [];
    const f = (input) => findings.push(makeFinding({ ...input, stage: 'discover', binding: path }));
    if (b.recommendedName !== a.recommendedName) {
        f({
            rule: 'discover.binding.renamed',
            pointer: '/recommendedName',
            before: b.recommendedName,
            after: a.recommendedName,
            message: 'recommended collection name changed',
        });
    }
    if (!!b.disable !== !!a.disable) {
        f(a.disable
            ? {
                rule: 'discover.binding.disabled',
                pointer: '/disable',
                before: false,
                after: true,
                message: 'binding is now disabled by default',
            }
            : {
                rule: 'discover.binding.enabled',
                pointer: '/disable',
                before: true,
                after: false,
                message: 'binding is no longer disabled by default',
            });
    }
    if (!jsonEqual(b.key, a.key)) {
        f({
            rule: 'discover.key.changed',
            pointer: '/key',
            before: b.key,
            after: a.key,
            message: 'collection key changed: a new key needs a new collection and a backfill',
        });
    }
    findings.push(...compareResourceConfig(path, b.resourceConfig, a.resourceConfig, identity));
    const bInfer = b.documentSchema?.['x-infer-schema'];
    const aInfer = a.documentSchema?.['x-infer-schema'];
    if (bInfer !== aInfer) {
        f({
            rule: 'discover.schema.annotation-changed',
            pointer: '/documentSchema/x-infer-schema',
            before: bInfer,
            after: aInfer,
            message: `x-infer-schema ${aInfer ? 'set' : 'unset'}: the read schema is ${aInfer ? 'now inferred from the data' : 'no longer inferred'}`,
        });
    }
    if (!jsonEqual(b.documentSchema, a.documentSchema)) {
        const judged = judgeSchemaFields(b.documentSchema, a.documentSchema, {
            rules: DOCUMENT_RULES,
            binding: path,
            scope: '/documentSchema',
            noun: 'field',
            examples: samples,
        });
        showUnshown(judged);
        const unhit = downgradeUnhit(judged.narrowings, a.documentSchema, samples);
        findings.push(...judged.findings.map((x) => unhit.get(x) ?? x));
    }
    return findings;
}
/** Discovery differences between two sides' bindings, matched by resource path. */
function compareDiscover(before, after) {
    const findings = [];
    const b = byResourcePath(before);
    const a = byResourcePath(after);
    // Resource config fields that make up the identity are compared as identity, not as config.
    const identity = new Set([...before.pointers, ...after.pointers].map((p) => p.replace(/^\//, '')));
    for (const [path, binding] of b) {
        const other = a.get(path);
        if (!other) {
            findings.push(makeFinding({
                rule: 'discover.binding.removed',
                stage: 'discover',
                binding: path,
                before: binding.recommendedName,
                message: 'binding no longer discovered: tasks capturing it would fail to validate',
            }));
            continue;
        }
        findings.push(...compareBinding(path, binding, other, identity, before.samples?.get(binding.recommendedName) ?? []));
    }
    for (const [path, binding] of a) {
        if (!b.has(path))
            findings.push(makeFinding({
                rule: 'discover.binding.added',
                stage: 'discover',
                binding: path,
                after: binding.recommendedName,
                message: `new binding${binding.disable ? ' (disabled by default)' : ''}`,
            }));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/compare/spec-schema.ts




/** A field path (`/credentials`, `/items/*`) from a schema pointer (`/properties/credentials/oneOf/1`). */
function pathOfSchemaPointer(pointer) {
    const tokens = parsePointer(pointer);
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        if (tokens[i] === 'properties' && i + 1 < tokens.length)
            out.push(tokens[++i]);
        else if (tokens[i] === 'items')
            out.push('*');
    }
    return out.map((t) => `/${escapeToken(t)}`).join('');
}
/** Whether ajv's complaints about a config concern the field at `path` (or its presence in its parent). */
function touches(errors, path) {
    const re = new RegExp(`^${path
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\/\\\*/g, '/\\d+')
        .replace(/\*/g, '\\d+')}(/| |$)`);
    const parent = path.slice(0, path.lastIndexOf('/'));
    const name = path.slice(path.lastIndexOf('/') + 1);
    return errors.some((e) => re.test(e) || ((e.startsWith(`${parent} `) || (parent === '' && e.startsWith('/ '))) && e.includes(`'${name}'`)));
}
/** oneOf/anyOf places in a schema, each option as a narrower copy of the schema that keeps only it. */
function* branchCopies(schema) {
    const places = [];
    const walk = (s, tokens) => {
        if (!s || typeof s !== 'object')
            return;
        for (const [k, v] of Object.entries(s)) {
            if ((k === 'oneOf' || k === 'anyOf') && Array.isArray(v) && v.length > 1)
                places.push({ tokens, key: k, n: v.length });
            if (v && typeof v === 'object')
                walk(v, [...tokens, k]);
        }
    };
    walk(schema, []);
    for (const { tokens, key, n } of places.slice(0, 10)) {
        const pointer = joinPointer('', ...tokens);
        for (let index = 0; index < n; index++) {
            const copy = structuredClone(schema);
            const holder = tokens.reduce((o, k) => o[k], copy);
            const branch = holder[key][index];
            holder[key] = [branch];
            yield {
                copy,
                path: pathOfSchemaPointer(pointer),
                pointer,
                title: typeof branch?.title === 'string' ? branch.title : undefined,
                index,
            };
        }
    }
}
/**
 * When the engine cannot decide the whole schema (overlapping oneOf branches), ask it about each
 * option alone: an option the candidate lost shows up as a witness of its own.
 */
function branchWitness(before, after) {
    const afterFields = collectFields(after);
    for (const b of branchCopies(before)) {
        const answer = isSubset(b.copy, after);
        if (answer.result !== 'not-subset' || witness_doc_accepts(before, answer.witness) !== true || witness_doc_accepts(after, answer.witness) !== false)
            continue;
        const name = b.title !== undefined ? `"${b.title}"` : `#${b.index + 1}`;
        const kept = b.title !== undefined && afterFields.get(b.path)?.branches.some((x) => x.title === b.title);
        const cause = kept
            ? `option ${name} narrowed: ${answer.reason}`
            : `option ${name} removed: no candidate option accepts what it accepted`;
        return { witness: answer.witness, cause, path: b.path, pointer: b.pointer };
    }
    return undefined;
}
/** Configs made from the baseline form's own defaults and examples, one per oneOf/anyOf option. */
function exampleConfigs(schema) {
    const fields = collectFields(schema);
    const configs = [
        { label: "a config made of the baseline form's defaults and examples", value: exampleValue(schema, schema) },
    ];
    for (const [path, f] of fields) {
        for (let i = 1; i < f.branches.length; i++) {
            const title = typeof f.branches[i].title === 'string' ? ` "${f.branches[i].title}"` : ` ${i + 1}`;
            configs.push({
                label: `a config made of the baseline form's defaults and examples with ${path || 'the'} option${title}`,
                value: exampleValue(schema, schema, '', new Map([[path, i]])),
            });
        }
    }
    return configs.filter((c) => witness_doc_accepts(schema, c.value) === true);
}
/**
 * A config schema judged baseline ⊆ candidate. A narrowing is breaking when a concrete config
 * (the test config, a known config, a discovered resource config, or one made of the baseline
 * form's defaults and examples) is hit, and a warning otherwise; either way with its witness.
 */
function judgeConfigSchema(before, after, opts) {
    const { rules } = opts;
    if (before === undefined || after === undefined)
        return [];
    const compiled = validator(after);
    if (!compiled.ok) {
        const message = compiled.tooLarge
            ? `the candidate's ${opts.noun} schema is ${compiled.error}; it was not judged`
            : `the candidate's ${opts.noun} schema is not valid JSON Schema, no config can be validated against it: ${compiled.error}`;
        return [makeFinding({ rule: compiled.tooLarge ? rules.unknown : rules.invalid, stage: 'spec', pointer: opts.scope, message })];
    }
    const { findings, narrowings, unshown } = judgeSchemaFields(before, after, { rules, scope: opts.scope, noun: opts.noun });
    const whole = isSubset(before, after);
    const unexplained = (witness) => !narrowings.some((n) => touches(complaints(after, witness), n.path));
    const addWhole = (witness, cause, path, pointer) => {
        const f = makeFinding({
            rule: rules.narrowed,
            stage: 'spec',
            pointer: opts.scope + pointer,
            message: `${opts.noun} ${path || '(whole config)'}: ${cause}`,
            witness,
        });
        findings.push(f);
        narrowings.push({ finding: f, path });
    };
    if (whole.result === 'not-subset' && unexplained(whole.witness)) {
        addWhole(whole.witness, whole.reason, pathOfSchemaPointer(whole.pointer), whole.pointer);
    }
    else if (whole.result === 'unknown') {
        const found = branchWitness(before, after);
        if (found && unexplained(found.witness))
            addWhole(found.witness, found.cause, found.path, found.pointer);
        else if (!found && narrowings.length === 0) {
            findings.push(makeFinding({
                rule: rules.unknown,
                stage: 'spec',
                pointer: opts.scope + (whole.pointer ?? ''),
                message: `the engine could not decide whether every ${opts.noun} the baseline accepts is still accepted: ${whole.reason}`,
            }));
        }
    }
    // A field-level narrowing that no whole config could show is the whole-level one seen from below.
    const explained = new Set(unshown
        .filter((u) => narrowings.some((n) => n.finding.witness !== undefined && touches(complaints(after, n.finding.witness), u.path)))
        .map((u) => u.finding));
    // One the whole-level judgement leaves unexplained may still be shown from another branch.
    showUnshown({ findings, narrowings, unshown }, explained);
    return findings
        .filter((f) => !explained.has(f))
        .map((f) => {
        const n = narrowings.find((x) => x.finding === f);
        return n ? severityByHits(n, before, after, opts) : f;
    });
}
/** `*.narrowed` when a concrete config is hit, `*.narrowed-unused` otherwise. */
function severityByHits(n, before, after, opts) {
    const hits = opts.concrete.filter((c) => witness_doc_accepts(before, c.value) === true && witness_doc_accepts(after, c.value) === false && touches(complaints(after, c.value), n.path));
    const f = n.finding;
    const base = { stage: f.stage, pointer: f.pointer, before: f.before, after: f.after };
    if (hits.length === 0) {
        const checked = opts.concrete.length;
        return makeFinding({
            ...base,
            rule: opts.unused,
            witness: f.witness,
            message: `${f.message}; no known ${opts.noun} is affected (${checked} checked)`,
        });
    }
    const shown = hits.find((c) => !c.secret);
    return makeFinding({
        ...base,
        rule: f.rule,
        witness: f.witness ?? shown?.value,
        message: `${f.message}; rejects ${hits
            .slice(0, 3)
            .map((c) => c.label)
            .join(', ')}${hits.length > 3 ? ` and ${hits.length - 3} more` : ''}`,
    });
}

;// CONCATENATED MODULE: ./src/compare/spec.ts






/** Spec differences: protocol, resource path pointers, URLs, OAuth, and both config schemas. */
function compareSpec(before, after, configs = {}) {
    const findings = [];
    const bProtocol = before.protocol ?? FLOW_CAPTURE_PROTOCOL;
    const aProtocol = after.protocol ?? FLOW_CAPTURE_PROTOCOL;
    if (bProtocol !== aProtocol) {
        findings.push(makeFinding({
            rule: 'spec.protocol.changed',
            stage: 'spec',
            pointer: '/protocol',
            before: bProtocol,
            after: aProtocol,
            message: `protocol changed from ${bProtocol} to ${aProtocol}`,
        }));
    }
    const bPointers = before.resourcePathPointers ?? DEFAULT_RESOURCE_PATH_POINTERS;
    const aPointers = after.resourcePathPointers ?? DEFAULT_RESOURCE_PATH_POINTERS;
    if (!jsonEqual(bPointers, aPointers)) {
        findings.push(makeFinding({
            rule: 'spec.resource-path.changed',
            stage: 'spec',
            pointer: '/resourcePathPointers',
            before: bPointers,
            after: aPointers,
            message: 'resourcePathPointers changed: every binding gets a new identity and loses its state',
        }));
    }
    if ((before.documentationUrl ?? null) !== (after.documentationUrl ?? null)) {
        findings.push(makeFinding({
            rule: 'spec.documentation-url.changed',
            stage: 'spec',
            pointer: '/documentationUrl',
            before: before.documentationUrl,
            after: after.documentationUrl,
            message: 'documentationUrl changed',
        }));
    }
    if (before.oauth2 && !after.oauth2) {
        findings.push(makeFinding({
            rule: 'spec.oauth2.removed',
            stage: 'spec',
            pointer: '/oauth2',
            before: before.oauth2?.provider,
            message: 'the OAuth2 block is gone: tasks authorized with OAuth cannot be re-authorized',
        }));
    }
    else if (before.oauth2 && after.oauth2) {
        const changed = [...new Set([...Object.keys(before.oauth2), ...Object.keys(after.oauth2)])]
            .filter((k) => !jsonEqual(before.oauth2[k], after.oauth2[k]))
            .sort();
        for (const key of changed) {
            findings.push(makeFinding({
                rule: 'spec.oauth2.changed',
                stage: 'spec',
                pointer: `/oauth2/${key}`,
                before: before.oauth2[key],
                after: after.oauth2[key],
                message: `oauth2 ${key} changed`,
            }));
        }
    }
    const endpointConfigs = [
        ...(configs.testConfig !== undefined ? [{ label: 'the test config', value: configs.testConfig, secret: true }] : []),
        ...(configs.knownConfigs ?? []).map((value, i) => ({ label: `known config #${i + 1} (compat.yaml)`, value })),
        ...exampleConfigs(before.configSchema),
    ];
    findings.push(...judgeConfigSchema(before.configSchema, after.configSchema, {
        rules: CONFIG_RULES,
        unused: 'spec.config.narrowed-unused',
        scope: '/configSchema',
        noun: 'config',
        concrete: endpointConfigs,
    }));
    findings.push(...judgeConfigSchema(before.resourceConfigSchema, after.resourceConfigSchema, {
        rules: RESOURCE_RULES,
        unused: 'spec.resource.narrowed-unused',
        scope: '/resourceConfigSchema',
        noun: 'resource config',
        concrete: configs.resourceConfigs ?? [],
    }));
    return findings;
}

;// CONCATENATED MODULE: ./src/compare/index.ts







const missingReason = (b, a, what) => {
    const missing = [!b[what] && `baseline (${b.label})`, !a[what] && `candidate (${a.label})`].filter(Boolean);
    return missing.length ? `no ${what} output for the ${missing.join(' and the ')}` : undefined;
};
/** Compares two normalized snapshot sets, stage by stage: baseline -> candidate. */
/** Appends one by one: a spread of a catalog's 100k findings would overflow the call stack. */
function append(to, more) {
    for (const f of more)
        to.push(f);
}
function compareSets(baseline, candidate, opts) {
    const findings = [];
    const steps = {
        spec: ran,
        discover: ran,
        capture: ran,
        migration: skipped('migration runs only in a live check with a decrypted config'),
    };
    const pointers = pointersOf;
    const specMissing = missingReason(baseline, candidate, 'spec');
    if (specMissing)
        steps.spec = skipped(specMissing);
    else {
        const resourceConfigs = (baseline.discover ?? []).map((b) => ({ label: `binding ${b.recommendedName}`, value: b.resourceConfig }));
        append(findings, compareSpec(baseline.spec, candidate.spec, { testConfig: opts.testConfig, knownConfigs: opts.knownConfigs, resourceConfigs }));
    }
    const discoverMissing = missingReason(baseline, candidate, 'discover');
    if (discoverMissing)
        steps.discover = skipped(discoverMissing);
    else {
        const texts = baseline.capture ? [] : [...(opts.samples ?? [])];
        const samples = new Map(texts.map(([name, list]) => [name, list.map((t) => JSON.parse(t))]));
        for (const [collection, doc] of baseline.capture ?? []) {
            const name = collectionName(collection);
            const list = samples.get(name);
            if (list)
                list.push(doc);
            else
                samples.set(name, [doc]);
        }
        append(findings, compareDiscover({ bindings: baseline.discover, pointers: pointers(baseline), samples }, { bindings: candidate.discover, pointers: pointers(candidate) }));
    }
    if (baseline.airbyteStreams && candidate.airbyteStreams)
        append(findings, compareAirbyteStreams(baseline.airbyteStreams, candidate.airbyteStreams));
    const captureMissing = missingReason(baseline, candidate, 'capture');
    if (captureMissing)
        steps.capture = skipped(captureMissing);
    else
        append(findings, compareCapture({ docs: baseline.capture, bindings: baseline.discover }, { docs: candidate.capture, bindings: candidate.discover }, opts));
    return { findings, steps, sets: { baseline, candidate } };
}

;// CONCATENATED MODULE: ./src/policy/accept-file.ts





const DEFAULT_PRESETS = ['estuary-cdk-import'];
const emptyAcceptFile = () => ({
    accept: [],
    severity: {},
    knownConfigs: [],
    presets: [...DEFAULT_PRESETS],
    redact: [],
});
const TOP_KEYS = new Set(['accept', 'severity', 'known-configs', 'presets', 'redact']);
const ENTRY_KEYS = new Set(['rule', 'id', 'binding', 'pointer', 'reason']);
/**
 * Parses compat.yaml. Every mistake is an InputError naming the file and line, so that a typo
 * never silently accepts (or fails to accept) a difference.
 */
function parseAcceptFile(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false });
    const at = (node) => {
        const offset = node?.range?.[0];
        return offset === undefined ? file : `${file}:${lines.linePos(offset).line}`;
    };
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        throw new model_errors/* InputError */.d(`${file}:${e.linePos?.[0].line ?? 1}:${e.linePos?.[0].col ?? 1}: invalid YAML: ${e.message.split('\n')[0]}`);
    }
    const out = emptyAcceptFile();
    out.source = file;
    if (doc.contents === null)
        return out;
    if (!(0,dist/* isMap */.jh)(doc.contents))
        throw new model_errors/* InputError */.d(`${at(doc.contents)}: compat.yaml must be a mapping with an 'accept:' list`);
    for (const pair of doc.contents.items) {
        const key = String(pair.key?.value ?? pair.key);
        if (!TOP_KEYS.has(key))
            throw new model_errors/* InputError */.d(`${at(pair.key)}: unknown key '${key}' (expected one of ${[...TOP_KEYS].join(', ')})`);
    }
    const accept = doc.contents.get('accept', true);
    if (accept !== undefined && accept !== null) {
        if (!(0,dist/* isSeq */.oP)(accept))
            throw new model_errors/* InputError */.d(`${at(accept)}: 'accept' must be a list of entries`);
        for (const item of accept.items) {
            if (!(0,dist/* isMap */.jh)(item))
                throw new model_errors/* InputError */.d(`${at(item)}: each accept entry must be a mapping with 'rule' or 'id', and 'reason'`);
            const entry = item.toJSON();
            // Read ids as written: YAML would turn 000000000000 into 0 and 1e5000000000 into a float.
            const idNode = item.get('id', true);
            if ((0,dist/* isScalar */.jn)(idNode))
                entry.id = idNode.source ?? String(idNode.value);
            const unknown = Object.keys(entry).find((k) => !ENTRY_KEYS.has(k));
            if (unknown)
                throw new model_errors/* InputError */.d(`${at(item)}: unknown key '${unknown}' in an accept entry (expected ${[...ENTRY_KEYS].join(', ')})`);
            if (typeof entry.reason !== 'string' || entry.reason.trim() === '') {
                throw new model_errors/* InputError */.d(`${at(item)}: accept entry has no reason; say why the difference is acceptable`);
            }
            if (entry.id === undefined && entry.rule === undefined)
                throw new model_errors/* InputError */.d(`${at(item)}: accept entry needs 'rule' or 'id'`);
            if (entry.id !== undefined && !/^[0-9a-f]{12}$/.test(String(entry.id)))
                throw new model_errors/* InputError */.d(`${at(item)}: id '${entry.id}' is not a 12-hex finding fingerprint`);
            if (entry.rule !== undefined && !isRuleId(String(entry.rule)))
                throw new model_errors/* InputError */.d(`${at(item)}: ${unknownRule(String(entry.rule))}`);
            for (const k of ['binding', 'pointer']) {
                if (entry[k] !== undefined && typeof entry[k] !== 'string')
                    throw new model_errors/* InputError */.d(`${at(item)}: '${k}' must be a string`);
            }
            out.accept.push(entry);
        }
    }
    const severity = doc.contents.get('severity', true);
    if (severity) {
        if (!(0,dist/* isMap */.jh)(severity))
            throw new model_errors/* InputError */.d(`${at(severity)}: 'severity' must map rule ids to breaking, warning or info`);
        for (const [rule, level] of Object.entries(severity.toJSON())) {
            if (!isRuleId(rule))
                throw new model_errors/* InputError */.d(`${at(severity)}: ${unknownRule(rule)} under 'severity'`);
            if (!SEVERITIES.includes(level))
                throw new model_errors/* InputError */.d(`${at(severity)}: severity of ${rule} must be breaking, warning or info, not '${level}'`);
            out.severity[rule] = level;
        }
    }
    const list = (key) => {
        const node = doc.contents && (0,dist/* isMap */.jh)(doc.contents) ? doc.contents.get(key, true) : undefined;
        if (node === undefined || node === null)
            return undefined;
        if (!(0,dist/* isSeq */.oP)(node))
            throw new model_errors/* InputError */.d(`${at(node)}: '${key}' must be a list`);
        return node.toJSON();
    };
    out.knownConfigs = list('known-configs') ?? [];
    const presets = list('presets');
    if (presets) {
        for (const p of presets)
            if (!DEFAULT_PRESETS.includes(String(p)))
                throw new model_errors/* InputError */.d(`${file}: unknown preset '${p}' (known: ${DEFAULT_PRESETS.join(', ')}; an empty list switches them off)`);
        out.presets = presets.map(String);
    }
    out.redact = (list('redact') ?? []).map(String);
    return out;
}
/** Reads compat.yaml; a missing file is an empty one unless the user named it. */
async function loadAcceptFile(file, required) {
    if (!file)
        return emptyAcceptFile();
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT' && !required)
            return emptyAcceptFile();
        throw new model_errors/* InputError */.d(`${file}: cannot read the accept file: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
    }
    return parseAcceptFile(text, file);
}

;// CONCATENATED MODULE: ./src/secrets/age.ts
// age key source (age/keysource.go): each `enc` is an armored age file whose plaintext is the
// 32-byte data key. Decrypted natively with age-encryption, post-quantum hybrid identities included;
// loaded on first use, so that runs without an age key do not pay for it.

/**
 * The identities in key-file text: one a line, `#` comments and blank lines skipped
 * (the format of age-keygen output, SOPS_AGE_KEY and SOPS_AGE_KEY_FILE).
 */
async function parseAgeIdentities(text, origin) {
    const { Decrypter } = await __webpack_require__.e(/* import() */ 389).then(__webpack_require__.bind(__webpack_require__, 3389));
    const identities = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        try {
            new Decrypter().addIdentity(line);
        }
        catch {
            // Never echo the line: it is key material.
            throw new model_errors/* InputError */.d(`line ${i + 1} of ${origin} is not an age identity (AGE-SECRET-KEY-1... or AGE-SECRET-KEY-PQ-1...)`);
        }
        identities.push(line);
    });
    return identities;
}
/**
 * The data key from the first age entry one of the identities opens, or undefined when none of
 * them is a recipient of the file. A malformed `enc` is an error.
 */
async function ageDataKey(entries, identities) {
    if (identities.length === 0)
        return undefined;
    const { Decrypter, armor } = await __webpack_require__.e(/* import() */ 389).then(__webpack_require__.bind(__webpack_require__, 3389));
    const decrypter = new Decrypter();
    for (const id of identities)
        decrypter.addIdentity(id);
    for (const entry of entries) {
        let file;
        try {
            file = armor.decode(entry.enc);
        }
        catch {
            throw new model_errors/* InputError */.d(`the age entry for ${entry.recipient} is not an armored age file`);
        }
        try {
            return await decrypter.decrypt(file);
        }
        catch (err) {
            // The one error that means "not for these identities"; try the next recipient.
            if (err instanceof Error && /no identity matched/.test(err.message))
                continue;
            throw new model_errors/* InputError */.d(`the age entry for ${entry.recipient} could not be decrypted: ${err instanceof Error ? err.message : String(err)}`);
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/secrets/cipher.ts
// One sops value: `ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]` (getsops/sops aes/cipher.go).

const ENC = /^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]/;
const B64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Why a value could not be decrypted; the message names only the place, never the content. */
class ValueError extends Error {
    name = 'ValueError';
}
function isEncrypted(value) {
    return typeof value === 'string' && ENC.test(value);
}
function base64(text, part) {
    if (!B64.test(text) || text.length % 4 !== 0)
        throw new ValueError(`its ${part} is not valid base64`);
    return Buffer.from(text, 'base64');
}
/**
 * Decrypts one value with the 32-byte data key. `additionalData` is the map keys from the root
 * joined by `:` with a trailing `:` (sops.go), or `lastmodified` for the MAC.
 * Returns the typed plaintext; `comment` comes back as its text.
 */
function decryptValue(ciphertext, key, additionalData) {
    // sops leaves empty strings unencrypted, and its Decrypt returns "" for them.
    if (ciphertext === '')
        return '';
    const m = ENC.exec(ciphertext);
    if (!m)
        throw new ValueError('it is not in sops ENC[AES256_GCM,...] form');
    const [, data, iv, tag, type] = m;
    const tagBytes = base64(tag, 'tag');
    if (tagBytes.length !== 16)
        throw new ValueError('its tag is not 16 bytes');
    let plain;
    try {
        const decipher = (0,external_node_crypto_.createDecipheriv)('aes-256-gcm', key, base64(iv, 'iv'));
        decipher.setAAD(Buffer.from(additionalData, 'utf8'));
        decipher.setAuthTag(tagBytes);
        plain = Buffer.concat([decipher.update(base64(data, 'data')), decipher.final()]);
    }
    catch (err) {
        if (err instanceof ValueError)
            throw err;
        throw new ValueError('authentication failed (wrong data key, a changed value, or a value moved to another key)');
    }
    return typed(plain.toString('utf8'), type);
}
function typed(text, type) {
    switch (type) {
        case 'str':
        case 'bytes':
        case 'comment':
        // sops writes time values as RFC 3339 text; JSON has no time type, so the text is the value.
        case 'time':
            return text;
        case 'int':
        case 'int64':
            if (!/^[+-]?\d+$/.test(text))
                throw new ValueError(`its plaintext is not an ${type}`);
            return Number(text);
        case 'float': {
            const n = Number(text);
            if (text.trim() === '' || Number.isNaN(n))
                throw new ValueError('its plaintext is not a float');
            return n;
        }
        case 'bool':
            return parseGoBool(text);
        default:
            throw new ValueError(`its type '${type}' is unknown`);
    }
}
// strconv.ParseBool's accepted spellings.
function parseGoBool(text) {
    if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text))
        return true;
    if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text))
        return false;
    throw new ValueError('its plaintext is not a bool');
}
/** The bytes a value adds to the MAC (sops.go ToBytes): Go's decimal float text, bools as True/False. */
function macText(value) {
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'number')
        return goFloat(value);
    return value;
}
/** strconv.FormatFloat(v, 'f', -1, 64): shortest round-trip digits, never an exponent. */
function goFloat(n) {
    if (Number.isNaN(n))
        return 'NaN';
    if (!Number.isFinite(n))
        return n > 0 ? '+Inf' : '-Inf';
    const s = String(n);
    const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
    if (!m)
        return Object.is(n, -0) ? '-0' : s;
    const [, sign, lead, frac = '', exp] = m;
    const digits = lead + frac;
    const point = 1 + Number(exp);
    if (point <= 0)
        return `${sign}0.${'0'.repeat(-point)}${digits}`;
    if (point >= digits.length)
        return sign + digits + '0'.repeat(point - digits.length);
    return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

;// CONCATENATED MODULE: ./src/secrets/metadata.ts
// The `sops` entry of a file (stores/stores.go Metadata), read from plain data whatever the store.

const OTHER_SOURCES = ['pgp', 'kms', 'gcp_kms', 'azure_kv', 'hc_vault'];
const metadata_RULES = [
    'unencrypted_suffix',
    'encrypted_suffix',
    'unencrypted_regex',
    'encrypted_regex',
    'unencrypted_comment_regex',
    'encrypted_comment_regex',
];
function metadata_text(raw, name) {
    const v = raw[name];
    if (v === undefined || v === null || v === '')
        return undefined;
    if (typeof v !== 'string')
        throw new model_errors/* InputError */.d(`sops metadata field '${name}' is not a string`);
    return v;
}
function metadata_regex(raw, name) {
    const source = metadata_text(raw, name);
    if (source === undefined)
        return undefined;
    try {
        // Go's regexp.Match: unanchored search; RE2 syntax is close enough to JavaScript's for sops rules.
        return new RegExp(source);
    }
    catch {
        throw new model_errors/* InputError */.d(`sops metadata field '${name}' is not a valid regular expression`);
    }
}
function list(v) {
    return Array.isArray(v) ? v.filter((e) => typeof e === 'object' && e !== null) : [];
}
function keyGroup(raw) {
    const age = list(raw.age).map((e) => {
        if (typeof e.enc !== 'string' || typeof e.recipient !== 'string') {
            throw new model_errors/* InputError */.d("an age entry of the sops metadata lacks 'recipient' or 'enc'");
        }
        return { recipient: e.recipient, enc: e.enc };
    });
    return { age, others: OTHER_SOURCES.filter((s) => list(raw[s]).length > 0) };
}
/** Validates the raw `sops` entry as sops's ToInternal does, plus the refusal of a file without MAC. */
function metadata_readMetadata(raw) {
    const lastModified = metadata_text(raw, 'lastmodified');
    if (!lastModified)
        throw new model_errors/* InputError */.d("sops metadata has no 'lastmodified'");
    const mac = metadata_text(raw, 'mac');
    if (!mac)
        throw new model_errors/* InputError */.d('the file has no sops MAC, so its integrity cannot be verified; re-encrypt it with sops');
    const rules = metadata_RULES.filter((r) => metadata_text(raw, r) !== undefined);
    if (rules.length > 1)
        throw new model_errors/* InputError */.d(`sops metadata sets more than one of ${rules.join(', ')}`);
    const top = keyGroup(raw);
    const groups = top.age.length > 0 || top.others.length > 0 ? [top] : list(raw.key_groups).map(keyGroup);
    if (groups.length === 0)
        throw new model_errors/* InputError */.d('sops metadata lists no keys');
    const macOnly = raw.mac_only_encrypted;
    return {
        lastModified,
        mac,
        version: metadata_text(raw, 'version'),
        // sops's default when no rule is set.
        unencryptedSuffix: rules.length === 0 ? '_unencrypted' : metadata_text(raw, 'unencrypted_suffix'),
        encryptedSuffix: metadata_text(raw, 'encrypted_suffix'),
        unencryptedRegex: metadata_regex(raw, 'unencrypted_regex'),
        encryptedRegex: metadata_regex(raw, 'encrypted_regex'),
        unencryptedCommentRegex: metadata_regex(raw, 'unencrypted_comment_regex'),
        encryptedCommentRegex: metadata_regex(raw, 'encrypted_comment_regex'),
        // dotenv and INI files carry every metadata value as text.
        macOnlyEncrypted: macOnly === true || macOnly === 'true',
        keyGroups: groups,
    };
}
/** The additional data of the MAC: `lastmodified` as Go's time.Format(time.RFC3339) prints it. */
function macAdditionalData(lastModified) {
    const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d+)?(Z|[+-]\d\d:\d\d)$/i.exec(lastModified.trim());
    if (!m)
        throw new model_errors/* InputError */.d("sops metadata 'lastmodified' is not an RFC 3339 time");
    const zone = m[2].toUpperCase();
    return m[1] + (zone === 'Z' || zone === '+00:00' || zone === '-00:00' ? 'Z' : zone);
}

;// CONCATENATED MODULE: ./src/secrets/tree.ts
// sops's view of a document (sops.go: TreeBranch/TreeItem): ordered maps whose keys may be
// comments, lists that may hold comments, and scalar leaves. Kept apart from the stores so that
// every format (YAML, JSON, dotenv, INI) feeds the same decryption walk.

/** A comment line, without its `#`. Part of the tree because comment regexes look at it. */
class Comment {
    text;
    constructor(text) {
        this.text = text;
    }
}
/** An ordered map; `key` is a Comment for comment lines between entries. */
class Branch {
    items;
    constructor(items = []) {
        this.items = items;
    }
}
/** Plain JSON of a tree, comments left out, each map key passed through `renameKey`. */
function toJson(value, renameKey = (k) => k) {
    if (value instanceof Branch) {
        const out = {};
        for (const { key, value: v } of value.items) {
            if (key instanceof Comment)
                continue;
            // setOwn, so that a key named `__proto__` stays a plain key.
            setOwn(out, renameKey(key), toJson(v, renameKey));
        }
        return out;
    }
    if (Array.isArray(value))
        return value.filter((v) => !(v instanceof Comment)).map((v) => toJson(v, renameKey));
    if (value instanceof Comment)
        return undefined;
    return value;
}
/**
 * JSON text of a tree as JSON.stringify(value, null, 2) would print it, but with map keys in the
 * order written: a JavaScript object would move integer-like keys ("7") first.
 */
function toJsonText(value, renameKey = (k) => k, indent = '') {
    const inner = `${indent}  `;
    if (value instanceof Branch) {
        const entries = value.items.flatMap(({ key, value: v }) => key instanceof Comment ? [] : [`${inner}${JSON.stringify(renameKey(key))}: ${toJsonText(v, renameKey, inner)}`]);
        return entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n${indent}}`;
    }
    if (Array.isArray(value)) {
        const items = value.filter((v) => !(v instanceof Comment)).map((v) => `${inner}${toJsonText(v, renameKey, inner)}`);
        return items.length === 0 ? '[]' : `[\n${items.join(',\n')}\n${indent}]`;
    }
    return JSON.stringify(value instanceof Comment ? null : value) ?? 'null';
}

;// CONCATENATED MODULE: ./src/secrets/decrypt.ts
// Decryption of a parsed sops document with its data key, and MAC verification
// (getsops/sops sops.go Tree.Decrypt + decrypt/decrypt.go). Pure: no I/O.





/** sops's MACOnlyEncryptedInitialization: sha256("sops"), written first when mac_only_encrypted. */
const MAC_ONLY_ENCRYPTED_SEED = Buffer.from('8a3fd2ad54ce66527b1034f3d147be0b0b975b3bf44f72c6fdadec8176f27d69', 'hex');
/** Whether the leaf at `path` is encrypted under the file's rules (sops.go shouldBeEncrypted). */
function shouldBeEncrypted(meta, path, comments, isComment) {
    let encrypted = true;
    const { unencryptedSuffix: us, encryptedSuffix: es } = meta;
    if (us && path.some((p) => p.endsWith(us)))
        encrypted = false;
    if (es)
        encrypted = path.some((p) => p.endsWith(es));
    if (meta.unencryptedRegex && path.some((p) => meta.unencryptedRegex.test(p)))
        encrypted = false;
    if (meta.encryptedRegex)
        encrypted = path.some((p) => meta.encryptedRegex.test(p));
    if (meta.unencryptedCommentRegex && comments.some((level) => level.some((c) => meta.unencryptedCommentRegex.test(c)))) {
        encrypted = false;
    }
    if (meta.encryptedCommentRegex) {
        const re = meta.encryptedCommentRegex;
        const lastLevel = comments.length - 1;
        // The comment line that matches the regex stays in clear itself; only what follows it is encrypted.
        encrypted = comments.some((level, i) => level.some((c, j) => !(isComment && i === lastLevel && j === level.length - 1) && re.test(c)));
    }
    return encrypted;
}
function where(path) {
    return path.length > 0 ? `'${path.join('.')}'` : 'the top level';
}
class Walker {
    meta;
    key;
    hash = (0,external_node_crypto_.createHash)('sha512');
    secrets = new Set();
    constructor(meta, key) {
        this.meta = meta;
        this.key = key;
        if (meta.macOnlyEncrypted)
            this.hash.update(MAC_ONLY_ENCRYPTED_SEED);
    }
    value(v, path, comments) {
        if (v instanceof Branch)
            return this.branch(v, path, comments);
        if (Array.isArray(v))
            return this.list(v, path, comments);
        if (v === null || v instanceof Comment)
            return v;
        return this.leaf(v, path, comments);
    }
    leaf(v, path, comments) {
        const encrypted = shouldBeEncrypted(this.meta, path, comments, false);
        let plain = v;
        if (encrypted) {
            if (typeof v !== 'string')
                throw new model_errors/* InputError */.d(`the value at ${where(path)} should be encrypted by the file's sops rules but is not`);
            try {
                plain = decryptValue(v, this.key, `${path.join(':')}:`);
            }
            catch (err) {
                if (!(err instanceof ValueError))
                    throw err;
                throw new model_errors/* InputError */.d(`the value at ${where(path)} could not be decrypted: ${err.message}`);
            }
            // Strings are what credentials are; masking the text of every decrypted number or boolean
            // (`true`, `7`) would blank out unrelated log text and reports.
            if (typeof plain === 'string' && plain !== '')
                this.secrets.add(plain);
        }
        if (!this.meta.macOnlyEncrypted || encrypted)
            this.hash.update(macText(plain), 'utf8');
        return plain;
    }
    // Comments preceding an entry stay active for everything below it, as in sops's comment stack.
    branch(b, path, stack) {
        const level = [];
        const comments = [...stack, level];
        const items = b.items.map(({ key, value }) => {
            if (key instanceof Comment) {
                level.push(key.text);
                return { key, value };
            }
            const out = { key, value: this.value(value, [...path, key], comments) };
            level.length = 0;
            return out;
        });
        return new Branch(items);
    }
    list(l, path, stack) {
        const level = [];
        const comments = [...stack, level];
        return l.map((v) => {
            if (v instanceof Comment) {
                level.push(v.text);
                return v;
            }
            const out = this.value(v, path, comments);
            level.length = 0;
            return out;
        });
    }
}
/** The config as the connector receives it: keys lose the file's encrypted_suffix (Flow does this). */
function configOf(tree, meta) {
    const suffix = meta.encryptedSuffix;
    const rename = (k) => (suffix && k.endsWith(suffix) && k !== suffix ? k.slice(0, -suffix.length) : k);
    return { config: toJson(tree, rename), json: toJsonText(tree, rename) };
}
/** Decrypts every value, verifies the MAC, and returns the plain config. Throws InputError on any failure. */
function decrypt_decryptDocument(doc, meta, dataKey) {
    if (dataKey.length !== 32)
        throw new model_errors/* InputError */.d('the sops data key is not 32 bytes');
    const walker = new Walker(meta, dataKey);
    const tree = walker.value(doc.tree, [], []);
    const computed = walker.hash.digest('hex').toUpperCase();
    let stored;
    try {
        stored = decryptValue(meta.mac, dataKey, macAdditionalData(meta.lastModified));
    }
    catch (err) {
        if (!(err instanceof ValueError))
            throw err;
        throw new model_errors/* InputError */.d(`the file's sops MAC could not be decrypted: ${err.message}`);
    }
    if (stored !== computed) {
        throw new model_errors/* InputError */.d('MAC mismatch: the file was changed after sops encrypted it (a value, or a plaintext value the MAC covers); re-encrypt it with sops');
    }
    return { ...configOf(tree, meta), secrets: [...walker.secrets] };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/secrets/sopsBinary.ts
// The real `sops` binary, for key sources this project does not speak natively (gcp_kms, kms,
// pgp, azure_kv, hc_vault). Behind an interface so tests can swap it.



function onPath(name, env) {
    return (env.PATH ?? '').split((external_node_path_default()).delimiter).some((dir) => {
        if (!dir)
            return false;
        try {
            external_node_fs_default().accessSync(external_node_path_default().join(dir, name), (external_node_fs_default()).constants.X_OK);
            return true;
        }
        catch {
            return false;
        }
    });
}
const realSops = {
    available: (env) => onPath('sops', env),
    decrypt: (file, format, env) => new Promise((resolve, reject) => {
        const args = ['--decrypt', '--input-type', format, '--output-type', 'json', file];
        (0,external_node_child_process_.execFile)('sops', args, { env, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (err, stdout, stderr) => {
            if (err)
                reject(new Error(String(stderr).trim() || err.message));
            else
                resolve(String(stdout));
        });
    }),
};

;// CONCATENATED MODULE: ./src/secrets/stores/flat.ts
// dotenv and INI files keep the `sops` metadata flat (stores/flatten.go): `age__list_0__map_enc`
// stands for age[0].enc, and line feeds in values are written as `\n`.
function tokens(path) {
    const out = [];
    const re = /__(map|list)_/g;
    let last = 0;
    let kind = 'root';
    const finish = (end) => {
        const text = path.slice(last, end);
        out.push(kind === 'list' ? Number.parseInt(text, 10) || 0 : text);
    };
    for (let m = re.exec(path); m; m = re.exec(path)) {
        finish(m.index);
        kind = m[1] === 'list' ? 'list' : 'map';
        last = m.index + m[0].length;
    }
    finish(path.length);
    return out;
}
/** Rebuilds the nested metadata from flat keys (prefix already removed). */
function unflatten(flat) {
    const root = {};
    for (const [key, raw] of flat) {
        const path = tokens(key);
        // The keys come from the file: never let one reach an object's prototype.
        if (path.some((t) => t === '__proto__' || t === 'constructor' || t === 'prototype'))
            continue;
        let node = root;
        path.forEach((token, i) => {
            const next = path[i + 1];
            const slot = node;
            if (next === undefined) {
                slot[token] = raw.replaceAll('\\n', '\n');
                return;
            }
            if (typeof slot[token] !== 'object' || slot[token] === null)
                slot[token] = typeof next === 'number' ? [] : {};
            node = slot[token];
        });
    }
    return root;
}

;// CONCATENATED MODULE: ./src/secrets/stores/dotenv.ts
// dotenv files (stores/dotenv/store.go): one KEY=VALUE a line, `#` comments, metadata as
// `sops_`-prefixed flat keys. Keys and values are kept as written; `\n` in a value is a line feed.



const PREFIX = 'sops_';
function parseDotenv(text) {
    const tree = new Branch();
    const flat = [];
    text.split('\n').forEach((line, i) => {
        if (line === '')
            return;
        if (line.startsWith('#')) {
            tree.items.push({ key: new Comment(line.slice(1)), value: null });
            return;
        }
        const eq = line.indexOf('=');
        // The line may hold a plaintext value: name only its number.
        if (eq < 1)
            throw new model_errors/* InputError */.d(`line ${i + 1} of the dotenv file is not KEY=VALUE`);
        const key = line.slice(0, eq);
        const value = line.slice(eq + 1);
        if (key.startsWith(PREFIX))
            flat.push([key.slice(PREFIX.length), value]);
        else
            tree.items.push({ key, value: value.replaceAll('\\n', '\n') });
    });
    return flat.length > 0 ? { tree, metadata: unflatten(flat) } : { tree };
}

;// CONCATENATED MODULE: ./src/secrets/stores/ini.ts
// INI files (stores/ini/store.go, read by go-ini): sections are top-level maps of string values,
// the `sops` section holds the flat metadata. Keys before any section belong to DEFAULT.



// go-ini's readValue: triple-quoted and backquoted values may span lines; otherwise the value is
// trimmed, cut at an inline `#`/`;` comment, and unquoted.
function readValue(first, at) {
    const line = first.trimStart();
    const quote = line.startsWith('"""') ? '"""' : line.startsWith('`') ? '`' : '';
    if (quote) {
        let rest = line.slice(quote.length);
        for (;;) {
            const end = rest.lastIndexOf(quote);
            if (end >= 0)
                return rest.slice(0, end);
            at.i += 1;
            if (at.i >= at.lines.length)
                throw new model_errors/* InputError */.d(`an INI value opened with ${quote} is never closed`);
            rest += `\n${at.lines[at.i]}`;
        }
    }
    let value = line.trim();
    while (value.endsWith('\\') && at.i + 1 < at.lines.length) {
        at.i += 1;
        value = value.slice(0, -1) + at.lines[at.i].trim();
    }
    const comment = value.search(/[#;]/);
    if (comment >= 0)
        value = value.slice(0, comment).trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0]))
        value = value.slice(1, -1);
    return value;
}
function parseIni(text) {
    const sections = new Map([['DEFAULT', new Branch()]]);
    let current = sections.get('DEFAULT');
    const at = { lines: text.replaceAll('\r\n', '\n').split('\n'), i: 0 };
    for (; at.i < at.lines.length; at.i += 1) {
        const line = at.lines[at.i].trim();
        if (line === '')
            continue;
        if (line.startsWith('#') || line.startsWith(';')) {
            current.items.push({ key: new Comment(line.replace(/^[#;]+\s*/, '')), value: null });
            continue;
        }
        const header = /^\[(.+)\]$/.exec(line);
        if (header) {
            const name = header[1].trim();
            current = sections.get(name) ?? new Branch();
            sections.set(name, current);
            continue;
        }
        const sep = line.search(/[=:]/);
        if (sep < 1)
            throw new model_errors/* InputError */.d(`line ${at.i + 1} of the INI file is neither a section nor KEY = VALUE`);
        current.items.push({ key: line.slice(0, sep).trim(), value: readValue(line.slice(sep + 1), at) });
    }
    const sops = sections.get('sops');
    sections.delete('sops');
    // go-ini always has a DEFAULT section; leave it out when the file put nothing in it.
    if (sections.get('DEFAULT').items.length === 0)
        sections.delete('DEFAULT');
    const tree = new Branch([...sections].map(([key, value]) => ({ key, value })));
    if (!sops)
        return { tree };
    const flat = sops.items.flatMap((i) => (typeof i.key === 'string' ? [[i.key, String(i.value)]] : []));
    return { tree, metadata: unflatten(flat) };
}

;// CONCATENATED MODULE: ./src/secrets/stores/yaml.ts
// YAML and JSON files (stores/yaml, stores/json). The `yaml` package reads both and keeps keys in
// the order written, which the MAC depends on; JSON.parse would move integer-like keys first.



/** yaml joins comment lines with '\n' and drops each '#'; sops keeps one Comment per line. */
function commentLines(text) {
    if (!text)
        return [];
    return text
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => new Comment(line));
}
function pushComments(items, text) {
    for (const c of commentLines(text))
        items.push({ key: c, value: null });
}
function toTree(node, doc) {
    if ((0,dist/* isAlias */.Vj)(node))
        return toTree(node.resolve(doc), doc);
    if ((0,dist/* isMap */.jh)(node)) {
        const items = [];
        pushComments(items, node.commentBefore);
        for (const pair of node.items) {
            const key = pair.key;
            const value = pair.value;
            pushComments(items, key?.commentBefore);
            pushComments(items, key?.comment);
            const leaf = !(0,dist/* isMap */.jh)(value) && !(0,dist/* isSeq */.oP)(value);
            // Like sops's YAML store, comments on a scalar value come before its entry.
            if (leaf) {
                pushComments(items, value?.commentBefore);
                pushComments(items, value?.comment);
            }
            const keyValue = (0,dist/* isScalar */.jn)(key) ? key.value : (0,dist/* isAlias */.Vj)(key) ? toJson(toTree(key, doc)) : key;
            items.push({ key: String(keyValue), value: value === null ? null : toTree(value, doc) });
        }
        pushComments(items, node.comment);
        return new Branch(items);
    }
    if ((0,dist/* isSeq */.oP)(node)) {
        const out = [...commentLines(node.commentBefore)];
        for (const item of node.items) {
            const n = item;
            if (!(0,dist/* isMap */.jh)(n) && !(0,dist/* isSeq */.oP)(n))
                out.push(...commentLines(n?.commentBefore), ...commentLines(n?.comment));
            out.push(n === null ? null : toTree(n, doc));
        }
        out.push(...commentLines(node.comment));
        return out;
    }
    if ((0,dist/* isScalar */.jn)(node)) {
        const v = node.value;
        if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            return v;
        if (typeof v === 'bigint')
            return Number(v);
        return String(v);
    }
    return null;
}
/** Parses YAML or JSON text into sops's tree, with the `sops` entry split off. */
function parseYaml(text) {
    const docs = (0,dist/* parseAllDocuments */.hR)(text);
    if (docs.length > 1)
        throw new model_errors/* InputError */.d('the file holds several YAML documents; an endpoint config is one document');
    const doc = docs[0];
    if (!doc)
        return { tree: new Branch() };
    const error = doc.errors[0];
    if (error)
        throw new model_errors/* InputError */.d(`the file is not valid YAML or JSON (line ${error.linePos?.[0]?.line ?? '?'}: ${error.code})`);
    if (doc.contents !== null && !(0,dist/* isMap */.jh)(doc.contents))
        throw new model_errors/* InputError */.d('the file is not a map at its top level');
    const root = toTree(doc.contents, doc);
    const tree = root instanceof Branch ? root : new Branch();
    tree.items.unshift(...commentLines(doc.commentBefore).map((c) => ({ key: c, value: null })));
    pushComments(tree.items, doc.comment);
    // sops erases the top-level `sops` entry from the data and reads it as metadata.
    const at = tree.items.findIndex((i) => i.key === 'sops');
    if (at < 0)
        return { tree };
    const [entry] = tree.items.splice(at, 1);
    const metadata = toJson(entry.value);
    if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
        throw new model_errors/* InputError */.d("the file's top-level 'sops' entry is not a map");
    }
    return { tree, metadata: metadata };
}

;// CONCATENATED MODULE: ./src/secrets/stores/index.ts
// Which store reads a file: by extension as sops does, and by content when the extension says
// nothing (sops would need --input-type there).




const BY_EXTENSION = {
    '.yaml': 'yaml',
    '.yml': 'yaml',
    '.json': 'json',
    '.env': 'dotenv',
    '.ini': 'ini',
};
function stores_detectFormat(file, text) {
    const known = BY_EXTENSION[external_node_path_default().extname(file).toLowerCase()];
    if (known)
        return known;
    if (text.trimStart().startsWith('{'))
        return 'json';
    if (/^sops_(mac|lastmodified)=/m.test(text))
        return 'dotenv';
    if (/^\s*\[sops\]\s*$/m.test(text))
        return 'ini';
    return 'yaml';
}
function stores_parseStore(text, format) {
    switch (format) {
        case 'dotenv':
            return parseDotenv(text);
        case 'ini':
            return parseIni(text);
        default:
            return parseYaml(text);
    }
}

;// CONCATENATED MODULE: ./src/secrets/viaSops.ts
// Decryption through the real `sops` binary: its JSON output, mapped back onto the encrypted
// document to learn which values were secret.





/** sops could not reach the data key (no credentials, no matching key): the caller skips, not fails. */
class NoKeyError extends Error {
    name = 'NoKeyError';
}
/** Text of the leaves that are encrypted in `encrypted`, read at the same place in `plain`. */
function secretsAt(encrypted, plain, out) {
    if (encrypted instanceof Branch && plain instanceof Branch) {
        const byKey = new Map(plain.items.map((i) => [i.key, i.value]));
        for (const { key, value } of encrypted.items) {
            if (typeof key === 'string' && byKey.has(key))
                secretsAt(value, byKey.get(key), out);
        }
    }
    else if (Array.isArray(encrypted) && Array.isArray(plain)) {
        const values = (l) => l.filter((v) => !(v instanceof Comment));
        const p = values(plain);
        for (const [i, v] of values(encrypted).entries())
            if (i < p.length)
                secretsAt(v, p[i], out);
    }
    else if (isEncrypted(encrypted) && plain !== null && !(plain instanceof Comment) && typeof plain !== 'object') {
        if (plain !== '')
            out.add(String(plain));
    }
}
function lastLine(text) {
    const lines = text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    return (lines.at(-1) ?? 'no message').slice(0, 300);
}
async function decryptViaSops(sops, file, format, env, encrypted, meta) {
    let out;
    try {
        out = await sops.decrypt(file, format, env);
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (/MAC mismatch|verify data integrity/i.test(message)) {
            throw new model_errors/* InputError */.d('MAC mismatch reported by sops: the file was changed after sops encrypted it; re-encrypt it with sops');
        }
        if (/data key|no key|could not (decrypt|retrieve|get)|credentials|permission|unauthenticated|forbidden/i.test(message)) {
            throw new NoKeyError(`sops could not get the data key: ${lastLine(message)}`);
        }
        throw new model_errors/* InputError */.d(`sops --decrypt failed: ${lastLine(message)}`);
    }
    const plain = parseYaml(out).tree;
    const secrets = new Set();
    secretsAt(encrypted, plain, secrets);
    return { ...configOf(plain, meta), secrets: [...secrets] };
}

;// CONCATENATED MODULE: ./src/secrets/mask.ts
/** The shortest run of a secret's characters that is masked wherever it shows, not only the whole value. */
const MIN_MASKED_RUN = 8;
/**
 * A function that masks the secrets in a text: every occurrence of each secret, and every run of
 * 8 or more characters of one (a connector that logs a key's first 12 characters leaks that much),
 * each masked stretch replaced by `***`. Secrets shorter than the run are masked where they occur whole.
 */
function secretMasker(secrets) {
    const unique = [...new Set(secrets.filter((s) => s !== ''))];
    if (unique.length === 0)
        return (text) => text;
    // Every run of at least MIN_MASKED_RUN characters of a secret is covered by its windows of that length.
    const windows = new Set();
    for (const s of unique)
        for (let i = 0; i + MIN_MASKED_RUN <= s.length; i++)
            windows.add(s.slice(i, i + MIN_MASKED_RUN));
    const short = unique.filter((s) => s.length < MIN_MASKED_RUN).sort((a, b) => b.length - a.length);
    const whole = short.length ? new RegExp(short.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : undefined;
    return (text) => {
        const spans = [];
        if (windows.size > 0) {
            for (let i = 0; i + MIN_MASKED_RUN <= text.length; i++) {
                if (windows.has(text.slice(i, i + MIN_MASKED_RUN)))
                    spans.push([i, i + MIN_MASKED_RUN]);
            }
        }
        if (whole)
            for (const m of text.matchAll(whole))
                spans.push([m.index, m.index + m[0].length]);
        if (spans.length === 0)
            return text;
        spans.sort((a, b) => a[0] - b[0]);
        let out = '';
        let at = 0;
        let [from, to] = spans[0];
        for (const [f, t] of spans) {
            if (f <= to)
                to = Math.max(to, t);
            else {
                out += `${text.slice(at, from)}***`;
                [at, from, to] = [to, f, t];
            }
        }
        return `${out}${text.slice(at, from)}***${text.slice(to)}`;
    };
}
/** Masks the secrets in one text (see secretMasker; build the masker once for many texts). */
function maskSecrets(text, secrets) {
    return secretMasker(secrets)(text);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/secrets/privateFile.ts
// For the rare case a decrypted config must touch disk (a connector that reads a file path).



const SIGNALS = ['SIGINT', 'SIGTERM'];
/**
 * A fresh 0700 directory in the temporary directory, removed by `remove()`, and also when the
 * process exits or is interrupted before that.
 */
function privateDir(prefix = 'connector-compat-') {
    const dir = external_node_fs_default().mkdtempSync(external_node_path_default().join(external_node_os_default().tmpdir(), prefix));
    external_node_fs_default().chmodSync(dir, 0o700);
    const rm = () => external_node_fs_default().rmSync(dir, { recursive: true, force: true });
    const onSignal = (signal) => {
        rm();
        detach();
        // Keep the default behaviour (exit) unless someone else handles the signal.
        if (process.listenerCount(signal) === 0)
            process.kill(process.pid, signal);
    };
    const detach = () => {
        process.off('exit', rm);
        for (const s of SIGNALS)
            process.off(s, onSignal);
    };
    process.on('exit', rm);
    for (const s of SIGNALS)
        process.on(s, onSignal);
    return {
        dir,
        remove: () => {
            detach();
            rm();
        },
    };
}
/**
 * Writes `contents` to a 0600 file in a fresh 0700 directory, runs `fn` with its path, and removes
 * both however `fn` ends, also when the process exits or is interrupted meanwhile.
 */
async function withPrivateFile(contents, fn, name = 'config.json') {
    const { dir, remove } = privateDir();
    try {
        const file = path.join(dir, name);
        fs.writeFileSync(file, contents, { mode: 0o600, flag: 'wx' });
        return await fn(file);
    }
    finally {
        remove();
    }
}

;// CONCATENATED MODULE: ./src/secrets/index.ts
// The secrets stage: turns the endpoint config file into the config the connector receives.
// age natively; other key sources through the `sops` binary when it is on PATH.










async function readText(file, what) {
    try {
        return await promises_default().readFile(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        throw new model_errors/* InputError */.d(`cannot read ${what} ${file}${code === 'ENOENT' ? ': no such file' : code ? ` (${code})` : ''}`);
    }
}
/** age identities from the explicit key, SOPS_AGE_KEY and SOPS_AGE_KEY_FILE, in that order. */
async function ageIdentities(keys) {
    const ids = [];
    if (keys.ageKey)
        ids.push(...(await parseAgeIdentities(keys.ageKey, 'the given age key')));
    if (keys.env.SOPS_AGE_KEY)
        ids.push(...(await parseAgeIdentities(keys.env.SOPS_AGE_KEY, 'SOPS_AGE_KEY')));
    const keyFile = keys.env.SOPS_AGE_KEY_FILE;
    if (keyFile)
        ids.push(...(await parseAgeIdentities(await readText(keyFile, 'SOPS_AGE_KEY_FILE'), keyFile)));
    return ids;
}
function recipients(meta) {
    return meta.keyGroups.flatMap((g) => g.age.map((a) => `${a.recipient.slice(0, 16)}…`)).join(', ');
}
function otherSources(meta) {
    return [...new Set(meta.keyGroups.flatMap((g) => g.others))];
}
/** Decrypts sops text with a known data key (tests, and callers that hold the key). */
function decryptWithDataKey(text, file, dataKey) {
    const doc = parseStore(text, detectFormat(file, text));
    if (!doc.metadata)
        throw new InputError(`${file} is not sops-encrypted (no sops metadata)`);
    return decryptDocument(doc, readMetadata(doc.metadata), dataKey);
}
/**
 * Loads the endpoint config: plain files as they are; sops files decrypted with an age identity,
 * or by `sops` for other key sources. No usable key is a skip ('no-key'); a wrong key, a MAC
 * mismatch or a malformed file is an InputError whose message carries no decrypted value.
 */
async function loadEndpointConfig(file, keys, deps = {}) {
    const text = await readText(file, 'endpoint config');
    try {
        return await load(file, text, keys, deps.sops ?? realSops);
    }
    catch (err) {
        // Say which file; the messages themselves never carry a decrypted value.
        if (err instanceof model_errors/* InputError */.d)
            throw new model_errors/* InputError */.d(`${file}: ${err.message}`);
        throw err;
    }
}
async function load(file, text, keys, sops) {
    const format = stores_detectFormat(file, text);
    const doc = stores_parseStore(text, format);
    if (!doc.metadata)
        return { status: 'plain', ...configOf(doc.tree, {}), secrets: [] };
    const meta = metadata_readMetadata(doc.metadata);
    const identities = await ageIdentities(keys);
    const ageEntries = meta.keyGroups.length === 1 ? meta.keyGroups[0].age : [];
    const others = otherSources(meta);
    const sopsOnPath = sops.available(keys.env);
    if (ageEntries.length > 0 && identities.length > 0) {
        const dataKey = await ageDataKey(ageEntries, identities);
        if (dataKey)
            return { status: 'decrypted', ...decrypt_decryptDocument(doc, meta, dataKey) };
        if (others.length === 0 || !sopsOnPath) {
            throw new model_errors/* InputError */.d(`none of the age identities given is a recipient of the file (its recipients: ${recipients(meta)})`);
        }
    }
    if (!sopsOnPath) {
        const reason = others.length > 0 || meta.keyGroups.length > 1
            ? `${file} needs the sops binary for its key sources (${others.join(', ') || 'Shamir key groups'}), and sops is not on PATH`
            : `${file} is encrypted for age, and no age identity was given (set the sops-age-key input, SOPS_AGE_KEY or SOPS_AGE_KEY_FILE)`;
        return { status: 'no-key', reason };
    }
    // Hand the given identities to sops too, for files that mix age with other sources.
    const env = identities.length > 0 ? { ...keys.env, SOPS_AGE_KEY: identities.join('\n') } : keys.env;
    try {
        return { status: 'decrypted', ...(await decryptViaSops(sops, file, format, env, doc.tree, meta)) };
    }
    catch (err) {
        if (err instanceof NoKeyError)
            return { status: 'no-key', reason: `${file}: ${err.message}` };
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/acquire/atf-image.ts



/** The files airbyte-to-flow reads from its working folder (see snapshots/atf-patches.ts). */
const PATCH_FILES = ['spec.patch.json', 'oauth2.patch.json', 'documentation_url.patch.json', 'selected_streams.json', 'streams'];
/**
 * The patch files of an ATF image, read without running it: estuary/airbyte's connector
 * Dockerfiles build on the Airbyte image, copy `airbyte-to-flow` into its working folder and make
 * it the entrypoint (`ENTRYPOINT ["/airbyte/integration_code/airbyte-to-flow", ...]`), then
 * `COPY spec.patch.json ./` and the like beside it. A container is created (not started), the
 * files are copied out, and it is removed. Undefined when the entrypoint is not airbyte-to-flow.
 */
async function atfPatchesOfImage(docker, image) {
    const config = JSON.parse(await docker.check(['image', 'inspect', '--format', '{{json .Config}}', image], 60_000));
    const entry = config.Entrypoint ?? [];
    const atf = entry.find((part) => external_node_path_default().basename(part) === 'airbyte-to-flow');
    if (!atf)
        return undefined;
    const workdir = config.WorkingDir || external_node_path_default().dirname(atf);
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'connector-compat-atf-'));
    const id = (await docker.check(['create', image], 60_000)).trim();
    try {
        for (const name of PATCH_FILES) {
            if (name === 'streams')
                await (0,promises_.mkdir)(external_node_path_default().join(dir, name), { recursive: true });
            // A file the image does not have is a patch it does not apply: `docker cp` fails, and that is all.
            await docker.exec(['cp', `${id}:${external_node_path_default().posix.join(workdir, name)}${name === 'streams' ? '/.' : ''}`, external_node_path_default().join(dir, name)], 60_000);
        }
    }
    finally {
        await docker.exec(['rm', '-f', id], 60_000);
    }
    const labels = config.Labels ?? {};
    const name = labels['io.airbyte.name'];
    return {
        dir,
        ...(name ? { upstream: { name, ...(labels['io.airbyte.version'] ? { version: labels['io.airbyte.version'] } : {}) } } : {}),
    };
}

;// CONCATENATED MODULE: ./src/snapshots/atf-patches.ts




/**
 * The patch files an ATF image applies, as estuary/airbyte's airbyte-to-flow reads them from its
 * working folder (airbyte-to-flow/src/interceptors/airbyte_source_interceptor.rs): `spec.patch.json`
 * (a JSON merge patch on the connectionSpecification), `oauth2.patch.json` (replaces the oauth2
 * spec), `documentation_url.patch.json` (`{"documentation_url": ...}`), `selected_streams.json`
 * (the streams left enabled), and per stream in `streams/`: `<name>.patch.json` (a merge patch on
 * its json_schema) and `<name>.pk.json` (its primary key, an array of top-level field names);
 * `*` as the name applies to every stream.
 */
const TOP_FILES = {
    'spec.patch.json': 'spec',
    'oauth2.patch.json': 'oauth2',
    'documentation_url.patch.json': 'documentation-url',
    'selected_streams.json': 'selected-streams',
};
async function parsed(file, name, errors) {
    try {
        return JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (err) {
        errors.push({ file: name, reason: err instanceof SyntaxError ? `not valid JSON: ${err.message}` : 'cannot be read' });
        return undefined;
    }
}
/** Checks a patch file's shape against what airbyte-to-flow expects of it; undefined when usable. */
function shapeError(kind, content) {
    const isObject = isJsonObject(content);
    if (kind === 'stream-key' || kind === 'selected-streams')
        return Array.isArray(content) && content.every((s) => typeof s === 'string') ? undefined : 'expected an array of strings';
    if (kind === 'documentation-url')
        return isObject && typeof content.documentation_url === 'string'
            ? undefined
            : 'expected {"documentation_url": "..."}';
    return isObject ? undefined : 'expected a JSON object';
}
/** Reads the patch files of a folder (a checkout of the connector's folder in estuary/airbyte, or files copied out of an image). */
async function readAtfPatches(dir, source = dir) {
    const info = await (0,promises_.stat)(dir).catch(() => undefined);
    if (!info?.isDirectory())
        throw new model_errors/* InputError */.d(`${dir}: no such directory (atf-patches names a folder holding spec.patch.json, streams/ and the like)`);
    const errors = [];
    const entries = [];
    for (const name of (await (0,promises_.readdir)(dir)).sort()) {
        if (TOP_FILES[name])
            entries.push({ name, file: external_node_path_default().join(dir, name), kind: TOP_FILES[name] });
    }
    const streams = external_node_path_default().join(dir, 'streams');
    for (const name of (await (0,promises_.readdir)(streams).catch(() => [])).sort()) {
        const m = /^(.+)\.(patch|pk)\.json$/.exec(name);
        if (m)
            entries.push({
                name: `streams/${name}`,
                file: external_node_path_default().join(streams, name),
                kind: m[2] === 'pk' ? 'stream-key' : 'stream-schema',
                stream: m[1],
            });
    }
    const patches = [];
    for (const e of entries) {
        const content = await parsed(e.file, e.name, errors);
        if (content === undefined)
            continue;
        const bad = shapeError(e.kind, content);
        if (bad)
            errors.push({ file: e.name, reason: bad });
        else
            patches.push({ file: e.name, kind: e.kind, content, ...(e.stream !== undefined ? { stream: e.stream } : {}) });
    }
    return { source, patches, errors };
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/snapshots/json-file.ts



/** Line and column (1-based) of a character offset in text. */
function lineColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
/** A JSON string, number or literal at the start of a text (JSON strings hold no raw control characters). */
const JSON_SCALAR = 
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what the class excludes
/^(?:"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/;
/** Offset of the first JSON syntax error (Node's messages do not always carry a position). */
function errorOffset(text) {
    let i = 0;
    const ws = () => {
        while (/\s/.test(text[i] ?? ''))
            i++;
    };
    const value = () => {
        ws();
        const c = text[i];
        if (c === '{' || c === '[') {
            const close = c === '{' ? '}' : ']';
            i++;
            ws();
            if (text[i] === close)
                return void i++;
            for (;;) {
                if (c === '{') {
                    ws();
                    if (text[i] !== '"')
                        throw i;
                    value();
                    ws();
                    if (text[i++] !== ':')
                        throw i - 1;
                }
                value();
                ws();
                if (text[i] === close)
                    return void i++;
                if (text[i++] !== ',')
                    throw i - 1;
            }
        }
        const m = JSON_SCALAR.exec(text.slice(i));
        if (!m)
            throw i;
        i += m[0].length;
    };
    try {
        value();
        ws();
        return i;
    }
    catch (at) {
        return typeof at === 'number' ? at : 0;
    }
}
/** Deepest nesting of arrays and objects accepted in a snapshot, schema, document or batch line. */
const MAX_JSON_DEPTH = 1000;
/** The offset where JSON text nests deeper than `limit`, or undefined when it does not. */
function depthExceededAt(text, limit) {
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 92)
                i++;
            else if (c === 34)
                inString = false;
        }
        else if (c === 34)
            inString = true;
        else if (c === 123 || c === 91) {
            if (++depth > limit)
                return i;
        }
        else if (c === 125 || c === 93)
            depth--;
    }
    return undefined;
}
/**
 * Whether a parsed value nests arrays and objects deeper than `limit` (JSON.parse itself takes any
 * depth; the code after it recurses). Walking the parsed values is half the time of scanning the text.
 */
function deeperThan(value, limit) {
    const stack = [value];
    const depths = [1];
    const visit = (child, depth) => {
        if (child === null || typeof child !== 'object')
            return;
        stack.push(child);
        depths.push(depth);
    };
    while (stack.length > 0) {
        const v = stack.pop();
        const depth = depths.pop();
        if (depth > limit)
            return true;
        if (Array.isArray(v))
            for (let i = 0; i < v.length; i++)
                visit(v[i], depth + 1);
        else
            for (const k in v)
                visit(v[k], depth + 1);
    }
    return false;
}
/** Refuses JSON text nested deeper than MAX_JSON_DEPTH, in one line naming the file, the place and the limit. */
function checkDepth(text, file, lineOffset = 0, columnOffset = 0, enclosing = 0) {
    // `enclosing`: levels of the file around the text (an item of a capture's outer array is one level down).
    const at = depthExceededAt(text, MAX_JSON_DEPTH - enclosing);
    if (at === undefined)
        return;
    const where = lineColumn(text, at);
    // The text may start within a line of its file (an item of a capture): its first line is shifted.
    const column = where.line === 1 ? where.column + columnOffset : where.column;
    throw new model_errors/* InputError */.d(`${file}:${where.line + lineOffset}:${column}: nested deeper than ${MAX_JSON_DEPTH} levels, the limit here`);
}
/** The offset of the first byte that is not part of a well-formed UTF-8 sequence. */
function invalidUtf8At(buf) {
    for (let i = 0; i < buf.length;) {
        const b = buf[i];
        const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
        if (n < 0)
            return i;
        const start = i;
        for (let k = 1; k <= n; k++)
            if (((buf[start + k] ?? 0) & 0xc0) !== 0x80)
                return start;
        // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 either.
        const b1 = buf[start + 1] ?? 0;
        if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 >= 0xa0) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 >= 0x90))
            return start;
        i = start + n + 1;
    }
    return buf.length;
}
/** Text of a file's bytes, or one InputError naming the file and the byte offset when they are not UTF-8. */
function utf8Text(buf, label) {
    if (!(0,external_node_buffer_.isUtf8)(buf))
        throw new model_errors/* InputError */.d(`${label}: not valid UTF-8 (byte ${invalidUtf8At(buf)}): snapshots and configs must be UTF-8`);
    return buf.toString('utf8');
}
/**
 * Parses JSON; a syntax error names the file, line and column. `lineOffset` places text that is
 * one line of a bigger file (a JSONL batch). Text nested deeper than MAX_JSON_DEPTH is refused.
 */
function parseJsonText(text, file, lineOffset = 0) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        const message = (0,model_errors/* errorMessage */.g)(err);
        const at = /position (\d+)/.exec(message);
        const where = lineColumn(text, at ? Number(at[1]) : errorOffset(text));
        const what = message
            .split('\n')[0]
            .replace(/,\s*(?:\.\.\.)?".*$|\s*(?:in JSON )?at position.*$/, '')
            .replace(/^JSON\.parse: /, '');
        throw new model_errors/* InputError */.d(`${file}:${where.line + lineOffset}:${where.column}: invalid JSON: ${what}`);
    }
    // The text is scanned only to name the place.
    if (value !== null && typeof value === 'object' && deeperThan(value, MAX_JSON_DEPTH))
        checkDepth(text, file, lineOffset);
    return value;
}
/** Reads a text file; every failure is one clear InputError line, naming it `label`. */
async function readTextFile(file, label = file) {
    try {
        return utf8Text(await (0,promises_.readFile)(file), label);
    }
    catch (err) {
        if (err instanceof model_errors/* InputError */.d)
            throw err;
        const code = err.code;
        const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (0,model_errors/* errorMessage */.g)(err);
        throw new model_errors/* InputError */.d(`${label}: cannot read: ${why}`);
    }
}
/** Reads and parses a JSON file; every failure is one clear InputError line, naming it `label`. */
async function readJsonFile(file, label = file) {
    return parseJsonText(await readTextFile(file, label), label);
}

;// CONCATENATED MODULE: ./src/snapshots/shape-check.ts


let ajv;
/**
 * Checks values against file shapes, so that a wrong file fails with one line naming the file and
 * the place. Each shape is compiled on its first use: a command that reads no such file pays nothing.
 */
function shapeChecker(shapes) {
    const compiled = new Map();
    return (kind, value, where) => {
        let validate = compiled.get(kind);
        if (!validate) {
            // The shapes are this project's own, known valid: no meta-schema check (it costs more than they do).
            ajv ??= new dist_ajv.Ajv({ strict: false, allErrors: false, validateSchema: false });
            validate = ajv.compile(shapes[kind].schema);
            compiled.set(kind, validate);
        }
        if (validate(value))
            return;
        const e = validate.errors?.[0];
        throw new model_errors/* InputError */.d(`${where}: not ${shapes[kind].what}: ${e?.instancePath || '(top level)'} ${e?.message ?? 'has the wrong shape'}`);
    };
}

;// CONCATENATED MODULE: ./src/snapshots/airbyte.ts
// Airbyte-shaped snapshot files, read offline: a spec (ConnectorSpecification, or the SPEC message),
// a catalog (AirbyteCatalog, or the CATALOG message), and records as JSON lines: RECORD messages, or
// bare AirbyteRecordMessage lines as the acceptance tests' expected_records files hold them
// (airbytehq/airbyte connector_acceptance_test/conftest.py: `AirbyteRecordMessage.parse_raw(line)`).





const streamShape = {
    type: 'object',
    required: ['name', 'json_schema'],
    properties: {
        name: { type: 'string' },
        json_schema: { type: ['object', 'boolean'] },
        supported_sync_modes: { type: 'array', items: { enum: ['full_refresh', 'incremental'] } },
        source_defined_cursor: { type: ['boolean', 'null'] },
        default_cursor_field: { type: ['array', 'null'], items: { type: 'string' } },
        source_defined_primary_key: { type: ['array', 'null'], items: { type: 'array', items: { type: 'string' } } },
        namespace: { type: ['string', 'null'] },
    },
};
const checks = {
    spec: {
        schema: {
            type: 'object',
            required: ['connectionSpecification'],
            properties: { connectionSpecification: { type: ['object', 'boolean'] } },
        },
        what: 'an Airbyte spec (a ConnectorSpecification, or a SPEC message)',
    },
    catalog: {
        schema: { type: 'object', required: ['streams'], properties: { streams: { type: 'array', items: streamShape } } },
        what: 'an Airbyte catalog (an AirbyteCatalog, or a CATALOG message)',
    },
    record: {
        schema: {
            type: 'object',
            required: ['stream', 'data'],
            properties: { stream: { type: 'string' }, data: { type: 'object' } },
        },
        what: 'an Airbyte record (a RECORD message, or an AirbyteRecordMessage)',
    },
};
const checkShape = shapeChecker(checks);
function check(kind, value, where) {
    checkShape(kind, value, where);
    return value;
}
/** The payload of a message of this type, or the value itself when it is not a message. */
function unwrap(value, type, field) {
    const one = Array.isArray(value) && value.length === 1 ? value[0] : value;
    return isJsonObject(one) && one.type === type && field in one ? one[field] : one;
}
/** Whether parsed spec text is Airbyte's (it has `connectionSpecification`) rather than Flow's. */
function isAirbyteSpec(value) {
    const spec = unwrap(value, 'SPEC', 'spec');
    return isJsonObject(spec) && 'connectionSpecification' in spec;
}
/** Whether a parsed discover file is an Airbyte catalog (it has `streams`) rather than Flow bindings. */
function isAirbyteCatalog(value) {
    const catalog = unwrap(value, 'CATALOG', 'catalog');
    return isJsonObject(catalog) && 'streams' in catalog;
}
/** A spec file's text: JSON, or YAML for a spec.yaml as Airbyte's connectors keep it. */
function parseSpecText(text, file) {
    if (!/\.ya?ml$/.test(file))
        return parseJsonText(text, file);
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (err) {
        throw new model_errors/* InputError */.d(`${file}: invalid YAML: ${err.message.split('\n')[0]}`);
    }
}
const asAirbyteSpec = (value, file) => check('spec', unwrap(value, 'SPEC', 'spec'), file);
const asAirbyteCatalog = (value, file) => check('catalog', unwrap(value, 'CATALOG', 'catalog'), file).streams;
/**
 * The records of a JSON-lines file. Lines of other message types (STATE, LOG, TRACE) are passed
 * over; a line that is no record and no message is an input error naming its line.
 */
function parseAirbyteRecords(text, file) {
    const records = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const record = airbyteRecordOf(lines[i], file, i);
        if (record)
            records.push(record);
    }
    return records;
}
/** The record of one line (`index` counts from 0), none for a blank line or another message type. */
function airbyteRecordOf(text, file, index) {
    const line = text.trim();
    if (line === '')
        return undefined;
    const value = parseJsonText(line, file, index);
    if (isJsonObject(value) && typeof value.type === 'string' && value.type !== 'RECORD')
        return undefined;
    return check('record', unwrap(value, 'RECORD', 'record'), `${file}:${index + 1}`);
}

;// CONCATENATED MODULE: ./src/snapshots/json-items.ts

const WS = new Set([0x20, 0x0a, 0x0d, 0x09, 0xfeff]);
const [QUOTE, COMMA] = [0x22, 0x2c];
// Compared directly rather than looked up in sets: this runs once per character of a capture.
const isOpen = (c) => c === 0x5b || c === 0x7b;
const isClose = (c) => c === 0x5d || c === 0x7d;
const MAX_MISSES = 16;
/**
 * Splits JSON text that arrives in chunks into the texts of its items, without holding more than
 * one item: the elements of one top-level array of containers (`[[c, doc], ...]`, our capture
 * snapshots), or a sequence of top-level containers (JSON lines, as `flowctl preview` prints).
 * Items must be arrays or objects; the caller parses each.
 */
class JsonItemSplitter {
    file;
    deepAt;
    /** 'array': inside one outer array, items one level down; 'lines': items at the top. */
    mode = 'unknown';
    head = '';
    depth = 0;
    inString = false;
    escaped = false;
    needComma = false;
    parts = [];
    inItem = false;
    offset = 0;
    /** Nesting reached within the current item, so that only a deep item has its depth checked again. */
    itemDepth = 0;
    /** For each item the last push returned: whether it nests deeper than `deepAt`. */
    deep = [];
    /** For each item the last push returned: the character of the whole text it starts at. */
    starts = [];
    /** For each item the last push returned: its parsed value when a whole line was parsed at once (else undefined). */
    values = [];
    itemStart = 0;
    /** Lines that looked like an item but did not parse (a pretty-printed file): past a few, only the scan is used. */
    misses = 0;
    /** Items found so far: after one, a comma with no item after it is JSON's trailing comma, which it refuses. */
    items = 0;
    /** `deepAt`: the nesting from which an item is marked deep (the caller then checks it exactly). */
    constructor(file, deepAt = Number.POSITIVE_INFINITY) {
        this.file = file;
        this.deepAt = deepAt;
    }
    /** `at`: the character of the current chunk it is about; the end of the text read so far without. */
    fail(what, at = 0) {
        throw new model_errors/* InputError */.d(`${this.file}: not a capture (a JSON array of [collection, document] pairs, or one pair per line): ${what} near character ${this.offset + at}`);
    }
    /** Feeds a chunk; returns the texts of the items it completes. */
    push(chunk) {
        if (this.mode === 'unknown') {
            // The first two significant characters tell an array of pairs (`[[`) from lines (`["`, `{`).
            this.head += chunk;
            const sig = this.head.replace(/^[\s\ufeff]+/, '');
            if (sig.length === 0 || (sig[0] === '[' && sig.slice(1).trimStart().length === 0))
                return [];
            const outer = sig[0] === '[' && /^[[\]]/.test(sig.slice(1).trimStart());
            this.mode = outer ? 'array' : 'lines';
            chunk = this.head;
            this.head = '';
            if (outer)
                this.depth = -1;
        }
        const items = [];
        this.deep.length = 0;
        this.starts.length = 0;
        this.values.length = 0;
        // Where items start: one level down in an open array; at the top in lines, or once the array closed (then nothing may follow).
        let level = this.mode === 'array' ? 1 : 0;
        let start = this.inItem ? 0 : -1;
        let i = 0;
        const n = chunk.length;
        let bs = -1;
        while (i < n) {
            if (this.inString) {
                if (this.escaped) {
                    this.escaped = false;
                    i++;
                    continue;
                }
                const q = chunk.indexOf('"', i);
                // The next backslash of the chunk, found once per backslash rather than once per string.
                if (bs < i) {
                    bs = chunk.indexOf('\\', i);
                    if (bs === -1)
                        bs = n;
                }
                if (bs < n && (q === -1 || bs < q)) {
                    // An escape before the closing quote: skip the escaped character and look again.
                    i = bs + 1;
                    this.escaped = true;
                    continue;
                }
                if (q === -1)
                    break;
                this.inString = false;
                i = q + 1;
                continue;
            }
            if (!this.inItem && this.depth === level && !this.needComma && this.mode !== 'done' && this.misses < MAX_MISSES) {
                const next = this.wholeLine(chunk, i, items);
                if (next >= 0) {
                    i = next;
                    continue;
                }
            }
            const c = chunk.charCodeAt(i);
            if (this.inItem && c !== QUOTE && !isOpen(c) && !isClose(c)) {
                // Numbers, literals, commas, colons and blanks inside an item: nothing to track.
                i++;
                continue;
            }
            if (c === QUOTE) {
                if (!this.inItem)
                    this.fail('a string outside any item', i);
                this.inString = true;
            }
            else if (isOpen(c)) {
                if (this.depth === -1)
                    this.depth = 0;
                else if (this.depth === level) {
                    if (this.mode === 'done')
                        this.fail('text after the end of the array', i);
                    if (this.needComma)
                        this.fail('a missing comma between items', i);
                    this.inItem = true;
                    this.itemDepth = 0;
                    start = i;
                    this.itemStart = this.offset + i;
                }
                this.depth++;
                if (this.depth - level > this.itemDepth)
                    this.itemDepth = this.depth - level;
            }
            else if (isClose(c)) {
                this.depth--;
                if (this.depth === level && this.inItem) {
                    this.parts.push(chunk.slice(start, i + 1));
                    this.found(items, this.parts.join(''), this.itemDepth >= this.deepAt, this.itemStart, undefined);
                    this.parts = [];
                    this.inItem = false;
                    this.needComma = this.mode === 'array';
                }
                else if (this.depth === 0 && this.mode === 'array') {
                    if (this.items > 0 && !this.needComma)
                        this.fail('a comma before the closing bracket', i);
                    this.mode = 'done';
                    level = 0;
                }
                else if (this.depth < 0)
                    this.fail('an unbalanced bracket', i);
            }
            else if (!this.inItem && !WS.has(c)) {
                if (c === COMMA && this.needComma)
                    this.needComma = false;
                else
                    this.fail(this.mode === 'done' ? 'text after the end of the array' : 'an item that is not an array or object', i);
            }
            i++;
        }
        if (this.inItem)
            this.parts.push(chunk.slice(start));
        this.offset += chunk.length;
        return items;
    }
    found(items, text, deep, start, value) {
        this.items++;
        items.push(text);
        this.deep.push(deep);
        this.starts.push(start);
        this.values.push(value);
    }
    /**
     * Where an item can start, the line from `i` when it holds exactly one item (blanks, the item,
     * in an outer array its comma): the item is taken with its parsed value, and the place after the
     * line returned. Else -1, and the scan goes on from `i`. A line that JSON.parse reads whole as an
     * array or object is the item the scan would find there (a JSON string holds no raw newline);
     * one shorter than twice `deepAt` cannot nest `deepAt` deep. Most captures are a document per line.
     */
    wholeLine(chunk, i, items) {
        let p = i;
        while (WS.has(chunk.charCodeAt(p)))
            p++;
        if (!isOpen(chunk.charCodeAt(p)))
            return -1;
        const nl = chunk.indexOf('\n', p);
        if (nl < 0)
            return -1;
        let e = nl;
        while (WS.has(chunk.charCodeAt(e - 1)))
            e--;
        const comma = this.mode === 'array' && chunk.charCodeAt(e - 1) === COMMA;
        if (comma) {
            e--;
            while (WS.has(chunk.charCodeAt(e - 1)))
                e--;
        }
        if (!isClose(chunk.charCodeAt(e - 1)) || e - p >= 2 * this.deepAt)
            return -1;
        const text = chunk.slice(p, e);
        let value;
        try {
            value = JSON.parse(text);
        }
        catch {
            this.misses++;
            return -1;
        }
        this.found(items, text, false, this.offset + p, value);
        this.needComma = this.mode === 'array' && !comma;
        return nl + 1;
    }
    /** Levels of the text around each item: one inside an outer array, none for JSON lines. */
    get enclosing() {
        return this.mode === 'array' || this.mode === 'done' ? 1 : 0;
    }
    /** Checks that the text ended where an item could end. */
    end() {
        if (this.mode === 'unknown' && this.head.trim() !== '')
            this.fail('an unfinished array');
        if (this.inItem || this.inString)
            this.fail('an unfinished item');
        if (this.mode === 'array')
            this.fail('an array without its closing bracket');
    }
}

;// CONCATENATED MODULE: ./src/snapshots/shapes.ts



// The shapes of estuary's snapshot files (flow-protocol.md), checked so that a wrong file
// fails with one line that names the file and the place, not deep inside a comparison.
const specShape = {
    type: 'object',
    // Flow's runtime refuses a Spec response without these (go/protocols/capture/extensions.go).
    required: ['configSchema', 'resourceConfigSchema'],
    properties: {
        protocol: { type: 'integer' },
        configSchema: { type: ['object', 'boolean'] },
        resourceConfigSchema: { type: ['object', 'boolean'] },
        documentationUrl: { type: 'string' },
        // Absent, null or an object: Flow's runtime reads all three (flow-protocol.md).
        oauth2: { type: ['object', 'null'] },
        resourcePathPointers: { type: 'array', items: { type: 'string' } },
    },
};
const discoverShape = {
    type: 'array',
    items: {
        type: 'object',
        required: ['recommendedName', 'resourceConfig', 'documentSchema', 'key'],
        properties: {
            recommendedName: { type: 'string' },
            resourceConfig: { type: 'object' },
            documentSchema: { type: ['object', 'boolean'] },
            key: { type: 'array', items: { type: 'string' } },
            disable: { type: 'boolean' },
        },
    },
};
const captureShape = {
    type: 'array',
    items: {
        type: 'array',
        minItems: 2,
        maxItems: 2,
        items: [{ type: 'string' }, { type: 'object' }],
    },
};
const shapes_checks = {
    spec: { schema: specShape, what: 'a spec snapshot (a Spec response object, or an array holding one)' },
    discover: { schema: discoverShape, what: 'a discover snapshot (an array of discovered bindings)' },
    capture: { schema: captureShape, what: 'a capture snapshot (an array of [collection, document] pairs)' },
};
const shapes_check = shapeChecker(shapes_checks);
/** A spec stored as an array of one (flowctl raw spec) or as a bare object. */
function asSpec(value, file) {
    let spec = value;
    if (Array.isArray(value)) {
        if (value.length !== 1)
            throw new model_errors/* InputError */.d(`${file}: not ${shapes_checks.spec.what}: the array holds ${value.length} items`);
        spec = value[0];
    }
    if (spec && typeof spec === 'object' && 'spec' in spec && Object.keys(spec).length === 1)
        spec = spec.spec;
    shapes_check('spec', spec, file);
    const { protocol } = spec;
    if (protocol !== undefined && protocol !== FLOW_CAPTURE_PROTOCOL) {
        throw new model_errors/* InputError */.d(`${file}: protocol ${protocol} is not Flow's capture protocol ${FLOW_CAPTURE_PROTOCOL}: not a Flow capture connector's spec`);
    }
    return spec;
}
function asBindings(value, file) {
    shapes_check('discover', value, file);
    return value;
}
function asCapture(value, file) {
    shapes_check('capture', value, file);
    return value;
}

;// CONCATENATED MODULE: ./src/snapshots/capture-stream.ts








/** A capture file this small is read whole again to explain a wrong shape as a whole read explains it. */
const EXPLAIN_WHOLE_BYTES = 64 * 1024 * 1024;
/** Where the last whole character of the buffer ends: before a lead byte whose continuation bytes are still to come. */
function wholeCharsEnd(buf) {
    let i = buf.length - 1;
    while (i >= 0 && i >= buf.length - 3 && (buf[i] & 0xc0) === 0x80)
        i--;
    if (i < 0 || buf[i] < 0xc0)
        return buf.length;
    const size = buf[i] >= 0xf0 ? 4 : buf[i] >= 0xe0 ? 3 : 2;
    return buf.length - i < size ? i : buf.length;
}
/** Why an item is not a [collection, document] pair, in the words of the capture snapshot's shape check (shapes.ts). */
function notAPair(v, index) {
    if (!Array.isArray(v))
        return `/${index} must be array`;
    if (v.length !== 2)
        return `/${index} must NOT have ${v.length > 2 ? 'more' : 'fewer'} than 2 items`;
    if (typeof v[0] !== 'string')
        return `/${index}/0 must be string`;
    if (!isJsonObject(v[1]))
        return `/${index}/1 must be object`;
    return undefined;
}
/** The line and column of a character of a file, chunk by chunk with lineColumn (read again: only an error needs it). */
async function positionIn(file, offset) {
    let line = 1;
    let column = 1;
    let seen = 0;
    for await (const text of utf8Chunks(file)) {
        const at = lineColumn(text, Math.min(offset - seen, text.length));
        line += at.line - 1;
        column = at.line === 1 ? column + at.column - 1 : at.column;
        seen += text.length;
        if (seen >= offset)
            break;
    }
    return { line, column };
}
/** Bytes read at a time. */
const CHUNK_BYTES = 1 << 16;
/**
 * A file's text, a chunk at a time. Bytes that are not UTF-8 are an input error, not U+FFFD in a
 * collection's name: a character cut at a chunk's end waits for the next chunk, and each whole part
 * is checked (simdutf) and decoded. Small chunks: what a comparison holds stays small. Read into one
 * buffer, used again for each chunk: a stream's new buffer per chunk (8,000 for a 500 MB file) left
 * the allocator's free memory scattered, about 4 MB more resident at the end of 1M documents.
 */
async function* utf8Chunks(file) {
    let bytes = 0;
    let carry;
    const decode = (chunk, last = false) => {
        const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
        const end = last ? buf.length : wholeCharsEnd(buf);
        carry = end < buf.length ? Buffer.from(buf.subarray(end)) : undefined;
        const whole = end < buf.length ? buf.subarray(0, end) : buf;
        if (!(0,external_node_buffer_.isUtf8)(whole))
            throw new model_errors/* InputError */.d(`${file}: not valid UTF-8 (byte ${bytes + invalidUtf8At(whole)}): snapshots must be UTF-8`);
        bytes += whole.length;
        return whole.toString('utf8');
    };
    let handle;
    try {
        handle = await (0,promises_.open)(file);
        const chunk = Buffer.allocUnsafeSlow(CHUNK_BYTES);
        // decode copies what it keeps (the text, a cut character): the buffer is free again when it returns.
        for (let n; (n = (await handle.read(chunk, 0, CHUNK_BYTES, null)).bytesRead) > 0;)
            yield decode(chunk.subarray(0, n));
    }
    catch (err) {
        if (err instanceof model_errors/* InputError */.d)
            throw err;
        const code = err.code;
        throw new model_errors/* InputError */.d(`${file}: cannot read: ${code === 'ENOENT' ? 'no such file' : (0,model_errors/* errorMessage */.g)(err)}`);
    }
    finally {
        await handle?.close();
    }
    // A character still cut at the end of the file is not UTF-8.
    if (carry)
        decode(Buffer.alloc(0), true);
}
/**
 * The documents of a capture file in the file's order, a chunk's worth at a time: a snapshot
 * (`[[collection, doc], ...]`) or JSON lines of pairs. Memory holds one chunk and its documents,
 * whatever the file's size. Errors name the file and the item.
 */
async function* readCapturedBatches(file) {
    // The splitter counts nesting as it goes: only an item it marks deep is measured again.
    const splitter = new JsonItemSplitter(file, MAX_JSON_DEPTH - 1);
    let index = 0;
    for await (const chunk of utf8Chunks(file)) {
        const texts = splitter.push(chunk);
        const batch = [];
        const raws = [];
        for (const [k, text] of texts.entries()) {
            if (splitter.deep[k]) {
                const at = await positionIn(file, splitter.starts[k]);
                checkDepth(text, file, at.line - 1, at.column - 1, splitter.enclosing);
            }
            // Parsed already when the item was a line of its own.
            let value = splitter.values[k];
            if (value === undefined) {
                try {
                    value = JSON.parse(text);
                }
                catch (err) {
                    throw new model_errors/* InputError */.d(`${file}: item ${index}: invalid JSON: ${(0,model_errors/* errorMessage */.g)(err).replace(/\s*in JSON at position \d+.*$/s, '')}`);
                }
            }
            const wrong = notAPair(value, index);
            if (wrong) {
                if ((await (0,promises_.stat)(file)).size <= EXPLAIN_WHOLE_BYTES)
                    asCapture(await readJsonFile(file), file);
                throw new model_errors/* InputError */.d(`${file}: not a capture snapshot (an array of [collection, document] pairs): ${wrong}`);
            }
            index++;
            batch.push(value);
            raws.push(text);
        }
        if (batch.length > 0)
            yield { docs: batch, texts: raws };
    }
    splitter.end();
}
/** The records of an Airbyte JSON-lines file (records.jsonl), a chunk's worth at a time, as parseAirbyteRecords reads them. */
async function* readAirbyteRecordBatches(file) {
    let rest = '';
    let line = 0;
    for await (const chunk of utf8Chunks(file)) {
        const lines = `${rest}${chunk}`.split('\n');
        rest = lines.pop();
        const batch = [];
        for (const text of lines) {
            const record = airbyteRecordOf(text, file, line++);
            if (record)
                batch.push(record);
        }
        if (batch.length > 0)
            yield batch;
    }
    const last = airbyteRecordOf(rest, file, line);
    if (last)
        yield [last];
}

;// CONCATENATED MODULE: ./src/snapshots/read.ts








const SNAPSHOT_STAGES = ['spec', 'discover', 'capture'];
/** Airbyte's file names: a spec (spec.yaml in a connector's package), a catalog, records as JSON lines (the acceptance tests' expected records). */
const AIRBYTE_FILES = {
    'spec.yaml': 'spec',
    'spec.yml': 'spec',
    'catalog.json': 'discover',
    'discovered_catalog.json': 'discover',
    'records.jsonl': 'capture',
    'expected_records.jsonl': 'capture',
    'expected_records.txt': 'capture',
};
/**
 * The stage a file holds: ours are `spec.json`, `discover.json`, `capture.json`; estuary's pytest
 * files name it between the first double underscores (`snapshots__discover__capture.stdout.json`,
 * `source_x_tests_test_snapshots__spec__capture.stdout.json`, `snapshots__spec__stdout.json`);
 * Airbyte's are AIRBYTE_FILES.
 */
function stageOfFile(name) {
    if (AIRBYTE_FILES[name])
        return AIRBYTE_FILES[name];
    if (!name.endsWith('.json'))
        return undefined;
    const ours = name.slice(0, -'.json'.length);
    if (SNAPSHOT_STAGES.includes(ours))
        return ours;
    const word = name.split('__')[1];
    return SNAPSHOT_STAGES.includes(word) ? word : undefined;
}
async function listDir(dir) {
    let info;
    try {
        info = await (0,promises_.stat)(dir);
    }
    catch {
        throw new model_errors/* InputError */.d(`${dir}: no such directory`);
    }
    if (!info.isDirectory())
        throw new model_errors/* InputError */.d(`${dir}: not a directory`);
    try {
        return (await (0,promises_.readdir)(dir)).sort();
    }
    catch {
        throw new model_errors/* InputError */.d(`${dir}: cannot read directory: permission denied`);
    }
}
/** Finds the file of each stage in a folder, refusing two candidates for one stage. */
async function locateSnapshots(dir) {
    const sources = {};
    for (const name of await listDir(dir)) {
        const stage = stageOfFile(name);
        if (!stage)
            continue;
        const file = external_node_path_default().join(dir, name);
        if (sources[stage]) {
            throw new model_errors/* InputError */.d(`${dir}: two ${stage} snapshots (${external_node_path_default().basename(sources[stage])} and ${name}); keep one`);
        }
        sources[stage] = file;
    }
    return sources;
}
/**
 * Reads one side's snapshot set from a folder in either layout; missing stages stay undefined. A
 * capture file is left to be streamed when compared (`captureStreamed`), unless `wholeCapture` asks
 * for it in memory (a committed snapshot checked for drift is compared whole with a bounded live run).
 */
async function readSnapshotSet(dir, label = dir, wholeCapture = false) {
    let sources = await locateSnapshots(dir);
    // Pointing at a connector folder also finds estuary's tests/snapshots inside it.
    if (Object.keys(sources).length === 0) {
        const nested = external_node_path_default().join(dir, 'tests', 'snapshots');
        if (await (0,promises_.stat)(nested).then((s) => s.isDirectory(), () => false))
            sources = await locateSnapshots(nested);
    }
    if (Object.keys(sources).length === 0) {
        throw new model_errors/* InputError */.d(`${dir}: no snapshot files found (expected spec.json, discover.json, capture.json, estuary's *__spec__*, *__discover__*, *__capture__* files, or Airbyte's spec.yaml, catalog.json, records.jsonl, expected_records.jsonl)`);
    }
    const set = { label, sources };
    if (sources.spec)
        readSpec(set, parseSpecText(await readTextFile(sources.spec), sources.spec), sources.spec);
    if (sources.discover)
        readDiscover(set, await readJsonFile(sources.discover), sources.discover);
    if (sources.capture && isJsonLines(sources.capture)) {
        set.protocol = 'airbyte';
        set.captureRecords = true;
    }
    if (sources.capture && !wholeCapture) {
        set.captureStreamed = true;
        set.captureBytes = (await (0,promises_.stat)(sources.capture)).size;
    }
    else if (sources.capture && set.captureRecords)
        set.capture = docsOfRecords(parseAirbyteRecords(await readTextFile(sources.capture), sources.capture));
    else if (sources.capture)
        set.capture = asCapture(await readJsonFile(sources.capture), sources.capture);
    return set;
}
const isJsonLines = (file) => /\.(jsonl|txt)$/.test(file);
/** A streamed capture's documents, a chunk's worth at a time: Airbyte records as airbyte-to-flow captures them, or a Flow capture. */
async function* captureBatches(file, airbyteRecords = false) {
    if (!airbyteRecords) {
        yield* readCapturedBatches(file);
        return;
    }
    for await (const records of readAirbyteRecordBatches(file))
        yield { docs: docsOfRecords(records) };
}
/** A spec in either protocol: an Airbyte one is seen as airbyte-to-flow shows it. */
function readSpec(set, value, file) {
    if (!isAirbyteSpec(value)) {
        set.spec = asSpec(value, file);
        return;
    }
    set.airbyteSpec = asAirbyteSpec(value, file);
    set.spec = flowSpecOf(set.airbyteSpec);
    set.protocol = 'airbyte';
}
/** Discovered bindings in either protocol: an Airbyte catalog's streams become airbyte-to-flow's bindings. */
function readDiscover(set, value, file) {
    if (!isAirbyteCatalog(value)) {
        set.discover = asBindings(value, file);
        return;
    }
    set.airbyteStreams = asAirbyteCatalog(value, file);
    set.discover = set.airbyteStreams.map(bindingOf);
    set.protocol = 'airbyte';
}

;// CONCATENATED MODULE: ./src/snapshots/write.ts



/**
 * Snapshot file text: estuary's shapes (spec `[Spec]`, discover `[Binding, ...]`, capture
 * `[[collection, doc], ...]`), two-space indent, keys sorted, so the same outputs give the same
 * bytes and a reviewer's diff shows only real change. Bindings and documents keep the order
 * the caller gives: normalizeSet sorts bindings by resource path and documents by collection.
 */
function snapshotText(value) {
    return `${canonicalJson(value, 2)}\n`;
}
/** The stream of a captured collection: the binding whose recommended name the collection ends with. */
function streamOf(collection, bindings) {
    const b = bindings.find((x) => collection === x.recommendedName || collection.endsWith(`/${x.recommendedName}`));
    const rc = b?.resourceConfig;
    if (typeof rc?.stream !== 'string')
        return undefined;
    return { stream: rc.stream, ...(typeof rc.namespace === 'string' ? { namespace: rc.namespace } : {}) };
}
/**
 * An Airbyte side's files, in Airbyte's shapes so that they read back with its catalog (sync modes,
 * cursors): `spec.json` (its ConnectorSpecification), `catalog.json`, `records.jsonl` (one record per line).
 */
function airbyteFiles(set) {
    const files = [];
    if (set.spec && set.airbyteSpec)
        files.push(['spec.json', snapshotText(set.airbyteSpec)]);
    if (set.discover && set.airbyteStreams)
        files.push(['catalog.json', snapshotText({ streams: set.airbyteStreams })]);
    if (set.capture && set.discover && set.airbyteStreams) {
        const lines = set.capture.map(([collection, data]) => canonicalJson({ ...(streamOf(collection, set.discover) ?? { stream: collection }), data }));
        files.push(['records.jsonl', lines.map((l) => `${l}\n`).join('')]);
    }
    return files;
}
/** The two layouts' files of one stage: writing one removes the other, which would be a second snapshot of it. */
const SAME_STAGE = [
    ['discover.json', 'catalog.json'],
    ['capture.json', 'records.jsonl'],
];
/**
 * Writes a side's outputs: in our layout (`spec.json`, `discover.json`, `capture.json`), or for an
 * Airbyte side in Airbyte's (`spec.json`, `catalog.json`, `records.jsonl`); a file of the other
 * layout for a stage written is removed.
 */
async function writeSnapshotSet(dir, set) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const files = set.protocol === 'airbyte' ? airbyteFiles(set) : [];
    if (files.length === 0) {
        if (set.spec)
            files.push(['spec.json', snapshotText([set.spec])]);
        if (set.discover)
            files.push(['discover.json', snapshotText(set.discover)]);
        if (set.capture)
            files.push(['capture.json', snapshotText(set.capture)]);
    }
    const written = [];
    for (const [name, text] of files) {
        const stale = SAME_STAGE.find((pair) => pair.includes(name))?.find((other) => other !== name);
        if (stale)
            await (0,promises_.rm)(external_node_path_default().join(dir, stale), { force: true });
        await (0,promises_.writeFile)(external_node_path_default().join(dir, name), text);
        written.push(external_node_path_default().join(dir, name));
    }
    return written;
}

;// CONCATENATED MODULE: ./src/orchestrate/engine.ts

/** Loads what comparing these sets can use of the engine's lazy parts: read from their specs and discoveries (captured documents are no schemas). */
const loadEngineForSets = (...sets) => loadEngineToCompare(sets.map((s) => [s.spec, s.discover, s.airbyteSpec, s.airbyteStreams]));

;// CONCATENATED MODULE: ./src/orchestrate/drift.ts







const drift_SNAPSHOT_STAGES = ['spec', 'discover', 'capture'];
/**
 * A comparison's message said of a committed snapshot (its "baseline") and a live run (its
 * "candidate"): "the baseline captured 2 documents, the candidate none" would name the wrong sides.
 */
const driftWording = (message) => message
    .replace(/\bthe baseline's\b/g, "the committed snapshot's")
    .replace(/\bthe candidate's\b/g, "this run's")
    .replace(/\bthe baseline\b/g, 'the committed snapshot')
    .replace(/\bthe candidate\b/g, 'this run')
    .replace(/\bbaseline\b/g, 'committed')
    .replace(/\bcandidate\b/g, 'new');
/**
 * Drift: a side's live output against its committed snapshots. Each difference the comparison
 * names becomes a `drift.<side>` finding; a difference it does not name (order, annotations)
 * is still one finding, so that a committed snapshot can never silently lie.
 */
async function driftFindings(side, live, committedDir) {
    if (!(0,external_node_fs_.existsSync)(committedDir))
        return { status: 'no-snapshots', findings: [] };
    const committed = normalizeSet(await readSnapshotSet(committedDir, committedDir, true));
    const now = normalizeSet(live);
    const rule = side === 'baseline' ? 'drift.baseline' : 'drift.candidate';
    const origin = side === 'baseline' ? 'baseline-snapshot' : 'candidate-snapshot';
    const findings = [];
    await loadEngineForSets(committed, now);
    const { findings: diffs } = compareSets(committed, now, { redact: [] });
    for (const stage of drift_SNAPSHOT_STAGES) {
        if (now[stage] === undefined)
            continue;
        const file = committed.sources[stage];
        if (committed[stage] === undefined) {
            findings.push(makeFinding({
                rule,
                stage,
                origin,
                message: `${side} ${stage}: no committed snapshot in ${committedDir}; run with mode update to write it`,
            }));
            continue;
        }
        if (canonicalJson(committed[stage]) === canonicalJson(now[stage]))
            continue;
        const named = diffs.filter((d) => d.stage === stage);
        for (const d of named) {
            findings.push(makeFinding({
                rule,
                stage,
                origin,
                binding: d.binding,
                pointer: d.pointer,
                before: d.before,
                after: d.after,
                message: `${side} ${stage} differs from ${file}: ${driftWording(d.message)}`,
            }));
        }
        if (named.length === 0) {
            findings.push(makeFinding({
                rule,
                stage,
                origin,
                message: `${side} ${stage} differs from ${file} (order or annotations); run with mode update to rewrite it`,
            }));
        }
    }
    return { status: 'compared', findings };
}

;// CONCATENATED MODULE: ./src/acquire/cache.ts



/**
 * The GitHub Actions cache, or undefined outside Actions (no cache service URL in the environment).
 * @actions/cache is loaded here, on first use: it is the slowest of the dependencies to load.
 */
async function actionsCacheStore() {
    const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
    if (!cache.isFeatureAvailable())
        return undefined;
    return {
        restore: (file, prefix) => cache.restoreCache([file], prefix, [prefix]),
        save: async (file, key) => {
            await cache.saveCache([file], key);
        },
    };
}
function cacheName(image) {
    return image.replace(/[^A-Za-z0-9._-]+/g, '_');
}
/** Keyed by digest, so that a re-pushed tag is cached anew; restored by the image's prefix. */
function imageCacheKey(image, digest) {
    return `${keyPrefix(image)}${digest}`;
}
function keyPrefix(image) {
    return `connector-compat-image-${cacheName(image)}-`;
}
/** The same path on every run: the Actions cache ties an entry to the paths it was saved from. */
function tarPath(image) {
    return external_node_path_default().join(external_node_os_default().tmpdir(), 'connector-compat-images', `${cacheName(image)}.tar`);
}
/** Loads a cached `docker save` of the image; returns the matched key, or undefined when nothing was cached. */
async function restoreImage(docker, store, image) {
    const file = tarPath(image);
    await promises_default().mkdir(external_node_path_default().dirname(file), { recursive: true });
    const matched = await store.restore(file, keyPrefix(image));
    if (matched === undefined)
        return undefined;
    await docker.check(['load', '-i', file]);
    await promises_default().rm(file, { force: true });
    return matched;
}
async function saveImage(docker, store, image, digest) {
    const file = tarPath(image);
    const key = imageCacheKey(image, digest);
    await promises_default().mkdir(external_node_path_default().dirname(file), { recursive: true });
    await docker.check(['save', '-o', file, image]);
    try {
        await store.save(file, key);
    }
    finally {
        await promises_default().rm(file, { force: true });
    }
    return key;
}

;// CONCATENATED MODULE: ./src/acquire/errors.ts

/**
 * Getting an image ready failed: no engine, no such image, an image we cannot talk to.
 * One line that says what to do (an InputError: the CLI exits 2 with it); `kind` tells which.
 */
class AcquireError extends model_errors/* InputError */.d {
    kind;
    name = 'AcquireError';
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
const ENGINE_UNREACHABLE = 'Docker engine not reachable: start dockerd or use baseline-command/candidate-command/--*-snapshots';

;// CONCATENATED MODULE: ./src/acquire/docker.ts


const ENGINE_DOWN = /Cannot connect to the Docker daemon|error during connect|Is the docker daemon running|connect: (connection refused|no such file or directory)/i;
const MAX_OUTPUT = 32 * 1024 * 1024;
function firstLine(text) {
    return (text
        .trim()
        .split('\n')
        .find((l) => l.trim() !== '')
        ?.trim() ?? '');
}
/**
 * The one place that runs the docker CLI. `create` checks once that the engine answers, so that every
 * later failure is about an image or a container, not about a missing daemon.
 */
class Docker {
    bin;
    env;
    serverVersion;
    constructor(bin, env, serverVersion) {
        this.bin = bin;
        this.env = env;
        this.serverVersion = serverVersion;
    }
    static async create(opts = {}) {
        const bin = opts.bin ?? 'docker';
        const env = opts.env ?? process.env;
        const probe = new Docker(bin, env, '');
        const res = await probe.exec(['version', '--format', '{{.Server.Version}}'], 30_000);
        if (res.code !== 0 || res.stdout.trim() === '') {
            const why = firstLine(res.stderr);
            throw new AcquireError('engine', why && !ENGINE_DOWN.test(why) ? `${ENGINE_UNREACHABLE} (docker: ${why})` : ENGINE_UNREACHABLE);
        }
        return new Docker(bin, env, res.stdout.trim());
    }
    /** Runs `docker ARGS`; resolves with the exit code rather than throwing, so callers can classify failures. */
    exec(args, timeoutMs = 600_000) {
        return new Promise((resolve, reject) => {
            (0,external_node_child_process_.execFile)(this.bin, args, { env: this.env, timeout: timeoutMs, maxBuffer: MAX_OUTPUT }, (err, stdout, stderr) => {
                const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
                if (err && err.code === 'ENOENT') {
                    reject(new AcquireError('engine', `${ENGINE_UNREACHABLE} (the docker CLI "${this.bin}" is not on PATH)`));
                    return;
                }
                resolve({ code, stdout: String(stdout), stderr: err?.killed ? `timed out after ${timeoutMs} ms` : String(stderr) });
            });
        });
    }
    /** Like exec, but a non-zero exit is an AcquireError carrying docker's first error line. */
    async check(args, timeoutMs) {
        const res = await this.exec(args, timeoutMs);
        if (res.code !== 0)
            throw new AcquireError('docker', `docker ${args[0]} failed: ${firstLine(res.stderr) || `exit ${res.code}`}`);
        return res.stdout;
    }
    /** The command line that starts a connector container; no arguments after the image (ATF images reject them). */
    runCommand(spec) {
        // --init: Docker's init is PID 1 and passes SIGTERM on; a connector that is PID 1 itself ignores it
        // (the kernel sends PID 1 no signal it has no handler for), so stopping it would wait for a kill.
        const args = ['run', '--rm', '-i', '--init', '--network', spec.network, '--name', spec.name];
        if (spec.memory)
            args.push('--memory', spec.memory);
        if (spec.platform)
            args.push('--platform', spec.platform);
        for (const [key, value] of Object.entries(spec.labels))
            args.push('--label', `${key}=${value}`);
        for (const [key, value] of Object.entries(spec.env))
            args.push('-e', `${key}=${value}`);
        for (const mount of spec.mounts ?? [])
            args.push('-v', `${mount}:ro`);
        args.push(spec.image, ...(spec.args ?? []));
        return { command: this.bin, args, env: this.env };
    }
    /** Kills a container by name; a container that is already gone is not an error. */
    async kill(name) {
        await this.exec(['kill', name], 30_000);
    }
}

;// CONCATENATED MODULE: ./src/acquire/pull.ts


const DEFAULT_RETRY = { attempts: 4, firstDelayMs: 2_000 };
// Checked first: retrying these only wastes time.
const PERMANENT = /not found|manifest unknown|unauthorized|denied|invalid reference format|repository name must/i;
const TRANSIENT = /timeout|timed out|TLS handshake|connection reset|i\/o timeout|unexpected EOF|\b5\d\d\b|Internal Server Error|Bad Gateway|Service Unavailable|too many requests/i;
function isTransientPullError(stderr) {
    return !PERMANENT.test(stderr) && TRANSIENT.test(stderr);
}
const PULL_TIMEOUT_MS = 20 * 60_000;
/** `docker pull` with exponential backoff for network trouble; a missing or forbidden image fails at once. */
async function pullImage(docker, image, retry = DEFAULT_RETRY, log) {
    const sleep = retry.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    for (let attempt = 1;; attempt++) {
        const res = await docker.exec(['pull', image], PULL_TIMEOUT_MS);
        if (res.code === 0)
            return;
        const why = firstLine(res.stderr) || `exit ${res.code}`;
        if (/not found|manifest unknown/i.test(why)) {
            throw new AcquireError('not-found', `image ${image} not found: ${why}; check the image name and tag`);
        }
        if (/unauthorized|denied/i.test(why)) {
            throw new AcquireError('unauthorized', `not allowed to pull ${image}: ${why}; log in to its registry (docker login) or check the name`);
        }
        if (!isTransientPullError(res.stderr) || attempt >= retry.attempts) {
            const tries = attempt > 1 ? ` after ${attempt} attempts` : '';
            throw new AcquireError('pull', `docker pull ${image} failed${tries}: ${why}`);
        }
        const delay = retry.firstDelayMs * 2 ** (attempt - 1);
        log?.(`docker pull ${image}: ${why}; retrying in ${Math.round(delay / 1000)}s (attempt ${attempt + 1} of ${retry.attempts})`);
        await sleep(delay);
    }
}

;// CONCATENATED MODULE: ./src/acquire/image.ts



/** flowctl's convention: a `:local` tag is a locally built image and is never pulled. */
function isLocalTag(image) {
    return /:local$/.test(image) && !image.includes('@');
}
/**
 * Makes an image ready to run: pulls it (unless `:local`, or already on this machine and `pull` is not
 * `always`), reads its digest and labels, and checks that it speaks the JSON codec of the capture
 * protocol. Failing to cache is a warning, never an error.
 */
async function acquireImage(docker, image, opts = {}) {
    if (isLocalTag(image)) {
        const info = await inspect(docker, image);
        if (!info) {
            throw new AcquireError('not-found', `image ${image} not found locally: ":local" images are never pulled; build it first or name another image`);
        }
        return checked({ image, ...info, pulled: false }, opts.protocol);
    }
    if (opts.pull !== 'always') {
        // A locally built candidate tagged like a release (`:dev`, `:v2`) is used as it is, offline too.
        const here = await inspect(docker, image);
        if (here)
            return checked({ image, ...here, pulled: false });
    }
    let restored;
    if (opts.cache)
        restored = await warnOnFailure(opts.log, 'restoring the cached image', () => restoreImage(docker, opts.cache, image));
    await pullImage(docker, image, opts.retry, opts.log);
    const info = await inspect(docker, image);
    if (!info)
        throw new AcquireError('docker', `docker pull ${image} succeeded but the image cannot be inspected`);
    const acquired = checked({ image, ...info, pulled: true, cacheKey: restored }, opts.protocol);
    if (opts.cache && restored !== imageCacheKey(image, info.digest)) {
        acquired.cacheKey = await warnOnFailure(opts.log, 'caching the image', () => saveImage(docker, opts.cache, image, info.digest));
    }
    return acquired;
}
async function warnOnFailure(log, what, fn) {
    try {
        return await fn();
    }
    catch (err) {
        log?.(`warning: ${what} failed: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
    }
}
/** Digest and labels of a local image, or undefined when there is no such image. */
async function inspect(docker, image) {
    const res = await docker.exec(['image', 'inspect', '--format', '{{json .}}', image], 60_000);
    if (res.code !== 0) {
        if (/no such image/i.test(res.stderr))
            return undefined;
        throw new AcquireError('docker', `docker image inspect ${image} failed: ${res.stderr.trim().split('\n')[0]}`);
    }
    const data = JSON.parse(res.stdout);
    const repository = image.replace(/@.*$/, '').replace(/:[^:/]+$/, '');
    const repoDigests = data.RepoDigests ?? [];
    const repoDigest = repoDigests.find((d) => d.startsWith(`${repository}@`)) ?? repoDigests[0];
    return { digest: repoDigest ? repoDigest.slice(repoDigest.indexOf('@') + 1) : data.Id, labels: data.Config?.Labels ?? {} };
}
/**
 * The protocol an image speaks, checked: a Flow image must speak the JSON codec of the capture
 * protocol; with `auto`, an image with no Flow labels and the `io.airbyte.name` label that Airbyte's
 * connector images carry is an Airbyte connector (an ATF image carries both, and speaks Flow).
 */
function checked(acquired, protocol = 'auto') {
    const { image, labels } = acquired;
    const flowLabels = labels.FLOW_RUNTIME_PROTOCOL !== undefined || labels.FLOW_RUNTIME_CODEC !== undefined;
    if (protocol === 'airbyte' || (protocol === 'auto' && !flowLabels && labels['io.airbyte.name'] !== undefined))
        return { ...acquired, protocol: 'airbyte' };
    const flowProtocol = labels.FLOW_RUNTIME_PROTOCOL;
    if (flowProtocol !== undefined && flowProtocol !== 'capture') {
        throw new AcquireError('codec', `image ${image} is a ${flowProtocol} connector (FLOW_RUNTIME_PROTOCOL=${flowProtocol}), not a capture connector`);
    }
    if (labels.FLOW_RUNTIME_CODEC !== 'json') {
        throw new AcquireError('codec', `image ${image} speaks protobuf (no FLOW_RUNTIME_CODEC=json label) and connector-compat talks JSON only: ` +
            'use a JSON-codec image (an Estuary CDK or ATF image), run the connector as a local command (baseline-command/candidate-command), ' +
            'or set protocol to airbyte for an Airbyte connector');
    }
    return { ...acquired, protocol: 'flow' };
}

;// CONCATENATED MODULE: ./src/run/protocol.ts
// Requests and responses of Flow's capture protocol in its JSON codec (docs/flow-protocol.md).



/** The capture's name in requests; collections are named beside it (`acmeCo/<recommendedName>`). */
const DEFAULT_CAPTURE_NAME = 'acmeCo/source-compat';
/** A task's polling interval in Apply and Open, as flow-protocol.md's example Open carries it (300). */
const DEFAULT_INTERVAL_SECONDS = 300;
/** The version of the task spec that Apply and Open name. */
const TASK_VERSION = 'test';
/** The full key range: this one shard reads everything. */
const FULL_RANGE = { keyBegin: 0, keyEnd: 4294967295, rClockBegin: 0, rClockEnd: 4294967295 };
/**
 * Flow's state key of a binding, as estuary/flow `crates/assemble/src/lib.rs` `encode_state_key` builds
 * it: the resource path joined by `/`, then every character but Unicode letters and numbers and
 * `- _ + . =` percent-encoded byte by byte (upper-case hex, `/` included), and `.v<backfill>` when
 * the backfill counter is not zero.
 */
function stateKey(path, backfill = 0) {
    let key = '';
    for (const c of path.join('/')) {
        if (/^[-_+.=\p{Alphabetic}\p{N}]$/u.test(c))
            key += c;
        else
            for (const byte of Buffer.from(c, 'utf8'))
                key += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return backfill === 0 ? key : `${key}.v${backfill}`;
}
/**
 * Turns discovered bindings into the bindings of a capture, as `flowctl preview` of a fresh task
 * would: collections are the bindings' targets, or named beside the capture after their recommended name.
 */
function captureBindings(discovered, pointers, captureName = DEFAULT_CAPTURE_NAME) {
    const prefix = captureName.includes('/') ? captureName.slice(0, captureName.lastIndexOf('/')) : captureName;
    return discovered.map((b) => {
        const path = resourcePath(b.resourceConfig, pointers);
        return {
            resourceConfig: b.resourceConfig,
            resourcePath: path,
            stateKey: stateKey(path, b.backfill ?? 0),
            backfill: b.backfill ?? 0,
            collection: { name: b.target ?? `${prefix}/${b.recommendedName}`, key: b.key, writeSchema: b.documentSchema, projections: [] },
        };
    });
}
/**
 * The bindings with the resource paths their Validate response gives: Flow's runtime keys a
 * binding's state by the path the connector validated (estuary-cdk `validated()` answers each
 * binding's `resourceConfig.path()`), not by one derived from the resource config.
 */
function withValidatedPaths(bindings, validated) {
    return bindings.map((b, i) => {
        const path = validated[i]?.resourcePath;
        if (!Array.isArray(path) || !path.every((p) => typeof p === 'string'))
            return b;
        return { ...b, resourcePath: path, stateKey: stateKey(path, b.backfill) };
    });
}
/**
 * Why Flow's runtime refuses a Spec response, or undefined when it takes it: estuary/flow
 * `go/protocols/capture/extensions.go`, `Response_Spec.Validate()` ("wrong Protocol (%d, should be
 * 3032023)", then a missing config schema, resource config schema or documentation URL). A protocol
 * left out of the JSON is 0 there.
 */
function specResponseProblem(spec) {
    const protocol = spec.protocol ?? 0;
    if (protocol !== FLOW_CAPTURE_PROTOCOL) {
        return `the spec response says protocol ${JSON.stringify(protocol)}, but Flow's runtime speaks only protocol ${FLOW_CAPTURE_PROTOCOL} (is this a Flow capture connector?)`;
    }
    const missing = ['configSchema', 'resourceConfigSchema', 'documentationUrl'].filter((k) => spec[k] === undefined || spec[k] === null || spec[k] === '');
    if (missing.length > 0)
        return `the spec response has no ${missing.join(', ')}, which Flow's runtime requires`;
    return undefined;
}
function specRequest(connectorType) {
    return { spec: { connectorType, config: {} } };
}
function discoverRequest(connectorType, config) {
    return { discover: { connectorType, config } };
}
function validateRequest(connectorType, name, config, bindings) {
    const validateBindings = bindings.map(({ resourceConfig, collection, backfill }) => ({
        resourceConfig,
        collection,
        backfill,
    }));
    return { validate: { name, connectorType, config, bindings: validateBindings } };
}
function captureSpec(p) {
    return {
        name: p.name,
        connectorType: p.connectorType,
        config: p.config,
        intervalSeconds: p.intervalSeconds,
        bindings: p.bindings,
    };
}
/**
 * Apply, as the runtime sends it after Validate when a task is published (estuary/flow
 * `go/protocols/capture/capture.proto`, `Request.Apply {capture, version, dry_run}`); answered by
 * `applied {actionDescription}` (estuary-cdk `handle()`; airbyte-to-flow answers an empty `applied`).
 */
function applyRequest(p) {
    return { apply: { capture: captureSpec(p), version: TASK_VERSION, dryRun: false } };
}
function openRequest(p) {
    return { open: { capture: captureSpec(p), version: TASK_VERSION, range: FULL_RANGE, state: p.state } };
}
const ACKNOWLEDGE_ONE = { acknowledge: { checkpoints: 1 } };
/** Decodes an envelope; returns a reason string when the line is not one. */
function parseResponse(line) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        return 'not JSON';
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return 'not a JSON object';
    const keys = Object.keys(value);
    if (keys.length !== 1)
        return `an envelope with ${keys.length} fields (${keys.slice(0, 5).join(', ')}), expected exactly one`;
    const type = keys[0];
    const body = value[type];
    return { type, body: isJsonObject(body) ? body : {} };
}

;// CONCATENATED MODULE: ./src/orchestrate/seen-keys.ts

/** Most collection keys remembered per collection, to tell a document the capture gave before. */
const MAX_REMEMBERED_KEYS = 10_000;
/**
 * The collection keys of the documents a capture gave, per collection (bounded), so that a later
 * capture can be asked whether it gives the same documents again. Bindings that re-read everything
 * each time by design are left out: full-refresh streams, and those keyed by `/_meta/row_id`.
 */
class SeenKeys {
    bindings;
    keys = new Map();
    constructor(bindings) {
        this.bindings = bindings;
    }
    add(binding, doc) {
        const b = this.bindings[binding];
        if (!b || b.resourceConfig.syncMode === 'full_refresh' || b.collection.key.includes('/_meta/row_id'))
            return;
        const text = collectionKeyText(doc, b.collection.key);
        if (text === undefined)
            return;
        let set = this.keys.get(b.collection.name);
        if (!set)
            this.keys.set(b.collection.name, (set = new Set()));
        if (set.size < MAX_REMEMBERED_KEYS)
            set.add(text);
    }
    /** Whether a document of `collection` with this key text was seen. */
    has(collection, keyText) {
        return keyText !== undefined && (this.keys.get(collection)?.has(keyText) ?? false);
    }
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/run/airbyte-codec.ts




/** A stream's key in a task's state and in a read's bindings: its resource path joined. */
const streamKey = (name, namespace) => resourcePathLabel(streamPath(name, namespace));
/** The `--state` file of a read from a task's state: a list of state messages, or a legacy connector's own object. */
function stateFileOf(state) {
    const s = (state ?? {});
    if (s.global)
        return [s.global];
    if (s.streams)
        return Object.values(s.streams);
    if (s.legacy !== undefined)
        return s.legacy;
    return [];
}
/** The task state after one STATE message. */
function applyAirbyteState(state, message) {
    const { sourceStats: _stats, destinationStats: _dest, ...kept } = message;
    if (kept.type === 'GLOBAL' || kept.global)
        return { global: kept };
    if (kept.type === 'STREAM' || kept.stream) {
        const d = kept.stream?.stream_descriptor;
        const key = streamKey(d?.name ?? '', d?.namespace);
        return { streams: { ...(state.streams ?? {}), [key]: kept } };
    }
    return { legacy: kept.data ?? {} };
}
class AirbyteCodec {
    opts;
    /** Stdout lines that were not Airbyte messages, passed over (some connectors print to stdout). */
    ignored = 0;
    /** The response owed before the first line: a capture's `opened`, which an Airbyte read has no message for. */
    pending;
    state;
    constructor(opts = {}) {
        this.opts = opts;
        this.state = (opts.state ?? {});
        if (opts.bindings)
            this.pending = { type: 'opened', body: {} };
    }
    /** A response owed before any line is read. */
    takePending() {
        const owed = this.pending;
        this.pending = undefined;
        return owed;
    }
    decode(line) {
        let message;
        try {
            message = JSON.parse(line);
        }
        catch {
            message = undefined;
        }
        if (!isJsonObject(message) || !AIRBYTE_MESSAGE_TYPES.includes(message.type)) {
            this.ignored += 1;
            return undefined;
        }
        return this.message(message);
    }
    message(m) {
        switch (m.type) {
            case 'SPEC':
                if (!isJsonObject(m.spec))
                    return this.malformed('SPEC', 'spec');
                if (this.opts.seen)
                    this.opts.seen.spec = m.spec;
                return { type: 'spec', body: flowSpecOf(m.spec) };
            case 'CATALOG':
                if (!Array.isArray(m.catalog?.streams))
                    return this.malformed('CATALOG', 'catalog.streams');
                if (this.opts.seen)
                    this.opts.seen.streams = m.catalog.streams;
                return { type: 'discovered', body: { bindings: m.catalog.streams.map(bindingOf) } };
            case 'CONNECTION_STATUS':
                if (m.connectionStatus?.status === 'SUCCEEDED')
                    return { type: 'validated', body: {} };
                return { failure: 'unexpected', detail: `check failed: ${m.connectionStatus?.message ?? 'no message'}` };
            case 'RECORD':
                return this.record(m);
            case 'STATE':
                if (!isJsonObject(m.state))
                    return this.malformed('STATE', 'state');
                this.state = applyAirbyteState(this.state, m.state);
                return { type: 'checkpoint', body: { state: { updated: this.state, mergePatch: false } } };
            case 'TRACE':
                if (m.trace?.type !== 'ERROR')
                    return undefined;
                return {
                    failure: 'trace',
                    detail: `the connector reported an error: ${m.trace.error?.message ?? m.trace.error?.internal_message ?? 'no message'}`,
                };
            case 'LOG':
                if (m.log)
                    this.opts.log?.(`${m.log.level} ${m.log.message}`);
                return undefined;
            default:
                return undefined;
        }
    }
    /** `adapt_pull_response_stream`: a record of a stream the catalog did not configure is an error ("dangling record"). */
    record(m) {
        const r = m.record;
        if (!r || typeof r.stream !== 'string' || !isJsonObject(r.data))
            return this.malformed('RECORD', 'record.stream and record.data');
        const binding = this.opts.bindings?.get(streamKey(r.stream, r.namespace));
        if (binding === undefined)
            return { failure: 'unexpected', detail: `a record of stream ${JSON.stringify(r.stream)}, which the catalog does not configure` };
        return { type: 'captured', body: { binding, doc: r.data } };
    }
    malformed(type, field) {
        return { failure: 'unexpected', detail: `a ${type} message without ${field}` };
    }
}

;// CONCATENATED MODULE: ./src/run/errors.ts
/** How many stderr lines the one-line message carries; all kept lines stay in `stderrTail`. */
const MESSAGE_TAIL_LINES = 5;
const MESSAGE_TAIL_CHARS = 600;
/**
 * A connector run that went wrong. The message is one line naming the side, the operation and what was
 * received; the connector's last (masked) stderr lines are in `stderrTail` for a log or report.
 */
class ConnectorError extends Error {
    side;
    operation;
    failure;
    stderrTail;
    name = 'ConnectorError';
    constructor(side, operation, failure, detail, stderrTail = []) {
        super(`${side} ${operation}: ${detail}${tailSuffix(stderrTail)}`);
        this.side = side;
        this.operation = operation;
        this.failure = failure;
        this.stderrTail = stderrTail;
    }
}
function tailSuffix(tail) {
    const lines = tail.map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length === 0)
        return '';
    let text = lines.slice(-MESSAGE_TAIL_LINES).join(' | ');
    if (text.length > MESSAGE_TAIL_CHARS)
        text = `…${text.slice(-MESSAGE_TAIL_CHARS)}`;
    return `; last stderr: ${text}`;
}
/** The start of a line for a message: long enough to recognise, short enough for one line. */
function excerpt(line, max = 200) {
    const flat = line.replace(/\s+/g, ' ');
    return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}…` : flat);
}

;// CONCATENATED MODULE: ./src/run/lines.ts
/** A stdout line longer than the limit: reading it whole would let one connector exhaust memory. */
class LineTooLongError extends Error {
    limit;
    name = 'LineTooLongError';
    constructor(limit) {
        super(`a stdout line is longer than ${limit} bytes (the limit for one protocol message)`);
        this.limit = limit;
    }
}
/**
 * Splits a byte stream into lines without holding more than one line (plus one chunk) in memory.
 * Bytes are decoded only at line ends, so multi-byte UTF-8 characters split across chunks survive.
 */
class LineSplitter {
    maxLineBytes;
    parts = [];
    size = 0;
    constructor(maxLineBytes) {
        this.maxLineBytes = maxLineBytes;
    }
    /** Returns the lines completed by this chunk; throws LineTooLongError once the open line passes the limit. */
    push(chunk) {
        const lines = [];
        let start = 0;
        for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
            this.append(chunk.subarray(start, nl));
            lines.push(this.take());
            start = nl + 1;
        }
        if (start < chunk.length)
            this.append(chunk.subarray(start));
        return lines;
    }
    /** The unterminated last line, if any. */
    end() {
        return this.size > 0 || this.parts.length > 0 ? this.take() : undefined;
    }
    append(part) {
        this.size += part.length;
        if (this.size > this.maxLineBytes) {
            this.parts = [];
            throw new LineTooLongError(this.maxLineBytes);
        }
        if (part.length > 0)
            this.parts.push(Buffer.from(part));
    }
    take() {
        const text = Buffer.concat(this.parts, this.size).toString('utf8');
        this.parts = [];
        this.size = 0;
        return text.endsWith('\r') ? text.slice(0, -1) : text;
    }
}
/** Keeps the last `capacity` lines, for error messages. */
class LineTail {
    capacity;
    lines = [];
    constructor(capacity) {
        this.capacity = capacity;
    }
    add(line) {
        this.lines.push(line);
        if (this.lines.length > this.capacity)
            this.lines.shift();
    }
    get() {
        return [...this.lines];
    }
}

;// CONCATENATED MODULE: ./src/run/process.ts


/** Stdout lines read ahead before the stream is paused: keeps memory bounded when the consumer is slow. */
const READ_AHEAD_LINES = 256;
/** Stderr is only kept for messages; a longer line is cut rather than treated as a protocol error. */
const MAX_STDERR_LINE_BYTES = 64 * 1024;
/** Stderr lines passed on to the log per run; a connector that floods stderr does not flood the job's log. */
const MAX_LOGGED_STDERR_LINES = 1_000;
/**
 * One running connector: a line-framed stdout reader with bounded memory, a masked stderr tail, and
 * ways to stop it cleanly or kill its whole process tree. Started in its own process group so that
 * a kill reaches everything it spawned (`sh -c` -> python -> ...).
 */
class ConnectorProcess {
    spec;
    opts;
    exited;
    child;
    stdout;
    queue = [];
    tail;
    waiter;
    stdoutEnded = false;
    failure;
    hasExited = false;
    constructor(spec, opts) {
        this.spec = spec;
        this.opts = opts;
        this.stdout = new LineSplitter(opts.maxLineBytes);
        this.tail = new LineTail(opts.stderrLines);
        this.child = (0,external_node_child_process_.spawn)(spec.command, spec.args, {
            cwd: spec.cwd,
            env: spec.env,
            detached: true,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        this.exited = new Promise((resolve) => {
            this.child.once('error', (spawnError) => {
                this.hasExited = true;
                this.endStdout();
                resolve({ code: null, signal: null, spawnError });
            });
            this.child.once('close', (code, signal) => {
                this.hasExited = true;
                this.endStdout();
                resolve({ code, signal });
            });
        });
        // A connector that exits before reading its input makes our writes fail with EPIPE; its exit tells why.
        this.child.stdin?.on('error', () => { });
        this.child.stdout?.on('data', (chunk) => this.onStdout(chunk));
        this.child.stdout?.once('end', () => this.endStdout());
        this.watchStderr();
    }
    get pid() {
        return this.child.pid;
    }
    get running() {
        return !this.hasExited;
    }
    stderrTail() {
        return this.tail.get();
    }
    send(message) {
        const stdin = this.child.stdin;
        if (stdin && !stdin.destroyed && stdin.writable)
            stdin.write(`${JSON.stringify(message)}\n`);
    }
    closeStdin() {
        this.child.stdin?.end();
    }
    /** The next stdout line, or undefined once stdout has ended. Rejects with LineTooLongError. */
    next() {
        if (this.queue.length > 0) {
            const line = this.queue.shift();
            if (this.queue.length < READ_AHEAD_LINES / 2)
                this.child.stdout?.resume();
            return Promise.resolve(line);
        }
        if (this.failure)
            return Promise.reject(this.failure);
        if (this.stdoutEnded)
            return Promise.resolve(undefined);
        return new Promise((resolve, reject) => {
            this.waiter = { resolve, reject };
        });
    }
    /** Asks the connector to finish: end of input first, then SIGTERM, then a kill, `graceMs` apart. */
    async stop(graceMs) {
        this.closeStdin();
        if (await this.exitsWithin(graceMs))
            return this.exited;
        this.signalGroup('SIGTERM');
        if (await this.exitsWithin(graceMs))
            return this.exited;
        return this.kill();
    }
    /** Kills the process group and whatever lives outside it, and waits for the exit. */
    async kill() {
        this.signalGroup('SIGKILL');
        await this.spec.killOutside?.().catch(() => { });
        return this.exited;
    }
    signalGroup(signal) {
        if (this.hasExited || this.child.pid === undefined)
            return;
        try {
            process.kill(-this.child.pid, signal);
        }
        catch {
            // The group is already gone.
        }
    }
    exitsWithin(ms) {
        if (this.hasExited)
            return Promise.resolve(true);
        return new Promise((resolve) => {
            const timer = setTimeout(() => resolve(false), ms);
            void this.exited.then(() => {
                clearTimeout(timer);
                resolve(true);
            });
        });
    }
    onStdout(chunk) {
        if (this.failure)
            return;
        let lines;
        try {
            lines = this.stdout.push(chunk);
        }
        catch (err) {
            this.fail(err);
            return;
        }
        for (const line of lines)
            this.deliver(line);
        if (this.queue.length >= READ_AHEAD_LINES)
            this.child.stdout?.pause();
    }
    deliver(line) {
        if (this.waiter) {
            const { resolve } = this.waiter;
            this.waiter = undefined;
            resolve(line);
        }
        else {
            this.queue.push(line);
        }
    }
    endStdout() {
        if (this.stdoutEnded || this.failure)
            return;
        this.stdoutEnded = true;
        let last;
        try {
            last = this.stdout.end();
        }
        catch (err) {
            this.fail(err);
            return;
        }
        if (last !== undefined)
            this.deliver(last);
        if (this.waiter) {
            const { resolve } = this.waiter;
            this.waiter = undefined;
            resolve(undefined);
        }
    }
    fail(err) {
        this.failure = err;
        this.child.stdout?.destroy();
        void this.kill();
        if (this.waiter) {
            const { reject } = this.waiter;
            this.waiter = undefined;
            reject(err);
        }
    }
    watchStderr() {
        const splitter = new LineSplitter(MAX_STDERR_LINE_BYTES);
        let lines = 0;
        const keep = (line) => {
            const masked = this.opts.mask(line);
            this.tail.add(masked);
            if (++lines <= MAX_LOGGED_STDERR_LINES)
                this.opts.onLog?.(masked);
        };
        this.child.stderr?.on('data', (chunk) => {
            try {
                splitter.push(chunk).forEach(keep);
            }
            catch {
                keep(`[a stderr line longer than ${MAX_STDERR_LINE_BYTES} bytes was cut]`);
            }
        });
        this.child.stderr?.once('end', () => {
            const last = splitter.end();
            if (last !== undefined)
                keep(last);
            const hidden = lines - MAX_LOGGED_STDERR_LINES;
            if (hidden > 0)
                this.opts.onLog?.(`[${hidden} more stderr lines not shown; the last ones are in the error, if any]`);
        });
    }
}

;// CONCATENATED MODULE: ./src/run/session.ts




const STDERR_TAIL_LINES = 50;
/**
 * Starts the connector, runs `body` against it within `timeoutMs`, and makes sure that nothing of it is
 * left running afterwards. A timeout kills the whole process tree (and the container) and is reported as such.
 */
async function withSession(ctx, launch, operation, timeoutMs, body, codec) {
    const proc = new ConnectorProcess(launch, {
        maxLineBytes: ctx.maxLineBytes,
        stderrLines: STDERR_TAIL_LINES,
        mask: ctx.mask,
        onLog: ctx.onLog,
    });
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        void proc.kill();
    }, timeoutMs);
    const fail = (failure, detail) => new ConnectorError(ctx.side, operation, failure, detail, proc.stderrTail());
    const session = {
        process: proc,
        context: ctx,
        fail,
        async read(expected) {
            let response = codec?.takePending();
            while (!response) {
                let line;
                try {
                    line = await proc.next();
                }
                catch (err) {
                    if (err instanceof LineTooLongError)
                        throw fail('too-long', err.message);
                    throw err;
                }
                if (line === undefined)
                    return undefined;
                if (codec) {
                    const decoded = codec.decode(line);
                    if (decoded && 'failure' in decoded)
                        throw fail(decoded.failure, ctx.mask(decoded.detail));
                    response = decoded;
                    continue;
                }
                const parsed = parseResponse(line);
                if (typeof parsed === 'string')
                    throw fail('not-json', `stdout line is ${parsed}: ${excerpt(ctx.mask(line))}`);
                response = parsed;
            }
            if (!expected.includes(response.type)) {
                throw fail('unexpected', `expected ${expected.map((t) => `"${t}"`).join(' or ')}, got a "${response.type}" response`);
            }
            return response;
        },
    };
    try {
        return await body(session);
    }
    catch (err) {
        // Whatever the body saw (an early EOF, a kill signal) is a consequence of the timeout.
        if (timedOut)
            throw fail('timeout', `timed out after ${formatMs(timeoutMs)}; the connector was killed`);
        throw err;
    }
    finally {
        clearTimeout(timer);
        await (proc.running ? proc.kill() : proc.exited);
    }
}
/** The error for a stdout that ended early: a failed exit explains it better than the missing response. */
async function endOfOutput(s, expecting) {
    const exit = await s.process.exited;
    if (exit.spawnError)
        return s.fail('spawn', `could not start the connector: ${exit.spawnError.message}`);
    if (exit.code !== 0) {
        return s.fail('exit', exit.code === null ? `the connector was killed by ${exit.signal}` : `the connector exited with code ${exit.code}`);
    }
    return s.fail('eof', `the connector exited (code 0) without ${expecting}`);
}
function formatMs(ms) {
    return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms} ms`;
}

;// CONCATENATED MODULE: ./src/run/state.ts

/** RFC 7396 JSON merge patch: objects merge key by key, null deletes, anything else replaces. */
function mergePatch(target, patch) {
    if (!isJsonObject(patch))
        return patch;
    const result = isJsonObject(target) ? { ...target } : {};
    for (const [key, value] of Object.entries(patch)) {
        if (value === null)
            delete result[key];
        else
            setOwn(result, key, mergePatch(Object.hasOwn(result, key) ? result[key] : undefined, value));
    }
    return result;
}
/**
 * The state a task resumes from after this checkpoint, as Flow's runtime keeps it:
 * `mergePatch: true` patches the accumulated state, otherwise `updated` replaces it.
 */
function applyCheckpoint(accumulated, checkpoint) {
    const updated = checkpoint.updated ?? {};
    const next = checkpoint.mergePatch ? mergePatch(accumulated, updated) : updated;
    return isJsonObject(next) ? next : {};
}

;// CONCATENATED MODULE: ./src/run/capture.ts



/**
 * Opens a capture and reads its responses until a bound is reached, then stops the connector cleanly.
 * A connector that exits 0 on its own has finished (stoppedBy `eof`); a non-zero exit before any bound is an error.
 */
async function readCapture(s, req, onEvent) {
    const proc = s.process;
    proc.send(openRequest({
        connectorType: s.context.connectorType,
        name: s.context.captureName,
        config: req.config,
        bindings: req.bindings,
        state: req.state ?? {},
        intervalSeconds: req.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS,
    }));
    const opened = await s.read(['opened']);
    if (opened === undefined)
        throw await endOfOutput(s, 'an "opened" response');
    const result = {
        state: { ...(req.state ?? {}) },
        checkpoints: 0,
        documents: req.bindings.map(() => 0),
        explicitAcknowledgements: opened.body.explicitAcknowledgements === true,
        stoppedBy: 'exit',
    };
    onEvent({ type: 'opened', explicitAcknowledgements: result.explicitAcknowledgements });
    let stopping;
    const stop = (reason) => {
        if (stopping)
            return;
        stopping = reason;
        void proc.stop(s.context.stopGraceMs);
    };
    const timer = setTimeout(() => stop('seconds'), req.bounds.seconds * 1000);
    // Armed by each checkpoint and cleared by any response: checkpoints alone never end a capture (the CDK
    // writes one per binding before any document), but silence after one means the connector caught up.
    let idle;
    const quiet = () => {
        clearTimeout(idle);
        idle = setTimeout(() => stop('idle'), req.bounds.idleSeconds * 1000);
    };
    if (req.idleFromOpen)
        quiet();
    try {
        for (;;) {
            // Once stopping, responses still in flight are drained unread: the bound is already met.
            const response = stopping ? await proc.next().catch(() => undefined) : await s.read(['captured', 'checkpoint', 'sourcedSchema']);
            if (response === undefined)
                break;
            if (stopping || typeof response === 'string')
                continue;
            clearTimeout(idle);
            const body = response.body;
            if (response.type === 'captured') {
                const binding = bindingIndex(s, body.binding, req.bindings.length);
                result.documents[binding] += 1;
                const doc = (body.doc ?? {});
                onEvent({ type: 'document', binding, collection: req.bindings[binding].collection.name, doc });
            }
            else if (response.type === 'checkpoint') {
                const checkpoint = (body.state ?? {});
                result.state = applyCheckpoint(result.state, checkpoint);
                result.checkpoints += 1;
                onEvent({ type: 'checkpoint', checkpoint, state: result.state });
                if (result.explicitAcknowledgements)
                    proc.send(ACKNOWLEDGE_ONE);
                quiet();
            }
            else {
                const binding = bindingIndex(s, body.binding, req.bindings.length);
                onEvent({ type: 'sourcedSchema', binding, schema: body.schemaJson ?? body.schema_json });
            }
            const reason = boundReached(result, req);
            if (reason)
                stop(reason);
        }
    }
    finally {
        clearTimeout(timer);
        clearTimeout(idle);
    }
    if (stopping) {
        await proc.exited;
        result.stoppedBy = stopping;
        return result;
    }
    const exit = await proc.exited;
    if (exit.code !== 0 || exit.spawnError)
        throw await endOfOutput(s, 'a clean exit');
    return result;
}
function bindingIndex(s, value, count) {
    // The JSON codec omits a zero binding index.
    const index = value === undefined ? 0 : value;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= count) {
        throw s.fail('unexpected', `a response names binding ${JSON.stringify(value)}, but the capture has ${count} binding(s)`);
    }
    return index;
}
function boundReached(result, req) {
    const perBinding = req.bounds.docsPerCollection;
    if (result.documents.length > 0 && result.documents.every((n) => n >= perBinding))
        return 'documents';
    return undefined;
}

;// CONCATENATED MODULE: ./src/run/airbyte.ts
// An Airbyte-protocol connector run as airbyte-to-flow runs it inside an ATF image (estuary/airbyte
// airbyte-to-flow/src/interceptors/airbyte_source_interceptor.rs `adapt_command_args`): `spec`,
// `check --config`, `discover --config`, `read --config --catalog --state`, with the files written
// to a folder the connector reads; its messages read as the Flow responses ATF would send
// (airbyte-codec.ts). So every stage, bound and rule of a Flow check applies unchanged.









/** `adapt_pull_request_stream`: each binding's resource and collection as a configured stream. */
function configuredCatalog(bindings) {
    return {
        streams: bindings.map((b) => {
            const rc = b.resourceConfig;
            return {
                sync_mode: rc.syncMode,
                destination_sync_mode: 'append',
                ...(rc.cursorField ? { cursor_field: rc.cursorField } : {}),
                primary_key: b.collection.key.map(parsePointer),
                stream: {
                    name: rc.stream,
                    ...(rc.namespace ? { namespace: rc.namespace } : {}),
                    json_schema: b.collection.writeSchema,
                    supported_sync_modes: [rc.syncMode],
                },
            };
        }),
    };
}
/**
 * A private folder for one session's files: its parent is readable by this user only, the folder
 * and files by anyone, so that a connector image running as another user can read them.
 */
async function withFiles(files, fn) {
    const parent = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'connector-compat-airbyte-'));
    try {
        const dir = external_node_path_default().join(parent, 'io');
        await (0,promises_.mkdir)(dir);
        // mkdtemp makes the parent 0700; the umask may have narrowed the folder's mode.
        await (0,promises_.chmod)(dir, 0o755);
        for (const [name, value] of Object.entries(files))
            await (0,promises_.writeFile)(external_node_path_default().join(dir, name), JSON.stringify(value), { mode: 0o644 });
        return await fn(dir);
    }
    finally {
        await (0,promises_.rm)(parent, { recursive: true, force: true });
    }
}
/**
 * Opens with a state carried over from another connector, under a capture's bounds: quiet counts
 * from the start, and a connector's failure is a result.
 */
function migrateWith(capture) {
    return async (req, onEvent) => {
        try {
            return { result: await capture({ ...req, idleFromOpen: true }, onEvent) };
        }
        catch (err) {
            if (err instanceof ConnectorError)
                return { failure: err };
            throw err;
        }
    };
}
function createAirbyteRunner(ctx, launch, label, timeouts) {
    const seen = {};
    /** One command whose answer is one message; then the connector must exit cleanly. */
    async function unary(operation, timeoutMs, command, expected, config) {
        const files = config ? { 'config.json': config } : {};
        return withFiles(files, async (hostDir) => {
            const codec = new AirbyteCodec({ log: ctx.onLog, seen });
            const args = (dir) => (config ? [command, '--config', external_node_path_default().join(dir, 'config.json')] : [command]);
            const spec = await launch({ hostDir, args });
            return withSession(ctx, spec, operation, timeoutMs, async (s) => {
                s.process.closeStdin();
                const response = await s.read([expected]);
                if (response === undefined)
                    throw await endOfOutput(s, `an Airbyte ${command} answer`);
                while ((await s.read([])) !== undefined)
                    ;
                const exit = await s.process.exited;
                if (exit.code !== 0)
                    throw await endOfOutput(s, 'a clean exit');
                ignoredLines(codec);
                return response.body;
            }, codec);
        });
    }
    function ignoredLines(codec) {
        if (codec.ignored > 0)
            ctx.onLog?.(`${codec.ignored} stdout line(s) that are not Airbyte messages were ignored`);
    }
    async function validate(config, bindings) {
        await unary('validate', timeouts.discoverMs, 'check', 'validated', config);
        // `resource_spec_to_resource_path`: the namespace when there is one, then the stream.
        return bindings.map((b) => ({
            resourcePath: streamPath(String(b.resourceConfig.stream), b.resourceConfig.namespace),
        }));
    }
    const capture = async (req, onEvent = () => { }) => {
        const files = { 'config.json': req.config, 'catalog.json': configuredCatalog(req.bindings), 'state.json': stateFileOf(req.state) };
        return withFiles(files, async (hostDir) => {
            const bindings = new Map(req.bindings.map((b, i) => [streamKey(String(b.resourceConfig.stream), b.resourceConfig.namespace), i]));
            const codec = new AirbyteCodec({ bindings, state: req.state, log: ctx.onLog });
            const args = (dir) => ['read', ...['config', 'catalog', 'state'].flatMap((f) => [`--${f}`, external_node_path_default().join(dir, `${f}.json`)])];
            const result = await withSession(ctx, await launch({ hostDir, args }), 'capture', timeouts.captureMs, (s) => readCapture(s, req, onEvent), codec);
            ignoredLines(codec);
            return result;
        });
    };
    return {
        label,
        async spec() {
            return (await unary('spec', timeouts.specMs, 'spec', 'spec'));
        },
        async discover(config) {
            const body = await unary('discover', timeouts.discoverMs, 'discover', 'discovered', config);
            return body.bindings;
        },
        airbyte: () => seen,
        validate,
        // airbyte-to-flow answers Apply without asking the connector anything it acts on.
        apply: async () => '',
        async prepare(config, bindings) {
            await validate(config, bindings);
            return [...bindings];
        },
        capture,
        migrate: migrateWith(capture),
    };
}

;// CONCATENATED MODULE: ./src/run/runner.ts








const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;
/**
 * Between closing a connector's input, SIGTERM and a kill: a capture that has what it needs stops
 * within about twice this (under 5 s), even when the connector keeps polling and is PID 1 (`--init`).
 */
const DEFAULT_STOP_GRACE_MS = 2_000;
/** Where an image sees the files folder. */
const CONTAINER_FILES_DIR = '/airbyte-io';
function launcher(target, opts) {
    let docker;
    return async (files) => {
        const env = { LOG_LEVEL: opts.logLevel };
        if (target.kind === 'command') {
            // The arguments as the shell's positional parameters: nothing in them is parsed by the shell.
            const args = files ? ['-c', `${target.command} "$@"`, 'sh', ...files.args(files.hostDir)] : ['-c', target.command];
            return { command: 'sh', args, env: { ...process.env, ...env }, cwd: opts.cwd };
        }
        docker ??= opts.docker ? Promise.resolve(opts.docker) : Docker.create();
        const d = await docker;
        // A known name, so that a timeout can `docker kill` the container: killing the client leaves it running.
        // The process and thread it was started from, so that tests running in threads each find their own.
        const name = `connector-compat-${opts.side}-${process.pid}-${external_node_worker_threads_.threadId}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
        const run = d.runCommand({
            image: target.image,
            network: opts.network,
            memory: opts.memory,
            platform: opts.platform,
            env,
            name,
            labels: { 'connector-compat': opts.side },
            ...(files ? { mounts: [`${files.hostDir}:${CONTAINER_FILES_DIR}`], args: files.args(CONTAINER_FILES_DIR) } : {}),
        });
        return { ...run, killOutside: () => d.kill(name) };
    };
}
function createRunner(endpoint, opts) {
    if (endpoint.kind === 'snapshots')
        throw new Error('a snapshots endpoint has nothing to run');
    const target = endpoint;
    const ctx = {
        side: opts.side,
        connectorType: target.kind === 'image' ? 'IMAGE' : 'LOCAL',
        captureName: opts.captureName ?? DEFAULT_CAPTURE_NAME,
        maxLineBytes: opts.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
        stopGraceMs: opts.stopGraceMs ?? DEFAULT_STOP_GRACE_MS,
        mask: opts.mask ?? ((s) => s),
        onLog: opts.onLog,
    };
    const launch = launcher(target, opts);
    const label = target.kind === 'image' ? target.image : target.command;
    if (opts.protocol === 'airbyte')
        return createAirbyteRunner(ctx, launch, label, opts.timeouts);
    /** One request, one response, then the connector must exit cleanly. */
    async function unary(operation, timeoutMs, request, expected) {
        return withSession(ctx, await launch(), operation, timeoutMs, async (s) => {
            s.process.send(request);
            s.process.closeStdin();
            const response = await s.read([expected]);
            if (response === undefined)
                throw await endOfOutput(s, `a "${expected}" response`);
            const exit = await s.process.exited;
            if (exit.code !== 0)
                throw await endOfOutput(s, `a clean exit`);
            return response.body;
        });
    }
    async function validate(config, bindings) {
        const request = validateRequest(ctx.connectorType, ctx.captureName, config, bindings);
        const body = await unary('validate', opts.timeouts.discoverMs, request, 'validated');
        return Array.isArray(body.bindings) ? body.bindings : [];
    }
    async function apply(config, bindings) {
        const request = applyRequest({
            connectorType: ctx.connectorType,
            name: ctx.captureName,
            config,
            bindings,
            intervalSeconds: DEFAULT_INTERVAL_SECONDS,
        });
        const body = await unary('apply', opts.timeouts.discoverMs, request, 'applied');
        return typeof body.actionDescription === 'string' ? body.actionDescription : '';
    }
    const capture = async (req, onEvent = () => { }) => withSession(ctx, await launch(), 'capture', opts.timeouts.captureMs, (s) => readCapture(s, req, onEvent));
    return {
        label,
        async spec() {
            const spec = await unary('spec', opts.timeouts.specMs, specRequest(ctx.connectorType), 'spec');
            const problem = specResponseProblem(spec);
            if (problem)
                throw new ConnectorError(ctx.side, 'spec', 'unexpected', problem);
            return spec;
        },
        async discover(config) {
            const body = await unary('discover', opts.timeouts.discoverMs, discoverRequest(ctx.connectorType, config), 'discovered');
            return Array.isArray(body.bindings) ? body.bindings : [];
        },
        validate,
        apply,
        async prepare(config, bindings) {
            const validated = withValidatedPaths(bindings, await validate(config, bindings));
            const action = await apply(config, validated);
            if (action.trim() !== '')
                opts.onLog?.(`apply: ${ctx.mask(action.trim())}`);
            return validated;
        },
        capture,
        migrate: migrateWith(capture),
    };
}

;// CONCATENATED MODULE: ./src/orchestrate/live.ts












/** Docker is started once per check and shared by both sides. */
class DockerHandle {
    docker;
    get() {
        this.docker ??= Docker.create();
        return this.docker;
    }
}
/** Volatile capture fields are replaced the way estuary's snapshot tests do, so snapshots stay stable. */
function redactDoc(doc, redact, base = '') {
    if (redact.length === 0)
        return doc;
    return Object.fromEntries(Object.entries(doc).map(([k, v]) => {
        const p = joinPointer(base, k);
        return [k, redact.some((g) => pointerMatches(g, p)) ? REDACTED : isJsonObject(v) ? redactDoc(v, redact, p) : v];
    }));
}
/**
 * Every string in a connector's output (keys too) with the secrets masked: a connector may echo its
 * config into a document or a schema, and these outputs end up in snapshots and reports.
 */
function maskJson(value, mask) {
    if (typeof value === 'string')
        return mask(value);
    if (Array.isArray(value))
        return value.map((v) => maskJson(v, mask));
    if (value === null || typeof value !== 'object')
        return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [mask(k), maskJson(v, mask)]));
}
/** Acquire stage of a side: pulls and checks its image (an InputError when it cannot be used). */
async function acquireSide(side, endpoint, ctx) {
    const airbyte = { protocol: 'airbyte' };
    if (endpoint.kind === 'command')
        return { label: endpoint.command, command: endpoint.command, ...(ctx.opts.protocol === 'airbyte' ? airbyte : {}) };
    const docker = await ctx.docker.get();
    const cache = ctx.opts.cacheImages ? await actionsCacheStore() : undefined;
    const acquired = await ctx.log.group(`${side}: acquire ${endpoint.image}`, () => acquireImage(docker, endpoint.image, {
        cache,
        pull: ctx.opts.pull,
        protocol: ctx.opts.protocol,
        log: (l) => ctx.log.info(l),
    }));
    const speaks = acquired.protocol === 'airbyte' ? ', an Airbyte connector' : '';
    ctx.log.info(`${side}: ${endpoint.image} ${acquired.pulled ? 'pulled' : 'found locally'}, digest ${acquired.digest}${speaks}`);
    return { label: endpoint.image, image: endpoint.image, digest: acquired.digest, ...(acquired.protocol === 'airbyte' ? airbyte : {}) };
}
/**
 * The bindings a capture opens, as the task defines them: those the connector's test.flow.yaml
 * lists and does not mark `disable: true` (matched to a discovered binding by resource path, with
 * the resource config and target written there), as estuary's snapshot tests capture them; with
 * no test.flow.yaml, every discovered binding not marked disabled.
 */
function bindingsToCapture(discovered, pointers, testFlow, warn) {
    if (!testFlow)
        return discovered.filter((b) => b.disable !== true);
    const byPath = new Map(discovered.map((b) => [resourcePath(b.resourceConfig, pointers).join('/'), b]));
    const chosen = [];
    for (const { resource, target, disable, backfill } of testFlow) {
        if (disable)
            continue;
        const key = resourcePath(resource, pointers).join('/');
        const found = byPath.get(key);
        if (found)
            chosen.push({ ...found, resourceConfig: resource, ...(target ? { target } : {}), ...(backfill ? { backfill } : {}) });
        else
            warn(`test.flow.yaml binding ${key} is not discovered; not captured`);
    }
    return chosen;
}
/** Runs one side live: spec, discover, and a bounded capture, each stage failing on its own. */
async function runSide(side, endpoint, info, ctx) {
    const { opts, log } = ctx;
    const { mask } = ctx.config;
    const runner = createRunner(endpoint, {
        side,
        network: opts.network,
        memory: opts.memory,
        platform: opts.platform,
        logLevel: opts.logLevel,
        timeouts: opts.timeouts,
        mask,
        onLog: (line) => log.info(`${side}: ${line}`),
        cwd: opts.connectorDir,
        docker: endpoint.kind === 'image' ? await ctx.docker.get() : undefined,
        protocol: info.protocol ?? 'flow',
    });
    const set = { label: info.label, sources: {}, ...(info.protocol ? { protocol: info.protocol } : {}) };
    const live = { set, info, runner, errors: {} };
    const wants = (stage) => opts.stages.includes(stage);
    const attempt = async (stage, fn) => {
        try {
            await log.group(`${side}: ${stage}`, fn);
        }
        catch (err) {
            live.errors[stage] = mask((0,model_errors/* errorMessage */.g)(err));
            log.warning(live.errors[stage]);
        }
    };
    await attempt('spec', async () => {
        live.set.spec = maskJson(await runner.spec(), mask);
        const raw = runner.airbyte?.().spec;
        if (raw)
            live.set.airbyteSpec = maskJson(raw, mask);
    });
    if (wants('discover') || wants('capture') || wants('migration')) {
        await attempt('discover', async () => {
            live.set.discover = maskJson(await runner.discover(ctx.config.config), mask);
            const streams = runner.airbyte?.().streams;
            if (streams)
                live.set.airbyteStreams = maskJson(streams, mask);
            log.info(`${side}: discovered ${live.set.discover.length} bindings`);
        });
    }
    if ((wants('capture') || wants('migration')) && live.set.discover && !ctx.config.captureSkip) {
        const pointers = live.set.spec?.resourcePathPointers ?? DEFAULT_RESOURCE_PATH_POINTERS;
        live.bindings = captureBindings(bindingsToCapture(live.set.discover, pointers, opts.testFlow, (m) => log.warning(`${side}: ${m}`)), pointers);
        const kept = new Map();
        const docs = [];
        await attempt('capture', async () => {
            // Validate and Apply before Open, as Flow does; a binding's state key follows the path it validated.
            live.bindings = await runner.prepare(ctx.config.config, live.bindings);
            const seen = new SeenKeys(live.bindings);
            live.seen = seen;
            live.capture = await runner.capture({ config: ctx.config.config, bindings: live.bindings, bounds: opts.capture }, (e) => {
                if (e.type !== 'document')
                    return;
                seen.add(e.binding, e.doc);
                // Streamed: the first keys of each collection are kept for the snapshot, each with its last
                // document (Flow combines a transaction's documents by key, last write wins).
                const doc = [e.collection, maskJson(redactDoc(e.doc, ctx.redact), mask)];
                const keys = kept.get(e.collection) ?? new Map();
                kept.set(e.collection, keys);
                const key = collectionKeyText(e.doc, live.bindings[e.binding].collection.key);
                const at = key === undefined ? undefined : keys.get(key);
                if (at !== undefined)
                    docs[at] = doc;
                else if (keys.size < opts.capture.docsPerCollection) {
                    keys.set(key ?? `#${keys.size}`, docs.length);
                    docs.push(doc);
                }
            });
            live.set.capture = docs;
            const documents = Object.fromEntries(live.bindings.map((b, i) => [b.collection.name, live.capture.documents[i] ?? 0]));
            live.info.capture = { endedBy: live.capture.stoppedBy, documents };
            log.info(`${side}: ${captureSummary(live.info.capture, opts.capture)}`);
        });
    }
    return live;
}

;// CONCATENATED MODULE: ./src/orchestrate/migration.ts





/**
 * Bindings that an estuary-cdk state shows back in a backfill: `bindingStateV1[<stateKey>].backfill`
 * is set in the resumed state but was not in the state it resumed from (estuary-cdk
 * `capture/common.py`: `ResourceState.backfill` is "None if no backfill is occurring", and a binding
 * whose state is missing is initialized afresh, with a backfill).
 */
function backfillsRestarted(from, resumed) {
    const before = isJsonObject(from.bindingStateV1) ? from.bindingStateV1 : {};
    const after = isJsonObject(resumed.bindingStateV1) ? resumed.bindingStateV1 : {};
    const inBackfill = (s) => isJsonObject(s) && s.backfill !== undefined && s.backfill !== null;
    return Object.keys(after).filter((k) => inBackfill(after[k]) && !inBackfill(before[k]));
}
/** How the candidate shows it did not resume: undefined when it did (or when nothing tells). */
function restartedBy(state, resumed, again) {
    const restarted = backfillsRestarted(state, resumed.state);
    if (restarted.length > 0)
        return `its state puts ${restarted.join(', ')} back into a backfill`;
    // Documents from before the baseline's cursor: a resumed incremental binding gives only new ones.
    if (again.count > 0)
        return `it captures again ${plural(again.count, 'document')} the baseline had already captured, e.g. ${again.example}`;
    return undefined;
}
/**
 * The switch of image on a running task: the candidate is opened with the state the baseline left
 * (checkpoints merged as Flow's runtime merges them) and runs under the same bounds as a capture.
 * It must not fail. A caught-up connector that emits nothing has resumed, which is what a task
 * wants; one that starts over (a binding back in its backfill, or documents of an incremental
 * binding the baseline had already captured given again) makes the switch a re-capture of every binding, worth telling.
 */
async function runMigration(baseline, candidate, config, opts) {
    if (config.captureSkip)
        return { findings: [], step: skipped(config.captureSkip) };
    if (!baseline.capture || !baseline.bindings || !candidate.runner)
        return { findings: [], step: skipped('capture did not run on both sides') };
    if (baseline.capture.checkpoints === 0)
        return { findings: [], step: skipped('the baseline reached no checkpoint, so there is no state to resume from') };
    const state = baseline.capture.state;
    // The running task keeps its bindings when the image changes: the candidate must validate and apply
    // the baseline's resource configs, and resumes them under the state keys of the paths it validated.
    const bindings = baseline.bindings ?? [];
    let resumed;
    try {
        resumed = await candidate.runner.prepare(config.config, bindings);
    }
    catch (err) {
        if (!(err instanceof ConnectorError))
            throw err;
        return {
            findings: [
                makeFinding({
                    rule: 'migration.bindings.rejected',
                    stage: 'migration',
                    before: bindings.map((b) => b.resourceConfig),
                    message: `the candidate's ${err.operation === 'apply' ? 'Apply' : 'Validate'} rejects the bindings of a task the baseline runs (their resource configs as the baseline has them), so the task cannot switch images: ${config.mask(err.message)}`,
                }),
            ],
            step: ran,
        };
    }
    const again = { count: 0, example: undefined };
    const migrated = await candidate.runner.migrate({ config: config.config, bindings: resumed, state, bounds: opts.capture }, (e) => {
        if (e.type !== 'document' || !baseline.seen)
            return;
        const { name, key } = resumed[e.binding].collection;
        const text = collectionKeyText(e.doc, key);
        if (!baseline.seen.has(name, text))
            return;
        again.count += 1;
        again.example ??= `${name} ${config.mask(text)}`;
    });
    if (migrated.failure) {
        return {
            findings: [
                makeFinding({
                    rule: 'migration.resume.failed',
                    stage: 'migration',
                    before: Object.keys(state),
                    message: `the candidate, opened with the state the baseline's capture ended in, failed: a running task would fail after the image switch until its state is cleared, which re-captures every binding from the start (${config.mask(migrated.failure.message)})`,
                }),
            ],
            step: ran,
        };
    }
    const why = restartedBy(state, migrated.result, again);
    if (!why)
        return { findings: [], step: ran };
    return {
        findings: [
            makeFinding({
                rule: 'migration.state.reset',
                stage: 'migration',
                before: Object.keys(state),
                after: Object.keys(migrated.result.state),
                message: `the candidate does not resume from the baseline's state (${why}): switching the image starts the capture over, re-capturing every binding from the start (a backfill)`,
            }),
        ],
        step: ran,
    };
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(8877);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
;// CONCATENATED MODULE: ./src/snapshots/spill.ts






/** Text a bucket holds on average: a bucket of each side is what a capture comparison parses at a time. */
const BUCKET_BYTES = 1024 * 1024;
/** Text a bucket gathers in memory before it is appended to its file. */
const FLUSH_BYTES = 32 * 1024;
const MAX_BUCKETS = 4096;
/** The start of the name of a capture comparison's private folder in the temporary directory. */
const BUCKETS_PREFIX = 'connector-compat-capture-';
/** A fresh folder for bucket files in `within` (a private folder its owner removes), removed when disposed. */
function folderIn(within) {
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(within, 'buckets-'));
    return { dir, remove: () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }) };
}
/**
 * Buckets in files of comma-ended records, in a folder of the temporary directory that only this user can
 * read (captured documents are the source's data), removed when disposed, or when the process
 * exits or is interrupted first (secrets/privateFile.ts). `within`: a private folder that another
 * thread made and removes on exit (a worker thread gets no signals), in which the buckets' folder is made.
 */
function fileBuckets(count, within) {
    let folder;
    const pending = Array.from({ length: count }, () => []);
    const sizes = new Array(count).fill(0);
    const fileOf = (b) => {
        folder ??= within ? folderIn(within) : privateDir(BUCKETS_PREFIX);
        return external_node_path_default().join(folder.dir, `${b}.records`);
    };
    const flush = (b) => {
        if (pending[b].length === 0)
            return;
        (0,external_node_fs_.appendFileSync)(fileOf(b), pending[b].join(''), { mode: 0o600 });
        pending[b] = [];
        sizes[b] = 0;
    };
    return {
        count,
        put(b, rec, raw) {
            // `[place, text, [collection, document]]`, the pair as it was read when its text is known; each
            // record ends with a comma, so that a bucket is read back with one JSON.parse of `[...]`.
            const line = `[${rec[1]},${JSON.stringify(rec[3] ?? null)},${raw ?? JSON.stringify([rec[0], rec[2]])}],\n`;
            pending[b].push(line);
            sizes[b] += line.length;
            if (sizes[b] > FLUSH_BYTES)
                flush(b);
        },
        read(b) {
            flush(b);
            const file = fileOf(b);
            if (!(0,external_node_fs_.existsSync)(file))
                return [];
            const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
            const lines = JSON.parse(`[${text.slice(0, text.lastIndexOf(','))}]`);
            return lines.map(([seq, key, [collection, doc]]) => (key === null ? [collection, seq, doc] : [collection, seq, doc, key]));
        },
        dispose() {
            folder?.remove();
            folder = undefined;
        },
    };
}
/**
 * Captures up to this size (the bigger side's file) keep what is not paired as it is read in one
 * bucket in memory, their documents taking a few times that; bigger ones go through bucket files,
 * in a worker where they outweigh their discovery (orchestrate/stream-thread.ts, worthAWorker).
 * Not less: a worker starts cold, and a catalog's thousand wide schemas cost it more than the
 * documents (1,000 bindings of 300 properties with 15 MB of captures: 2.9 s in the main thread,
 * 7.8 s in a worker given an old generation of 640 MB).
 */
const SPILL_BYTES = 16 * 1024 * 1024;
/** Whether captures of these sizes in bytes are compared through files (else in memory). */
const spills = (bytes) => Math.max(0, ...bytes) > SPILL_BYTES;
/**
 * Buckets for captures of these sizes in bytes: one in memory when they are small, else files of
 * about BUCKET_BYTES each (in a folder of `within` when given, see fileBuckets).
 */
function bucketsFor(bytes, within) {
    if (!spills(bytes))
        return memoryBuckets;
    const count = Math.min(MAX_BUCKETS, Math.ceil(Math.max(...bytes) / BUCKET_BYTES));
    return () => fileBuckets(count, within);
}
/** Heap growth, past twice what was live after the last collection, after which the heap is collected between buckets. */
const COLLECT_AFTER_BYTES = 16 * 1024 * 1024;
let collector;
/**
 * A comparison that reads its captures from bucket files holds one bucket of each side at a time,
 * but V8 lets garbage pile up far past that before it collects (a 100,000-document capture peaked
 * at 400 MB with 20 MB live). Between buckets, once the heap grew past twice what was live and
 * COLLECT_AFTER_BYTES more, the heap is collected: V8's gc, exposed as Jest does (`--expose-gc`, then `gc` from a new context).
 */
function collectBetweenBuckets() {
    if (!collector) {
        (0,external_node_v8_.setFlagsFromString)('--expose-gc');
        collector = (0,external_node_vm_.runInNewContext)('gc');
    }
    const gc = collector;
    let floor = (0,external_node_v8_.getHeapStatistics)().used_heap_size;
    return () => {
        // A heap that holds much besides the buckets (a catalog's schemas) is left to V8: collecting it costs more.
        if ((0,external_node_v8_.getHeapStatistics)().used_heap_size < 2 * floor + COLLECT_AFTER_BYTES)
            return;
        gc();
        floor = (0,external_node_v8_.getHeapStatistics)().used_heap_size;
    };
}

;// CONCATENATED MODULE: ./src/orchestrate/streamed.ts







/** Baseline documents kept per binding, and in all, as discovery's examples when a capture is streamed. */
const SAMPLES_PER_BINDING = 1_000;
const SAMPLES = 20_000;
/** Documents read between two progress lines of a side, by default. */
const PROGRESS_DOCUMENTS = 100_000;
/** The sizes in bytes of the capture files the two sides stream (0 for a side held in memory). */
const captureSizes = (...sets) => sets.map((s) => s.captureBytes ?? 0);
/** A side's documents, read anew each time they are asked for: from memory, else from its file. */
function docsOf(set) {
    const { capture } = set;
    if (capture)
        return () => [{ docs: capture }];
    const file = set.sources.capture;
    return set.captureStreamed && file ? () => captureBatches(file, set.captureRecords) : undefined;
}
/** The batches with their documents normalized, `progress` told how many were read, `tap` given each. */
async function* normalized(batches, progress, tap) {
    let read = 0;
    for await (const batch of batches) {
        progress((read += batch.docs.length));
        const docs = batch.docs.map(normalizeDoc);
        if (tap)
            for (const d of docs)
                tap(d);
        // A document normalisation changed (its runtime uuid dropped) no longer says what its text says.
        const texts = batch.texts && docs.map((d, i) => (d === batch.docs[i] ? batch.texts[i] : undefined));
        yield texts ? { docs, texts } : { docs };
    }
}
/**
 * Captures read from snapshot files are streamed: the two sides are read once, side by side, and
 * what comes in the same order is compared as it is read (compare/capture-prejoin.ts); the rest
 * goes into buckets (in memory when small, else temporary files) compared bucket by bucket, so
 * memory holds a bucket of each side whatever the captures' size. A side held in memory (a live
 * run, Airbyte records) is read from there. The collections each side captured are recorded on it.
 */
async function streamCaptures(baseline, candidate, { redact, log, within, progressEvery = PROGRESS_DOCUMENTS }) {
    if (!baseline.captureStreamed && !candidate.captureStreamed)
        return undefined;
    const [before, after] = [docsOf(baseline), docsOf(candidate)];
    if (!before || !after)
        return undefined;
    const samples = new Map();
    let kept = 0;
    const keep = ([collection, doc]) => {
        const name = collectionName(collection);
        const list = samples.get(name) ?? samples.set(name, []).get(name);
        if (list.length < SAMPLES_PER_BINDING && kept < SAMPLES) {
            list.push(JSON.stringify(doc));
            kept++;
        }
    };
    // Progress on long work: a line per progressEvery documents read, then at each quarter of the buckets compared.
    const reading = (side) => {
        let told = 0;
        return (read) => {
            if (Math.floor(read / progressEvery) <= told)
                return;
            told = Math.floor(read / progressEvery);
            log?.info(`capture: ${side}: ${told * progressEvery} documents read`);
        };
    };
    const collect = collectBetweenBuckets();
    const sizes = captureSizes(baseline, candidate);
    const compare = (prejoin) => {
        samples.clear();
        kept = 0;
        return compareCaptureStreams({ batches: normalized(before(), reading('baseline'), keep), bindings: baseline.discover }, { batches: normalized(after(), reading('candidate')), bindings: candidate.discover }, {
            redact,
            buckets: bucketsFor(sizes, within),
            // Both sides are read side by side, what comes in the same order paired as it is read.
            ...(prejoin ? { prejoin: { captureBytes: Math.max(...sizes) } } : {}),
            afterBucket: (done, count) => {
                collect();
                if (count >= 4 && Math.floor((done * 4) / count) > Math.floor(((done - 1) * 4) / count))
                    log?.info(`capture: ${done} of ${count} buckets of documents compared`);
            },
            // Findings name bindings by their captured collections (compare/binding-names.ts).
            onCollections: (side, names, documents) => {
                (side === 'baseline' ? baseline : candidate).capturedCollections = names;
                log?.info(`capture: ${side} read, ${plural(documents, 'document')} in ${plural(names.length, 'collection')}`);
            },
        });
    };
    let findings;
    try {
        findings = await compare(true);
    }
    catch (err) {
        if (!(err instanceof PairedKeyAgain))
            throw err;
        // A side published a key again after it was paired (Flow keeps the last document): read again, through buckets only.
        log?.info('capture: a key came again after its documents were paired; reading both captures again');
        findings = await compare(false);
    }
    return { findings, samples };
}

;// CONCATENATED MODULE: ./src/orchestrate/stream-thread.ts







/**
 * A capture comparison of files past SPILL_BYTES runs in a worker thread whose heap has limits,
 * when its captures outweigh their discovery (worthAWorker). V8 lets the heap of a thread that
 * allocates this fast (every document parsed, compared and let go) grow far past what it holds
 * live, and the process's resident memory with it; a worker's heap takes limits, the main thread's cannot be set once node
 * runs (the runner starts an action with no node flags). Measured with the bench's captures (Node
 * 24, peak RSS of the process): 100,000 and 1M documents a side 194 and 216 MB with a young
 * generation of 48 MB, 176 and 188 MB with this one of 16 MB, in the same time (measured when every
 * document also went through its bucket file). Since captures are read side by side, 8 MB took 1M
 * 20-30% longer for 5-10 MB less.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 160 };
/**
 * The worker is for captures that outweigh their bindings. A catalog's wide schemas are read into
 * the engine and compiled to judge the documents, which a worker, starting cold under its limits,
 * does far slower than this thread (1,000 bindings of 300 properties, 2 documents each, 90 MB of
 * discovery and 59 MB of captures: 5.7 s here; a worker outgrew an old generation of about 400 MB
 * in 15 s): captures less than this many times their sides' discovery are compared in this thread.
 */
const CAPTURE_PER_DISCOVERY = 4;
/** The size in bytes of a side's discovery: its file's, else its JSON's. */
function discoveryBytes(set) {
    if (!set.discover)
        return 0;
    try {
        if (set.sources.discover)
            return (0,external_node_fs_.statSync)(set.sources.discover).size;
    }
    catch {
        // read from elsewhere: measured as JSON
    }
    return JSON.stringify(set.discover).length;
}
/** Whether to compare these captures in a worker: they go through bucket files and outweigh their discovery. */
function worthAWorker(baseline, candidate) {
    const sizes = captureSizes(baseline, candidate);
    return spills(sizes) && Math.max(...sizes) > CAPTURE_PER_DISCOVERY * (discoveryBytes(baseline) + discoveryBytes(candidate));
}
/** A side whose capture is read from its file (nothing of it held in memory). */
const fromFile = (set) => Boolean(set.captureStreamed && set.sources.capture && !set.capture);
/** What of a side the capture comparison reads: sent to the worker (structured clone), nothing else of the set. */
const captureSide = (set) => ({
    label: set.label,
    sources: { capture: set.sources.capture },
    captureStreamed: true,
    ...(set.captureBytes !== undefined ? { captureBytes: set.captureBytes } : {}),
    ...(set.captureRecords !== undefined ? { captureRecords: set.captureRecords } : {}),
    ...(set.discover ? { discover: set.discover } : {}),
});
/** A file's URL relative to this module (a function of the name: the bundler copies no file it sees named). */
const beside = (name) => new URL(name, import.meta.url);
/** The worker's bundle beside this one (dist/stream-worker/index.js), or its source when the sources run. */
function workerEntry() {
    if (import.meta.url.endsWith('.ts'))
        return { url: beside('./stream-worker.ts'), source: true };
    // The action's bundle is dist/index.js, the CLI's chunks are in dist/cli/.
    for (const name of ['./stream-worker/index.js', '../stream-worker/index.js']) {
        const url = beside(name);
        if ((0,external_node_fs_.existsSync)((0,external_node_url_.fileURLToPath)(url)))
            return { url, source: false };
    }
    throw new Error(`the capture comparison's worker bundle is missing beside ${(0,external_node_url_.fileURLToPath)(import.meta.url)}: build with npm run build`);
}
function startWorker(job, resourceLimits) {
    const { url, source } = workerEntry();
    const options = { workerData: job, resourceLimits };
    // The sources (tests, benchmarks) run through tsx, registered in the worker first (Node 20 does not pass
    // `--import tsx` on to workers); it is resolved from the working folder, the project's root.
    if (source)
        return new external_node_worker_threads_.Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`, {
            ...options,
            eval: true,
        });
    return new external_node_worker_threads_.Worker(url, options);
}
/** The worker ran out of the heap its limits give it. */
class OutOfMemory extends Error {
}
function inWorker(job, opts) {
    return new Promise((resolve, reject) => {
        const worker = startWorker(job, opts.limits ?? WORKER_LIMITS);
        // The first answer settles the promise; what comes after it (the exit that follows) changes nothing.
        worker.on('message', (reply) => {
            if ('log' in reply)
                opts.log?.[reply.log](reply.message);
            else if ('done' in reply)
                resolve(reply);
            else
                reject(reply.input ? new model_errors/* InputError */.d(reply.failed) : new Error(reply.failed));
        });
        worker.on('error', (err) => {
            if (err.code === 'ERR_WORKER_OUT_OF_MEMORY')
                reject(new OutOfMemory(err.message));
            else
                reject(new Error(`the capture comparison's worker thread failed: ${err.message}`));
        });
        worker.on('exit', (code) => reject(new Error(`the capture comparison's worker thread stopped (exit code ${code}) without an answer`)));
    });
}
/**
 * streamCaptures, in a worker thread when both captures are read from files, go through bucket
 * files and outweigh their discovery (`apart` says so either way). The worker's buckets are in a
 * private folder this thread makes and removes (a worker gets no signals): an interrupted run
 * leaves nothing.
 */
async function streamCapturesApart(baseline, candidate, opts) {
    const apart = opts.apart ?? worthAWorker(baseline, candidate);
    if (!apart || !fromFile(baseline) || !fromFile(candidate))
        return streamCaptures(baseline, candidate, opts);
    const folder = privateDir(BUCKETS_PREFIX);
    let reply;
    try {
        const sides = [captureSide(baseline), captureSide(candidate)];
        reply = await inWorker({ sides, redact: opts.redact, progressEvery: opts.progressEvery, within: folder.dir }, opts);
    }
    catch (err) {
        if (!(err instanceof OutOfMemory))
            throw err;
        // Its live documents outgrew the limits (a collection gathered whole to be paired again): compared here instead.
        opts.log?.warning('capture: the comparison outgrew the memory of its worker thread; comparing again in the main thread');
        return streamCaptures(baseline, candidate, opts);
    }
    finally {
        folder.remove();
    }
    const [b, c] = reply.collections;
    if (b)
        baseline.capturedCollections = b;
    if (c)
        candidate.capturedCollections = c;
    return reply.done;
}

;// CONCATENATED MODULE: ./src/compare/atf-patches.ts




/** The leaves of a JSON merge patch, as pointers below `scope`. */
function leaves(patch, scope, out = []) {
    if (!isJsonObject(patch)) {
        out.push([scope, patch]);
        return out;
    }
    for (const [k, v] of Object.entries(patch))
        leaves(v, `${scope}/${escapeToken(k)}`, out);
    return out;
}
/** Whether a value makes something required or secret: what a config that omits it, or shows it, breaks on. */
function guards(pointer, value) {
    if (pointer.endsWith('/required') || pointer.endsWith('/secret') || pointer.endsWith('/airbyte_secret'))
        return true;
    const text = JSON.stringify(value) ?? '';
    return /"required":\s*\[\s*"/.test(text) || /"(airbyte_)?secret":\s*true/.test(text);
}
const matches = (want, have) => (want === null ? have === undefined : jsonEqual(want, have));
/** The bindings a streams/ file applies to: the one of its recommended name, or all for `*`. */
const streamsOf = (set, stream) => (set.discover ?? []).filter((b) => stream === '*' || b.recommendedName === stream);
function placesOf(patch, { baseline, candidate }) {
    const spec = candidate.spec ?? {};
    const partner = (b) => candidate.discover?.find((c) => c.recommendedName === b.recommendedName);
    const at = (rule, pointer, expected, actual, binding) => ({
        patch,
        rule,
        pointer,
        expected,
        actual,
        reproduced: matches(expected, actual),
        ...(binding !== undefined ? { binding } : {}),
    });
    switch (patch.kind) {
        case 'spec':
            return leaves(patch.content, '/configSchema').map(([p, v]) => at(guards(p, v) ? 'spec.atf-config.not-reproduced' : 'spec.atf-patch.not-reproduced', p, v, getAt(spec, p)));
        case 'oauth2':
            return [at('spec.atf-patch.not-reproduced', '/oauth2', patch.content, spec.oauth2)];
        case 'documentation-url':
            return [
                at('spec.atf-patch.not-reproduced', '/documentationUrl', patch.content.documentation_url, spec.documentationUrl),
            ];
        case 'selected-streams': {
            const selected = new Set(patch.content);
            return (baseline.discover ?? []).map((b) => {
                const stream = String(b.resourceConfig.stream ?? b.recommendedName);
                const other = partner(b);
                return at('discover.atf-patch.not-reproduced', '/disable', !selected.has(stream), Boolean(other?.disable), b.recommendedName);
            });
        }
        case 'stream-key':
            return streamsOf(baseline, patch.stream).map((b) => {
                const other = partner(b);
                return at('discover.atf-key.not-reproduced', '/key', patch.content.map((f) => `/${f}`), other?.key, b.recommendedName);
            });
        case 'stream-schema':
            return streamsOf(baseline, patch.stream).flatMap((b) => {
                const other = partner(b);
                return leaves(patch.content, '/documentSchema').map(([p, v]) => at('discover.atf-patch.not-reproduced', p, v, other ? getAt(other, p) : undefined, b.recommendedName));
            });
    }
}
const CHANGES = {
    spec: 'merge patch on the endpoint config schema',
    oauth2: 'replaces the OAuth2 spec',
    'documentation-url': 'replaces the documentation URL',
    'selected-streams': 'enables only the streams it lists',
    'stream-schema': 'merge patch on the document schema',
    'stream-key': 'sets the collection key',
};
/** The patches' findings, their account for the report, and the places each file set (to label other findings). */
function judgeAtfPatches(patches, sets) {
    const findings = [];
    const files = [];
    const all = [];
    for (const patch of patches) {
        const places = placesOf(patch, sets);
        all.push(...places);
        const missing = places.filter((p) => !p.reproduced);
        const what = patch.stream
            ? `${CHANGES[patch.kind]} of ${patch.stream === '*' ? 'every stream' : `stream ${patch.stream}`}`
            : CHANGES[patch.kind];
        files.push({
            file: patch.file,
            changes: what,
            places: places.length,
            reproduced: missing.length === 0 ? 'yes' : missing.length === places.length ? 'no' : 'partly',
            missing: missing.map((p) => `${p.binding ? `${p.binding} ` : ''}${p.pointer}`),
        });
        for (const p of missing)
            findings.push(makeFinding({
                rule: p.rule,
                stage: p.rule.startsWith('spec.') ? 'spec' : 'discover',
                ...(p.binding !== undefined ? { binding: p.binding } : {}),
                pointer: p.pointer,
                before: p.expected,
                after: p.actual,
                message: `set by ATF's ${patch.file}, not reproduced by the candidate`,
            }));
    }
    return {
        findings,
        files,
        places: all.map((p) => ({ file: p.patch.file, pointer: p.pointer, ...(p.binding !== undefined ? { binding: p.binding } : {}) })),
    };
}
/** Labels each finding about a place a patch set (at it, or above or below it) with the patch file. */
function labelAtfPatches(findings, places) {
    if (places.length === 0)
        return findings;
    const related = (a, b) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
    return findings.map((f) => {
        if (f.atfPatch || f.pointer === undefined)
            return f;
        const hit = places.find((p) => p.binding === f.binding && related(p.pointer, f.pointer));
        return hit ? { ...f, atfPatch: hit.file } : f;
    });
}

;// CONCATENATED MODULE: ./src/compare/binding-names.ts


/**
 * One binding has two names: discovery and spec findings name it by resource path (`users`),
 * capture findings by the collection its documents went to (`acmeCo/users`). Each finding gets
 * both (`resourcePath`, `collection`), so that a reader and a compat.yaml entry can use either.
 * A collection is the captured one whose last part is the binding's recommended name, else that name.
 */
function nameBindings(findings, sets) {
    if (!sets)
        return findings;
    const byName = new Map();
    const byPath = new Map();
    for (const set of [sets.candidate, sets.baseline]) {
        const captured = set.capture?.map(([c]) => c) ?? set.capturedCollections ?? [];
        const collections = new Map(captured.map((c) => [collectionName(c), c]));
        const pointers = pointersOf(set);
        for (const b of set.discover ?? []) {
            const names = {
                resourcePath: resourcePathLabel(resourcePathOf(b, pointers)),
                collection: collections.get(b.recommendedName) ?? b.recommendedName,
            };
            if (!byName.has(b.recommendedName))
                byName.set(b.recommendedName, names);
            if (!byPath.has(names.resourcePath))
                byPath.set(names.resourcePath, names);
        }
    }
    return findings.map((f) => {
        if (f.binding === undefined)
            return f;
        const names = f.stage === 'capture' ? byName.get(collectionName(f.binding)) : byPath.get(f.binding);
        if (f.stage === 'capture')
            return { ...f, collection: f.binding, ...(names ? { resourcePath: names.resourcePath } : {}) };
        return { ...f, resourcePath: f.binding, ...(names ? { collection: names.collection } : {}) };
    });
}

;// CONCATENATED MODULE: ./src/compare/root-causes.ts


const rank = (f) => SEVERITIES.indexOf(f.severity);
const propertiesOf = (schema) => {
    const props = schema?.properties;
    return new Set(props && typeof props === 'object' ? Object.keys(props) : []);
};
/** A document-schema pointer of a key pointer: /a/b is /documentSchema/properties/a/properties/b. */
const schemaPointerOf = (key) => `/documentSchema${parsePointer(key)
    .map((t) => `/properties/${escapeToken(t)}`)
    .join('')}`;
/** A capture or migration finding about the root's binding (its collection, its state). */
const downstreamOf = (f, root) => (f.stage === 'capture' || f.stage === 'migration') && f.resourcePath !== undefined && f.resourcePath === root.resourcePath;
/**
 * The resource config schema switched when properties were removed from it: the whole-config or
 * most severe resource-config finding is the root; the other resource-config schema findings, the
 * resource path change and every binding's added or dropped resource config field follow from it.
 */
function resourceConfigSwitch(findings, sets) {
    const before = propertiesOf(sets.baseline.spec?.resourceConfigSchema);
    const after = propertiesOf(sets.candidate.spec?.resourceConfigSchema);
    const changed = new Set([...before, ...after].filter((p) => before.has(p) !== after.has(p)));
    if (![...before].some((p) => !after.has(p)))
        return undefined;
    const isSchemaFinding = (f) => f.stage === 'spec' && (f.rule === 'spec.resource-path.changed' || (f.pointer?.startsWith('/resourceConfigSchema') ?? false));
    const root = findings
        .filter(isSchemaFinding)
        .sort((a, b) => rank(a) - rank(b) ||
        Number(a.rule === 'spec.resource-path.changed') - Number(b.rule === 'spec.resource-path.changed') ||
        (a.pointer ?? '').length - (b.pointer ?? '').length)[0];
    if (!root)
        return undefined;
    const property = (pointer, scope) => pointer?.startsWith(scope) ? parsePointer(pointer.slice(scope.length - 1))[0] : undefined;
    return [
        root,
        (f) => isSchemaFinding(f) || (f.rule === 'discover.resource-config.changed' && changed.has(property(f.pointer, '/resourceConfig/') ?? '')),
    ];
}
/** A binding no longer discovered: its captured collection and its state go with it. */
function bindingRemoved(root) {
    return (f) => downstreamOf(f, root);
}
/** A renamed binding: its documents land in a collection of the new name, and the old one gets none. */
function bindingRenamed(root) {
    return (f) => (f.rule === 'capture.collection.missing' || f.rule === 'capture.collection.added') && downstreamOf(f, root);
}
/** A new key: its fields become required and non-null, and documents pair up by another key. */
function keyChanged(root) {
    const keyFields = new Set((root.after ?? []).map(schemaPointerOf));
    const schemaRules = new Set(['discover.schema.nullability-removed', 'discover.schema.narrowed', 'discover.schema.required-added']);
    const captureRules = new Set(['capture.document.unmatched', 'capture.document.missing']);
    return (f) => (f.stage === 'discover' && f.binding === root.binding && schemaRules.has(f.rule) && keyFields.has(f.pointer ?? '')) ||
        (captureRules.has(f.rule) && downstreamOf(f, root));
}
/** A change of an Airbyte stream's sync modes or cursor shows in the Flow view as the binding's resource config field. */
function airbyteStream(root, field) {
    return (f) => f.rule === 'discover.resource-config.changed' && f.binding === root.binding && f.pointer === `/resourceConfig/${field}`;
}
/** The findings with each consequence's `causedBy` set; roots and unrelated findings unchanged. */
function linkRootCauses(findings, sets) {
    if (!sets)
        return findings;
    const roots = [];
    const rc = resourceConfigSwitch(findings, sets);
    if (rc)
        roots.push(rc);
    for (const f of findings) {
        if (f.rule === 'discover.binding.removed')
            roots.push([f, bindingRemoved(f)]);
        else if (f.rule === 'discover.binding.renamed')
            roots.push([f, bindingRenamed(f)]);
        else if (f.rule === 'discover.key.changed')
            roots.push([f, keyChanged(f)]);
        else if (f.rule === 'discover.sync-mode.removed')
            roots.push([f, airbyteStream(f, 'syncMode')]);
        else if (f.rule === 'discover.cursor.changed')
            roots.push([f, airbyteStream(f, 'cursorField')]);
    }
    if (roots.length === 0)
        return findings;
    const rootIds = new Set(roots.map(([r]) => r.id));
    return findings.map((f) => {
        if (rootIds.has(f.id))
            return f;
        const root = roots.find(([, implies]) => implies(f));
        return root ? { ...f, causedBy: root[0].id } : f;
    });
}

;// CONCATENATED MODULE: ./src/policy/apply.ts


/** Compiled name globs: a compat.yaml has few, and a catalog's findings ask each of them thousands of times. */
const globs = new Map();
/** Glob on names: `*` stands for any run of characters. */
function nameMatches(glob, name) {
    if (name === undefined)
        return false;
    let re = globs.get(glob);
    if (!re) {
        if (globs.size > 1000)
            globs.clear();
        re = new RegExp(`^${glob
            .split('*')
            .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*')}$`);
        globs.set(glob, re);
    }
    return re.test(name);
}
function entryMatches(entry, f) {
    if (entry.id !== undefined)
        return entry.id === f.id;
    if (entry.rule !== f.rule)
        return false;
    // A binding is matched by any of its names: resource path (`users`) or collection (`acmeCo/users`).
    if (entry.binding !== undefined && ![f.binding, f.resourcePath, f.collection].some((n) => nameMatches(entry.binding, n)))
        return false;
    if (entry.pointer !== undefined && (f.pointer === undefined || !pointerMatches(entry.pointer, f.pointer)))
        return false;
    return true;
}
/** Remaps severities and marks accepted findings; reports accept entries that matched nothing. */
function applyAcceptFile(findings, accept) {
    const used = new Set();
    const out = findings.map((f) => {
        const severity = accept.severity[f.rule] ?? f.severity;
        const entry = accept.accept.find((e) => entryMatches(e, f));
        if (entry)
            used.add(entry);
        return { ...f, severity, ...(entry ? { accepted: { reason: entry.reason } } : {}) };
    });
    return { findings: out, stale: accept.accept.filter((e) => !used.has(e)) };
}
const apply_rank = (s) => SEVERITIES.length - SEVERITIES.indexOf(s);
/** Findings that fail the check: unaccepted, at or above the threshold. */
function failing(findings, failOn) {
    if (failOn === 'never')
        return [];
    return findings.filter((f) => !f.accepted && apply_rank(f.severity) >= apply_rank(failOn));
}
/** One row per stage: what was compared and how it came out. */
function stageResults(findings, steps) {
    return STAGES.map((stage) => {
        const mine = findings.filter((f) => f.stage === stage);
        const counts = { breaking: 0, warning: 0, info: 0, accepted: 0 };
        for (const f of mine) {
            if (f.accepted)
                counts.accepted++;
            else
                counts[f.severity]++;
        }
        const step = steps[stage];
        if (step.status === 'failed')
            return { stage, status: 'error', reason: step.message, counts };
        // A skipped stage can still have findings (a live side's drift from its committed snapshot).
        if (step.status === 'skipped' && mine.length === 0)
            return { stage, status: 'skipped', reason: step.reason, counts };
        const status = counts.breaking > 0 ? 'breaking' : mine.length === 0 ? 'identical' : 'compatible';
        return { stage, status, counts };
    });
}

;// CONCATENATED MODULE: ./src/policy/presets.ts

const title = (schema) => schema?.title;
/**
 * The differences every ATF-to-CDK import has and reviewers accepted (shared fixtures README):
 * each is recognized from the finding and the compared sets, never from its wording.
 */
const ESTUARY_CDK_IMPORT = [
    (f, { baseline, candidate }) => {
        const resourceSchema = f.pointer?.startsWith('/resourceConfigSchema') && f.rule !== 'spec.resource.narrowed' && f.rule !== 'spec.resource.invalid-schema';
        if (!resourceSchema ||
            title(baseline.spec?.resourceConfigSchema) !== 'ResourceSpec' ||
            title(candidate.spec?.resourceConfigSchema) !== 'ResourceConfig')
            return undefined;
        // narrowed-unused says the engine checked them all; without the baseline's bindings nothing was checked.
        if (f.rule === 'spec.resource.narrowed-unused' && !baseline.discover?.length)
            return undefined;
        return `the CDK's ResourceConfig replaces ATF's ResourceSpec (cursorField and namespace no longer nullable, no other properties); every resource config the ATF connector discovered (${baseline.discover?.length ?? 0}) still validates under it`;
    },
    (f, { candidate }) => {
        if (f.rule !== 'discover.schema.meta-changed' || f.pointer !== '/documentSchema/properties/_meta')
            return undefined;
        const schema = bindingAt(candidate, f.binding)?.documentSchema;
        const meta = schema?.properties?._meta;
        const required = Array.isArray(meta?.required) && meta.required.includes('row_id');
        return required ? 'the CDK adds _meta.row_id (required) to every document; the runtime fills it' : undefined;
    },
    (f) => f.rule === 'discover.schema.annotation-changed' && f.pointer === '/documentSchema/x-infer-schema' && f.after === true
        ? 'CDK captures set x-infer-schema: the discovered schema becomes the write schema and the read schema is inferred from the data'
        : undefined,
    (f, { baseline }) => {
        if (f.rule !== 'discover.resource-config.changed' || f.pointer !== '/resourceConfig/cursorField' || f.after !== undefined)
            return undefined;
        return bindingAt(baseline, f.binding)?.resourceConfig.syncMode === 'full_refresh'
            ? 'a full_refresh binding has no cursor; the CDK leaves cursorField out'
            : undefined;
    },
];
const PRESETS = { 'estuary-cdk-import': ESTUARY_CDK_IMPORT };
/**
 * Built-in presets recognize differences that reviewers accept on every import and report them as
 * info with an explanation. (ATF's `"oauth2": {}` versus no key is the same spec; normalization
 * already treats it so.) Accept entries and severity remapping apply afterwards, as to any finding.
 */
function applyPresets(findings, presets, ctx) {
    const recognizers = presets.flatMap((p) => PRESETS[p] ?? []);
    if (recognizers.length === 0 || !ctx)
        return findings;
    return findings.map((f) => {
        const explanation = recognizers.map((r) => r(f, ctx)).find((e) => e !== undefined);
        return explanation ? { ...f, severity: 'info', explanation } : f;
    });
}

;// CONCATENATED MODULE: ./src/policy/index.ts


/**
 * Every policy decision of a report, in one place: built-in presets explain what every import
 * has, compat.yaml remaps severities and accepts findings, and the verdict fails on an unaccepted
 * finding at or above fail-on or on a stage that could not run. The CLI and the action both get
 * their report through this; the action's approval label (stepOutcome) then decides its step.
 */
function policy_decide(input) {
    const explained = applyPresets(input.findings, input.accept.presets, input.sets);
    const { findings, stale } = applyAcceptFile(explained, input.accept);
    const stages = stageResults(findings, input.steps);
    const errored = stages.some((s) => s.status === 'error');
    const verdict = failing(findings, input.failOn).length > 0 || errored ? 'fail' : 'pass';
    return { findings, stale, stages, verdict };
}
/**
 * What the approval label does: a reviewer who applies it accepts the failing findings for this
 * pull request, so they stay listed but no longer fail the step. A stage that could not run is
 * not a finding anyone reviewed, so it fails the step with or without the label.
 */
function stepOutcome(report, labels, approveLabel) {
    const approved = labels.includes(approveLabel);
    const errored = report.stages.some((s) => s.status === 'error');
    return { approved, fails: report.verdict === 'fail' && (!approved || errored) };
}

;// CONCATENATED MODULE: ./src/orchestrate/report.ts





/** The ATF patches judged against the sides: their own findings, labels on the others, and the report's account. */
function withAtfPatches(input) {
    const { atf, comparison } = input;
    if (!atf || !comparison.sets)
        return { findings: comparison.findings };
    const judged = judgeAtfPatches(atf.patches, comparison.sets);
    const findings = labelAtfPatches([...comparison.findings, ...judged.findings], judged.places);
    return {
        findings,
        account: { source: atf.source, ...(atf.upstream ? { upstream: atf.upstream } : {}), files: judged.files, errors: atf.errors },
    };
}
/** Policy applied to a comparison: the report of design.md, verdict included. */
function buildReport(input) {
    const atf = withAtfPatches(input);
    const scoped = atf.findings.map((f) => ({ ...f, id: connectorFingerprint(input.connector, f.id) }));
    const linked = linkRootCauses(nameBindings(scoped, input.comparison.sets), input.comparison.sets);
    const { findings, stale, stages, verdict } = policy_decide({
        findings: linked,
        accept: input.accept,
        failOn: input.failOn,
        sets: input.comparison.sets,
        steps: input.comparison.steps,
    });
    const report = { version: 1, connector: input.connector, verdict, sides: input.sides, stages, findings };
    if (stale.length > 0)
        report.stale = stale;
    if (input.files)
        report.files = input.files;
    if (atf.account)
        report.atfPatches = atf.account;
    if (input.drift)
        report.drift = input.drift;
    if (input.updated)
        report.updated = true;
    return report;
}

;// CONCATENATED MODULE: ./src/orchestrate/check.ts




















const isLive = (e) => e.kind !== 'snapshots';
/** The secrets stage: the endpoint config the connectors receive, and how to mask it. */
async function endpointConfig(opts, deps) {
    const none = (why) => ({ config: {}, captureSkip: why, mask: (t) => t });
    if (!opts.configFile)
        return none(`no endpoint config: ${external_node_path_default().join(opts.connectorDir, 'config.yaml')} does not exist (set the config input)`);
    const loaded = await loadEndpointConfig(opts.configFile, { ageKey: opts.sopsAgeKey, env: opts.env });
    if (loaded.status === 'no-key') {
        deps.log.notice(`capture and migration skipped: ${loaded.reason}`);
        return none(loaded.reason);
    }
    const secrets = loaded.secrets;
    // Connectors log their config as JSON, where a value with quotes or backslashes shows escaped.
    const forms = [...new Set(secrets.flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]))];
    for (const s of forms)
        deps.registerSecret?.(s);
    const how = loaded.status === 'plain' ? 'not encrypted, used as it is' : 'decrypted with sops';
    deps.log.info(`endpoint config ${opts.configFile}: ${how}${secrets.length ? `; ${plural(secrets.length, 'secret value')} masked in all output` : ''}`);
    return { config: loaded.config, mask: secretMasker(forms) };
}
/** Drops the outputs of stages the user did not ask for. */
function onlyStages(set, opts) {
    const out = { ...set };
    for (const stage of ['spec', 'discover', 'capture'])
        if (!opts.stages.includes(stage))
            delete out[stage];
    return out;
}
/** Both promises settled; the first rejection (baseline's first) rethrown, so that nothing is left running behind an error. */
async function both(a, b) {
    const [x, y] = await Promise.allSettled([a, b]);
    if (x.status === 'rejected')
        throw x.reason;
    if (y.status === 'rejected')
        throw y.reason;
    return [x.value, y.value];
}
/** The acquire stage of both sides, before any connector runs: a missing image fails the check at once. */
async function acquireSides(opts, ctx) {
    const one = async (side) => {
        const endpoint = opts[side];
        return isLive(endpoint) ? acquireSide(side, endpoint, ctx) : undefined;
    };
    const [baseline, candidate] = await both(one('baseline'), one('candidate'));
    return { baseline, candidate };
}
async function obtainSide(side, endpoint, info, ctx) {
    if (!isLive(endpoint)) {
        ctx.log.info(`${side}: reading snapshots from ${endpoint.dir}`);
        const set = await readSnapshotSet(endpoint.dir, endpoint.label);
        return { set, info: { label: set.label, ...(set.protocol === 'airbyte' ? { protocol: 'airbyte' } : {}) }, errors: {} };
    }
    return runSide(side, endpoint, info, ctx);
}
/**
 * Both sides: live ones concurrently; two snapshot folders one after the other, as a catalog's
 * snapshot texts are large and two at once raise the peak memory.
 */
async function obtainSides(opts, infos, ctx) {
    const one = (side) => obtainSide(side, opts[side], infos[side], ctx);
    if (isLive(opts.baseline) || isLive(opts.candidate))
        return both(one('baseline'), one('candidate'));
    const baseline = await one('baseline');
    return [baseline, await one('candidate')];
}
/** Live outputs against the committed snapshots: drift findings, or rewritten snapshots in update mode. */
async function snapshotStage(side, live, opts, deps) {
    const dir = external_node_path_default().join(opts.snapshotsDir, side);
    if (opts.mode === 'update') {
        // Only stages that ran to the end are written: a failed stage leaves its committed snapshot as it is.
        const written = await writeSnapshotSet(dir, normalizeSet(onlyStages(live.set, opts)));
        const shown = written.map((f) => external_node_path_default().relative(opts.connectorDir, f)).join(', ');
        deps.log.notice(`${side}: ${written.length > 0 ? `wrote ${shown}` : 'wrote no snapshot'}`);
        const failed = Object.keys(live.errors).filter((s) => s !== 'migration');
        if (failed.length > 0)
            deps.log.warning(`${side}: ${failed.join(', ')} failed: ${failed.length > 1 ? 'their snapshots are' : 'its snapshot is'} left as committed`);
        return { findings: [], status: 'skipped' };
    }
    const drift = await driftFindings(side, onlyStages(live.set, opts), dir);
    if (drift.status === 'no-snapshots')
        deps.log.notice(`${side}: no committed snapshots in ${dir}; run with mode update to write them`);
    return { findings: drift.findings, status: drift.status === 'compared' ? 'compared' : 'skipped' };
}
/** Where a side's stages are written down: the folder it was read from, or for a live side its committed snapshots. */
async function snapshotFiles(side, live, opts) {
    if (!isLive(opts[side]))
        return live.set.sources;
    return locateSnapshots(external_node_path_default().join(opts.snapshotsDir, side)).catch(() => ({}));
}
/** The whole check: secrets, both sides (concurrently), drift, migration, comparison, policy. */
/**
 * The baseline's ATF patch files: from the atf-patches folder when given, else out of the baseline
 * image when it is an ATF image (read without running it). A failure to read them is said and skipped.
 */
async function atfPatches(opts, ctx) {
    if (opts.atfPatchesDir)
        return readAtfPatches(opts.atfPatchesDir);
    if (opts.baseline.kind !== 'image')
        return undefined;
    try {
        const found = await atfPatchesOfImage(await ctx.docker.get(), opts.baseline.image);
        if (!found)
            return undefined;
        ctx.log.info(`baseline: an ATF image${found.upstream ? ` of ${found.upstream.name}${found.upstream.version ? `:${found.upstream.version}` : ''}` : ''}; its patch files are judged`);
        const files = await readAtfPatches(found.dir, opts.baseline.image);
        await (0,promises_.rm)(found.dir, { recursive: true, force: true });
        return { ...files, ...(found.upstream ? { upstream: found.upstream } : {}) };
    }
    catch (err) {
        ctx.log.warning(`baseline: could not read ATF patch files from ${opts.baseline.image}: ${(0,model_errors/* errorMessage */.g)(err)}`);
        return undefined;
    }
}
async function runCheck(opts, deps) {
    const accept = await loadAcceptFile(opts.acceptFile, opts.acceptFileRequired);
    const anyLive = isLive(opts.baseline) || isLive(opts.candidate);
    const config = anyLive ? await endpointConfig(opts, deps) : undefined;
    const ctx = {
        opts,
        log: deps.log,
        docker: new DockerHandle(),
        config: config ?? { config: {}, mask: (t) => t },
        redact: accept.redact,
    };
    const infos = await acquireSides(opts, ctx);
    const [baseline, candidate] = await obtainSides(opts, infos, ctx);
    // Loaded once the sides are there (a check that fails on its input never loads it), as far as they need it.
    await loadEngineForSets(baseline.set, candidate.set);
    const extra = [];
    const drift = { baseline: 'skipped', candidate: 'skipped' };
    for (const [side, live] of [
        ['baseline', baseline],
        ['candidate', candidate],
    ]) {
        if (!isLive(opts[side]))
            continue;
        const result = await snapshotStage(side, live, opts, deps);
        extra.push(...result.findings);
        drift[side] = result.status;
    }
    const comparison = await deps.log.group('compare baseline with candidate', async () => {
        // Streamed first: discovery takes the baseline's first documents as examples.
        const streamed = opts.stages.includes('capture')
            ? await streamCapturesApart(baseline.set, candidate.set, { redact: accept.redact, log: deps.log })
            : undefined;
        const compared = compareSets(onlyStages(normalizeSet(baseline.set), opts), onlyStages(normalizeSet(candidate.set), opts), {
            redact: accept.redact,
            knownConfigs: accept.knownConfigs,
            ...(streamed ? { samples: streamed.samples } : {}),
        });
        if (streamed) {
            for (const f of streamed.findings)
                compared.findings.push(f);
            compared.steps.capture = ran;
        }
        return compared;
    });
    const { steps } = comparison;
    if (config?.captureSkip)
        steps.capture = skipped(config.captureSkip);
    if (isLive(opts.baseline) && isLive(opts.candidate) && opts.stages.includes('migration')) {
        const migration = await deps.log.group('migration: candidate resumes from the baseline state', () => runMigration(baseline, candidate, config, opts));
        extra.push(...migration.findings);
        steps.migration = migration.step;
    }
    for (const stage of STAGES)
        if (!opts.stages.includes(stage))
            steps[stage] = skipped('not in the stages input');
    // A stage that failed on either side failed, whatever else was recorded for it.
    for (const stage of STAGES) {
        const messages = [baseline.errors[stage], candidate.errors[stage]].filter((e) => Boolean(e));
        if (messages.length > 0)
            steps[stage] = failed(messages.join('; '));
    }
    const atf = await atfPatches(opts, ctx);
    return buildReport({
        connector: opts.connector,
        sides: { baseline: baseline.info, candidate: candidate.info },
        comparison: { ...comparison, findings: [...extra, ...comparison.findings] },
        accept,
        failOn: opts.failOn,
        files: { baseline: await snapshotFiles('baseline', baseline, opts), candidate: await snapshotFiles('candidate', candidate, opts) },
        ...(atf ? { atf } : {}),
        ...(anyLive ? { drift } : {}),
        ...(opts.mode === 'update' ? { updated: true } : {}),
    });
}

;// CONCATENATED MODULE: ./src/report/json-pieces.ts
/**
 * `JSON.stringify(value, null, 2)` of an object, a piece at a time, the same text: each top-level
 * property, and each element of a top-level array, stringified on its own and indented as the
 * whole would be. A catalog's report is tens of MB of JSON; whole, it is one string that V8 holds
 * twice over (the text, then its bytes) beside the report itself.
 */
const INDENT = '  ';
/** A value stringified as it stands `depth` levels down: JSON text has no raw newline but between tokens. */
const nested = (text, depth) => text.replaceAll('\n', `\n${INDENT.repeat(depth)}`);
/** What JSON.stringify writes around a value two arrays down, before and after it. */
const [AROUND_BEFORE, AROUND_AFTER] = [`[\n${INDENT}[\n${INDENT.repeat(2)}`, `\n${INDENT}]\n]`];
/**
 * An element of a top-level array as the whole's text has it, two levels down: stringified two
 * arrays down, whose brackets are cut off, so that JSON.stringify itself indents it (no second copy
 * of a finding's text with its lines shifted). An element JSON.stringify leaves out is `null` there.
 */
function json_pieces_element(item) {
    const text = JSON.stringify([[item]], null, 2);
    return text.slice(AROUND_BEFORE.length, text.length - AROUND_AFTER.length);
}
/** The pieces of one top-level array, `[` to `]`, each element on its own. */
function* arrayPieces(items) {
    if (items.length === 0) {
        yield '[]';
        return;
    }
    for (let i = 0; i < items.length; i++)
        yield `${i === 0 ? '[' : ','}\n${INDENT.repeat(2)}${json_pieces_element(items[i])}`;
    yield `\n${INDENT}]`;
}
/** JSON.stringify(value, null, 2) of a plain object (no toJSON), in pieces whose concatenation is that text. */
function* jsonPieces(value) {
    let first = true;
    for (const [key, v] of Object.entries(value)) {
        // A property JSON.stringify leaves out (undefined, a function) is left out.
        const text = Array.isArray(v) ? '' : JSON.stringify(v, null, 2);
        if (text === undefined)
            continue;
        yield `${first ? '{' : ','}\n${INDENT}${JSON.stringify(key)}: `;
        first = false;
        if (Array.isArray(v))
            yield* arrayPieces(v);
        else
            yield nested(text, 1);
    }
    yield first ? '{}' : '\n}';
}

;// CONCATENATED MODULE: ./src/report/files.ts




/** Text gathered before it is written: a few writes for a catalog's report, one for a small one. */
const WRITE_CHARS = 1 << 20;
/** Writes the report as `JSON.stringify(report, null, 2)` and a newline, a piece at a time. */
async function writeJson(file, report) {
    const handle = await (0,promises_.open)(file, 'w');
    try {
        let pending = [];
        let size = 0;
        for (const piece of jsonPieces(report)) {
            pending.push(piece);
            size += piece.length;
            if (size < WRITE_CHARS)
                continue;
            await handle.write(pending.join(''));
            pending = [];
            size = 0;
        }
        pending.push('\n');
        await handle.write(pending.join(''));
    }
    finally {
        await handle.close();
    }
}
/** Writes the JSON and markdown reports where asked; returns the paths written. */
async function writeReportFiles(report, paths) {
    const folder = (file) => (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().resolve(file)), { recursive: true });
    if (paths.json) {
        await folder(paths.json);
        await writeJson(paths.json, report);
    }
    if (paths.markdown) {
        await folder(paths.markdown);
        await (0,promises_.writeFile)(paths.markdown, renderMarkdown(report));
    }
    return paths;
}

;// CONCATENATED MODULE: ./src/report/text.ts


const SECTION_TITLES = {
    breaking: 'Breaking, not accepted',
    warning: 'Warnings, to explain in the pull request',
    info: 'Compatible, info',
    accepted: 'Accepted',
};
function findingLines(f, consequences) {
    const where = [f.binding, f.pointer].filter(Boolean).join(' ');
    const reason = f.accepted?.reason ?? f.explanation;
    const lines = [`    ${where ? `${where}: ` : ''}${f.message}${atfLabel(f)}${changeText(f, 60)} [${f.id}]${reason ? ` (${reason})` : ''}`];
    if (f.witness !== undefined)
        lines.push(`      ${witnessLabel(f)}: ${shortJson(f.witness, 200)}`);
    if (consequences?.length) {
        lines.push(`      it implies ${plural(consequences.length, 'more finding')}:`);
        for (const g of groupConsequences(consequences)) {
            const where = g.bindings.length ? ` in ${plural(g.bindings.length, 'binding')} (${someOf(g.bindings, 4)})` : '';
            const count = g.findings.length > 1 ? ` ×${g.findings.length}` : '';
            lines.push(`        ${g.kind.toUpperCase().padEnd(8)} ${g.rule}${count}: ${g.message}${where}`);
        }
    }
    return lines;
}
/**
 * The report on a terminal. The first line is the verdict with its counts; then one line per
 * stage, the sides, and the findings by what a reviewer must do: unaccepted breaking ones and
 * warnings each on its line (consequences under their root cause), info counted per rule,
 * accepted ones with their reasons. The JSON report has every finding in full.
 */
function renderText(report) {
    const c = verdictCounts(report);
    const lines = [
        `${report.verdict.toUpperCase()}: ${report.connector}: ${plural(c.breaking, 'breaking change')}, ${plural(c.warning, 'warning')}, ${c.info} info, ${c.accepted} accepted`,
        '',
    ];
    for (const s of report.stages) {
        const counts = `${s.counts.breaking} breaking, ${s.counts.warning} warning, ${s.counts.info} info, ${s.counts.accepted} accepted`;
        lines.push(`${STAGE_TITLES[s.stage].padEnd(10)} ${s.status.padEnd(10)} ${s.reason ?? counts}`);
    }
    lines.push('');
    for (const name of ['baseline', 'candidate']) {
        const s = report.sides[name];
        lines.push(`${`${name}:`.padEnd(11)}${s.label}${s.digest ? ` (${s.digest})` : ''}`);
        if (s.capture)
            lines.push(`           ${captureSummary(s.capture)}`);
    }
    const note = protocolNote(report);
    if (note)
        lines.push('', note);
    const { sections, consequences } = sectionsOf(report);
    for (const section of sections) {
        lines.push('', `${SECTION_TITLES[section.kind]} (${sectionCount(section)}):`);
        for (const g of section.groups) {
            const bindings = g.bindings ? ` in ${plural(g.bindings, 'binding')}` : '';
            lines.push(`  ${g.rule}: ${plural(g.findings.length, 'finding')}${bindings}`);
            // Info findings are counted, not listed, unless they are the root of others.
            for (const f of g.findings)
                if (section.kind !== 'info' || consequences.has(f.id))
                    lines.push(...findingLines(f, consequences.get(f.id)));
        }
    }
    if (report.atfPatches) {
        lines.push('', `ATF patches (from ${report.atfPatches.source}):`);
        for (const f of report.atfPatches.files) {
            const missing = f.missing.length ? `, not at ${someOf(f.missing, 3)}` : '';
            lines.push(`  ${f.file}: ${f.changes}; reproduced: ${f.reproduced}${missing}`);
        }
        for (const e of report.atfPatches.errors)
            lines.push(`  ${e.file}: not used: ${e.reason}`);
    }
    for (const e of report.stale ?? []) {
        lines.push('', `stale accept entry (matches nothing): ${e.id ?? e.rule}${e.binding ? ` binding ${e.binding}` : ''}${e.pointer ? ` pointer ${e.pointer}` : ''}`);
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/commands/check.ts









const check_USAGE = usage/* USAGES */.$.check;
const check_run = async (argv, io) => {
    const flags = Object.fromEntries(input_names/* INPUT_NAMES */.Q.map((n) => [n, { type: 'string' }]));
    const { values, positionals } = parseFlags(argv, { ...flags, update: { type: 'boolean' } }, check_USAGE);
    if (positionals.length > 0)
        throw new model_errors/* InputError */.d(`unexpected argument '${positionals[0]}'\nusage: ${check_USAGE}`);
    const get = (name) => name === 'mode' && values.update ? 'update' : values[name];
    const options = optionsFromInputs(get, { cwd: io.cwd, env: io.env });
    const report = await runCheck(options, { log: streamLogger(io.err) });
    await writeReportFiles(report, { json: options.jsonPath, markdown: options.markdownPath });
    io.out(renderText(report));
    return report.verdict === 'pass' ? 0 : 1;
};

;// CONCATENATED MODULE: ./src/plan/dirs.ts


/** Folder names of estuary's snapshot layouts, which are not the connector's name. */
const LAYOUT_FOLDERS = new Set(['.snapshots', 'snapshots', 'tests']);
/**
 * A connector's name from two snapshot folders: their common parent's name (source-x/{atf,imported}),
 * past the folders of estuary's layouts (source-x/.snapshots, source-x/tests/snapshots, source-x/snapshots).
 */
function connectorNameOf(baselineDir, candidateDir) {
    const b = external_node_path_default().resolve(baselineDir);
    const c = external_node_path_default().resolve(candidateDir);
    let dir = external_node_path_default().dirname(b) === external_node_path_default().dirname(c) ? external_node_path_default().dirname(b) : b;
    while (LAYOUT_FOLDERS.has(external_node_path_default().basename(dir)) && external_node_path_default().dirname(dir) !== dir)
        dir = external_node_path_default().dirname(dir);
    return external_node_path_default().basename(dir);
}
/**
 * The check's one Options object for two snapshot folders: both sides are snapshots, so nothing is
 * pulled, decrypted or run, and no drift is looked for; the rest are the check's defaults.
 */
function optionsOfDirs(opts) {
    const connectorDir = external_node_path_default().dirname(external_node_path_default().resolve(opts.baselineDir));
    return {
        connectorDir,
        connector: opts.connector ?? connectorNameOf(opts.baselineDir, opts.candidateDir),
        baseline: { kind: 'snapshots', dir: opts.baselineDir, ...(opts.labels ? { label: opts.labels.baseline } : {}) },
        candidate: { kind: 'snapshots', dir: opts.candidateDir, ...(opts.labels ? { label: opts.labels.candidate } : {}) },
        snapshotsDir: connectorDir,
        env: {},
        mode: 'check',
        stages: [...DEFAULT_STAGES],
        failOn: opts.failOn,
        ...(opts.acceptFile ? { acceptFile: opts.acceptFile } : {}),
        acceptFileRequired: opts.acceptFileRequired,
        ...(opts.atfPatchesDir ? { atfPatchesDir: opts.atfPatchesDir } : {}),
        approveLabel: DEFAULT_APPROVE_LABEL,
        comment: false,
        cacheImages: false,
        pull: 'missing',
        protocol: 'auto',
        network: 'none',
        memory: '1g',
        logLevel: 'info',
        timeouts: DEFAULT_TIMEOUTS,
        capture: DEFAULT_CAPTURE,
    };
}

;// CONCATENATED MODULE: ./src/orchestrate/compare.ts



/** Offline comparison of two snapshot folders: the one check, with both sides read from their folders. */
function compareDirs(opts, log = silentLogger) {
    return runCheck(optionsOfDirs(opts), { log });
}

;// CONCATENATED MODULE: ./src/cli/commands/compare.ts








const compare_USAGE = usage/* USAGES */.$.compare;
/** Prints the report on stdout; stderr holds only warnings (a comparison run again, say), or the one line of an input error. */
const compare_run = async (argv, io) => {
    const { values, positionals } = parseFlags(argv, {
        accept: { type: 'string' },
        json: { type: 'string' },
        markdown: { type: 'string' },
        'fail-on': { type: 'string' },
        connector: { type: 'string' },
        'atf-patches': { type: 'string' },
    }, compare_USAGE);
    if (positionals.length !== 2)
        throw new model_errors/* InputError */.d(`expected two snapshot folders\nusage: ${compare_USAGE}`);
    const abs = (p) => (p === undefined ? undefined : external_node_path_default().resolve(io.cwd, p));
    const [baselineDir, candidateDir] = positionals.map((p) => abs(p));
    const report = await compareDirs({
        baselineDir,
        candidateDir,
        acceptFile: abs(values.accept),
        acceptFileRequired: values.accept !== undefined,
        failOn: parseFailOn(values['fail-on']),
        connector: values.connector,
        labels: { baseline: positionals[0], candidate: positionals[1] },
        atfPatchesDir: abs(values['atf-patches']),
    }, warningsLogger(io.err));
    await writeReportFiles(report, { json: abs(values.json), markdown: abs(values.markdown) });
    io.out(renderText(report));
    return report.verdict === 'pass' ? 0 : 1;
};

;// CONCATENATED MODULE: ./src/cli/commands/decrypt.ts
// `connector-compat decrypt FILE [--age-key-file F]`: the config as the connector receives it.






const decrypt_USAGE = usage/* USAGES */.$.decrypt;
const parseOptions = (args) => (0,external_node_util_.parseArgs)({ args, allowPositionals: true, options: { 'age-key-file': { type: 'string' } } });
const decrypt_run = async (argv, io) => {
    let parsed;
    try {
        parsed = parseOptions(argv);
    }
    catch (err) {
        throw new model_errors/* InputError */.d(`${err instanceof Error ? err.message : String(err)}; usage: ${decrypt_USAGE}`);
    }
    const [file, ...extra] = parsed.positionals;
    if (!file || extra.length > 0)
        throw new model_errors/* InputError */.d(`usage: ${decrypt_USAGE}`);
    const keyFile = parsed.values['age-key-file'];
    let ageKey;
    if (keyFile) {
        try {
            ageKey = await promises_default().readFile(external_node_path_default().resolve(io.cwd, keyFile), 'utf8');
        }
        catch {
            throw new model_errors/* InputError */.d(`cannot read the age key file ${keyFile}`);
        }
    }
    const result = await loadEndpointConfig(external_node_path_default().resolve(io.cwd, file), { ageKey, env: io.env });
    if (result.status === 'no-key')
        throw new model_errors/* InputError */.d(result.reason);
    if (result.status === 'plain')
        io.err(`note: ${file} is not sops-encrypted; printed as it is\n`);
    io.out(`${result.json}\n`);
    return 0;
};

;// CONCATENATED MODULE: ./src/cli/commands/demo.ts











/** The bundled example connector: beside src/ in a checkout, beside dist/ in the bundle. */
function exampleConnectorDir() {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (const up of ['../../..', '../..', '..']) {
        const dir = external_node_path_default().resolve(here, up, 'fixtures', 'source-example');
        if ((0,external_node_fs_.existsSync)(dir))
            return dir;
    }
    throw new model_errors/* InputError */.d('the example connector (fixtures/source-example) is not beside this installation');
}
/**
 * The whole check on the example connector, live: both variants run as local commands (no
 * Docker), compared with the committed snapshots and with each other. It works on a copy, so
 * the checkout is never changed.
 */
const demo_run = async (_argv, io) => {
    const source = exampleConnectorDir();
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'connector-compat-demo-'));
    const dir = external_node_path_default().join(work, 'source-example');
    await (0,promises_.cp)(source, dir, { recursive: true });
    // What runs and its progress go to stderr; the report, verdict first, to stdout.
    io.err(`connector-compat demo: the example connector from ${external_node_path_default().relative(io.cwd, source) || source}\n`);
    io.err('  baseline  = `node connector.mjs baseline` (behaves like an ATF image)\n');
    io.err('  candidate = `node connector.mjs candidate` (behaves like its CDK import)\n');
    io.err('  accepted differences: .snapshots/compat.yaml\n\n');
    const inputs = {
        connector: dir,
        'baseline-command': `"${process.execPath}" connector.mjs baseline`,
        'candidate-command': `"${process.execPath}" connector.mjs candidate`,
        // The example connector polls forever once caught up, like an estuary-cdk one: a short idle bound ends its captures.
        'capture-idle': '2',
        json: external_node_path_default().join(work, 'report.json'),
        markdown: external_node_path_default().join(work, 'report.md'),
    };
    const options = optionsFromInputs((name) => inputs[name], { cwd: io.cwd, env: {} });
    const report = await runCheck(options, { log: streamLogger((t) => io.err(`  ${t}`)) });
    await writeReportFiles(report, { json: options.jsonPath, markdown: options.markdownPath });
    io.err('\n');
    io.out(renderText(report));
    io.out(`\nThe example has breaking changes on purpose, so its verdict is ${report.verdict.toUpperCase()}.\n`);
    io.out(`JSON report: ${options.jsonPath}\nMarkdown report (job summary and pull request section): ${options.markdownPath}\n`);
    return 0;
};

;// CONCATENATED MODULE: ./src/cli/commands/schema-subset.ts






const schema_subset_USAGE = usage/* USAGES */.$['schema-subset'];
const schema_subset_parseOptions = (args) => (0,external_node_util_.parseArgs)({ args, allowPositionals: true, options: { witness: { type: 'boolean' }, batch: { type: 'string' } } });
/** One output line of the batch format. */
function batchLine(answer) {
    if (answer.result === 'subset')
        return JSON.stringify({ result: 'subset' });
    if (answer.result === 'not-subset')
        return JSON.stringify({ result: answer.result, witness: answer.witness, reason: answer.reason });
    return JSON.stringify({ result: answer.result, reason: answer.reason });
}
/**
 * Answers every `{"a": SCHEMA, "b": SCHEMA}` line of a JSONL text, in order, one at a time as they
 * are decided. Every line is read first: a bad line is an input error before any answer is given.
 */
function* answerBatch(text, file) {
    const pairs = [];
    text.split('\n').forEach((line, i) => {
        if (line.trim() === '')
            return;
        const value = parseJsonText(line, file, i);
        if (!value || typeof value !== 'object' || Array.isArray(value) || !('a' in value) || !('b' in value)) {
            throw new model_errors/* InputError */.d(`${file}:${i + 1}: each line must be an object {"a": SCHEMA, "b": SCHEMA}`);
        }
        pairs.push(value);
    });
    for (const { a, b } of pairs)
        yield batchLine(isSubset(a, b));
}
const schema_subset_run = async (argv, io) => {
    let parsed;
    try {
        parsed = schema_subset_parseOptions(argv);
    }
    catch (err) {
        throw new model_errors/* InputError */.d(`${err instanceof Error ? err.message : String(err)}\nusage: ${schema_subset_USAGE}`);
    }
    const { values, positionals } = parsed;
    await loadEngine();
    if (values.batch !== undefined) {
        if (positionals.length)
            throw new model_errors/* InputError */.d(`--batch takes no schema files\nusage: ${schema_subset_USAGE}`);
        // Streamed: each answer is written as soon as it is known, so a long batch shows progress.
        for (const line of answerBatch(await readTextFile(external_node_path_default().resolve(io.cwd, values.batch), values.batch), values.batch))
            io.out(`${line}\n`);
        return 0;
    }
    if (positionals.length !== 2)
        throw new model_errors/* InputError */.d(`expected two schema files\nusage: ${schema_subset_USAGE}`);
    const [a, b] = await Promise.all(positionals.map((f) => readJsonFile(external_node_path_default().resolve(io.cwd, f), f)));
    const answer = isSubset(a, b);
    io.out(`${answer.result}\n`);
    if (answer.result === 'not-subset' && values.witness)
        io.out(`${JSON.stringify(answer.witness)}\n`);
    if (answer.result !== 'subset')
        io.err(`${answer.reason}${answer.pointer !== undefined ? ` (at '${answer.pointer}')` : ''}\n`);
    return 0;
};

;// CONCATENATED MODULE: ./src/cli/commands/runs.ts






/** Every subcommand's code, loaded as one piece the first time a command runs (see index.ts). */
const runs = { compare: compare_run, check: check_run, demo: demo_run, aggregate: run, decrypt: decrypt_run, 'schema-subset': schema_subset_run };


/***/ })

};
