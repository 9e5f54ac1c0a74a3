/**
 * What the synthetic registry draws from: the panel's genes and what each arm assesses, gene roles,
 * cancer hotspot alleles with their tumor counts, other spellings of gene symbols, and OncoTree codes
 * weighted like a precision-oncology trial's referrals (colorectal, biliary and lung first, as in
 * IMPRESS-Norway).
 *
 * Read from `rules/reference/*.json` (the shipped reference data). When a file is not there yet, a small
 * built-in universe stands in for it and `notes` says so, so the benchmark and its tests run regardless.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One panel gene and what the assay assesses for it. */
export interface UniverseGene {
  readonly symbol: string;
  /** How the vendor writes it (TSO500 output keeps older HGNC symbols, e.g. `MYCL1`). */
  readonly vendorSymbol: string;
  readonly smallVariants: boolean;
  readonly copyNumber: boolean;
  readonly fusion: boolean;
  readonly splice: boolean;
  readonly role: 'oncogene' | 'tumor-suppressor' | 'both' | 'other';
  /** Other unambiguous spellings (previous symbols, aliases) a lab or a clinician may write. */
  readonly otherSpellings: ReadonlyArray<string>;
  /** Pseudo chromosome (the reference data carry none): stable per gene, used for TSO500 rows only. */
  readonly chromosome: string;
}

/** One hotspot allele: a residue change or an in-frame indel, weighted by how many tumors carry it. */
export interface HotspotAllele {
  readonly gene: string;
  /** 1-letter change without `p.`, e.g. `V600E`, `G12*`, `E746_A750del`. */
  readonly change: string;
  readonly kind: 'missense' | 'nonsense' | 'inframe';
  readonly position: number;
  readonly weight: number;
}

/** A diagnosis code with its tissue and sampling weight. */
export interface UniverseDiagnosis {
  readonly code: string;
  readonly tissue: string;
  readonly weight: number;
}

/** Everything the generators draw from. */
export interface Universe {
  readonly genes: ReadonlyArray<UniverseGene>;
  readonly bySymbol: ReadonlyMap<string, UniverseGene>;
  readonly dnaGenes: ReadonlyArray<string>;
  readonly copyNumberGenes: ReadonlyArray<string>;
  readonly fusionGenes: ReadonlyArray<string>;
  readonly spliceGenes: ReadonlyArray<string>;
  readonly suppressors: ReadonlyArray<string>;
  readonly oncogenes: ReadonlyArray<string>;
  readonly hotspots: ReadonlyArray<HotspotAllele>;
  readonly diagnoses: ReadonlyArray<UniverseDiagnosis>;
  /** Where each part came from, e.g. `panel: rules/reference/panel-tso500.json (523 genes)`. */
  readonly notes: ReadonlyArray<string>;
}

/** Referral shares by OncoTree tissue (IMPRESS-Norway-like: colorectal, biliary, lung first). */
export const tissueWeights: ReadonlyArray<readonly [string, number]> = [
  ['Bowel', 20],
  ['Biliary Tract', 12],
  ['Lung', 11],
  ['Pancreas', 8],
  ['Breast', 6],
  ['Ovary/Fallopian Tube', 5],
  ['Esophagus/Stomach', 5],
  ['Prostate', 4],
  ['Soft Tissue', 4],
  ['Uterus', 3],
  ['CNS/Brain', 3],
  ['Skin', 3],
  ['Head and Neck', 3],
  ['Bladder/Urinary Tract', 3],
  ['Kidney', 2],
  ['Thyroid', 1],
  ['Liver', 2],
  ['Bone', 1],
];

