import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * `npm run lint` keeps the layers of DESIGN §3 (eslint.config.js): each case
 * lints a real module of the layer with one breaking import added, as a
 * careless edit would, and expects the layer rule to refuse it.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(file: string, addedImport: string): Promise<string[]> {
  const code = `${addedImport}\n${readFileSync(file, 'utf8')}`;
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('the import layers', () => {
  it.each([
    ['src/lib/export/csv.ts', "import { Dashboard } from '../../app/Dashboard';", 'src/lib is the shared base'],
    ['src/lib/export/csv.ts', "import { ChartFrame } from '../../ui/ChartFrame';", 'src/lib is the shared base'],
    ['src/lib/format.ts', "import { parseDataset } from '../data/model/parseDataset';", 'src/lib is the shared base'],
    ['src/data/selectors/fundingByYear.ts', "import { formatThousands } from '../../ui/Swatch';", 'src/data computes'],
    ['src/data/selectors/fundingByYear.ts', "import { useFilterStore } from '../../filters/filterStore';", 'src/data computes'],
    ['src/features/funding/FundingPanel.tsx', "import { ResultsPanel } from '../results/ResultsPanel';", 'A feature never imports'],
    ['src/features/funding/FundingPanel.tsx', "import { App } from '../../app/App';", 'A feature never imports'],
    ['src/ui/ChartFrame.tsx', "import { FundingPanel } from '../features/funding/FundingPanel';", 'Shared UI pieces'],
    ['src/figures/composeSvg.ts', "import { fundingChart } from '../features/funding/fundingChartDescription';", 'A figure is painted from its description alone'],
    ['src/figures/slide.ts', "import { parseDataset } from '../data/model/parseDataset';", 'A figure is painted from its description alone'],
    ['src/lib/export/csv.ts', "import { composeBarChartSvg } from '../../figures/composeSvg';", 'src/lib is the shared base'],
  ])('%s refuses %s', async (file, addedImport, message) => {
    const errors = await layerErrors(file, addedImport);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  }, 60_000);

  it('lets the export library name the dataset’s types, and a feature use its own modules', async () => {
    expect(await layerErrors('src/lib/format.ts', "import type { Country } from '../data/model/schema';")).toEqual([]);
    expect(await layerErrors('src/features/funding/FundingPanel.tsx', "import { FundingTable as T } from './FundingTable';")).toEqual([]);
  }, 60_000);
});
