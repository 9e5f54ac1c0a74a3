/**
 * The input echo of a rendered result: where each finding came from (its source file and line, its index
 * in the input, also in the key of a finding that has no change text to key it by). Two inputs that differ only in order or layout differ only there; everything else must
 * be byte-identical.
 */

/** The rendered JSON result with the input echo masked. */
export const maskEcho = (json: string | null): string => {
  if (json === null) return 'null';
  const parsed = JSON.parse(json) as { findings: Array<Record<string, unknown>> };
  return JSON.stringify(
    {
      ...parsed,
      findings: parsed.findings.map((f) => ({
        ...f,
        key: String(f['key']).replace(/@findings\[\d+\]/g, '@findings[#]'),
        source: null,
        reason: String(f['reason'])
          .replace(/findings\[\d+\]/g, 'findings[#]')
          .replace(/line \d+/g, 'line #'),
      })),
    },
    null,
    2,
  );
};
