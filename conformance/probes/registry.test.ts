import { describe, expect, it } from 'vitest';
import { REQUIREMENTS } from '../../spec/requirements/index.ts';
import { FAMILY_IDS } from './check.ts';
import { CHECK_LIST, CHECKS, FAMILIES } from './registry.ts';

describe('the probe registry', () => {
  it('keys every check by its own id, with no id twice', () => {
    for (const [key, check] of Object.entries(CHECKS)) expect(check.id).toBe(key);
    const ids = CHECK_LIST.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keys every family by its own id, in FAMILY_IDS order', () => {
    expect(Object.keys(FAMILIES)).toEqual([...FAMILY_IDS]);
    for (const [key, family] of Object.entries(FAMILIES)) expect(family.id).toBe(key);
  });

  it('names only requirement IDs of the catalogue', () => {
    for (const check of CHECK_LIST) {
      expect(check.requirementIds.length, check.id).toBeGreaterThan(0);
      for (const id of check.requirementIds) expect(Object.hasOwn(REQUIREMENTS, id), `${check.id}: ${id}`).toBe(true);
    }
  });

  it('gives every family a check of its own, so no family plays cases nothing judges', () => {
    for (const id of FAMILY_IDS) expect(CHECK_LIST.some((check) => check.family === id), id).toBe(true);
  });

  it('asks of a check no more than its family needs, and of cross-cutting checks only the schema', () => {
    for (const check of CHECK_LIST) {
      const needs = check.crossCutting === true ? ['schema'] : FAMILIES[check.family].needs;
      for (const capability of check.needs) expect(needs, check.id).toContain(capability);
    }
  });
});
