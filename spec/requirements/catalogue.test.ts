import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../errors/index.ts';
import { OPEN_ITEMS, REQUIREMENT_IDS, REQUIREMENTS } from './catalogue.ts';
import { requirementsFor } from './requirements-for.ts';

// The seeds live beside the project (/work/shared/seeds for /work/main), not inside it.
const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const seedsPresent = existsSync(SEEDS_DIR);

const ID_FORMAT = /^SCA-(AUTH|HDR|SIG|TTL|DEV|BYP|PUSH|RSP|ERR|CLI)-\d{3}$/;

/** Seed pages are text scraped from HTML: line breaks and indentation are not part of a sentence. */
function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function readSeed(file: string): string {
  return normaliseSpace(readFileSync(`${SEEDS_DIR}${file}`, 'utf8'));
}

describe('REQUIREMENTS', () => {
  it('has well-formed IDs, numbered from 001 without gaps in each family', () => {
    expect(REQUIREMENT_IDS.filter((id) => !ID_FORMAT.test(id))).toEqual([]);
    const byFamily = new Map<string, number[]>();
    for (const id of REQUIREMENT_IDS) {
      const family = id.slice(0, id.lastIndexOf('-'));
      byFamily.set(family, [...(byFamily.get(family) ?? []), Number(id.slice(id.lastIndexOf('-') + 1))]);
    }
    for (const [family, numbers] of byFamily) {
      expect(numbers, family).toEqual(numbers.map((_, index) => index + 1));
    }
  });

  it('has unique IDs and unique titles', () => {
    expect(new Set(REQUIREMENT_IDS).size).toBe(REQUIREMENT_IDS.length);
    const titles = REQUIREMENT_IDS.map((id) => REQUIREMENTS[id].title);
    expect(titles.filter((title, index) => titles.indexOf(title) !== index)).toEqual([]);
  });

  it('gives every inferred requirement a decision', () => {
    for (const id of REQUIREMENT_IDS) {
      const requirement = REQUIREMENTS[id];
      if (requirement.kind === 'inferred') expect(requirement.decision.length, id).toBeGreaterThan(20);
    }
  });

  it('references every code of the error catalogue', () => {
    expect(ERROR_CODES.filter((code) => requirementsFor(code).length === 0)).toEqual([]);
  });

  it('finds the requirements of an error code', () => {
    expect(requirementsFor('SCA_SIGNATURE_MISSING')).toEqual(['SCA-SIG-012']);
    expect(requirementsFor('SCA_REQUIRED')).toEqual(expect.arrayContaining(['SCA-HDR-005', 'SCA-DEV-011', 'SCA-PUSH-004']));
  });
});

describe.skipIf(!seedsPresent)(`REQUIREMENTS against the seeds in ${SEEDS_DIR}`, () => {
  it('quotes sentences that occur in the seed file they name', () => {
    const missing = REQUIREMENT_IDS.filter((id) => {
      const { seedFile, quote } = REQUIREMENTS[id];
      return !readSeed(seedFile).includes(normaliseSpace(quote));
    });
    expect(missing).toEqual([]);
  });

  it('cites open items that seeds/README.md lists', () => {
    const readme = readSeed('README.md');
    for (const [item, opening] of Object.entries(OPEN_ITEMS)) {
      expect(readme.includes(`**${opening}`), `${item}: **${opening}`).toBe(true);
    }
  });
});

it.runIf(!seedsPresent)(`skips the seed quote checks: ${SEEDS_DIR} is absent`, () => {
  expect(seedsPresent).toBe(false);
});