/** The common specific codes inside a tissue get most of that tissue's weight. */
const preferredCodes: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  Bowel: [
    ['COAD', 10],
    ['READ', 4],
    ['COADREAD', 5],
  ],
  'Biliary Tract': [
    ['IHCH', 5],
    ['EHCH', 3],
    ['GBC', 3],
    ['CHOL', 2],
  ],
  Lung: [
    ['LUAD', 8],
    ['LUSC', 2],
    ['NSCLC', 2],
  ],
  Pancreas: [['PAAD', 10]],
  Breast: [
    ['IDC', 5],
    ['BRCA', 3],
  ],
  'Ovary/Fallopian Tube': [['HGSOC', 6]],
  'Esophagus/Stomach': [
    ['STAD', 4],
    ['ESCA', 3],
  ],
  Prostate: [['PRAD', 10]],
  Skin: [['SKCM', 6]],
  'Head and Neck': [['HNSC', 6]],
  'Bladder/Urinary Tract': [['BLCA', 6]],
  Uterus: [['UCEC', 6]],
  Thyroid: [['THPA', 6]],
};

/** Share of a tissue's weight spread uniformly over its other codes (rare subtypes). */
const rareShare = 0.25;

interface PanelJson {
  readonly genes: ReadonlyArray<{
    readonly symbol: string;
    readonly vendorSymbol?: string;
    readonly kinds: ReadonlyArray<string>;
  }>;
}
interface RolesJson {
  readonly genes: ReadonlyArray<{ readonly symbol: string; readonly role: string }>;
}
interface HotspotsJson {
  readonly genes: ReadonlyArray<{
    readonly symbol: string;
    readonly residues: ReadonlyArray<{
      readonly position: number;
      readonly reference: string;
      readonly alternates: Readonly<Record<string, number>>;
    }>;
    readonly indels: ReadonlyArray<{
      readonly start: number;
      readonly variants: Readonly<Record<string, number>>;
    }>;
  }>;
}
interface OncotreeJson {
  readonly nodes: ReadonlyArray<{
    readonly code: string;
    readonly tissue: string | null;
    readonly level: number;
  }>;
}
interface HgncJson {
  readonly genes: ReadonlyArray<readonly [number, string, string?]>;
  readonly panelSymbols: ReadonlyArray<readonly [number, string, string]>;
}

const readJson = <T>(file: string): T | null =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;

/** A stable pseudo chromosome for a gene symbol. */
const chromosomeOf = (symbol: string): string => {
  let h = 7;
  for (const c of symbol) h = (h * 31 + (c.codePointAt(0) ?? 0)) >>> 0;
  const n = h % 23;
  return n === 22 ? 'chrX' : `chr${n + 1}`;
};

