import { useMemo } from 'react';
import type { Dataset } from '../../data/model/schema';
import { seriesFiscalYears } from '../../data/selectors/acrossEditions';
import { measureOf, rankCountries, rankingShareBases } from '../../data/selectors/ranking';
import { useFilterStore } from '../../filters/filterStore';
import { EmbeddedChart } from '../../ui/EmbeddedChart';
import { rankedHeight } from '../../figures/screen/rankedLayout';
import { rankingChart } from './rankingChart';

/** The overview's ranking alone (`?view=overview&embed=ranking`), from the same ranking as the overview. */
export default function RankingEmbed({ dataset, fullViewHref, problems }: { dataset: Dataset; fullViewHref: string; problems: readonly string[] }) {
  const { measure: measureKey, years: chosen, lines, region, country, countryChosen, top } = useFilterStore();
  const chart = useMemo(() => {
    const offered = seriesFiscalYears(dataset);
    const measure = measureOf(measureKey, dataset.fiscalYears);
    const years = chosen ? offered.filter((y) => chosen.includes(y)) : dataset.fiscalYears;
    const ranked = rankCountries(dataset, offered, { measure, years, lines, region });
    // As on the overview: a country is outlined only when the officer chose it.
    const currentCountryId = countryChosen ? country : null;
    const shares = rankingShareBases(dataset, offered, { measure, years, lines });
    return rankingChart(ranked, { measure, years, lines, region, currentCountryId, top: top ?? undefined, throughYear: dataset.fiscalYears.at(-1), shares, source: dataset.source });
  }, [dataset, measureKey, chosen, lines, region, country, countryChosen, top]);
  return <EmbeddedChart chart={chart} fullViewHref={fullViewHref} height={rankedHeight(chart.categories.length)} problems={problems} />;
}
