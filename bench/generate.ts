/**
 * A seeded synthetic registry: JSON cases (the `CaseInputSchema` shape) with realistic TSO500 profiles.
 *
 * Per patient: 10-60 findings over the panel genes (a TMB-high outlier has 300+), drawn as
 * - cancer hotspot alleles weighted by their tumor counts (cancerhotspots v2), plus tissue-typical drivers
 *   (KRAS and BRAF V600E in colorectal, EGFR and KRAS G12C in lung, IDH1 and FGFR2 fusions in biliary,
 *   PIK3CA and ERBB2 in breast), EGFR exon 19 deletions and ERBB2/EGFR exon 20 insertions;
 * - truncating variants (nonsense, frameshift, canonical splice) in tumor suppressors;
 * - variants of unknown significance and noise: missense, synonymous, intronic, UTR, splice region;
 * - amplifications among the copy-number genes, fusions and splice variants among the RNA genes;
 * - TMB and MSI always (DNA arm), HRD and IHC sometimes;
 * - patient facts (age or birth date, sex, ECOG, standard therapy, prior drugs), each sometimes missing;
 * - the symbol spellings real inputs use (approved, vendor legacy, previous/alias) and, rarely, an
 *   unknown symbol that normalization must reject.
 * Diagnoses are spread over the OncoTree, weighted toward colorectal, biliary and lung cancer.
 */
import type { Rng } from './prng.js';
import { aliasTable, createRng, seedOf } from './prng.js';
import type { HotspotAllele, Universe } from './universe.js';
import {
  aminoAcids,
  cdnaAt,
  exonOf,
  exonTotal,
  intronicCdna,
  otherAminoAcid,
  pickStyle,
  writeProtein,
} from './notation.js';

/** A JSON case as the generator writes it (plain, mutable JSON; validates against `CaseInputSchema`). */
export interface GeneratedCase {
  patient: {
    id: string;
    age?: number;
    birthDate?: string;
    sex?: 'female' | 'male' | 'other' | 'unknown';
    ecog?: number | 'unknown';
    standardTherapyExhausted?: 'yes' | 'no' | 'unknown';
    priorDrugs?: string[];
    diagnosis: string;
  };
  sample: {
    id: string;
    date?: string;
    assay?: { panel: string | null; version?: string; dna?: boolean; rna?: boolean };
    purity?: number;
  };
  findings: GeneratedFinding[];
}

/** One generated finding (a `FindingInputSchema` object). */
export type GeneratedFinding = Record<string, unknown> & { kind: string };

/** Knobs for one case. */
export interface CaseOptions {
  /** Exactly this many findings (TMB and MSI included); otherwise drawn (10-60, 300+ for outliers). */
  readonly findings?: number;
  /** Force the diagnosis (an OncoTree code). */
  readonly diagnosis?: string;
  /** Force (or forbid) a TMB-high outlier profile. */
  readonly tmbHigh?: boolean;
  /** Leave out the RNA arm (no fusions or splice variants). */
  readonly dnaOnly?: boolean;
  /**
   * Write findings the short way a person types a case (gene, protein change, VAF; no cDNA, depth, exon or
   * ids), as in the "realistic 1 kB, 13-finding profile".
   */
  readonly compact?: boolean;
}

/** Registry-level knobs. */
export interface RegistryOptions extends CaseOptions {
  /** Share of TMB-high outliers with 300+ variants (default 0.03). */
  readonly tmbHighShare?: number;
}