/** Built-in stand-in for the reference data: a few dozen well-known genes, hotspots and codes. */
const builtIn = {
  // symbol, kinds (s = small, c = copy number, f = fusion, p = splice), role
  genes: [
    ['BRAF', 'scf', 'oncogene'],
    ['KRAS', 'sc', 'oncogene'],
    ['NRAS', 's', 'oncogene'],
    ['HRAS', 's', 'oncogene'],
    ['PIK3CA', 'sc', 'oncogene'],
    ['EGFR', 'scfp', 'oncogene'],
    ['ERBB2', 'sc', 'oncogene'],
    ['MET', 'scfp', 'oncogene'],
    ['ALK', 'sf', 'oncogene'],
    ['ROS1', 'sf', 'oncogene'],
    ['RET', 'sf', 'oncogene'],
    ['NTRK1', 'sf', 'oncogene'],
    ['NTRK2', 'sf', 'oncogene'],
    ['NTRK3', 'sf', 'oncogene'],
    ['FGFR1', 'scf', 'oncogene'],
    ['FGFR2', 'scf', 'oncogene'],
    ['FGFR3', 'scf', 'oncogene'],
    ['IDH1', 's', 'oncogene'],
    ['IDH2', 's', 'oncogene'],
    ['CDK4', 'sc', 'oncogene'],
    ['CDK6', 'sc', 'oncogene'],
    ['CCND1', 'sc', 'oncogene'],
    ['MYC', 'sc', 'oncogene'],
    ['MDM2', 'sc', 'oncogene'],
    ['AKT1', 's', 'oncogene'],
    ['ESR1', 'sf', 'oncogene'],
    ['AR', 'scp', 'oncogene'],
    ['SMO', 's', 'oncogene'],
    ['TP53', 's', 'tumor-suppressor'],
    ['APC', 's', 'tumor-suppressor'],
    ['PTEN', 's', 'tumor-suppressor'],
    ['BRCA1', 's', 'tumor-suppressor'],
    ['BRCA2', 's', 'tumor-suppressor'],
    ['ATM', 's', 'tumor-suppressor'],
    ['CDKN2A', 's', 'tumor-suppressor'],
    ['SMAD4', 's', 'tumor-suppressor'],
    ['ARID1A', 's', 'tumor-suppressor'],
    ['PTCH1', 's', 'tumor-suppressor'],
    ['NF1', 's', 'tumor-suppressor'],
    ['STK11', 's', 'tumor-suppressor'],
    ['TSC1', 's', 'tumor-suppressor'],
    ['TSC2', 's', 'tumor-suppressor'],
    ['KMT2D', 's', 'tumor-suppressor'],
    ['TTN', 's', 'other'],
    ['EML4', 's', 'other'],
  ] as ReadonlyArray<readonly [string, string, UniverseGene['role']]>,
  hotspots: [
    ['BRAF', 'V600E', 'missense', 600, 833],
    ['BRAF', 'V600K', 'missense', 600, 24],
    ['KRAS', 'G12D', 'missense', 12, 882],
    ['KRAS', 'G12V', 'missense', 12, 626],
    ['KRAS', 'G12C', 'missense', 12, 321],
    ['KRAS', 'G13D', 'missense', 13, 268],
    ['KRAS', 'Q61H', 'missense', 61, 80],
    ['NRAS', 'Q61R', 'missense', 61, 204],
    ['NRAS', 'Q61K', 'missense', 61, 142],
    ['PIK3CA', 'H1047R', 'missense', 1047, 544],
    ['PIK3CA', 'E545K', 'missense', 545, 575],
    ['PIK3CA', 'E542K', 'missense', 542, 341],
    ['EGFR', 'L858R', 'missense', 858, 144],
    ['EGFR', 'T790M', 'missense', 790, 59],
    ['EGFR', 'E746_A750del', 'inframe', 746, 180],
    ['ERBB2', 'S310F', 'missense', 310, 95],
    ['IDH1', 'R132H', 'missense', 132, 350],
    ['IDH2', 'R140Q', 'missense', 140, 90],
    ['AKT1', 'E17K', 'missense', 17, 90],
    ['TP53', 'R175H', 'missense', 175, 350],
    ['TP53', 'R273H', 'missense', 273, 300],
    ['TP53', 'R248Q', 'missense', 248, 280],
    ['ESR1', 'D538G', 'missense', 538, 40],
  ] as ReadonlyArray<readonly [string, string, HotspotAllele['kind'], number, number]>,
  diagnoses: [
    ['COAD', 'Bowel'],
    ['READ', 'Bowel'],
    ['COADREAD', 'Bowel'],
    ['IHCH', 'Biliary Tract'],
    ['EHCH', 'Biliary Tract'],
    ['GBC', 'Biliary Tract'],
    ['CHOL', 'Biliary Tract'],
    ['LUAD', 'Lung'],
    ['LUSC', 'Lung'],
    ['NSCLC', 'Lung'],
    ['PAAD', 'Pancreas'],
    ['IDC', 'Breast'],
    ['BRCA', 'Breast'],
    ['HGSOC', 'Ovary/Fallopian Tube'],
    ['STAD', 'Esophagus/Stomach'],
    ['ESCA', 'Esophagus/Stomach'],
    ['PRAD', 'Prostate'],
    ['SKCM', 'Skin'],
    ['HNSC', 'Head and Neck'],
    ['BLCA', 'Bladder/Urinary Tract'],
    ['UCEC', 'Uterus'],
    ['THPA', 'Thyroid'],
    ['GIST', 'Soft Tissue'],
  ] as ReadonlyArray<readonly [string, string]>,
};

const roleOf = (role: string | undefined): UniverseGene['role'] =>
  role === 'oncogene'
    ? 'oncogene'
    : role === 'tumor-suppressor'
      ? 'tumor-suppressor'
      : role === 'both'
        ? 'both'
        : 'other';

