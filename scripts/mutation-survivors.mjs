/**
 * `npm run test:mutation -- <module> --survivors`: which lines to mutate again. The last report holds each
 * survivor's line in the file *as it was then* (the report keeps that source); since then a fix or a new
 * helper may have moved every line below it. So each report line is carried to the current file through a line
 * diff of the two sources (a longest common subsequence of whole lines), and a survivor is retested where its
 * line is now. Lines added or changed since the report are retested too: their mutants have no last result, and
 * a run limited to other lines would leave them out of the report (and of the score). Types in
 * mutation-survivors.d.mts; scripts/mutation.mjs reads the files and the equivalents list.
 */

/**
 * For each line of `before` (index = 1-based line number), the 1-based line of `after` it is kept as
 * unchanged, or 0 when it was removed or changed. Index 0 is unused.
 */
export function lineMap(before, after) {
  const a = before.replace(/\r\n?/g, '\n').split('\n');
  const b = after.replace(/\r\n?/g, '\n').split('\n');
  const map = new Int32Array(a.length + 1);
  // A common head and tail map one to one; only the middle needs the table.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) {
    map[head + 1] = head + 1;
    head++;
  }
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) {
    map[a.length - tail] = b.length - tail;
    tail++;
  }
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n === 0 || m === 0) return map;
  // lcs[i * (m + 1) + j]: the longest common subsequence of a's middle from i and b's middle from j.
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * (m + 1) + j] =
        a[head + i] === b[head + j] ? lcs[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[head + i] === b[head + j]) {
      map[head + i + 1] = head + j + 1;
      i++;
      j++;
    } else if (lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) i++;
    else j++;
  }
  return map;
}

/**
 * Stryker `file:start-end` mutate ranges, one per run of lines to retest: the current lines of the report's
 * survivors and of the mutants no test reached (`isEquivalent` left out), and every line added or changed since
 * the report. `report` is Stryker's JSON report (`files`: path → { source, mutants }); `currentSource(path)` is
 * the file as it is now, or undefined when it is gone (nothing to retest there).
 */
export function survivorRanges(report, currentSource, isEquivalent = () => false) {
  const ranges = [];
  for (const [path, f] of Object.entries(report.files)) {
    const now = currentSource(path);
    if (now === undefined) continue;
    const map = lineMap(f.source, now);
    const lines = new Set();
    for (const mutant of f.mutants) {
      if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
      if (isEquivalent(path, f.source, mutant)) continue;
      for (let l = mutant.location.start.line; l <= mutant.location.end.line; l++) if (map[l]) lines.add(map[l]);
    }
    // Lines of the current file no report line maps to: new or changed code, with no result to keep (blank
    // lines hold no mutant).
    const kept = new Set(map);
    const current = now.replace(/\r\n?/g, '\n').split('\n');
    current.forEach((text, i) => {
      if (!kept.has(i + 1) && text.trim()) lines.add(i + 1);
    });
    const sorted = [...lines].sort((x, y) => x - y);
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
      ranges.push(`${path}:${sorted[i]}-${sorted[j]}`);
      i = j + 1;
    }
  }
  return ranges;
}
