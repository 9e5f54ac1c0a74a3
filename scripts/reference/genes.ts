/**
 * Builds `gene-roles.json` (OncoKB cancer gene list) and `hotspots.json` (cancerhotspots v2 residues).
 * Their symbols are symbols of their time: each is mapped to an HGNC id with the same rule as
 * `normalizeGene`; anything that does not resolve is reported and left out.
 */
import { join } from 'node:path';
import type {
  GeneRoleCall,
  GeneRolesFile,
  HotspotsFile,
  IndelHotspot,
  ResidueHotspot,
  SpliceHotspot,
} from '../../src/model/reference.js';
import type { HgncBuild } from './hgnc.js';
import { readTsv, splitCell } from './io.js';
import { CANCERHOTSPOTS, GENERATED_BY, LICENSES, ONCOKB } from './sources.js';

type Resolve = Pick<HgncBuild, 'resolve' | 'symbolOf' | 'idOfEntrez'>;

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** "N listed under an older symbol: OLD->NEW, ..." for the script's output. */
const renamedIn = (
  genes: ReadonlyArray<{ readonly symbol: string; readonly sourceSymbol?: string | undefined }>,
): string => {
  const renamed = genes
    .filter((g) => g.sourceSymbol !== undefined)
    .map((g) => `${g.sourceSymbol}->${g.symbol}`);
  return `${renamed.length} listed under an older symbol: ${renamed.join(', ') || 'none'}`;
};

/** Maps one source symbol to an HGNC id (Entrez id as a fallback and cross-check); records problems. */
const mapSymbol = (
  hgnc: Resolve,
  symbol: string,
  entrez: string | undefined,
  problems: string[],
): { readonly id: number; readonly symbol: string } | null => {
  const resolution = hgnc.resolve(symbol);
  const byEntrez = entrez ? hgnc.idOfEntrez(entrez) : undefined;
  if (resolution.kind === 'resolved') {
    if (byEntrez !== undefined && byEntrez !== resolution.id) {
      problems.push(
        `${symbol}: symbol gives HGNC:${resolution.id}, Entrez ${entrez} gives HGNC:${byEntrez} (kept the symbol's)`,
      );
    }
    return { id: resolution.id, symbol: hgnc.symbolOf(resolution.id) ?? symbol };
  }
  const why =
    resolution.kind === 'ambiguous'
      ? `ambiguous (${resolution.ids.map((id) => hgnc.symbolOf(id)).join(', ')})`
      : 'unknown';
  if (byEntrez !== undefined) {
    problems.push(`${symbol}: symbol ${why}; resolved by Entrez ${entrez} to ${hgnc.symbolOf(byEntrez)}`);
    return { id: byEntrez, symbol: hgnc.symbolOf(byEntrez) ?? symbol };
  }
  problems.push(`${symbol}: symbol ${why}, left out`);
  return null;
};

const ROLE_BY_GENE_TYPE: Readonly<Record<string, GeneRoleCall>> = {
  ONCOGENE: 'oncogene',
  TSG: 'tumor-suppressor',
  ONCOGENE_AND_TSG: 'both',
  NEITHER: 'neither',
  INSUFFICIENT_EVIDENCE: 'insufficient-evidence',
  '': 'not-annotated',
};

