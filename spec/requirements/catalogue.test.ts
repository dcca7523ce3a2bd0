import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../errors/index.ts';
import { isSourceKey } from '../openapi/index.ts';
import { REQUIREMENT_IDS, REQUIREMENTS } from './catalogue.ts';
import { hasSeedBasis, OPEN_ITEMS } from './requirement.ts';
import { requirementsFor } from './requirements-for.ts';

// The seeds live beside the project (/work/shared/seeds for /work/main), not inside it.
const SEEDS_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const seedsPresent = existsSync(SEEDS_DIR);
const DIGEST = fileURLToPath(new URL('../../../shared/sources/linkcy-api-reference.md', import.meta.url));
const digestPresent = existsSync(DIGEST);

const ID_FORMAT = /^SCA-(AUTH|HDR|SIG|TTL|DEV|BYP|PUSH|RSP|ERR|OPS|KYC|CLI)-\d{3}$/;

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

  it('stands each requirement on a seed quote or on source keys of the digest, never both', () => {
    for (const id of REQUIREMENT_IDS) {
      const requirement = REQUIREMENTS[id];
      const onDigest = 'digestKeys' in requirement;
      expect(hasSeedBasis(requirement) !== onDigest, id).toBe(true);
      if (onDigest) {
        expect(requirement.digestKeys.length, id).toBeGreaterThan(0);
        // The same key grammar as x-linkcy-source in the OpenAPI document.
        expect(requirement.digestKeys.filter((key) => !isSourceKey(key)), id).toEqual([]);
      }
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
      const requirement = REQUIREMENTS[id];
      return hasSeedBasis(requirement) && !readSeed(requirement.seedFile).includes(normaliseSpace(requirement.quote));
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

describe.skipIf(!digestPresent)(`REQUIREMENTS against the digest ${DIGEST}`, () => {
  it('cite source keys the digest uses', () => {
    const digest = readFileSync(DIGEST, 'utf8');
    const unknown = REQUIREMENT_IDS.flatMap((id) => {
      const requirement = REQUIREMENTS[id];
      if (!('digestKeys' in requirement)) return [];
      // OAS178@offset names a position in the 1.78 file; the digest cites offsets loosely (@496k, @16k–48k).
      return requirement.digestKeys.filter((key) => !digest.includes(key.startsWith('OAS178@') ? 'OAS178' : key)).map((key) => `${id} ${key}`);
    });
    expect(unknown).toEqual([]);
  });
});

it.runIf(!seedsPresent)(`skips the seed quote checks: ${SEEDS_DIR} is absent`, () => {
  expect(seedsPresent).toBe(false);
});
