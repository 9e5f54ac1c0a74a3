import fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import hgnc from '../../rules/reference/hgnc.json';
import panel from '../../rules/reference/panel-tso500.json';
import { geneById, geneBySymbol, isPanelGene, normalizeGene, resolveGene } from '../../src/vocab/genes.js';
import type { Issue, Result } from '../../src/model/issue.js';

const ok = <A>(result: Result<A>): A => {
  if (isLeft(result)) throw new Error(`expected Right, got ${result.left.map((i) => i.message).join('; ')}`);
  return result.right;
};
const issueOf = <A>(result: Result<A>): Issue => {
  if (isRight(result)) throw new Error(`expected Left, got ${JSON.stringify(result.right)}`);
  return result.left[0];
};

describe('normalizeGene: the panel', () => {
  it('resolves every one of the 523 TSO500 genes by approved symbol, in any case', () => {
    expect(panel.genes).toHaveLength(523);
    for (const gene of panel.genes) {
      expect(ok(normalizeGene(gene.symbol))).toEqual({ hgncId: gene.hgncId, symbol: gene.symbol });
      expect(ok(normalizeGene(gene.symbol.toLowerCase())).hgncId).toBe(gene.hgncId);
    }
  });

  it('resolves every Illumina spelling to the gene Illumina listed it for', () => {
    for (const gene of panel.genes)
      expect(ok(normalizeGene(gene.vendorSymbol)).hgncId, gene.vendorSymbol).toBe(gene.hgncId);
  });

  it('resolves every legacy spelling in hgnc.json to its gene', () => {
    expect(hgnc.legacy.length).toBeGreaterThanOrEqual(33);
    for (const [token, id] of hgnc.legacy) expect(ok(normalizeGene(String(token))).hgncId).toBe(`HGNC:${id}`);
  });

  // Independent of the generated data: spellings seen in real TSO500 gene lists and outputs.
  it.each([
    ['MYCL1', 'HGNC:7555', 'MYCL'],
    ['SEPT14', 'HGNC:33280', 'SEPTIN14'],
    ['FAM46C', 'HGNC:24712', 'TENT5C'],
    ['H3F3A', 'HGNC:4764', 'H3-3A'],
    ['H3F3C', 'HGNC:33164', 'H3-5'],
    ['WISP3', 'HGNC:12771', 'CCN6'],
    ['HIST1H1C', 'HGNC:4716', 'H1-2'],
    ['HIST1H3B', 'HGNC:4776', 'H3C2'],
    ['HIST1H3C', 'HGNC:4768', 'H3C3'],
    ['HIST2H3D', 'HGNC:25311', 'H3C13'],
    ['HIST3H3', 'HGNC:4778', 'H3-4'],
    ['MLL', 'HGNC:7132', 'KMT2A'],
    ['MRE11A', 'HGNC:7230', 'MRE11'],
    ['PARK2', 'HGNC:8607', 'PRKN'],
    ['C11orf30', 'HGNC:18071', 'EMSY'],
    ['FAM175A', 'HGNC:25829', 'ABRAXAS1'],
    ['GPR124', 'HGNC:17849', 'ADGRA2'],
    ['RFWD2', 'HGNC:17440', 'COP1'],
    ['TCEB1', 'HGNC:11617', 'ELOC'],
    ['PAK7', 'HGNC:15916', 'PAK5'],
    ['FAM123B', 'HGNC:26837', 'AMER1'],
  ])('%s -> %s (%s)', (input, hgncId, symbol) => {
    expect(ok(normalizeGene(input))).toEqual({ hgncId, symbol });
  });
});

