import { isLeft, isRight } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import type { ProteinChange } from '../../src/model/protein-change.js';
import { aminoAcidFromCode, AMINO_ACIDS, threeLetterAminoAcid } from '../../src/vocab/amino-acids.js';
import {
  affectedCodons,
  affectedResidues,
  equalProteinChange,
  formatProteinChange,
  formatProteinChangeLong,
  isProteinAltering,
  isTruncating,
  parseProteinChange,
  proteinChangeKey,
  proteinVariantClass,
} from '../../src/vocab/hgvs.js';

const parsed = (text: string): ProteinChange => {
  const result = parseProteinChange(text);
  if (!isRight(result)) throw new Error(`expected "${text}" to parse: ${result.left[0].message}`);
  return result.right;
};

describe('one-letter and three-letter spellings', () => {
  const pairs: ReadonlyArray<readonly [string, string]> = [
    ['p.V600E', 'p.Val600Glu'],
    ['p.V600E', 'p.VAL600GLU'],
    ['p.V600E', 'p.val600glu'],
    ['p.W557*', 'p.Trp557Ter'],
    ['p.W557X', 'p.Trp557*'],
    ['p.W557*', 'p.Trp557X'],
    ['p.N999=', 'p.Asn999='],
    ['p.M1470Cfs*26', 'p.Met1470CysfsTer26'],
    ['p.M1470Cfs*?', 'p.Met1470Cysfs*?'],
    ['p.K1423fs', 'p.Lys1423fs'],
    ['p.E746_A750del', 'p.Glu746_Ala750del'],
    ['p.P129del', 'p.Pro129del'],
    ['p.S447_R448dup', 'p.Ser447_Arg448dup'],
    ['p.P780_Y781insGSP', 'p.Pro780_Tyr781insGlySerPro'],
    ['p.A1_G2insGLY', 'p.Ala1_Gly2insGlyLeuTyr'],
    ['p.R78_G79ins23', 'p.Arg78_Gly79insXaa[23]'],
    ['p.E746_S752delinsV', 'p.Glu746_Ser752delinsVal'],
    ['p.G776delinsVC', 'p.Gly776delinsValCys'],
    ['p.*1000Qext*?', 'p.Ter1000GlnextTer?'],
    ['p.*110Qext*17', 'p.*110Glnext*17'],
    ['p.M1ext-5', 'p.Met1ext-5'],
    ['p.M1Vext-12', 'p.Met1Valext-12'],
    ['p.M1?', 'p.Met1?'],
    ['p.*757L', 'p.Ter757Leu'],
    ['p.U100O', 'p.Sec100Pyl'],
    ['p.(V600E)', 'p.(Val600Glu)'],
    ['NP_004439.2:p.(Y772_A775dup)', 'NP_004439.2:p.(Tyr772_Ala775dup)'],
  ];

  it.each(pairs)('%s and %s parse to deep-equal values', (one, three) => {
    expect(parseProteinChange(one)).toEqual(parseProteinChange(three));
    expect(isRight(parseProteinChange(one))).toBe(true);
  });

  it('keeps the alphabet of the first residue: GLY after one-letter residues is three residues', () => {
    const one = parsed('p.A1_G2insGLY');
    const three = parsed('p.Ala1_Gly2insGLY');
    expect(one.kind === 'insertion' && one.inserted).toEqual({ kind: 'residues', residues: ['G', 'L', 'Y'] });
    expect(three.kind === 'insertion' && three.inserted).toEqual({ kind: 'residues', residues: ['G'] });
  });

  it('round-trips every amino acid code', () => {
    for (const aa of AMINO_ACIDS) {
      expect(aminoAcidFromCode(aa)).toBe(aa);
      expect(aminoAcidFromCode(threeLetterAminoAcid(aa))).toBe(aa);
    }
    expect(aminoAcidFromCode('X')).toBe('*');
    expect(aminoAcidFromCode('Xaa')).toBeNull();
    expect(aminoAcidFromCode('v')).toBeNull();
    expect(aminoAcidFromCode('Va')).toBeNull();
  });
});

