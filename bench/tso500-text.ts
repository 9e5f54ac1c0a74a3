/**
 * A synthetic TSO500 `CombinedVariantOutput.tsv` (Local App 2.2 layout) for the parsing measurement:
 * header, `[Analysis Details]`, `[Sequencing Run Details]`, `[TMB]`, `[MSI]`, `[Gene Amplifications]`,
 * `[Splice Variants]`, `[Fusions]` and a `[Small Variants]` table of (by default) 1,200 rows mixed like a
 * real file: mostly intronic and synonymous, about one row in ten with an empty gene cell (off-gene),
 * missense, UTR, splice region, a few truncating and hotspot calls. Synonymous rows carry the c. notation
 * in the P-Dot column, as TSO500 writes it. Positions and transcripts are synthetic.
 */
import type { Rng } from './prng.js';
import { createRng, seedOf } from './prng.js';
import type { Universe } from './universe.js';
import { aminoAcids, base, exonOf, exonTotal, otherAminoAcid, otherBase, toThreeLetter } from './notation.js';

/** Knobs for the file. */
export interface Tso500Options {
  readonly smallVariantRows?: number;
  /** Line ending; a real Local App file used CRLF. */
  readonly eol?: '\n' | '\r\n';
  readonly sampleId?: string;
}

const transcriptNumber = (gene: string): number => {
  let h = 3;
  for (const c of gene) h = (h * 37 + (c.codePointAt(0) ?? 0)) >>> 0;
  return 1000 + (h % 99_000);
};

const smallVariantHeader = [
  'Gene',
  'Chromosome',
  'Genomic Position',
  'Reference Call',
  'Alternative Call',
  'Allele Frequency',
  'Depth',
  'P-Dot Notation',
  'C-Dot Notation',
  'Consequence(s)',
  'Affected Exon(s)',
];

type RowKind =
  | 'intronic'
  | 'synonymous'
  | 'missense'
  | 'off-gene'
  | 'utr3'
  | 'utr5'
  | 'splice-region'
  | 'truncating'
  | 'hotspot';

/** Row shares of a real 1,223-row file (507 intronic, 346 synonymous, 140 missense, 51 3'UTR, 128 off-gene). */
const rowMix: ReadonlyArray<readonly [RowKind, number]> = [
  ['intronic', 507],
  ['synonymous', 346],
  ['missense', 140],
  ['off-gene', 128],
  ['utr3', 51],
  ['utr5', 14],
  ['splice-region', 25],
  ['truncating', 8],
  ['hotspot', 4],
];

const smallVariantRow = (rng: Rng, universe: Universe): string[] => {
  const kind = rng.weighted(rowMix);
  const g =
    kind === 'hotspot' && universe.hotspots.length > 0
      ? (universe.bySymbol.get(rng.pick(universe.hotspots).gene) ?? rng.pick(universe.genes))
      : rng.pick(universe.genes);
  const gene = g.vendorSymbol;
  const chromosome = g.chromosome;
  const position = rng.int(100_000, 150_000_000);
  const ref = base(rng);
  const alt = otherBase(rng, ref);
  const germline = rng.chance(0.6);
  const af = germline
    ? rng.chance(0.8)
      ? 0.42 + rng.next() * 0.16
      : 0.99 + rng.next() * 0.01
    : 0.03 + rng.next() * 0.4;
  const depth = rng.int(120, 2400);
  const nm = `NM_${String(transcriptNumber(gene)).padStart(6, '0')}.${rng.int(1, 4)}`;
  const np = `NP_${String(transcriptNumber(gene) + 7).padStart(6, '0')}.${rng.int(1, 3)}`;
  const residue = rng.int(1, 1400);
  const c = residue * 3 - rng.int(0, 2);
  const total = exonTotal(gene);
  const exon = `${exonOf(residue, total)}/${total}`;
  const aa = rng.pick(aminoAcids);
  let pdot = '';
  let cdot = '';
  let consequence = '';
  let exonCell = '';
  switch (kind) {
    case 'intronic':
      cdot = `${nm}:c.${c}${rng.chance(0.5) ? '+' : '-'}${rng.int(3, 300)}${ref}>${alt}`;
      consequence = 'intron_variant';
      break;
    case 'synonymous':
      cdot = `${nm}:c.${c}${ref}>${alt}`;
      pdot = `${cdot}(p.(${toThreeLetter(`${aa}${residue}`)}=))`;
      consequence = 'synonymous_variant';
      exonCell = exon;
      break;
    case 'missense':
    case 'hotspot':
      cdot = `${nm}:c.${c}${ref}>${alt}`;
      pdot = `${np}:p.(${toThreeLetter(`${aa}${residue}${otherAminoAcid(rng, aa)}`)})`;
      consequence = 'missense_variant';
      exonCell = exon;
      break;
    case 'truncating': {
      const frameshift = rng.chance(0.5);
      cdot = frameshift ? `${nm}:c.${c}del` : `${nm}:c.${c}${ref}>${alt}`;
      pdot = `${np}:p.(${toThreeLetter(frameshift ? `${aa}${residue}${otherAminoAcid(rng, aa)}fs*${rng.int(2, 40)}` : `${aa}${residue}*`)})`;
      consequence = frameshift ? 'frameshift_variant' : 'stop_gained';
      exonCell = exon;
      break;
    }
    case 'utr3':
      cdot = `${nm}:c.*${rng.int(1, 900)}${ref}>${alt}`;
      consequence = '3_prime_UTR_variant';
      exonCell = `${total}/${total}`;
      break;
    case 'utr5':
      cdot = `${nm}:c.-${rng.int(1, 200)}${ref}>${alt}`;
      consequence = '5_prime_UTR_variant';
      exonCell = `1/${total}`;
      break;
    case 'splice-region':
      cdot = `${nm}:c.${c}${ref}>${alt}`;
      pdot = `${cdot}(p.(${toThreeLetter(`${aa}${residue}`)}=))`;
      consequence = 'splice_region_variant:synonymous_variant';
      exonCell = exon;
      break;
    case 'off-gene':
      break;
  }
  return [
    kind === 'off-gene' ? '' : gene,
    chromosome,
    String(position),
    ref,
    alt,
    af.toFixed(4),
    String(depth),
    pdot,
    cdot,
    consequence,
    exonCell,
  ];
};

