import { isLeft, isRight } from 'fp-ts/Either';
import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { defaultTable, embeddedTables } from '../../src/table/embedded.js';
import { findTable, tableAsOf, versionChainIssues } from '../../src/table/versions.js';
import { lines } from './helpers.js';

const versionOn = (asOf: string): string => {
  const result = defaultTable(asOf);
  return isRight(result) ? result.right.table.version : `error ${result.left.map((i) => i.code).join(',')}`;
};

describe('tableAsOf', () => {
  it.each([
    ['2021-03-31', 'error as_of_before_first_version'],
    ['2021-04-01', '2021.1'],
    ['2021-06-30', '2021.1'],
    ['2021-07-01', '2021.2'],
    ['2022-04-06', '2021.2'],
    ['2022-04-07', '2022.1'],
    ['2023-08-31', '2022.1'],
    ['2023-09-01', '2023.1'],
    ['2030-01-01', '2023.1'],
    ['2022-13-01', 'error invalid_as_of'],
    ['yesterday', 'error invalid_as_of'],
  ])('on %s the version in force is %s', (asOf, expected) => {
    expect(versionOn(asOf)).toBe(expected);
  });

  it('explains a date before the first version', () => {
    const result = defaultTable('2020-12-31');
    expect(isLeft(result) && lines(result.left)).toMatchInlineSnapshot(`
      [
        "error as_of_before_first_version: No version of table "impress-norway" was in force on 2020-12-31: the first, 2021.1, took effect on 2021-04-01.",
      ]
    `);
  });

  it('does not depend on the order the versions are given in', () => {
    const shuffled = [...embeddedTables()].reverse();
    const result = tableAsOf(shuffled, '2022-05-01');
    expect(isRight(result) && result.right.table.version).toBe('2022.1');
  });

  it('needs a table id when versions of several tables are given', () => {
    const [first] = embeddedTables();
    if (first === undefined) throw new Error('no embedded table');
    const other = { ...first, table: { ...first.table, id: 'other-trial' } };
    const mixed = [...embeddedTables(), other];
    const ambiguous = tableAsOf(mixed, '2022-05-01');
    expect(isLeft(ambiguous) && ambiguous.left[0].code).toBe('several_table_ids');
    const picked = tableAsOf(mixed, '2022-05-01', 'other-trial');
    expect(isRight(picked) && picked.right.table.id).toBe('other-trial');
    const none = tableAsOf([], '2022-05-01');
    expect(isLeft(none) && none.left[0].code).toBe('no_tables');
    const unknown = tableAsOf(mixed, '2022-05-01', 'drup');
    expect(isLeft(unknown) && unknown.left[0].code).toBe('table_version_not_found');
  });
});

describe('findTable', () => {
  it('finds a version by reference', () => {
    const found = findTable(embeddedTables(), 'impress-norway@2022.1');
    expect(isRight(found) && found.right.table.effectiveFrom).toBe('2022-04-07');
  });

  it.each([['impress-norway@2019.1'], ['impress-norway'], ['IMPRESS@2022.1'], ['impress-norway@2022']])(
    'rejects %s with a coded issue',
    (ref) => {
      const found = findTable(embeddedTables(), ref);
      expect(isLeft(found)).toBe(true);
    },
  );

  it('says what is available', () => {
    const found = findTable(embeddedTables(), 'impress-norway@2019.1');
    expect(isLeft(found) && lines(found.left)).toMatchInlineSnapshot(`
      [
        "error table_version_not_found: No table impress-norway@2019.1: available are impress-norway@2021.1, impress-norway@2021.2, impress-norway@2022.1, impress-norway@2023.1.",
      ]
    `);
  });
});

describe('version chains', () => {
  const tables: ReadonlyArray<Table> = embeddedTables().map((t) => t.table);

  it('the embedded chain is sound', () => {
    expect(versionChainIssues(tables)).toEqual([]);
  });

  it('catches a missing superseded version, dates that do not increase, duplicates and forks', () => {
    const [v1, v2, v3, v4] = tables;
    if (v1 === undefined || v2 === undefined || v3 === undefined || v4 === undefined)
      throw new Error('four versions expected');
    const broken = [
      v1,
      { ...v2, effectiveFrom: '2021-04-01' },
      { ...v3, supersedes: '2021.9' },
      v4,
      { ...v4, version: '2023.2', effectiveFrom: '2023-10-01' },
      v1,
    ];
    expect(versionChainIssues(broken).map(({ index, issue }) => `#${index} ${issue.code}: ${issue.message}`))
      .toMatchInlineSnapshot(`
      [
        "#5 duplicate_version: Version impress-norway@2021.1 is given more than once.",
        "#1 version_chain_date: effectiveFrom 2021-04-01 is not after 2021-04-01, when the superseded version 2021.1 took effect: versions take effect in order.",
        "#2 unknown_superseded_version: Superseded version "2021.9" at supersedes was not given: there is no version 2021.9 of table "impress-norway".",
        "#4 superseded_twice: Version impress-norway@2022.1 is superseded by more than one version: impress-norway@2023.1, impress-norway@2023.2.",
      ]
    `);
  });
});
