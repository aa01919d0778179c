import type { CountryView } from '../../data/selectors/countryView';
import { restatementSentence } from '../../ui/restatementText';

/**
 * The first screen's sentence when a figure shown was restated by a later edition: what it is now, the change in
 * dollars and percent, and what the earlier edition printed, with a link to both editions' figures side by side
 * (`editionsId`, the "Across editions" heading, which a link opens). Nothing when no figure shown was restated.
 */
export function RestatementNote({ view, editionsId }: { view: CountryView; editionsId: string }) {
  const sentence = restatementSentence(view.country.name, view.funding.restatements, view.editionName);
  if (sentence === null) return null;
  return (
    <p className="headline__restated">
      {sentence} <a href={`#${editionsId}`}>Compare the editions</a>
    </p>
  );
}