describe('equality', () => {
  const same: ReadonlyArray<readonly [string, string]> = [
    ['p.V600E', 'NP_004324.2:p.(Val600Glu)'],
    ['p.W557X', 'p.W557*'],
    ['p.N999N', 'NM_004958.3:c.2997C>T(p.(Asn999=))'],
    ['p.N999=', 'ENSP00000354558.2:p.Asn999%3D'],
    ['p.0', 'p.0?'],
    ['p.?', 'p.(?)'],
    ['p.X1010_splice', 'p.D1010_splice'],
    ['p.E746_A750del', 'p.E746_A750delELREA'],
    ['p.L747_P753>S', 'p.L747_P753delinsS'],
    ['p.G776delinsV', 'p.G776V'],
    ['p.G776delinsG', 'p.G776='],
    ['p.V600_V600del', 'p.V600del'],
    ['p.Q61fs*', 'p.Q61fs*?'],
    ['p.*110Glnext', 'p.*110Qext*?'],
    ['p.Met1Metext-5', 'p.M1ext-5'],
  ];
  it.each(same)('%s equals %s', (a, b) => {
    expect(equalProteinChange(parsed(a), parsed(b))).toBe(true);
    expect(proteinChangeKey(parsed(a))).toBe(proteinChangeKey(parsed(b)));
  });

  const different: ReadonlyArray<readonly [string, string]> = [
    ['p.V600E', 'p.V600K'],
    ['p.V600E', 'p.V601E'],
    ['p.M1470Cfs', 'p.M1470Cfs*26'],
    ['p.M1470Cfs*?', 'p.M1470Cfs*26'],
    ['p.*110Q', 'p.*110Qext*?'],
    ['p.E746_A750del', 'p.E746_A750dup'],
    ['p.P780_Y781insGSP', 'p.P780_Y781ins3'],
    ['p.=', 'p.N999='],
    ['p.?', 'p.M1?'],
    ['p.0', 'p.M1?'],
  ];
  it.each(different)('%s differs from %s', (a, b) => {
    expect(equalProteinChange(parsed(a), parsed(b))).toBe(false);
  });

  it('ignores predicted and reference but keeps them in the value', () => {
    const plain = parsed('p.V600E');
    const predicted = parsed('NP_004324.2:p.(Val600Glu)');
    expect(plain).not.toEqual(predicted);
    expect(predicted.predicted).toBe(true);
    expect(predicted.reference).toBe('NP_004324.2');
    expect(equalProteinChange(plain, predicted)).toBe(true);
  });
});

describe('formatters', () => {
  it.each([
    ['p.(Val600Glu)', 'p.V600E', 'p.(Val600Glu)'],
    ['p.V600E', 'p.V600E', 'p.Val600Glu'],
    ['p.0?', 'p.0', 'p.0?'],
    ['p.(0)', 'p.0', 'p.0?'],
    ['p.(?)', 'p.?', 'p.(?)'],
    ['p.=', 'p.=', 'p.='],
    ['p.R78_G79ins23', 'p.R78_G79ins23', 'p.Arg78_Gly79insXaa[23]'],
    ['p.M1470Cfs', 'p.M1470Cfs', 'p.Met1470Cysfs'],
    ['p.K1423fs*?', 'p.K1423fs*?', 'p.Lys1423fsTer?'],
    ['p.*110ext*?', 'p.*110ext*?', 'p.Ter110extTer?'],
    ['p.M1ext-?', 'p.M1ext-?', 'p.Met1ext-?'],
    ['p.X1445_splice', 'p.X1445_splice', 'p.X1445_splice'],
    ['p.Y772_A775delins*', 'p.Y772_A775delins*', 'p.Tyr772_Ala775delinsTer'],
  ])('%s prints %s and %s', (input, short, long) => {
    const pc = parsed(input);
    expect(formatProteinChange(pc)).toBe(short);
    expect(formatProteinChangeLong(pc)).toBe(long);
  });
});

