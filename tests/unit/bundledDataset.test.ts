import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledDataset } from '../../scripts/bundledDatasetPlugin';
import { checkBundledDataset } from '../../src/data/editions/bundledDataset';
import funding from '../../src/data/datasets/tweis-2018-funding.json';
import { narrative2018 as narrative } from '../../src/data/datasets/tweis2018Narrative';
import funding2016 from '../../src/data/datasets/tweis-2016-funding.json';
import funding2017 from '../../src/data/datasets/tweis-2017-funding.json';

const earlier = [funding2016, funding2017];

/** The funding tables with one figure turned into text, the way a bad edit would break them. */
function brokenFunding(): unknown {
  const broken = structuredClone(funding) as { countries: { rows: Record<string, unknown>[] }[] };
  const row = broken.countries[0]?.rows[0];
  if (row) row.fy2017 = 'twelve';
  return broken;
}

describe('checkBundledDataset (run by the build; the page ships its result)', () => {
  it('validates the bundled files, and its result survives the trip through JSON exactly', () => {
    const result = checkBundledDataset(funding, narrative, earlier);
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
    expect(result.loaded.dataset.countries.find((c) => c.id === 'mali')?.name).toBe('Mali');
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
  });

  it('gives every problem, with its path, for a broken file', () => {
    const result = checkBundledDataset(brokenFunding(), narrative);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toMatch(/^funding tables: countries\[0\]\.rows\[0\]/);
  });
});

describe('the bundled-dataset plugin, building', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'bundled-dataset-'));
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  /** Loads `virtual:bundled-dataset` as a production build would, from the given funding file. */
  async function build(fundingFile: string): Promise<string> {
    const plugin = bundledDataset({
      funding: fundingFile,
      narrative: resolve('src/data/datasets/tweis2018Narrative.ts'),
      earlier: [resolve('src/data/datasets/tweis-2016-funding.json'), resolve('src/data/datasets/tweis-2017-funding.json')],
    });
    const configResolved = plugin.configResolved as (config: { root: string; command: string }) => void;
    configResolved({ root: process.cwd(), command: 'build' });
    const load = plugin.load as (this: unknown, id: string) => Promise<string>;
    const context = {
      addWatchFile: () => {
        // nothing to watch in a test
      },
      error: (message: string) => {
        throw new Error(message);
      },
    };
    return load.call(context, '\0virtual:bundled-dataset');
  }

  it('ships the checked result as data', async () => {
    const code = await build(resolve('src/data/datasets/tweis-2018-funding.json'));
    const literal = /^export default JSON\.parse\((".*")\);$/s.exec(code)?.[1];
    expect(literal).toBeDefined();
    expect(JSON.parse(JSON.parse(literal ?? '""') as string)).toStrictEqual(checkBundledDataset(funding, narrative, earlier));
  });

  it('fails the build, listing the problem and its path, when a bundled file is broken', async () => {
    const file = join(scratch, 'funding.json');
    writeFileSync(file, JSON.stringify(brokenFunding()));
    await expect(build(file)).rejects.toThrow(/The bundled dataset is not valid:\n {2}funding tables: countries\[0\]\.rows\[0\]\.fy2017: /);
  });
});