describe('normalizeGene: precedence and aliases', () => {
  it('an approved symbol wins over another gene alias: PDK1 is PDK1, not PDPK1', () => {
    expect(ok(normalizeGene('PDK1'))).toEqual({ hgncId: 'HGNC:8809', symbol: 'PDK1' });
    expect(ok(normalizeGene('PDPK1'))).toEqual({ hgncId: 'HGNC:8816', symbol: 'PDPK1' });
  });

  it.each([
    ['HER2', 'ERBB2'],
    ['her-2', 'ERBB2'],
    ['  ERBB2\t', 'ERBB2'],
    ['KRAS2', 'KRAS'],
    ['c-ABL', 'ABL1'],
    ['PI3K', 'PIK3CA'],
    ['STK19', 'WHR1'],
  ])('%s -> %s', (input, symbol) => {
    expect(ok(normalizeGene(input)).symbol).toBe(symbol);
  });

  it('says how a symbol matched', () => {
    expect(ok(resolveGene('ERBB2')).matchedBy).toBe('approved');
    expect(ok(resolveGene('FAM46C')).matchedBy).toBe('previous');
    expect(ok(resolveGene('HER2')).matchedBy).toBe('alias');
    expect(ok(resolveGene(' her2 ')).input).toBe(' her2 ');
  });

  it('knows genes outside the panel (TTN) as genes', () => {
    const ttn = ok(normalizeGene('TTN'));
    expect(ttn).toEqual({ hgncId: 'HGNC:12403', symbol: 'TTN' });
    expect(isPanelGene(ttn, 'TSO500')).toBe(false);
    expect(isPanelGene(ok(normalizeGene('ERBB2')), 'TSO500')).toBe(true);
    expect(isPanelGene(ttn, 'NO_SUCH_PANEL')).toBe(false);
  });
});

describe('normalizeGene: errors', () => {
  // The 17 tokens that name two TSO500 genes (hgnc/aliases.tsv README), with the genes they name.
  it.each([
    ['ACVRLK4', ['ACVR1B', 'TGFBR1']],
    ['CDK4I', ['CDKN2A', 'CDKN2B']],
    ['EIF4F', ['EIF4A2', 'EIF4E']],
    ['EWSR2', ['ETS1', 'FLI1']],
    ['FACD', ['BRCA2', 'FANCD2']],
    ['FAD', ['BRCA2', 'FANCD2']],
    ['FANCD', ['BRCA2', 'FANCD2']],
    ['H3', ['FGFR1', 'H3C14']],
    ['H3.1', ['H3C3', 'H3C6']],
    ['HNPCC', ['MLH1', 'MSH2']],
    ['LAM', ['TSC1', 'TSC2']],
    ['MLL2', ['KMT2B', 'KMT2D']],
    ['MLL4', ['KMT2B', 'KMT2D']],
    ['P55', ['ERG', 'PIK3R3']],
    ['P85', ['PIK3R1', 'PIK3R2']],
    ['TFIIH', ['ERCC2', 'ERCC3']],
    ['TYRO4', ['EPHA3', 'EPHA5']],
  ])('%s is ambiguous between panel genes %j', (input, panelGenes) => {
    const issue = issueOf(normalizeGene(input, ['findings', 2, 'gene']));
    expect(issue.code).toBe('ambiguous_gene_symbol');
    expect(issue.severity).toBe('error');
    expect(issue.path).toEqual(['findings', 2, 'gene']);
    expect(issue.input).toBe(input);
    for (const symbol of panelGenes) expect(issue.suggestions).toContain(symbol);
    expect(issue.message).toContain(`"${input}" at findings[2].gene`);
  });

  it('reports ambiguity across the whole genome, not only the panel', () => {
    const p16 = issueOf(normalizeGene('P16'));
    expect(p16.code).toBe('ambiguous_gene_symbol');
    expect(p16.suggestions).toContain('CDKN2A');
    expect(p16.suggestions?.length).toBeGreaterThan(1);
    expect(issueOf(normalizeGene('NRF2')).suggestions).toEqual(['GABPA', 'NFE2L2']);
  });

  it('rejects an unknown symbol with a did-you-mean suggestion', () => {
    const issue = issueOf(normalizeGene('HER-2x', ['findings', 3, 'gene']));
    expect(issue.code).toBe('unknown_gene_symbol');
    expect(issue.suggestions).toEqual(['ERBB2']);
    expect(issue.message).toBe('Unknown gene symbol "HER-2x" at findings[3].gene: did you mean ERBB2?');
    expect(issueOf(normalizeGene('BRAFF')).suggestions).toContain('BRAF');
    expect(issueOf(normalizeGene('egfrr')).suggestions).toEqual(['EGFR']);
  });

  it('rejects an unknown symbol without suggestions when nothing is close', () => {
    const issue = issueOf(normalizeGene('XQZXQZXQZ'));
    expect(issue.code).toBe('unknown_gene_symbol');
    expect(issue.suggestions).toEqual([]);
    expect(issue.message).toBe('Unknown gene symbol "XQZXQZXQZ".');
  });

  it.each(['', '   ', '\t'])('rejects the empty symbol %j', (input) => {
    expect(issueOf(normalizeGene(input)).code).toBe('empty_gene_symbol');
  });
});