/** Reads the OncoKB cancer gene list (either layout: `Gene Type`, or `Is Oncogene` + `Is Tumor Suppressor Gene`). */
export const buildGeneRoles = (
  dataDir: string,
  hgnc: Resolve,
): { readonly file: GeneRolesFile; readonly report: ReadonlyArray<string> } => {
  const tsv = readTsv(join(dataDir, 'genes/oncokb_cancer_gene_list.tsv'), ['Hugo Symbol', 'Entrez Gene ID']);
  const layout = tsv.header.includes('Gene Type') ? 'gene-type' : 'yes-no';
  if (
    layout === 'yes-no' &&
    !(tsv.header.includes('Is Oncogene') && tsv.header.includes('Is Tumor Suppressor Gene'))
  ) {
    throw new Error('OncoKB list: neither "Gene Type" nor "Is Oncogene"/"Is Tumor Suppressor Gene" columns');
  }
  const roleOf = (row: Readonly<Record<string, string>>, where: string): GeneRoleCall => {
    if (layout === 'gene-type') {
      const role = ROLE_BY_GENE_TYPE[row['Gene Type'] ?? ''];
      if (!role) throw new Error(`${where}: unknown Gene Type "${row['Gene Type']}"`);
      return role;
    }
    const onc = row['Is Oncogene'] === 'Yes';
    const tsg = row['Is Tumor Suppressor Gene'] === 'Yes';
    return onc && tsg ? 'both' : onc ? 'oncogene' : tsg ? 'tumor-suppressor' : 'neither';
  };
  const problems: string[] = [];
  const seen = new Map<number, string>();
  const genes: GeneRolesFile['genes'][number][] = [];
  tsv.rows.forEach((row, i) => {
    const sourceSymbol = row['Hugo Symbol'] ?? '';
    const gene = mapSymbol(hgnc, sourceSymbol, row['Entrez Gene ID'], problems);
    if (!gene) return;
    const earlier = seen.get(gene.id);
    if (earlier !== undefined) {
      problems.push(`${sourceSymbol}: HGNC:${gene.id} already given by ${earlier}, row left out`);
      return;
    }
    seen.set(gene.id, sourceSymbol);
    genes.push({
      hgncId: `HGNC:${gene.id}`,
      symbol: gene.symbol,
      role: roleOf(row, `oncokb_cancer_gene_list.tsv:${i + 2}`),
      ...(gene.symbol === sourceSymbol ? {} : { sourceSymbol }),
    });
  });
  genes.sort((a, b) => byString(a.symbol, b.symbol));
  const counts = Object.values(ROLE_BY_GENE_TYPE)
    .map((role) => `${role} ${genes.filter((g) => g.role === role).length}`)
    .join(', ');
  const file: GeneRolesFile = {
    meta: {
      title: 'OncoKB cancer gene list: the role of each gene (oncogene, tumor suppressor, both, neither)',
      sources: [ONCOKB],
      version: 'OncoKB v5.3',
      date: '2025-10-29',
      license: LICENSES.oncokb,
      generatedBy: GENERATED_BY,
      notes: [
        `${tsv.rows.length} source rows, ${genes.length} genes: ${counts}.`,
        'role: ONCOGENE -> oncogene, TSG -> tumor-suppressor, ONCOGENE_AND_TSG -> both, NEITHER -> neither, ' +
          'INSUFFICIENT_EVIDENCE -> insufficient-evidence, blank (not OncoKB-annotated; listed because other ' +
          'resources include it) -> not-annotated.',
        'date is when the list last changed in the source repository. sourceSymbol is the symbol in the list when ' +
          'it differs from the approved symbol today.',
        ...problems.map((p) => `symbol mapping: ${p}`),
      ],
    },
    genes,
  };
  return {
    file,
    report: [
      `gene-roles: ${genes.length} genes (${counts}); ${renamedIn(genes)}; ${problems.length} mapping problems`,
      ...problems.map((p) => `  oncokb: ${p}`),
    ],
  };
};

const counts = (cell: string | undefined, pattern: RegExp, where: string): Record<string, number> => {
  const entries = splitCell(cell).map((part) => {
    const match = /^(.+):([0-9]+)$/.exec(part);
    if (!match?.[1] || !match[2] || !pattern.test(match[1]))
      throw new Error(`${where}: cannot read "${part}"`);
    return [match[1], Number(match[2])] as const;
  });
  entries.sort(([a, x], [b, y]) => y - x || byString(a, b));
  return Object.fromEntries(entries);
};

