/**
 * Equivalent mutants (issue 26): mutants no test can tell from the original code, each with the reason.
 * scripts/mutation.mjs leaves them out of the score (killed ÷ (killed + survived + no coverage)) and counts
 * them in the table's "equivalent" column; docs/mutation.md lists them (`npm run test:mutation -- --equivalents`
 * prints this list as its table). Stryker's own `// Stryker disable next-line <Mutator>` comment is not used:
 * it hides every mutant of that mutator on the line, the live ones too.
 *
 * An entry names one mutant by what it changes, not by line number, so it survives edits elsewhere in the file:
 * the file, Stryker's mutator name, the original code of the mutated span and its replacement exactly as the
 * report writes them, and a piece of the line it is on. An entry that no longer matches a surviving mutant
 * (the code changed, or a test now kills it) is reported by the table, so the list cannot go stale unseen.
 */
export const EQUIVALENTS = [
  // The web bridge's static file resolver (src/main/web/static.ts).
  {
    file: 'src/main/web/static.ts',
    line: "decoded === '/' || !extname(decoded)",
    mutator: 'ConditionalExpression',
    original: "decoded === '/'",
    replacement: 'false',
    reason: "'/' has no extension: `!extname(decoded)` sends it to index.html anyway",
  },
  {
    file: 'src/main/web/static.ts',
    line: "decoded === '/' || !extname(decoded)",
    mutator: 'StringLiteral',
    original: "'/'",
    replacement: '""',
    reason: "as above: a pathname is never '', and '/' still goes to index.html by `!extname`",
  },
  {
    file: 'src/main/web/static.ts',
    line: 'decoded.replace(/^\\/+/',
    mutator: 'Regex',
    original: '/^\\/+/',
    replacement: '/\\/+/',
    reason: "a URL's pathname always starts with '/', so the first run of slashes is the leading one",
  },
  {
    file: 'src/main/web/static.ts',
    line: 'decoded.replace(/^\\/+/',
    mutator: 'Regex',
    original: '/^\\/+/',
    replacement: '/^\\//',
    reason: "`join(base, rel)` drops the slashes left at the start: '//a.js' and '/a.js' name the same file",
  },
  {
    file: 'src/main/web/static.ts',
    line: 'if (file !== base && !file.startsWith(base + sep))',
    mutator: 'ConditionalExpression',
    original: 'file !== base',
    replacement: 'true',
    reason:
      'a path that resolves to the root itself has no extension and became index.html first; were it reached, the root is a directory and `isFile()` refuses it just the same',
  },
  {
    file: 'src/main/web/static.ts',
    line: '} catch {',
    mutator: 'BlockStatement',
    original: '{\n    return undefined;\n  }',
    afterLine: 'return statSync(file).isFile()',
    replacement: '{}',
    reason: 'the function ends right after this catch: an empty block returns undefined too',
  },
  // The web bridge's request handler (src/main/web/server.ts).
  {
    file: 'src/main/web/server.ts',
    line: "(req.headers.cookie ?? '').split(';')",
    mutator: 'StringLiteral',
    original: "''",
    replacement: '"Stryker was here!"',
    reason:
      'without a Cookie header the mutant parses a cookie named "Stryker was here!", which is never the bridge\'s: no value either way',
  },
  {
    file: 'src/main/web/server.ts',
    line: "return v.join('=')",
    mutator: 'StringLiteral',
    original: "'='",
    replacement: '""',
    reason: "the bridge's cookie secret is base64url, which has no '=' to join back",
  },
  {
    file: 'src/main/web/server.ts',
    line: "LOOPBACK.has(req.socket.remoteAddress ?? '')",
    mutator: 'StringLiteral',
    original: "''",
    replacement: '"Stryker was here!"',
    reason: 'the peer address is missing only on a socket already gone; neither string is a loopback address, so it is refused alike',
  },
  {
    file: 'src/main/web/server.ts',
    line: "const host = req.headers.host ?? ''",
    mutator: 'StringLiteral',
    original: "''",
    replacement: '"Stryker was here!"',
    reason: 'a request without Host is refused as 主机名不符 with either string: neither is 127.0.0.1:port or localhost:port',
  },
  {
    file: 'src/main/web/server.ts',
    line: "new URL(req.url ?? '/'",
    mutator: 'StringLiteral',
    original: "'/'",
    replacement: '""',
    reason: "Node's HTTP server always sets req.url on a request it hands over",
  },
  {
    file: 'src/main/web/server.ts',
    line: "(req.headers['content-type'] ?? '').startsWith('application/json')",
    mutator: 'StringLiteral',
    original: "''",
    replacement: '"Stryker was here!"',
    reason: 'without a Content-Type neither string starts with application/json: 415 alike',
  },
  {
    file: 'src/main/web/server.ts',
    line: "log('bridge.error', { code: (e as { code?: string })?.code })",
    mutator: 'OptionalChaining',
    original: '(e as { code?: string })?.code',
    replacement: '(e as {\n  code?: string;\n}).code',
    reason: 'what reaches this catch is an Error thrown by Node or our code, never null or undefined',
  },
  {
    file: 'src/main/web/server.ts',
    line: "if (!res.headersSent) sendText(res, 500, '服务器内部错误')",
    mutator: 'ConditionalExpression',
    original: '!res.headersSent',
    replacement: 'true',
    reason:
      'nothing in the handler throws after a head is written (a file stream and the event stream fail asynchronously, outside this try), so the head is never sent here',
  },
  {
    file: 'src/main/web/server.ts',
    line: 'else res.destroy();',
    mutator: 'CallExpression',
    original: 'res.destroy();',
    replacement: ';',
    reason: 'the same branch: unreachable while nothing throws after the head is written',
  },
  // The store's open path (src/main/store/open-errors.ts, db.ts).
  {
    file: 'src/main/store/open-errors.ts',
    line: "!code.startsWith('SQLITE_')",
    mutator: 'StringLiteral',
    original: "'SQLITE_'",
    replacement: '""',
    reason: 'every later test checks a `SQLITE_…` prefix itself, so a code without it falls through to `undefined` either way',
  },
  {
    file: 'src/main/store/db.ts',
    line: '(target !== undefined && m.version > target)',
    mutator: 'ConditionalExpression',
    original: 'target !== undefined',
    replacement: 'true',
    reason: 'a number is never `> undefined`: without a target the second half is false anyway',
  },
  {
    file: 'src/main/store/db.ts',
    line: 'if (m.rebuildsTables) checkForeignKeys(db, m);',
    mutator: 'ConditionalExpression',
    original: 'm.rebuildsTables',
    replacement: 'true',
    reason: 'a step that does not rebuild runs with foreign keys on, so it cannot leave a reference dangling: the check finds nothing',
  },
  // The extractor's units and kinds (src/shared/extract/units.ts, kinds.ts): caches, prefilters, sorts of
  // lists already written in order, and guards the next line repeats.
  {
    file: 'src/shared/extract/units.ts',
    line: 'if (yes === undefined) {',
    mutator: 'ConditionalExpression',
    original: 'yes === undefined',
    replacement: 'true',
    reason: 'a cache: recomputing every time gives the same answer',
  },
  {
    file: 'src/shared/extract/units.ts',
    line: 'countCache.set(unit, yes);',
    mutator: 'CallExpression',
    original: 'countCache.set(unit, yes);',
    replacement: ';',
    reason: 'a cache: not storing the answer only recomputes it',
  },
  {
    file: 'src/shared/extract/units.ts',
    line: 'if (/^\\d+$/.test(s)) return Number(s);',
    mutator: 'Regex',
    original: '/^\\d+$/',
    replacement: '/\\d+$/',
    reason: 'cnNumber is called only with a regex group that is all digits or all Chinese numerals, so the anchors change nothing',
  },
  {
    file: 'src/shared/extract/units.ts',
    line: 'if (/^\\d+$/.test(s)) return Number(s);',
    mutator: 'Regex',
    original: '/^\\d+$/',
    replacement: '/^\\d+/',
    reason: 'cnNumber is called only with a regex group that is all digits or all Chinese numerals, so the anchors change nothing',
  },
  {
    file: 'src/shared/extract/units.ts',
    line: '].sort((a, b) => b.length - a.length);',
    mutator: 'ArithmeticOperator',
    original: 'b.length - a.length',
    replacement: 'b.length + a.length',
    reason:
      'the list is written longest first wherever one unit starts another (个百分点 before 个, 千瓦时 before 千瓦), so the sort only confirms its order',
  },
  {
    file: 'src/shared/extract/units.ts',
    line: '].sort((a, b) => b.length - a.length);',
    mutator: 'ArrowFunction',
    original: '(a, b) => b.length - a.length',
    replacement: '() => undefined',
    reason: 'as above: the hand-written order already puts the longer of two overlapping units first',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'if (end === 0 || !VERB_LAST.has(tail[end - 1])) return undef',
    mutator: 'ConditionalExpression',
    original: 'end === 0 || !VERB_LAST.has(tail[end - 1])',
    replacement: 'false',
    reason: 'a prefilter: without it the loop over VERBS finds no verb at the end either (an empty head ends with none)',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'if (end === 0 || !VERB_LAST.has(tail[end - 1])) return undef',
    mutator: 'LogicalOperator',
    original: 'end === 0 || !VERB_LAST.has(tail[end - 1])',
    replacement: 'end === 0 && !VERB_LAST.has(tail[end - 1])',
    reason: 'as above: the VERB_LAST look only skips a loop that would find nothing',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'if (end === 0 || !VERB_LAST.has(tail[end - 1])) return undef',
    mutator: 'ConditionalExpression',
    original: 'end === 0',
    replacement: 'false',
    reason: 'a prefilter: without it the loop over VERBS finds no verb at the end either (an empty head ends with none)',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "const cmp = tail.includes('于') || tail.includes('出') ? /高于|快",
    mutator: 'ConditionalExpression',
    original: "tail.includes('于') || tail.includes('出')",
    replacement: 'true',
    reason: 'a prefilter: the comparison regex runs on every tail and finds nothing where 于 and 出 are absent',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "const cmp = tail.includes('于') || tail.includes('出') ? /高于|快",
    mutator: 'StringLiteral',
    original: "'于'",
    replacement: '""',
    reason: "as above: includes('') is always true, so the prefilter lets every tail through",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "const cmp = tail.includes('于') || tail.includes('出') ? /高于|快",
    mutator: 'StringLiteral',
    original: "'出'",
    replacement: '""',
    reason: "as above: includes('') is always true, so the prefilter lets every tail through",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (t.form === 'multiple' || t.unit === '倍') return 'multipl",
    mutator: 'ConditionalExpression',
    original: "t.form === 'multiple'",
    replacement: 'false',
    reason: '翻番 tokens carry the unit 倍 (tokens.ts), so the unit test on the same line returns multiple for them anyway',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (t.form === 'multiple' || t.unit === '倍') return 'multipl",
    mutator: 'StringLiteral',
    original: "'multiple'",
    replacement: '""',
    reason: 'as above: no token has form multiple without unit 倍',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (baseOf(t.unit) === '个月' || baseOf(t.unit) === '天' || bas",
    mutator: 'ConditionalExpression',
    original: "baseOf(t.unit) === '个月' || baseOf(t.unit) === '天' || baseOf(t.unit) === '小时'",
    replacement: 'false',
    reason: '个月, 天 and 小时 are not count units, so the isCountUnit line below returns level for them too: the guard is for the reader',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (baseOf(t.unit) === '个月' || baseOf(t.unit) === '天' || bas",
    mutator: 'LogicalOperator',
    original: "baseOf(t.unit) === '个月' || baseOf(t.unit) === '天' || baseOf(t.unit) === '小时'",
    replacement: "(baseOf(t.unit) === '个月' || baseOf(t.unit) === '天') && baseOf(t.unit) === '小时'",
    reason: '个月, 天 and 小时 are not count units, so the isCountUnit line below returns level for them too: the guard is for the reader',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (baseOf(t.unit) === '个月' || baseOf(t.unit) === '天' || bas",
    mutator: 'ConditionalExpression',
    original: "baseOf(t.unit) === '个月' || baseOf(t.unit) === '天'",
    replacement: 'false',
    reason: '个月, 天 and 小时 are not count units, so the isCountUnit line below returns level for them too: the guard is for the reader',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (baseOf(t.unit) === '个月' || baseOf(t.unit) === '天' || bas",
    mutator: 'LogicalOperator',
    original: "baseOf(t.unit) === '个月' || baseOf(t.unit) === '天'",
    replacement: "baseOf(t.unit) === '个月' && baseOf(t.unit) === '天'",
    reason: '个月, 天 and 小时 are not count units, so the isCountUnit line below returns level for them too: the guard is for the reader',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (baseOf(t.unit) === '个月' || baseOf(t.unit) === '天' || bas",
    mutator: 'ConditionalExpression',
    original: "baseOf(t.unit) === '个月'",
    replacement: 'false',
    reason: '个月, 天 and 小时 are not count units, so the isCountUnit line below returns level for them too: the guard is for the reader',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (baseOf(t.unit) === '个月' || baseOf(t.unit) === '天' || bas",
    mutator: 'ConditionalExpression',
    original: "baseOf(t.unit) === '天'",
    replacement: 'false',
    reason: '个月, 天 and 小时 are not count units, so the isCountUnit line below returns level for them too: the guard is for the reader',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (baseOf(t.unit) === '个月' || baseOf(t.unit) === '天' || bas",
    mutator: 'ConditionalExpression',
    original: "baseOf(t.unit) === '小时'",
    replacement: 'false',
    reason: '个月, 天 and 小时 are not count units, so the isCountUnit line below returns level for them too: the guard is for the reader',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'const VERBS = [...new Set(`${DOWN}|${UP}|${COMPARE_UP}|${COM',
    mutator: 'MethodExpression',
    original: "[...new Set(`${DOWN}|${UP}|${COMPARE_UP}|${COMPARE_DOWN}`.split('|'))].sort((a, b) => b.length - a.length)",
    replacement: "[...new Set(`${DOWN}|${UP}|${COMPARE_UP}|${COMPARE_DOWN}`.split('|'))]",
    reason: 'as above: unsorted, the hand-written order already finds the longer verb first',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'const VERBS = [...new Set(`${DOWN}|${UP}|${COMPARE_UP}|${COM',
    mutator: 'ArrowFunction',
    original: '(a, b) => b.length - a.length',
    replacement: '() => undefined',
    reason: 'as above',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'const VERBS = [...new Set(`${DOWN}|${UP}|${COMPARE_UP}|${COM',
    mutator: 'ArithmeticOperator',
    original: 'b.length - a.length',
    replacement: 'b.length + a.length',
    reason:
      'DOWN, UP and the comparisons are written with each longer verb before the shorter one it ends with (负增长 before 增长, 降低 before 降, 高于 before 高), so the sort only confirms the order',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'const RATE_CHARS = /[幅速率]/u;',
    mutator: 'Regex',
    original: '/[幅速率]/u',
    replacement: '/[^幅速率]/u',
    reason: 'a prefilter: RATE_NOUN_TAIL is anchored and tried whenever this passes; letting more tails through only costs time',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'const DISTRIBUTOR_CHARS = /[别次各均都]/u;',
    mutator: 'Regex',
    original: '/[别次各均都]/u',
    replacement: '/[^别次各均都]/u',
    reason: 'a prefilter for the 分别/均 strip, which is anchored at the end: letting more clauses through only costs time',
  },
];

/** The original code a mutant replaces, from the report's copy of the file. */
function originalOf(source, location) {
  const lines = source.split('\n');
  const { start, end } = location;
  if (start.line === end.line) return lines[start.line - 1].slice(start.column - 1, end.column - 1);
  return [
    lines[start.line - 1].slice(start.column - 1),
    ...lines.slice(start.line, end.line - 1),
    lines[end.line - 1].slice(0, end.column - 1),
  ].join('\n');
}

/** The entry that declares this mutant of `file` (a report's path, relative or absolute) equivalent, if any. */
export function equivalentOf(file, source, mutant) {
  const lines = source.split('\n');
  const at = mutant.location.start.line;
  return EQUIVALENTS.find(
    (e) =>
      file.endsWith(e.file) &&
      e.mutator === mutant.mutatorName &&
      e.replacement === mutant.replacement &&
      (lines[at - 1] ?? '').includes(e.line) &&
      (!e.afterLine || (lines[at - 2] ?? '').includes(e.afterLine)) &&
      originalOf(source, mutant.location) === e.original,
  );
}