describe('normalizeGene: properties', () => {
  const knownTokens = [
    ...panel.genes.flatMap((g) => [g.symbol, g.vendorSymbol]),
    ...hgnc.panelSymbols.flatMap(([, previous, aliases]) =>
      `${previous}|${aliases}`.split('|').filter(Boolean),
    ),
    ...hgnc.legacy.map(([token]) => String(token)),
    'TTN',
    'HER2',
  ];
  // Mostly real spellings (the interesting cases); some random strings, which are rarely genes.
  const token = fc.oneof(
    { arbitrary: fc.constantFrom(...knownTokens), weight: 8 },
    { arbitrary: fc.constantFrom(...knownTokens).map((t) => ` ${t.toLowerCase()} `), weight: 4 },
    { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  );

  it('is idempotent: normalizing the returned symbol gives the same gene', () => {
    fc.assert(
      fc.property(token, (input) => {
        const first = normalizeGene(input);
        if (isLeft(first)) return true;
        expect(normalizeGene(first.right.symbol)).toEqual(first);
        return true;
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('ignores case and surrounding whitespace', () => {
    fc.assert(
      fc.property(fc.constantFrom(...knownTokens), fc.constantFrom('', ' ', '\t'), (input, pad) => {
        const upper = normalizeGene(`${pad}${input.toUpperCase()}${pad}`);
        const lower = normalizeGene(input.toLowerCase());
        if (isRight(lower)) expect(upper).toEqual(lower);
        else
          expect([issueOf(upper).code, issueOf(upper).suggestions]).toEqual([
            lower.left[0].code,
            lower.left[0].suggestions,
          ]);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws and always returns a coded issue or a gene', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (input) => {
        const result = normalizeGene(input);
        if (isLeft(result)) {
          expect(['empty_gene_symbol', 'unknown_gene_symbol', 'ambiguous_gene_symbol']).toContain(
            result.left[0].code,
          );
        } else {
          expect(result.right.hgncId).toMatch(/^HGNC:[1-9][0-9]*$/);
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe('geneById / geneBySymbol', () => {
  it('finds a gene by HGNC id, any case', () => {
    expect(geneById('HGNC:3430')).toEqual({ hgncId: 'HGNC:3430', symbol: 'ERBB2' });
    expect(geneById('hgnc:3430')).toEqual({ hgncId: 'HGNC:3430', symbol: 'ERBB2' });
    expect(geneById('3430')).toBeNull();
    expect(geneById('HGNC:999999999')).toBeNull();
  });

  it('finds a gene by approved symbol only', () => {
    expect(geneBySymbol('erbb2')).toEqual({ hgncId: 'HGNC:3430', symbol: 'ERBB2' });
    expect(geneBySymbol('HER2')).toBeNull();
    expect(geneBySymbol('MYCL1')).toBeNull();
  });
});