const chemo = [
  'oxaliplatin',
  'fluorouracil',
  'capecitabine',
  'irinotecan',
  'gemcitabine',
  'cisplatin',
  'carboplatin',
  'paclitaxel',
  'docetaxel',
  'bevacizumab',
];
const targeted = ['trastuzumab', 'pembrolizumab', 'nivolumab', 'olaparib', 'cetuximab', 'everolimus'];
const fivePrimePartners = [
  'EML4',
  'CD74',
  'KIF5B',
  'CCDC6',
  'ETV6',
  'TPM3',
  'NCOA4',
  'BICC1',
  'SLC34A2',
  'LMNA',
];
const spliceEvents: Readonly<Record<string, { skippedExons?: string; label?: string }>> = {
  MET: { skippedExons: '14', label: 'MET exon 14 skipping' },
  EGFR: { skippedExons: '2-7', label: 'EGFRvIII' },
  AR: { label: 'AR-V7' },
};
/** In-frame insertions in exon 20 as labs report them. */
const exon20Insertions: Readonly<Record<string, ReadonlyArray<readonly [string, number]>>> = {
  ERBB2: [
    ['A775_G776insYVMA', 60],
    ['G776delinsVC', 15],
    ['P780_Y781insGSP', 10],
    ['G778_S779insG', 5],
  ],
  EGFR: [
    ['D770_N771insSVD', 20],
    ['A767_V769dup', 20],
    ['S768_D770dup', 15],
    ['H773dup', 10],
  ],
};
/** Tissue-typical drivers: probability, gene, allele (1-letter) or event. */
const tissueDrivers: Readonly<
  Record<
    string,
    ReadonlyArray<readonly [number, string, 'hotspot' | 'amp' | 'fusion', ReadonlyArray<string>]>
  >
> = {
  Bowel: [
    [0.42, 'KRAS', 'hotspot', ['G12D', 'G12V', 'G13D', 'G12C', 'Q61H', 'A146T']],
    [0.08, 'BRAF', 'hotspot', ['V600E']],
    [0.04, 'NRAS', 'hotspot', ['Q61K', 'G12D']],
    [0.03, 'ERBB2', 'amp', []],
  ],
  Lung: [
    [0.15, 'EGFR', 'hotspot', ['L858R', 'E746_A750del', 'L747_P753delinsS']],
    [0.13, 'KRAS', 'hotspot', ['G12C', 'G12V', 'G12D']],
    [0.04, 'ALK', 'fusion', ['EML4']],
    [0.02, 'BRAF', 'hotspot', ['V600E']],
    [0.02, 'ERBB2', 'hotspot', ['A775_G776insYVMA']],
    [0.01, 'RET', 'fusion', ['KIF5B']],
    [0.01, 'ROS1', 'fusion', ['CD74']],
  ],
  'Biliary Tract': [
    [0.13, 'IDH1', 'hotspot', ['R132C', 'R132L', 'R132G']],
    [0.1, 'FGFR2', 'fusion', ['BICC1']],
    [0.06, 'ERBB2', 'amp', []],
    [0.05, 'BRAF', 'hotspot', ['V600E']],
    [0.15, 'KRAS', 'hotspot', ['G12D', 'G12V']],
  ],
  Pancreas: [[0.88, 'KRAS', 'hotspot', ['G12D', 'G12V', 'G12R', 'Q61H']]],
  Breast: [
    [0.3, 'PIK3CA', 'hotspot', ['H1047R', 'E545K', 'E542K']],
    [0.15, 'ERBB2', 'amp', []],
    [0.05, 'AKT1', 'hotspot', ['E17K']],
  ],
  'Esophagus/Stomach': [[0.15, 'ERBB2', 'amp', []]],
  Skin: [[0.45, 'BRAF', 'hotspot', ['V600E', 'V600K']]],
  Thyroid: [[0.55, 'BRAF', 'hotspot', ['V600E']]],
};

const residueOf = (change: string): number => Number(/\d+/.exec(change)?.[0] ?? '1');

