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
 * `afterLine` (a piece of the line before) and `column` (where the mutated span starts, 1-based) tell apart two
 * mutants alike on one line (the two `indexOf('年')` of a loop: the first is equivalent, the other is not).
 */
const MAY_NAME_LOOP = (ch) => `for (let a = s.indexOf('${ch}'); a >= 0`;

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
    line: 'const to = end > 0 && isIn(REACHED_TO, tail, end - 1);',
    mutator: 'ConditionalExpression',
    original: 'end > 0',
    replacement: 'true',
    reason: "at end 0 the look reads past the string's start: isIn is false there (charCodeAt(-1) is NaN), as the guard makes it",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'const to = end > 0 && isIn(REACHED_TO, tail, end - 1);',
    mutator: 'EqualityOperator',
    original: 'end > 0',
    replacement: 'end >= 0',
    reason: 'as above: at end 0, isIn(…, -1) is false anyway',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'if (end > 0 && tail.charCodeAt(end - 1) === 0x4e86 /* 了 */) ',
    mutator: 'ConditionalExpression',
    original: 'end > 0',
    replacement: 'true',
    reason: 'at end 0, charCodeAt(-1) is NaN, never 了: the guard only says so',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'if (end > 0 && tail.charCodeAt(end - 1) === 0x4e86 /* 了 */) ',
    mutator: 'EqualityOperator',
    original: 'end > 0',
    replacement: 'end >= 0',
    reason: 'as above: at end 0, charCodeAt(-1) is NaN, never 了',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'if (end > 0 && tail.charCodeAt(end - 1) === 0x4e86 /* 了 */) ',
    mutator: 'ConditionalExpression',
    original: 'end > 0 && tail.charCodeAt(end - 1) === 0x4e86',
    replacement: 'false',
    reason:
      'predicateTail strips a 了 at the end before verbAtEnd runs, so this line only acts on a 了 between a verb and 到/至/为 (下降了至), which is not written (了 follows the complement: 下降到了, stripped above)',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'if (end > 0 && tail.charCodeAt(end - 1) === 0x4e86 /* 了 */) ',
    mutator: 'EqualityOperator',
    original: 'end > 0',
    replacement: 'end <= 0',
    reason:
      'end <= 0 reads charCodeAt(-1) (NaN, never 了): the 了 strip is off, which changes nothing for the reason above (a final 了 is stripped by predicateTail; 下降了至 is not written)',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'if (end > 0 && tail.charCodeAt(end - 1) === 0x4e86 /* 了 */) ',
    mutator: 'ArithmeticOperator',
    original: 'end - 1',
    replacement: 'end + 1',
    reason:
      'charCodeAt(end + 1) is past the string or the stripped 到/至/为: never 了, so the strip is off, which changes nothing (a final 了 is stripped by predicateTail; 下降了至 is not written)',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'if (end > 0 && tail.charCodeAt(end - 1) === 0x4e86 /* 了 */) ',
    mutator: 'UpdateOperator',
    original: 'end--',
    replacement: 'end++',
    reason:
      'reached only by a 了 before 到/至/为 (下降了至), which is not written (no test reaches it: a final 了 is stripped by predicateTail)',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'if (end === 0 || !isIn(VERB_LAST, tail, end - 1)) return und',
    mutator: 'ConditionalExpression',
    original: 'end === 0 || !isIn(VERB_LAST, tail, end - 1)',
    replacement: 'false',
    reason: 'a prefilter: without it the loop over VERBS finds no verb ending there either (endsWith(v, 0) is false for every verb)',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'if (end === 0 || !isIn(VERB_LAST, tail, end - 1)) return und',
    mutator: 'LogicalOperator',
    original: 'end === 0 || !isIn(VERB_LAST, tail, end - 1)',
    replacement: 'end === 0 && !isIn(VERB_LAST, tail, end - 1)',
    reason: 'as above: the VERB_LAST look only skips a loop that would find nothing',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'if (end === 0 || !isIn(VERB_LAST, tail, end - 1)) return und',
    mutator: 'ConditionalExpression',
    original: 'end === 0',
    replacement: 'false',
    reason: 'as above: at end 0 the VERB_LAST look (charCodeAt(-1), NaN) is false and the loop finds no verb',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "let out = pre.endsWith('的') ? pre.replace(",
    mutator: 'StringLiteral',
    original: "'的'",
    replacement: '""',
    reason:
      "a prefilter: endsWith('') is always true, and the replace's pattern is anchored at the end and ends in 的, so it changes nothing where the clause does not end in 的",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'if (anyIn(DISTRIBUTOR_CHARS, out, out.length - 5)) out = out',
    mutator: 'ConditionalExpression',
    original: 'anyIn(DISTRIBUTOR_CHARS, out, out.length - 5)',
    replacement: 'true',
    reason:
      "a prefilter: the strip's regex is anchored at the end (分别 then at most 达到 before it), so running it on every clause finds nothing more",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'for (let i = Math.max(0, from); i < s.length; i++) if (hasCo',
    mutator: 'MethodExpression',
    original: 'Math.max(0, from)',
    replacement: 'Math.min(0, from)',
    reason:
      'anyIn is only the prefilter of the 分别 strip (anchored at the end): scanning from the start lets more clauses through, which only costs time',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'for (let i = Math.max(0, from); i < s.length; i++) if (hasCo',
    mutator: 'EqualityOperator',
    original: 'i < s.length',
    replacement: 'i <= s.length',
    reason: 'charCodeAt(s.length) is NaN, in no table: the extra step finds nothing',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'for (let i = Math.max(0, from); i < s.length; i++) if (hasCo',
    mutator: 'ConditionalExpression',
    original: 'hasCode(table, s.charCodeAt(i))',
    replacement: 'true',
    reason:
      'anyIn is only the prefilter of the 分别 strip, whose regex is anchored at the end: letting every clause through only costs time',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'return false;',
    mutator: 'BooleanLiteral',
    original: 'false',
    replacement: 'true',
    reason: 'as above: a prefilter saying yes to every clause only runs the anchored strip more often',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'const tail = predicateTail(pre.length > 24 ? pre.slice(-24) ',
    mutator: 'ConditionalExpression',
    original: 'pre.length > 24',
    replacement: 'true',
    reason: 'slice(-24) of a clause of 24 characters or fewer is the whole clause',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'const tail = predicateTail(pre.length > 24 ? pre.slice(-24) ',
    mutator: 'EqualityOperator',
    original: 'pre.length > 24',
    replacement: 'pre.length >= 24',
    reason: 'slice(-24) of exactly 24 characters is the whole clause',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "return { verb: cmp[0], direction: /^[高快多]/u.test(cmp[0]) ? '",
    mutator: 'Regex',
    original: '/^[高快多]/u',
    replacement: '/[高快多]/u',
    reason: 'the comparison words are 高于 快于 多于 高出 快出 低于 慢于 少于: 高/快/多 appear only at the start of the rising ones',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "return { verb: cmp[0], direction: /^[高快多]/u.test(cmp[0]) ? '",
    mutator: 'StringLiteral',
    original: "'up'",
    replacement: '""',
    reason:
      "nothing reads 'up': the extractor asks only whether a direction is 'down' (the sign) or 'none' (the kind), and '' is neither, as 'up' is not",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'return { verb: rateNoun.groups!.noun, direction: rateNoun.gr',
    mutator: 'StringLiteral',
    original: "'up'",
    replacement: '""',
    reason:
      "nothing reads 'up': the extractor asks only whether a direction is 'down' (the sign) or 'none' (the kind), and '' is neither, as 'up' is not",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "return { verb, direction: IS_UP.test(verb) ? 'up' : 'down', ",
    mutator: 'StringLiteral',
    original: "'up'",
    replacement: '""',
    reason:
      "nothing reads 'up': the extractor asks only whether a direction is 'down' (the sign) or 'none' (the kind), and '' is neither, as 'up' is not",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (p.verb === '收窄' || p.verb === '缩小') return fallContext ?",
    mutator: 'StringLiteral',
    original: "'up'",
    replacement: '""',
    reason:
      "nothing reads 'up': the extractor asks only whether a direction is 'down' (the sign) or 'none' (the kind), and '' is neither, as 'up' is not",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (p.verb === '扩大') return fallContext ? 'down' : 'up';",
    mutator: 'StringLiteral',
    original: "'up'",
    replacement: '""',
    reason:
      "nothing reads 'up': the extractor asks only whether a direction is 'down' (the sign) or 'none' (the kind), and '' is neither, as 'up' is not",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (verb === '增' && /[新净]增$/u.test(tail)) return NONE;",
    mutator: 'ConditionalExpression',
    original: "verb === '增'",
    replacement: 'true',
    reason: 'a tail ending in 新增/净增 has 增 as its verb: no other verb of the lists ends in 增, so the regex alone decides',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'if (verb.length === 1 && IS_COMPARE.test(verb) && !/[比较]/u.t',
    mutator: 'ConditionalExpression',
    original: 'verb.length === 1',
    replacement: 'true',
    reason:
      'the two-character comparison verbs (高于, 低于, …) never get here: a tail ending in one is a comparison returned above (cmp with nothing after it)',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'const at = verb ? pre.lastIndexOf(verb) : -1;',
    mutator: 'UnaryOperator',
    original: '-1',
    replacement: '+1',
    reason: "rateBeforeVerb runs only for a level reached, whose verb is never '' (no test reaches the branch)",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'return at > 0 && rateEnd(pre.slice(0, at));',
    mutator: 'ConditionalExpression',
    original: 'at > 0',
    replacement: 'true',
    reason: "the verb of a level reached is in the clause (at ≥ 0); at 0, rateEnd('') is false as the guard makes it",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'return at > 0 && rateEnd(pre.slice(0, at));',
    mutator: 'EqualityOperator',
    original: 'at > 0',
    replacement: 'at >= 0',
    reason: "as above: at 0, rateEnd('') is false",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (t.form === 'fraction' || t.form === 'ratio' || t.unit ==",
    mutator: 'ConditionalExpression',
    original: "t.form === 'fraction' || t.form === 'ratio'",
    replacement: 'false',
    reason:
      "fractions and ratios have no unit (tokens.ts), and a unitless figure that is not a plain number is a share on the unit === '' line below",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (t.form === 'fraction' || t.form === 'ratio' || t.unit ==",
    mutator: 'LogicalOperator',
    original: "t.form === 'fraction' || t.form === 'ratio'",
    replacement: "t.form === 'fraction' && t.form === 'ratio'",
    reason: "as above: fractions and ratios are shares on the unit === '' line below",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (t.form === 'fraction' || t.form === 'ratio' || t.unit ==",
    mutator: 'ConditionalExpression',
    original: "t.form === 'fraction'",
    replacement: 'false',
    reason: "as above: fractions and ratios are shares on the unit === '' line below",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (t.form === 'fraction' || t.form === 'ratio' || t.unit ==",
    mutator: 'StringLiteral',
    original: "'fraction'",
    replacement: '""',
    reason: "as above: fractions and ratios are shares on the unit === '' line below",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (t.form === 'fraction' || t.form === 'ratio' || t.unit ==",
    mutator: 'ConditionalExpression',
    original: "t.form === 'ratio'",
    replacement: 'false',
    reason: "as above: fractions and ratios are shares on the unit === '' line below",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (t.form === 'fraction' || t.form === 'ratio' || t.unit ==",
    mutator: 'StringLiteral',
    original: "'ratio'",
    replacement: '""',
    reason: "as above: fractions and ratios are shares on the unit === '' line below",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (t.unit === '') return t.form === 'number' ? 'index' : 's",
    mutator: 'ConditionalExpression',
    original: "t.form === 'number'",
    replacement: 'true',
    reason:
      'the unitless figures that reach this line are plain numbers (index values): fractions and ratios returned share above, ordinals and multiples carry 位 and 倍',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (t.unit === '') return t.form === 'number' ? 'index' : 's",
    mutator: 'StringLiteral',
    original: "'share'",
    replacement: '""',
    reason: 'as above: no unitless figure other than a plain number reaches this line (no test reaches the branch)',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (p.direction === 'none' && INCREMENT_BEFORE.test(pre.leng",
    mutator: 'ConditionalExpression',
    original: "p.direction === 'none'",
    replacement: 'true',
    reason:
      "INCREMENT_BEFORE needs the clause to end with 增加额/增产量 (or 为/达/是 after it), where no verb stands right before the number: the direction is 'none' whenever it matches",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (p.direction === 'none' && INCREMENT_BEFORE.test(pre.leng",
    mutator: 'ConditionalExpression',
    original: 'pre.length > 12',
    replacement: 'true',
    reason: 'INCREMENT_BEFORE is anchored at the end and at most 5 characters long: the last 12 characters or the whole clause match alike',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (p.direction === 'none' && INCREMENT_BEFORE.test(pre.leng",
    mutator: 'ConditionalExpression',
    original: 'pre.length > 12',
    replacement: 'false',
    reason: 'INCREMENT_BEFORE is anchored at the end and at most 5 characters long: the last 12 characters or the whole clause match alike',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (p.direction === 'none' && INCREMENT_BEFORE.test(pre.leng",
    mutator: 'EqualityOperator',
    original: 'pre.length > 12',
    replacement: 'pre.length >= 12',
    reason: 'as above: the anchored pattern sees the same end in the last 12 characters as in the whole clause',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (p.direction === 'none' && INCREMENT_BEFORE.test(pre.leng",
    mutator: 'EqualityOperator',
    original: 'pre.length > 12',
    replacement: 'pre.length <= 12',
    reason: 'as above: the anchored pattern sees the same end in the last 12 characters as in the whole clause',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (p.direction === 'none' && INCREMENT_BEFORE.test(pre.leng",
    mutator: 'MethodExpression',
    original: 'pre.slice(-12)',
    replacement: 'pre',
    reason: 'as above: the anchored pattern sees the same end in the whole clause',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (base === '个月' || base === '天' || base === '小时') return '",
    mutator: 'ConditionalExpression',
    original: "base === '个月' || base === '天' || base === '小时'",
    replacement: 'false',
    reason: '个月, 天 and 小时 are not count units, so the isCountUnit line below returns level for them too: the guard is for the reader',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (base === '个月' || base === '天' || base === '小时') return '",
    mutator: 'ConditionalExpression',
    original: "base === '个月' || base === '天'",
    replacement: 'false',
    reason: '个月, 天 and 小时 are not count units, so the isCountUnit line below returns level for them too: the guard is for the reader',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (base === '个月' || base === '天' || base === '小时') return '",
    mutator: 'ConditionalExpression',
    original: "base === '个月'",
    replacement: 'false',
    reason: '个月, 天 and 小时 are not count units, so the isCountUnit line below returns level for them too: the guard is for the reader',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (base === '个月' || base === '天' || base === '小时') return '",
    mutator: 'ConditionalExpression',
    original: "base === '天'",
    replacement: 'false',
    reason: '个月, 天 and 小时 are not count units, so the isCountUnit line below returns level for them too: the guard is for the reader',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (base === '个月' || base === '天' || base === '小时') return '",
    mutator: 'ConditionalExpression',
    original: "base === '小时'",
    replacement: 'false',
    reason: '个月, 天 and 小时 are not count units, so the isCountUnit line below returns level for them too: the guard is for the reader',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (base === '个月' || base === '天' || base === '小时') return '",
    mutator: 'LogicalOperator',
    original: "base === '个月' || base === '天' || base === '小时'",
    replacement: "(base === '个月' || base === '天') && base === '小时'",
    reason: '个月, 天 and 小时 are not count units, so the isCountUnit line below returns level for them too: the guard is for the reader',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "if (base === '个月' || base === '天' || base === '小时') return '",
    mutator: 'LogicalOperator',
    original: "base === '个月' || base === '天'",
    replacement: "base === '个月' && base === '天'",
    reason: '个月, 天 and 小时 are not count units, so the isCountUnit line below returns level for them too: the guard is for the reader',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "const NONE: Predicate = { verb: '', direction: 'none', reach",
    mutator: 'StringLiteral',
    original: "''",
    replacement: '"Stryker was here!"',
    reason: "NONE's verb is read only where a verb was found (a comparison's label, a level reached, 收窄/扩大): no reader sees it",
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: "const IS_UP = new RegExp(`^(?:${UP}|${COMPARE_UP})$`, 'u');",
    mutator: 'StringLiteral',
    original: "'u'",
    replacement: '""',
    reason: 'the pattern is literal BMP characters and | only: without the u flag it matches the same strings',
  },
  {
    file: 'src/shared/extract/kinds.ts',
    line: 'const IS_COMPARE = new RegExp(`^(?:${COMPARE_UP}|${COMPARE_D',
    mutator: 'StringLiteral',
    original: "'u'",
    replacement: '""',
    reason: 'the pattern is literal BMP characters and | only: without the u flag it matches the same strings',
  },
  // mayName (periods.ts) is a prefilter: it says whether PERIOD_RE or RELATIVE_RE may match a sentence, and
  // test/extract-speed-guards.test.ts checks that neither matches a sentence it rejects. A mutant that makes it say
  // "may" more often runs the regexes on more sentences, which find nothing more: the output is the same.
  ...[
    [
      'let period = false;',
      'BooleanLiteral',
      'false',
      'true',
      'starting at "may name a period" runs PERIOD_RE on every sentence, which finds nothing more',
    ],
    [
      'let relative = false;',
      'BooleanLiteral',
      'false',
      'true',
      'starting at "may name a relative period" runs RELATIVE_RE on every sentence, which finds nothing more',
    ],
    [
      MAY_NAME_LOOP('年'),
      'ConditionalExpression',
      'period && relative',
      'false',
      'the loop then reads every 年 instead of stopping once both are known: the same flags, later',
    ],
    [MAY_NAME_LOOP('月'), 'ConditionalExpression', 'period && relative', 'false', 'as above, for every 月'],
    [
      'if (isIn(AFTER_NUMERAL, s, a - 1) || before === 0x534a',
      'ConditionalExpression',
      'isIn(AFTER_NUMERAL, s, a - 1) || before === 0x534a',
      'true',
      'any 年 then lets PERIOD_RE run: a prefilter made looser',
    ],
    [
      'if (isIn(BEFORE_YEAR_MONTH, s, a - 1)) period = true;',
      'ConditionalExpression',
      'isIn(BEFORE_YEAR_MONTH, s, a - 1)',
      'true',
      'any 月 then lets PERIOD_RE run: a prefilter made looser',
    ],
    [
      'if (isIn(RELATIVE_MONTH_BEFORE, s, a - 1)) relative = true;',
      'ConditionalExpression',
      'isIn(RELATIVE_MONTH_BEFORE, s, a - 1)',
      'true',
      'any 月 then lets RELATIVE_RE run: a prefilter made looser',
    ],
    [
      MAY_NAME_LOOP('五'),
      'ConditionalExpression',
      'isIn(BEFORE_FIVE, s, a - 1)',
      'true',
      'any 五 then lets PERIOD_RE run: a prefilter made looser',
    ],
    [
      MAY_NAME_LOOP('季'),
      'ConditionalExpression',
      'isIn(BEFORE_SEASON, s, a - 1)',
      'true',
      'any 季 then lets PERIOD_RE run: a prefilter made looser',
    ],
  ].map(([line, mutator, original, replacement, reason]) => ({
    file: 'src/shared/extract/periods.ts',
    line,
    mutator,
    original,
    replacement,
    reason,
  })),
  // The relative-word test on a 年 (去年同/上年同, 今全本 before, 来以间平年 after): each mutant makes it true more often.
  ...[
    [
      '((before === 0x53bb /* 去 */ || before === 0x4e0a) /* 上 */ && s.charCodeAt(a + 1) === 0x540c) /* 同 */ ||\n      isIn(RELATIVE_YEAR_BEFORE, s, a - 1) ||\n      isIn(RELATIVE_YEAR_AFTER, s, a + 1)',
      'true',
    ],
    [
      '(before === 0x53bb /* 去 */ || before === 0x4e0a) /* 上 */ && s.charCodeAt(a + 1) === 0x540c',
      'before === 0x53bb /* 去 */ || before === 0x4e0a /* 上 */ || s.charCodeAt(a + 1) === 0x540c /* 同 */',
      'LogicalOperator',
    ],
    ['before === 0x53bb /* 去 */ || before === 0x4e0a', 'true'],
    ['s.charCodeAt(a + 1) === 0x540c', 'true'],
  ].map(([original, replacement, mutator = 'ConditionalExpression']) => ({
    file: 'src/shared/extract/periods.ts',
    line: '((before === 0x53bb /* 去 */ || before === 0x4e0a) /* 上 */ && s.charCodeAt(a + 1) === 0x540c)',
    mutator,
    original,
    replacement,
    reason: 'the test for a relative word at a 年 made true more often: RELATIVE_RE runs on more sentences and finds nothing more',
  })),
  // The first indexOf of a loop emptied: indexOf('') is 0, so the loop reads position 0 first (its checks look only at
  // the characters around a position, and at 0 there is none before), then the next 年/五/季 from 1 on. The character
  // at 0 is never one the loop must see: nothing stands before it, and what follows a 年 at 0 (年来, 年平均) gives no
  // period, as RELATIVE_RE's years need a numeral before them. (The indexOf of each loop's step is not equivalent.)
  ...[
    ['年', "for (let a = s.indexOf('年'); a >= 0 && !(period && relative)"],
    ['五', MAY_NAME_LOOP('五')],
    ['季', MAY_NAME_LOOP('季')],
  ].map(([ch, line]) => ({
    file: 'src/shared/extract/periods.ts',
    line,
    column: 26,
    mutator: 'StringLiteral',
    original: `'${ch}'`,
    replacement: '""',
    reason: `the loop starts at 0 instead of the first ${ch}: the character at 0 has nothing before it, so no check there says more`,
  })),
  {
    file: 'src/shared/extract/periods.ts',
    line: MAY_NAME_LOOP('五'),
    column: 65,
    mutator: 'StringLiteral',
    original: "'五'",
    replacement: '""',
    reason:
      'the step then reads every position after the first 五; at the next one the character before is that 五, which BEFORE_FIVE holds: any 五 lets PERIOD_RE run, a prefilter made looser (and the loop ends there)',
  },
  // The extractor's periods (src/shared/extract/periods.ts, report-period.ts): prefilters, an order already kept,
  // guards on reads past a string's start.
  {
    file: 'src/shared/extract/periods.ts',
    line: "groups: { years: n[0].replace(/^(?:近|过去)/u, ''), yearsEnd: g",
    mutator: 'Regex',
    original: '/^(?:近|过去)/u',
    replacement: '/(?:近|过去)/u',
    reason: 'the years before 年来/年间 (YEARS_BEFORE) hold 近 or 过去 only at their start',
  },
  {
    file: 'src/shared/extract/periods.ts',
    line: "if (sentence.includes('近') || sentence.includes('过去')) {",
    mutator: 'ConditionalExpression',
    original: "sentence.includes('近') || sentence.includes('过去')",
    replacement: 'true',
    reason: 'a prefilter: NEAR_YEARS needs 近 or 过去, so running it on every sentence finds nothing more',
  },
  {
    file: 'src/shared/extract/periods.ts',
    line: "if (sentence.includes('近') || sentence.includes('过去')) {",
    mutator: 'StringLiteral',
    original: "'近'",
    replacement: '""',
    reason: "as above: includes('') is always true, so the prefilter lets every sentence through",
  },
  {
    file: 'src/shared/extract/periods.ts',
    line: "if (sentence.includes('近') || sentence.includes('过去')) {",
    mutator: 'StringLiteral',
    original: "'过去'",
    replacement: '""',
    reason: "as above: includes('') is always true, so the prefilter lets every sentence through",
  },
  {
    file: 'src/shared/extract/periods.ts',
    line: "if (sentence.includes('连续')) {",
    mutator: 'ConditionalExpression',
    original: "sentence.includes('连续')",
    replacement: 'true',
    reason: 'a prefilter: STREAK needs 连续, so running it on every sentence finds nothing more',
  },
  {
    file: 'src/shared/extract/periods.ts',
    line: "if (sentence.includes('连续')) {",
    mutator: 'StringLiteral',
    original: "'连续'",
    replacement: '""',
    reason: "as above: includes('') is always true, so the prefilter lets every sentence through",
  },
  {
    file: 'src/shared/extract/periods.ts',
    line: 'if (out.length > main) out.sort((a, b) => a.index - b.index)',
    mutator: 'ConditionalExpression',
    original: 'out.length > main',
    replacement: 'true',
    reason: "the first pass's hits are in sentence order already: sorting them when no other pass added any changes nothing",
  },
  {
    file: 'src/shared/extract/periods.ts',
    line: 'if (out.length > main) out.sort((a, b) => a.index - b.index)',
    mutator: 'EqualityOperator',
    original: 'out.length > main',
    replacement: 'out.length >= main',
    reason: 'as above: out.length equals main only when no other pass added a hit, and those hits are in order',
  },
  {
    file: 'src/shared/extract/report-period.ts',
    line: "for (let nian = text.indexOf('年', 4); nian >= 0; nian = text",
    mutator: 'EqualityOperator',
    original: 'nian >= 0',
    replacement: 'nian > 0',
    reason: "indexOf('年', 4) is -1 or at least 4, never 0",
  },
  {
    file: 'src/shared/extract/report-period.ts',
    line: 'return ((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48)',
    mutator: 'ConditionalExpression',
    original: 'at > 0',
    replacement: 'true',
    reason: 'at 0 the character before is charCodeAt(-1), NaN: neither a digit nor a point, so the guard only says so',
  },
  {
    file: 'src/shared/extract/report-period.ts',
    line: 'return ((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48)',
    mutator: 'EqualityOperator',
    original: 'at > 0',
    replacement: 'at >= 0',
    reason: 'as above: at 0, charCodeAt(-1) is NaN, neither a digit nor a point',
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
      (!e.column || mutant.location.start.column === e.column) &&
      originalOf(source, mutant.location) === e.original,
  );
}