describe('classes, truncating, protein-altering', () => {
  it.each([
    ['p.M1*', 'start-loss', false, true],
    ['p.M1_K3del', 'start-loss', false, true],
    ['p.M1delinsMV', 'inframe-delins', false, true],
    ['p.M1_A2delinsV', 'start-loss', false, true],
    ['p.M1fs*5', 'start-loss', false, true],
    ['p.A1_G2insGS*', 'nonsense', true, true],
    ['p.P780_Y781ins4', 'inframe-insertion', false, true],
    ['p.K1000_*1001del', 'stop-loss', false, true],
    ['p.K1000_*1001delinsQ', 'stop-loss', false, true],
    ['p.L2V', 'missense', false, true],
    ['p.V1I', 'missense', false, true],
    ['p.X1010_splice', 'splice-site', true, true],
    ['p.0', 'no-protein', false, true],
    ['p.?', 'unknown', false, false],
    ['p.*1000=', 'synonymous', false, false],
  ])('%s is %s (truncating %s, protein-altering %s)', (input, cls, truncating, altering) => {
    const pc = parsed(input);
    expect(proteinVariantClass(pc)).toBe(cls);
    expect(isTruncating(pc)).toBe(truncating);
    expect(isProteinAltering(pc)).toBe(altering);
  });
});

describe('affected codons and residues', () => {
  it.each([
    ['p.V600E', { first: 600, last: 600 }, ['V', 'V']],
    ['p.E746_A750del', { first: 746, last: 750 }, ['E', 'A']],
    ['p.P129del', { first: 129, last: 129 }, ['P', 'P']],
    ['p.V769_D770insASV', { first: 769, last: 770 }, ['V', 'D']],
    ['p.E746_S752delinsV', { first: 746, last: 752 }, ['E', 'S']],
    ['p.M1470Cfs*26', { first: 1470, last: 1470 }, ['M', 'M']],
    ['p.*1000Qext*?', { first: 1000, last: 1000 }, ['*', '*']],
    ['p.M1?', { first: 1, last: 1 }, ['M', 'M']],
    ['p.N999=', { first: 999, last: 999 }, ['N', 'N']],
    ['p.X1010_splice', { first: 1010, last: 1010 }, null],
    ['p.=', null, null],
    ['p.?', null, null],
    ['p.0', null, null],
  ] as const)('%s touches %o', (input, codons, refs) => {
    const pc = parsed(input);
    expect(affectedCodons(pc)).toEqual(codons);
    const residues = affectedResidues(pc);
    expect(residues === null ? null : [residues.first.aa, residues.last.aa]).toEqual(refs);
  });
});

