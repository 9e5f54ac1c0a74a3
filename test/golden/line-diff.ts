/**
 * A small line diff (longest common subsequence) for showing what a changed answer looks like to a
 * reviewer, in the `-` / `+` form of a unified diff without context.
 */

/** The changed lines between two texts: removed lines as `- line`, added lines as `+ line`, in order. */
export const changedLines = (before: string, after: string): ReadonlyArray<string> => {
  const a = before.split('\n');
  const b = after.split('\n');
  const width = b.length + 1;
  // table[i * width + j]: length of the longest common subsequence of a[i..] and b[j..].
  const table = new Uint32Array((a.length + 1) * width);
  const at = (i: number, j: number): number => table[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i * width + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || at(i, j + 1) >= at(i + 1, j))) {
      out.push(`+ ${b[j] ?? ''}`);
      j++;
    } else {
      out.push(`- ${a[i] ?? ''}`);
      i++;
    }
  }
  return out;
};
