import fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import oncotree from '../../rules/reference/oncotree.json';
import type { Issue, Result } from '../../src/model/issue.js';
import {
  ancestors,
  descendants,
  isA,
  isInGroup,
  oncotreeRelease,
  pathTo,
  resolveTumorType,
  tumorTypeByCode,
} from '../../src/vocab/oncotree.js';

const ok = <A>(result: Result<A>): A => {
  if (isLeft(result)) throw new Error(`expected Right, got ${result.left.map((i) => i.message).join('; ')}`);
  return result.right;
};
const issueOf = <A>(result: Result<A>): Issue => {
  if (isRight(result)) throw new Error(`expected Left, got ${JSON.stringify(result.right)}`);
  return result.left[0];
};
const codes = oncotree.nodes.map((n) => n.code);

describe('resolveTumorType', () => {
  it('resolves every current code, in any case, without notices', () => {
    expect(codes).toHaveLength(898);
    for (const code of codes) {
      const r = ok(resolveTumorType(code.toLowerCase()));
      expect(r.tumorType.code).toBe(code);
      expect(r.notices).toEqual([]);
      expect(r.resolvedFrom).toBeUndefined();
    }
  });

  it('returns the node as stored', () => {
    expect(ok(resolveTumorType(' luad ')).tumorType).toEqual({
      code: 'LUAD',
      name: 'Lung Adenocarcinoma',
      mainType: 'Non-Small Cell Lung Cancer',
      tissue: 'Lung',
      parent: 'NSCLC',
      level: 3,
    });
    expect(ok(resolveTumorType('TISSUE')).tumorType).toMatchObject({
      parent: null,
      mainType: null,
      level: 0,
    });
  });

  it.each([
    // [retired, current, relation issue code, severity]
    ['GBM', 'GB', 'revoked_oncotree_code', 'warning'],
    ['DIPG', 'DMG', 'retired_oncotree_code', 'notice'],
    ['AASTR', 'ASTR', 'revoked_oncotree_code', 'warning'],
    ['OAST', 'GNOS', 'revoked_oncotree_code', 'warning'],
    ['MM', 'PCM', 'retired_oncotree_code', 'notice'],
    ['CLL', 'CLLSLL', 'retired_oncotree_code', 'notice'],
    ['BALL', 'BLL', 'retired_oncotree_code', 'notice'],
    ['LEUK', 'MNM', 'retired_oncotree_code', 'notice'],
    ['SpCC', 'SPCC', null, null],
    ['aCML', 'ACML', null, null],
    ['ptcl', 'PTCL', null, null],
  ])('maps %s forward to %s', (retired, current, code, severity) => {
    const r = ok(resolveTumorType(retired, ['patient', 'diagnosis']));
    expect(r.tumorType.code).toBe(current);
    if (code === null) {
      // Still a current code (case-insensitively): nothing to map.
      expect(r.notices).toEqual([]);
      return;
    }
    expect(r.resolvedFrom).toBe(retired);
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toMatchObject({ code, severity, path: ['patient', 'diagnosis'], input: retired });
    expect(r.notices[0]?.message).toContain(`"${retired}" at patient.diagnosis`);
  });

  it('words the mapping so that a reader can check it', () => {
    const r = ok(resolveTumorType('GBM'));
    expect(r.notices[0]?.message).toBe(
      'OncoTree code "GBM" was revoked; its successor GB (Glioblastoma, IDH-Wildtype) is narrower. ' +
        'Read as GB (oncotree_2025_10_03); check that the diagnosis fits.',
    );
    expect(ok(resolveTumorType('DIPG')).notices[0]?.message).toBe(
      'OncoTree code "DIPG" is retired and now part of DMG (Diffuse Midline Glioma, H3 K27-Altered); ' +
        'read as DMG (oncotree_2025_10_03).',
    );
  });

  it('asks for a choice when a retired code has several successors (ALL: BLL or TLL)', () => {
    const issue = issueOf(resolveTumorType('ALL'));
    expect(issue.code).toBe('ambiguous_retired_oncotree_code');
    expect(issue.severity).toBe('error');
    expect(issue.suggestions).toEqual(['BLL', 'TLL']);
  });

  it('rejects an unknown code with suggestions', () => {
    const issue = issueOf(resolveTumorType('LUADX', ['diagnosis']));
    expect(issue.code).toBe('unknown_oncotree_code');
    expect(issue.suggestions).toEqual(['LUAD']);
    expect(issue.message).toBe(
      'Unknown OncoTree code "LUADX" at diagnosis (OncoTree oncotree_2025_10_03): did you mean LUAD?',
    );
    expect(issueOf(resolveTumorType('lung adenocarcinoma')).suggestions).toEqual(['LUAD']);
    expect(issueOf(resolveTumorType('NOT_A_CODE_AT_ALL')).suggestions).toEqual([]);
  });

  it('rejects the empty code', () => {
    expect(issueOf(resolveTumorType('  ')).code).toBe('empty_oncotree_code');
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), (input) => {
        const r = resolveTumorType(input);
        expect(isRight(r) || r.left.length > 0).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('knows its release', () => {
    expect(oncotreeRelease()).toBe('oncotree_2025_10_03');
    expect(tumorTypeByCode('GBM')).toBeNull();
    expect(tumorTypeByCode('gb')?.code).toBe('GB');
  });
});

describe('ancestry', () => {
  it('walks up and down the tree', () => {
    expect(ancestors('LUAD')).toEqual(['LUAD', 'NSCLC', 'LUNG', 'TISSUE']);
    expect(pathTo('LUAD')).toEqual(['TISSUE', 'LUNG', 'NSCLC', 'LUAD']);
    expect(ancestors('TISSUE')).toEqual(['TISSUE']);
    expect(ancestors('GBM')).toEqual([]);
    expect(pathTo('nope')).toEqual([]);
    expect(descendants('NSCLC')).toContain('LUAD');
    expect(descendants('LUAD')).toEqual([]);
    expect(descendants('TISSUE')).toHaveLength(897);
    expect(descendants('nope')).toEqual([]);
  });

  it.each([
    ['LUAD', 'NSCLC', true],
    ['LUAD', 'LUNG', true],
    ['luad', 'tissue', true],
    ['LUAD', 'LUAD', true],
    ['NSCLC', 'LUAD', false],
    ['LUAD', 'BREAST', false],
    ['GB', 'BRAIN', true],
    ['DMG', 'BRAIN', true],
    ['GBM', 'BRAIN', false], // retired codes are resolved first, not guessed here
    ['LUAD', 'nope', false],
  ])('isA(%s, %s) = %s', (code, ancestor, expected) => {
    expect(isA(code, ancestor)).toBe(expected);
  });

  it('is consistent: isA(c, a) exactly when a is among ancestors(c) and c among descendants(a) or c = a', () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.constantFrom(...codes), (c, a) => {
        const expected = ancestors(c).includes(a);
        expect(isA(c, a)).toBe(expected);
        expect(c === a || descendants(a).includes(c)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('every path starts at the root and has the node level + 1 steps', () => {
    for (const node of oncotree.nodes) {
      const path = pathTo(node.code);
      expect(path[0]).toBe('TISSUE');
      expect(path).toHaveLength(node.level + 1);
    }
  });
});

describe('SOLID and HEME', () => {
  it.each([
    ['LUAD', true, false],
    ['BRCA', true, false],
    ['CUP', true, false],
    ['AML', false, true],
    ['MYELOID', false, true],
    ['DLBCLNOS', false, true],
    ['PCM', false, true],
    ['MLYM', true, false], // lymphoma filed under CNS/Brain: SOLID by the tissue definition (see tumor-groups.json)
    ['TLYM', true, false], // testicular lymphoma, under Testis
    ['TISSUE', false, false],
    ['GBM', false, false], // not a current code
  ])('%s: SOLID %s, HEME %s', (code, solid, heme) => {
    expect(isInGroup(code, 'SOLID')).toBe(solid);
    expect(isInGroup(code, 'HEME')).toBe(heme);
  });

  it('puts every node except the root in exactly one group', () => {
    for (const code of codes) {
      const groups = [isInGroup(code, 'SOLID'), isInGroup(code, 'HEME')].filter(Boolean).length;
      expect(groups, code).toBe(code === 'TISSUE' ? 0 : 1);
    }
  });
});