/** ISO date `days` after 2021-01-01. */
const isoDay = (days: number): string =>
  new Date(Date.UTC(2021, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);

const round = (x: number, places: number): number => Math.round(x * 10 ** places) / 10 ** places;

/** A case generator bound to a universe (builds its weighted samplers once). */
export interface CaseGenerator {
  /** The case at `index` of the registry seeded with `seed`: the same pair always gives the same case. */
  readonly caseAt: (seed: number, index: number, options?: CaseOptions) => GeneratedCase;
  readonly universe: Universe;
}

/** Builds a generator over a universe. */
export const caseGenerator = (universe: Universe, registry: RegistryOptions = {}): CaseGenerator => {
  const hotspot = aliasTable(universe.hotspots.map((h) => [h, h.weight] as const));
  const diagnosis = aliasTable(universe.diagnoses.map((d) => [d, d.weight] as const));
  const tissueOf = new Map(universe.diagnoses.map((d) => [d.code, d.tissue] as const));
  const has = (gene: string): boolean => universe.bySymbol.has(gene);
  const suppressors = universe.suppressors.length > 0 ? universe.suppressors : universe.dnaGenes;
  const tmbHighShare = registry.tmbHighShare ?? 0.03;

  const spell = (rng: Rng, gene: string): string => {
    const g = universe.bySymbol.get(gene);
    if (g === undefined) return gene;
    const r = rng.next();
    if (r < 0.04 && g.vendorSymbol !== g.symbol) return g.vendorSymbol;
    if (r < 0.06 && g.otherSpellings.length > 0) return rng.pick(g.otherSpellings);
    if (r < 0.065) return g.symbol.toLowerCase();
    return g.symbol;
  };

  let compact = false;
  const sequenceVariant = (
    rng: Rng,
    gene: string,
    fields: { change?: string; cdna: string; consequences: string[]; position: number; vaf?: number },
  ): GeneratedFinding => {
    if (compact) {
      return {
        kind: 'sequence-variant',
        gene: spell(rng, gene),
        ...(fields.change === undefined
          ? { cdnaChange: fields.cdna, consequences: fields.consequences }
          : { proteinChange: writeProtein(fields.change, rng.chance(0.5) ? 'p1' : 'bare1') }),
        vaf: round(fields.vaf ?? Math.min(1, Math.max(0.02, rng.logNormal(0.25, 0.6))), 2),
      };
    }
    const total = exonTotal(gene);
    const inExon = !fields.consequences.some((c) => c === 'intron_variant' || c.includes('UTR'));
    const finding: GeneratedFinding = {
      kind: 'sequence-variant',
      gene: spell(rng, gene),
      ...(fields.change === undefined ? {} : { proteinChange: writeProtein(fields.change, pickStyle(rng)) }),
      cdnaChange: fields.cdna,
      consequences: fields.consequences,
      ...(inExon ? { exon: `${exonOf(fields.position, total)}/${total}` } : {}),
      vaf: round(fields.vaf ?? Math.min(1, Math.max(0.02, rng.logNormal(0.25, 0.6))), 4),
      depth: rng.int(80, 2500),
    };
    if (rng.chance(0.15)) finding['origin'] = 'unknown';
    return finding;
  };

  const hotspotFinding = (rng: Rng, h: Pick<HotspotAllele, 'gene' | 'change' | 'kind'>): GeneratedFinding => {
    const position = residueOf(h.change);
    const consequence =
      h.kind === 'nonsense'
        ? 'stop_gained'
        : h.kind === 'missense'
          ? 'missense_variant'
          : /ins|dup/.test(h.change)
            ? 'inframe_insertion'
            : 'inframe_deletion';
    return sequenceVariant(rng, h.gene, {
      change: h.change,
      cdna: cdnaAt(rng, position),
      consequences: [consequence],
      position,
    });
  };

  const truncating = (rng: Rng): GeneratedFinding => {
    const gene = rng.pick(suppressors);
    const position = rng.int(20, 1800);
    const ref = rng.pick(aminoAcids);
    const kind = rng.weighted<'nonsense' | 'frameshift' | 'splice'>([
      ['nonsense', 45],
      ['frameshift', 45],
      ['splice', 10],
    ]);
    if (kind === 'splice') {
      const donor = rng.chance(0.5);
      return sequenceVariant(rng, gene, {
        cdna: `c.${position * 3}${donor ? '+1G>A' : '-2A>G'}`,
        consequences: [donor ? 'splice_donor_variant' : 'splice_acceptor_variant'],
        position,
      });
    }
    const change =
      kind === 'nonsense'
        ? `${ref}${position}*`
        : `${ref}${position}${otherAminoAcid(rng, ref)}fs*${rng.int(2, 60)}`;
    return sequenceVariant(rng, gene, {
      change,
      cdna: cdnaAt(rng, position),
      consequences: [kind === 'nonsense' ? 'stop_gained' : 'frameshift_variant'],
      position,
    });
  };

  const noise = (rng: Rng, missenseShare: number): GeneratedFinding => {
    const gene = rng.pick(universe.dnaGenes);
    const position = rng.int(1, 1500);
    const ref = rng.pick(aminoAcids);
    // Germline-looking calls sit near 0.5 or 1.0.
    const vaf = rng.chance(0.5)
      ? rng.chance(0.85)
        ? 0.45 + rng.next() * 0.1
        : 0.98 + rng.next() * 0.02
      : undefined;
    const kind = rng.weighted<'missense' | 'synonymous' | 'intronic' | 'utr' | 'splice-region'>([
      ['missense', missenseShare],
      ['synonymous', 30],
      ['intronic', 28],
      ['utr', 8],
      ['splice-region', 4],
    ]);
    switch (kind) {
      case 'missense':
        return sequenceVariant(rng, gene, {
          change: `${ref}${position}${otherAminoAcid(rng, ref)}`,
          cdna: cdnaAt(rng, position),
          consequences: ['missense_variant'],
          position,
          ...(vaf === undefined ? {} : { vaf }),
        });
      case 'synonymous':
        return sequenceVariant(rng, gene, {
          change: `${ref}${position}=`,
          cdna: cdnaAt(rng, position),
          consequences: ['synonymous_variant'],
          position,
          ...(vaf === undefined ? {} : { vaf }),
        });
      case 'intronic':
        return sequenceVariant(rng, gene, {
          cdna: intronicCdna(rng, position),
          consequences: ['intron_variant'],
          position,
          ...(vaf === undefined ? {} : { vaf }),
        });
      case 'utr': {
        const three = rng.chance(0.7);
        return sequenceVariant(rng, gene, {
          cdna: three ? `c.*${rng.int(1, 900)}C>T` : `c.-${rng.int(1, 200)}G>A`,
          consequences: [three ? '3_prime_UTR_variant' : '5_prime_UTR_variant'],
          position,
          ...(vaf === undefined ? {} : { vaf }),
        });
      }
      case 'splice-region':
        return sequenceVariant(rng, gene, {
          change: `${ref}${position}=`,
          cdna: cdnaAt(rng, position),
          consequences: ['splice_region_variant', 'synonymous_variant'],
          position,
          ...(vaf === undefined ? {} : { vaf }),
        });
    }
  };

  const amplification = (rng: Rng, gene: string, purity: number | undefined): GeneratedFinding => {
    const foldChange = round(2.2 + rng.logNormal(1.5, 0.7), 3);
    const finding: GeneratedFinding = { kind: 'copy-number', gene: spell(rng, gene), foldChange };
    if (rng.chance(0.6)) finding['call'] = 'amplification';
    if (rng.chance(0.3)) {
      const p = purity ?? 0.5;
      finding['copyNumber'] = round(Math.max(2, (2 * foldChange - 2 * (1 - p)) / p), 1);
    }
    return finding;
  };

  const fusion = (rng: Rng, gene3: string, partner?: string): GeneratedFinding => {
    const candidates = fivePrimePartners.filter(has);
    const gene5 =
      partner !== undefined && has(partner)
        ? partner
        : candidates.length > 0 && rng.chance(0.7)
          ? rng.pick(candidates)
          : rng.pick(universe.dnaGenes);
    const known = rng.chance(0.9);
    const [a, b] = known || rng.chance(0.5) ? [gene5, gene3] : [gene3, gene5];
    return {
      kind: 'fusion',
      gene5: spell(rng, a),
      gene3: spell(rng, b),
      orientationKnown: known,
      breakpoint5: `chr2:${rng.int(10_000_000, 200_000_000)}`,
      breakpoint3: `chr2:${rng.int(10_000_000, 200_000_000)}`,
      supportingReads: rng.int(5, 400),
    };
  };

  const caseAt = (seed: number, index: number, options: CaseOptions = {}): GeneratedCase => {
    const rng = createRng(seedOf('case', seed, index));
    compact = options.compact === true;
    const dx = options.diagnosis ?? diagnosis(rng).code;
    const tissue = tissueOf.get(dx) ?? '';
    const tmbHigh = options.tmbHigh ?? rng.chance(tmbHighShare);
    const rna = options.dnaOnly === true ? false : rng.chance(0.85);
    const purity = rng.chance(0.8) ? round(0.15 + rng.next() * 0.75, 2) : undefined;

    // Patient facts, each sometimes unknown.
    const sex: GeneratedCase['patient']['sex'] = ['Prostate', 'Testis', 'Penis'].includes(tissue)
      ? 'male'
      : ['Ovary/Fallopian Tube', 'Uterus', 'Cervix', 'Vulva/Vagina'].includes(tissue)
        ? 'female'
        : rng.weighted([
            ['female', 48],
            ['male', 48],
            ['unknown', 4],
          ]);
    const patient: GeneratedCase['patient'] = {
      id: `P${seed}-${String(index).padStart(7, '0')}`,
      diagnosis: dx,
    };
    const age = Math.min(92, Math.max(16, Math.round(62 + 11 * rng.normal())));
    const ageForm = rng.next();
    if (ageForm < 0.84) patient.age = age;
    else if (ageForm < 0.9) patient.birthDate = isoDay(-age * 365 - rng.int(0, 364));
    if (rng.chance(0.97)) patient.sex = sex;
    const ecog = rng.weighted<number | 'unknown' | 'missing'>([
      [0, 40],
      [1, 40],
      [2, 10],
      [3, 2],
      ['unknown', 4],
      ['missing', 4],
    ]);
    if (ecog !== 'missing') patient.ecog = ecog;
    const exhausted = rng.weighted<'yes' | 'no' | 'unknown' | 'missing'>([
      ['yes', 80],
      ['unknown', 10],
      ['no', 5],
      ['missing', 5],
    ]);
    if (exhausted !== 'missing') patient.standardTherapyExhausted = exhausted;
    if (rng.chance(0.6)) {
      const drugs = new Set<string>();
      for (let i = rng.int(1, 4); i > 0; i--) drugs.add(rng.pick(chemo));
      if (rng.chance(0.05)) drugs.add(rng.pick(targeted));
      patient.priorDrugs = [...drugs];
    }

    const sample: GeneratedCase['sample'] = {
      id: `S${seed}-${String(index).padStart(7, '0')}`,
      date: isoDay(rng.int(0, 5 * 365)),
      assay: {
        panel: 'TSO500',
        version: rng.pick(['ruo-2.2.0.12', 'ruo-2.1.1.4', '2.6.2.4']),
        dna: true,
        rna,
      },
    };
    if (purity !== undefined) sample.purity = purity;

    // Events first, noise fills up to the drawn total.
    const findings: GeneratedFinding[] = [];
    const tmbValue = tmbHigh
      ? round(rng.logNormal(45, 0.5) + 20, 1)
      : round(Math.min(25, rng.logNormal(4.5, 0.7)), 1);
    const regionSizeMb = rng.pick([1.28, 1.27, 1.26]);
    findings.push({
      kind: 'tmb',
      value: tmbValue,
      eligibleVariants: Math.round(tmbValue * regionSizeMb),
      regionSizeMb,
    });
    const msiHigh = tmbHigh ? rng.chance(0.5) : rng.chance(0.02);
    const usableSites = rng.int(40, 130);
    const percentUnstable = msiHigh
      ? round(25 + rng.next() * 50, 2)
      : round(rng.chance(0.7) ? 0 : rng.next() * 8, 2);
    findings.push({
      kind: 'msi',
      percentUnstable,
      usableSites,
      ...(rng.chance(0.3) ? { status: msiHigh ? 'MSI-H' : 'MSS' } : {}),
    });

    for (const [p, gene, event, alleles] of tissueDrivers[tissue] ?? []) {
      if (!has(gene) || !rng.chance(p)) continue;
      if (event === 'hotspot') {
        const change = rng.pick(alleles);
        const kind = /del|ins|dup/.test(change) ? 'inframe' : 'missense';
        findings.push(hotspotFinding(rng, { gene, change, kind }));
      } else if (event === 'amp') findings.push(amplification(rng, gene, purity));
      else if (rna) findings.push(fusion(rng, gene, rng.pick(alleles)));
    }
    for (let i = rng.poisson(0.9); i > 0; i--)
      if (universe.hotspots.length > 0) findings.push(hotspotFinding(rng, hotspot(rng)));
    for (const [gene, inserts] of Object.entries(exon20Insertions))
      if (has(gene) && rng.chance(0.008)) {
        const change = rng.weighted(inserts);
        const f = hotspotFinding(rng, { gene, change, kind: 'inframe' });
        f['exon'] = `20/${exonTotal(gene)}`;
        findings.push(f);
      }
    for (let i = rng.poisson(tmbHigh ? 6 : 1.1); i > 0; i--) findings.push(truncating(rng));
    if (rng.chance(0.12) && universe.copyNumberGenes.length > 0)
      for (let i = rng.int(1, 3); i > 0; i--)
        findings.push(amplification(rng, rng.pick(universe.copyNumberGenes), purity));
    if (rna && rng.chance(0.04) && universe.fusionGenes.length > 0)
      findings.push(fusion(rng, rng.pick(universe.fusionGenes)));
    if (rna && rng.chance(0.015)) {
      const genes = universe.spliceGenes.filter((g) => spliceEvents[g] !== undefined);
      if (genes.length > 0) {
        const gene = rng.pick(genes);
        findings.push({
          kind: 'splice',
          gene: spell(rng, gene),
          ...spliceEvents[gene],
          supportingReads: rng.int(10, 900),
        });
      }
    }
    if (rng.chance(0.2))
      findings.push({ kind: 'hrd', score: Math.round(Math.min(100, rng.logNormal(18, 0.6))) });
    if (rng.chance(0.1))
      findings.push(
        rng.chance(0.6)
          ? { kind: 'ihc', marker: 'HER2', score: rng.pick(['0', '1+', '2+', '3+']) }
          : { kind: 'ihc', marker: 'PD-L1', score: `TPS ${rng.pick([0, 1, 5, 20, 50, 80])}%` },
      );
    if (rng.chance(0.002))
      findings.push({
        kind: 'sequence-variant',
        gene: `${rng.pick(universe.dnaGenes)}X`,
        proteinChange: 'p.R100W',
      });

    const total =
      options.findings ??
      (tmbHigh ? rng.int(300, 450) : Math.min(60, Math.max(10, Math.round(rng.logNormal(26, 0.42)))));
    findings.splice(total);
    const missenseShare = tmbHigh ? 120 : 30;
    while (findings.length < total)
      findings.push(rng.chance(tmbHigh ? 0.08 : 0) ? truncating(rng) : noise(rng, missenseShare));

    // Findings in a shuffled order, with ids on some.
    for (let i = findings.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [findings[i], findings[j]] = [findings[j] as GeneratedFinding, findings[i] as GeneratedFinding];
    }
    if (!compact && rng.chance(0.3)) findings.forEach((f, i) => (f['id'] = `f${i + 1}`));
    return { patient, sample, findings };
  };

  return { caseAt, universe };
};

/** The first `count` cases of the registry seeded with `seed`. */
export function* registry(
  generator: CaseGenerator,
  seed: number,
  count: number,
  options: CaseOptions = {},
): Generator<GeneratedCase> {
  for (let i = 0; i < count; i++) yield generator.caseAt(seed, i, options);
}

/** NDJSON text: one case per line, each ending in `\n`. */
export const toNdjson = (cases: Iterable<GeneratedCase>): string => {
  let out = '';
  for (const c of cases) out += `${JSON.stringify(c)}\n`;
  return out;
};