describe('bad input gives coded issues', () => {
  it.each([
    ['', 'empty_protein_change'],
    ['   ', 'empty_protein_change'],
    ['garbage', 'invalid_protein_change'],
    ['p.', 'invalid_protein_change'],
    ['p.V600', 'invalid_protein_change'],
    ['p.V', 'invalid_protein_change'],
    ['p.(V600E', 'invalid_protein_change'],
    ['p.V600E)', 'invalid_protein_change'],
    ['p.V600E extra', 'invalid_protein_change'],
    ['p.Val600E', 'invalid_protein_change'],
    ['p.V600insE', 'invalid_protein_change'],
    ['p.V600E5', 'invalid_protein_change'],
    ['p.1234567890A', 'invalid_protein_change'],
    ['c.1799T>A', 'invalid_protein_change'],
    ['NM_004958.3:c.2997C>T', 'invalid_protein_change'],
    ['p.V1234567890E', 'invalid_protein_change'],
    ['p.Vak600Glu', 'unknown_amino_acid'],
    ['p.B600E', 'unknown_amino_acid'],
    ['p.v600e', 'unknown_amino_acid'],
    ['p.Va600E', 'unknown_amino_acid'],
    ['p.V600Z', 'unknown_amino_acid'],
    ['p.P780_Y781insGBP', 'unknown_amino_acid'],
    ['p.V0E', 'invalid_protein_range'],
    ['p.V200000E', 'invalid_protein_range'],
    ['p.A750_E746del', 'invalid_protein_range'],
    ['p.V600_K602insE', 'invalid_protein_range'],
    ['p.V2ext-5', 'invalid_protein_range'],
    ['p.M1ext-0', 'invalid_protein_range'],
    ['p.*110Qext*0', 'invalid_protein_range'],
    ['p.M1470Cfs*0', 'invalid_protein_range'],
    ['p.X0_splice', 'invalid_protein_range'],
    ['p.E746_A750delELRE', 'inconsistent_protein_change'],
    ['p.E746_A750delQLREA', 'inconsistent_protein_change'],
    ['p.V600_K600del', 'inconsistent_protein_change'],
    ['p.Q110Rext*5', 'inconsistent_protein_change'],
    ['p.R100*fs', 'inconsistent_protein_change'],
    ['p.*110*ext*5', 'inconsistent_protein_change'],
    ['p.[V600E;K601E]', 'unsupported_protein_change'],
    ['p.V600E^K', 'unsupported_protein_change'],
    ['p.Arg97?', 'unsupported_protein_change'],
  ])('%j -> %s', (input, code) => {
    const result = parseProteinChange(input);
    expect(isLeft(result)).toBe(true);
    if (!isLeft(result)) return;
    expect(result.left).toHaveLength(1);
    const [issue] = result.left;
    expect(issue.code).toBe(code);
    expect(issue.severity).toBe('error');
    expect(issue.input).toBe(input);
    expect(issue.message).toContain(`"${input}"`);
  });

  it('says where and what it expected', () => {
    const result = parseProteinChange('p.V600');
    expect(isLeft(result) && result.left[0].message).toBe(
      'Cannot read protein change "p.V600": expected a change after the residue: an amino acid, "=", "?", "fs", ' +
        '"ext", "del", "dup", "delins" or "_" at the end.',
    );
    const inside = parseProteinChange('p.E746_A750delELRE');
    expect(isLeft(inside) && inside.left[0].message).toBe(
      'Inconsistent protein change "p.E746_A750delELRE": 4 residues are listed for a range of 5.',
    );
  });

  it('suggests the upper-case code for a lower-case one-letter code', () => {
    const result = parseProteinChange('p.v600e');
    expect(isLeft(result) && result.left[0].suggestions).toEqual(['V']);
  });

  it('carries the caller path and location into the issue', () => {
    const result = parseProteinChange('p.V600', {
      path: ['findings', 3, 'proteinChange'],
      location: { file: 'case.maf', line: 12, column: 'HGVSp_Short' },
    });
    expect(isLeft(result) && result.left[0].path).toEqual(['findings', 3, 'proteinChange']);
    expect(isLeft(result) && result.left[0].message).toMatch(
      /^Cannot read protein change "p.V600" at findings\[3\]\.proteinChange: /,
    );
    expect(isLeft(result) && result.left[0].location).toEqual({
      file: 'case.maf',
      line: 12,
      column: 'HGVSp_Short',
    });
  });

  it('does not throw on hostile input', () => {
    const hostile = [
      '\u0000',
      'p.(((((',
      'p.))))',
      'p.V'.repeat(10_000),
      '9'.repeat(1000),
      'p.V' + '9'.repeat(400) + 'E',
      'p.\u{1F600}600E',
      '__proto__:p.V600E',
      'constructor',
      'p.toString',
      'NP_1:NP_2:p.V600E',
      'c.(p.',
      'c.1A>G(p.',
      'c.1A>G(p.V600E',
    ];
    for (const text of hostile) expect(() => parseProteinChange(text)).not.toThrow();
    expect(isRight(parseProteinChange('__proto__:p.V600E'))).toBe(true);
  });

  it('does not throw when a JavaScript caller passes a non-string', () => {
    expect(() => parseProteinChange(undefined as unknown as string)).not.toThrow();
    expect(() => parseProteinChange(42 as unknown as string)).not.toThrow();
  });
});