/** Weights codes by tissue share, with the preferred codes of a tissue taking most of it. */
const weighDiagnoses = (nodes: ReadonlyArray<{ code: string; tissue: string }>): UniverseDiagnosis[] => {
  const byTissue = new Map<string, string[]>();
  for (const { code, tissue } of nodes) byTissue.set(tissue, [...(byTissue.get(tissue) ?? []), code]);
  const listed = new Map(tissueWeights);
  const otherTissues = [...byTissue.keys()].filter((t) => !listed.has(t));
  const out: UniverseDiagnosis[] = [];
  const spread = (tissue: string, weight: number): void => {
    const codes = byTissue.get(tissue) ?? [];
    if (codes.length === 0) return;
    const preferred = (preferredCodes[tissue] ?? []).filter(([code]) => codes.includes(code));
    const preferredTotal = preferred.reduce((s, [, w]) => s + w, 0);
    const rest = codes.filter((code) => !preferred.some(([p]) => p === code));
    const restWeight = preferred.length === 0 ? weight : weight * rareShare;
    for (const [code, w] of preferred)
      out.push({ code, tissue, weight: ((weight - restWeight) * w) / preferredTotal });
    for (const code of rest) out.push({ code, tissue, weight: restWeight / rest.length });
  };
  for (const [tissue, weight] of tissueWeights) spread(tissue, weight);
  for (const tissue of otherTissues) spread(tissue, 2 / Math.max(1, otherTissues.length));
  return out.filter((d) => d.weight > 0);
};

/**
 * Loads the universe from `<root>/rules/reference/`, part by part, falling back to the built-in one for
 * any part whose file is missing.
 */