/** Reads the cancerhotspots v2 residue table. */
export const buildHotspots = (
  dataDir: string,
  hgnc: Resolve,
): { readonly file: HotspotsFile; readonly report: ReadonlyArray<string> } => {
  const tsv = readTsv(join(dataDir, 'genes/cancerhotspots_v2_residues.tsv'), [
    'Hugo_Symbol',
    'Residue',
    'Reference_Amino_Acid',
    'Amino_Acid_Position',
    'Variant_Amino_Acid',
    'Tumor_Count',
    'Transcript_Id',
  ]);
  const problems: string[] = [];
  interface Gene {
    readonly hgncId: string;
    readonly symbol: string;
    readonly sourceSymbol?: string;
    readonly transcript: string | null;
    readonly residues: ResidueHotspot[];
    readonly splice: SpliceHotspot[];
    readonly indels: IndelHotspot[];
  }
  const bySymbol = new Map<string, Gene | null>();
  let residues = 0;
  let splice = 0;
  let indels = 0;
  tsv.rows.forEach((row, i) => {
    const where = `cancerhotspots_v2_residues.tsv:${i + 2}`;
    const sourceSymbol = row['Hugo_Symbol'] ?? '';
    if (!bySymbol.has(sourceSymbol)) {
      const gene = mapSymbol(hgnc, sourceSymbol, undefined, problems);
      bySymbol.set(
        sourceSymbol,
        gene && {
          hgncId: `HGNC:${gene.id}`,
          symbol: gene.symbol,
          ...(gene.symbol === sourceSymbol ? {} : { sourceSymbol }),
          transcript: row['Transcript_Id'] || null,
          residues: [],
          splice: [],
          indels: [],
        },
      );
    }
    const gene = bySymbol.get(sourceSymbol);
    if (!gene) return;
    if (gene.transcript !== (row['Transcript_Id'] || null))
      throw new Error(`${where}: second transcript for ${sourceSymbol}`);
    const residue = row['Residue'] ?? '';
    const tumorCount = Number(row['Tumor_Count']);
    const single = /^([A-WYZ*])([0-9]+)$/.exec(residue);
    const spliceSite = /^X([0-9]+)$/.exec(residue);
    const span = /^([0-9]+)(?:-([0-9]+))?$/.exec(residue);
    if (single?.[1] && single[2]) {
      const position = Number(single[2]);
      if (String(position) !== row['Amino_Acid_Position'])
        throw new Error(`${where}: position disagrees with residue`);
      gene.residues.push({
        position,
        reference: single[1],
        alternates: counts(row['Variant_Amino_Acid'], /^[A-Z*]$/, where),
        tumorCount,
      });
      residues += 1;
    } else if (spliceSite?.[1]) {
      gene.splice.push({ position: Number(spliceSite[1]), tumorCount });
      splice += 1;
    } else if (span?.[1]) {
      const start = Number(span[1]);
      const end = Number(span[2] ?? span[1]);
      gene.indels.push({
        start,
        end,
        variants: counts(row['Variant_Amino_Acid'], /^[A-Z][0-9]+/, where),
        tumorCount,
      });
      indels += 1;
    } else {
      throw new Error(`${where}: cannot read residue "${residue}"`);
    }
  });
  const genes = [...bySymbol.values()]
    .filter((g): g is Gene => g !== null)
    .map((g) => ({
      ...g,
      residues: [...g.residues].sort((a, b) => a.position - b.position),
      splice: [...g.splice].sort((a, b) => a.position - b.position),
      indels: [...g.indels].sort((a, b) => a.start - b.start || a.end - b.end),
    }))
    .sort((a, b) => byString(a.symbol, b.symbol));
  const ids = new Set(genes.map((g) => g.hgncId));
  if (ids.size !== genes.length) throw new Error('hotspots: two source symbols map to the same gene');
  const summary = `${genes.length} genes, ${residues} single-residue, ${splice} splice-site, ${indels} in-frame indel hotspots`;
  const file: HotspotsFile = {
    meta: {
      title:
        'cancerhotspots.org v2: recurrent single-residue, splice-site and in-frame indel hotspots per gene',
      sources: [CANCERHOTSPOTS],
      version: 'cancerhotspots v2 (Chang et al., Cancer Discovery 2018)',
      date: '2025-10-20',
      license: LICENSES.cancerhotspots,
      generatedBy: GENERATED_BY,
      notes: [
        `${tsv.rows.length} source rows: ${summary}.`,
        "Positions are protein positions on the gene's Ensembl transcript (GRCh37); TSO500 annotates on RefSeq " +
          'transcripts, which number residues differently for a few genes.',
        'residues: reference amino acid and observed alternate amino acids (* = stop) with tumor counts. splice: ' +
          'source residues X<position> (splice site). indels: source spans start-end (a single number = one ' +
          'residue) with the observed changes.',
        'date is the last change of the source file (transcript corrections); the v2 data were published 2017-12-18.',
        ...problems.map((p) => `symbol mapping: ${p}`),
      ],
    },
    genes,
  };
  return {
    file,
    report: [
      `hotspots: ${summary}; ${renamedIn(genes)}; ${problems.length} mapping problems`,
      ...problems.map((p) => `  hotspots: ${p}`),
    ],
  };
};