/** The whole file as text. Same seed, same bytes. */
export const tso500Text = (universe: Universe, seed: number, options: Tso500Options = {}): string => {
  const rng = createRng(seedOf('tso500', seed));
  const rows = options.smallVariantRows ?? 1200;
  const eol = options.eol ?? '\n';
  const id = options.sampleId ?? `BENCH-${seed}`;
  const lines: string[][] = [
    ['TruSight Oncology 500 - Combined Variant Output'],
    ['For Research Use Only. Not for use in diagnostic procedures.'],
    [],
    ['[Analysis Details]'],
    ['Pair ID', id],
    ['DNA Sample ID', `${id}-DNA`],
    ['RNA Sample ID', `${id}-RNA`],
    ['Output Date', '2024-03-14'],
    ['Output Time', '09:46:53'],
    ['Module Version', 'NA'],
    ['Pipeline Version', 'ruo-2.2.0.12'],
    [],
    ['[Sequencing Run Details]'],
    ['Run Name', '240312_A01423_0010_AHGYFYDRXY'],
    ['Run Date', '2024-03-12'],
    ['DNA Sample Index ID', 'UDP0036'],
    ['RNA Sample Index ID', 'UDP0037'],
    ['Instrument Type', 'NovaSeq6000'],
    [],
    ['[TMB]'],
    ['Total TMB', '7.1'],
    ['Coding Region Size in Megabases', '1.28'],
    ['Number of Passing Eligible Variants', '9'],
    [],
    ['[MSI]'],
    ['Usable MSI Sites', '124'],
    ['Total MSI Sites Unstable', '2'],
    ['Percent Unstable MSI Sites', '1.61'],
    [],
    ['[Gene Amplifications]'],
    ['Gene', 'Fold Change'],
  ];
  const amplified = universe.copyNumberGenes.slice(0, 2);
  if (amplified.length === 0) lines.push(['NA', '']);
  for (const gene of amplified)
    lines.push([universe.bySymbol.get(gene)?.vendorSymbol ?? gene, (2.2 + rng.next() * 3).toFixed(3)]);
  lines.push(
    [],
    ['[Splice Variants]'],
    [
      'Gene',
      'Affected Exon',
      'Breakpoint 1',
      'Breakpoint 2',
      'Splice Supporting Reads',
      'Reference Reads Transcript',
    ],
  );
  lines.push(['NA', '', '', '', '', '']);
  lines.push(
    [],
    ['[Fusions]'],
    [
      'Gene Pair',
      'Breakpoint 1',
      'Breakpoint 2',
      'Fusion Supporting Reads',
      'Gene 1 Reference Reads',
      'Gene 2 Reference Reads',
    ],
  );
  const fusionGene = universe.bySymbol.get('ALK')?.fusion === true ? 'ALK' : universe.fusionGenes[0];
  if (fusionGene === undefined) lines.push(['NA', '', '', '', '', '']);
  else lines.push([`EML4-${fusionGene}`, 'chr2:42522654', 'chr2:29446394', '112', '430', '85']);
  lines.push([], ['[Small Variants]'], smallVariantHeader);
  for (let i = 0; i < rows; i++) lines.push(smallVariantRow(rng, universe));
  // Local App pads lines to 3 fields; the padding is part of what a parser must take.
  return (
    lines
      .map((cells) => (cells.length < 3 ? [...cells, ...Array(3 - cells.length).fill('')] : cells).join('\t'))
      .join(eol) + eol
  );
};
