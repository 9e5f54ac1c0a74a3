/**
 * Clinical criteria on the as-of date: age, ECOG, standard therapy exhausted, prior use of a regimen drug.
 * The trial-wide eligibility applies with the cohort's overrides. An unknown value is `unknown` (the
 * board reviews it), never a silent exclusion.
 *
 * Age: whole years from the birth date to the as-of date (date-fns `differenceInYears`), else the age the
 * case gives; `>= minAge`. ECOG `<= maxEcog`. Prior drugs are lowercase INNs compared with the regimen's.
 */
import { differenceInYears, parseISO } from 'date-fns';
import type { Patient } from '../model/case.js';
import type { ClinicalOutcome } from '../model/result.js';
import type { Eligibility } from '../model/table.js';

/**
 * A patient's age in whole years on a date: from the birth date when known, else the given age.
 *
 * @example
 * import { ageOn } from 'mtb-match';
 * import assert from 'node:assert';
 * assert.strictEqual(ageOn({ birthDate: '2006-05-02', age: null }, '2024-05-01'), 17);
 * assert.strictEqual(ageOn({ birthDate: '2006-05-02', age: null }, '2024-05-02'), 18);
 * assert.strictEqual(ageOn({ birthDate: null, age: 64 }, '2024-05-02'), 64);
 */
export const ageOn = (patient: Pick<Patient, 'birthDate' | 'age'>, asOf: string): number | null =>
  patient.birthDate !== null ? differenceInYears(parseISO(asOf), parseISO(patient.birthDate)) : patient.age;

/**
 * The clinical criteria of a cohort for a patient on a date, in a fixed order: age, ECOG, standard therapy
 * exhausted, prior drug.
 * @internal
 */
export const evaluateClinical = (
  patient: Patient,
  eligibility: Eligibility,
  regimenDrugs: ReadonlyArray<string>,
  asOf: string,
): ReadonlyArray<ClinicalOutcome> => {
  const age = ageOn(patient, asOf);
  const from = patient.birthDate !== null ? ` on ${asOf} (born ${patient.birthDate})` : '';
  const ageOutcome: ClinicalOutcome =
    age === null
      ? {
          criterion: 'age',
          outcome: 'unknown',
          reason: `age not known (at least ${eligibility.minAge} required)`,
        }
      : age >= eligibility.minAge
        ? { criterion: 'age', outcome: 'met', reason: `age ${age}${from}, at least ${eligibility.minAge}` }
        : { criterion: 'age', outcome: 'not-met', reason: `age ${age}${from}, below ${eligibility.minAge}` };
  const ecog = patient.ecog;
  const ecogOutcome: ClinicalOutcome =
    ecog === null
      ? {
          criterion: 'ecog',
          outcome: 'unknown',
          reason: `ECOG not known (0-${eligibility.maxEcog} required)`,
        }
      : ecog <= eligibility.maxEcog
        ? { criterion: 'ecog', outcome: 'met', reason: `ECOG ${ecog}, at most ${eligibility.maxEcog}` }
        : { criterion: 'ecog', outcome: 'not-met', reason: `ECOG ${ecog}, above ${eligibility.maxEcog}` };
  const exhausted = patient.standardTherapyExhausted;
  const therapyOutcome: ClinicalOutcome = !eligibility.requireStandardTherapyExhausted
    ? { criterion: 'standard-therapy-exhausted', outcome: 'met', reason: 'not required for this cohort' }
    : exhausted === 'yes'
      ? { criterion: 'standard-therapy-exhausted', outcome: 'met', reason: 'standard therapy exhausted' }
      : exhausted === 'no'
        ? {
            criterion: 'standard-therapy-exhausted',
            outcome: 'not-met',
            reason: 'standard therapy not exhausted',
          }
        : {
            criterion: 'standard-therapy-exhausted',
            outcome: 'unknown',
            reason: 'not known whether standard therapy is exhausted',
          };
  const prior = [...new Set(patient.priorDrugs.map((d) => d.toLowerCase()))]
    .filter((d) => regimenDrugs.includes(d))
    .sort();
  const priorOutcome: ClinicalOutcome = !eligibility.excludePriorUseOfRegimenDrugs
    ? { criterion: 'prior-drug', outcome: 'met', reason: 'prior use of the regimen drugs does not exclude' }
    : prior.length > 0
      ? { criterion: 'prior-drug', outcome: 'not-met', reason: `already treated with ${prior.join(', ')}` }
      : { criterion: 'prior-drug', outcome: 'met', reason: 'no prior use of the regimen drugs recorded' };
  return [ageOutcome, ecogOutcome, therapyOutcome, priorOutcome];
};