export const loadUniverse = (root: string): Universe => {
  const dir = join(root, 'rules', 'reference');
  const notes: string[] = [];
  const panel = readJson<PanelJson>(join(dir, 'panel-tso500.json'));
  const roles = readJson<RolesJson>(join(dir, 'gene-roles.json'));
  const hotspotsFile = readJson<HotspotsJson>(join(dir, 'hotspots.json'));
  const oncotree = readJson<OncotreeJson>(join(dir, 'oncotree.json'));
  const hgnc = readJson<HgncJson>(join(dir, 'hgnc.json'));

  const roleBySymbol = new Map((roles?.genes ?? []).map((g) => [g.symbol, roleOf(g.role)] as const));
  if (roles === null) notes.push('gene roles: built-in (rules/reference/gene-roles.json missing)');

  // Other spellings: previous and alias symbols that name exactly one gene and are nobody's approved symbol.
  const spellings = new Map<string, string[]>();
  if (hgnc !== null) {
    const approved = new Set(hgnc.genes.map((g) => g[1].toUpperCase()));
    const symbolOf = new Map(hgnc.genes.map((g) => [g[0], g[1]] as const));
    const synonymsOf = new Map(hgnc.genes.map((g) => [g[0], g[2] ?? ''] as const));
    const owners = new Map<string, number>();
    const count = (s: string): void => {
      if (s !== '') owners.set(s.toUpperCase(), (owners.get(s.toUpperCase()) ?? 0) + 1);
    };
    for (const [, , synonyms] of hgnc.genes) for (const s of (synonyms ?? '').split('|')) count(s);
    for (const [num, prev, alias] of hgnc.panelSymbols) {
      const listed = new Set((synonymsOf.get(num) ?? '').toUpperCase().split('|'));
      for (const s of `${prev}|${alias}`.split('|')) if (!listed.has(s.toUpperCase())) count(s);
    }
    for (const [num, prev, alias] of hgnc.panelSymbols) {
      const symbol = symbolOf.get(num);
      if (symbol === undefined) continue;
      const ok = `${prev}|${alias}`
        .split('|')
        .filter((s) => /^[A-Z0-9][A-Z0-9-]*$/.test(s) && !approved.has(s) && owners.get(s) === 1);
      spellings.set(symbol, ok);
    }
  }

  let genes: UniverseGene[];
  if (panel !== null) {
    genes = panel.genes.map((g) => ({
      symbol: g.symbol,
      vendorSymbol: g.vendorSymbol ?? g.symbol,
      smallVariants: g.kinds.includes('small-variant'),
      copyNumber: g.kinds.includes('amplification'),
      fusion: g.kinds.includes('fusion'),
      splice: g.kinds.includes('splice'),
      role: roleBySymbol.get(g.symbol) ?? 'other',
      otherSpellings: spellings.get(g.symbol) ?? [],
      chromosome: chromosomeOf(g.symbol),
    }));
    notes.push(`panel: rules/reference/panel-tso500.json (${genes.length} genes)`);
  } else {
    genes = builtIn.genes.map(([symbol, kinds, role]) => ({
      symbol,
      vendorSymbol: symbol,
      smallVariants: kinds.includes('s'),
      copyNumber: kinds.includes('c'),
      fusion: kinds.includes('f'),
      splice: kinds.includes('p'),
      role: roleBySymbol.get(symbol) ?? role,
      otherSpellings: spellings.get(symbol) ?? [],
      chromosome: chromosomeOf(symbol),
    }));
    notes.push(`panel: built-in (${genes.length} genes; rules/reference/panel-tso500.json missing)`);
  }
  const bySymbol = new Map(genes.map((g) => [g.symbol, g] as const));

  let hotspots: HotspotAllele[];
  if (hotspotsFile !== null) {
    hotspots = hotspotsFile.genes
      .filter((g) => bySymbol.has(g.symbol))
      .flatMap((g) => [
        ...g.residues.flatMap((r) =>
          Object.entries(r.alternates)
            .filter(([alt]) => alt !== r.reference)
            .map(([alt, count]): HotspotAllele => ({
              gene: g.symbol,
              change: `${r.reference}${r.position}${alt}`,
              kind: alt === '*' ? 'nonsense' : 'missense',
              position: r.position,
              weight: count,
            })),
        ),
        ...g.indels.flatMap((span) =>
          Object.entries(span.variants)
            .filter(([change]) => /^[A-Z]\d+(_[A-Z]\d+)?(del|dup|ins[A-Z]+|delins[A-Z]+)$/.test(change))
            .map(([change, count]): HotspotAllele => ({
              gene: g.symbol,
              change,
              kind: 'inframe',
              position: span.start,
              weight: count,
            })),
        ),
      ]);
    notes.push(`hotspots: rules/reference/hotspots.json (${hotspots.length} alleles)`);
  } else {
    hotspots = builtIn.hotspots
      .filter(([gene]) => bySymbol.has(gene))
      .map(([gene, change, kind, position, weight]) => ({ gene, change, kind, position, weight }));
    notes.push(`hotspots: built-in (${hotspots.length} alleles; rules/reference/hotspots.json missing)`);
  }

  let diagnoses: UniverseDiagnosis[];
  if (oncotree !== null) {
    diagnoses = weighDiagnoses(
      oncotree.nodes
        .filter((n) => n.level >= 2 && n.tissue !== null)
        .map((n) => ({ code: n.code, tissue: n.tissue as string })),
    );
    notes.push(`diagnoses: rules/reference/oncotree.json (${diagnoses.length} codes)`);
  } else {
    diagnoses = weighDiagnoses(builtIn.diagnoses.map(([code, tissue]) => ({ code, tissue })));
    notes.push(`diagnoses: built-in (${diagnoses.length} codes; rules/reference/oncotree.json missing)`);
  }

  const symbols = (p: (g: UniverseGene) => boolean): string[] => genes.filter(p).map((g) => g.symbol);
  return {
    genes,
    bySymbol,
    dnaGenes: symbols((g) => g.smallVariants),
    copyNumberGenes: symbols((g) => g.copyNumber),
    fusionGenes: symbols((g) => g.fusion),
    spliceGenes: symbols((g) => g.splice),
    suppressors: symbols((g) => g.role === 'tumor-suppressor' || g.role === 'both'),
    oncogenes: symbols((g) => g.role === 'oncogene' || g.role === 'both'),
    hotspots,
    diagnoses,
    notes,
  };
};
