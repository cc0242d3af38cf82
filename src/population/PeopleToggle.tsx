/** The people switch (`people=1`): counts also as residents, in the legend and the chart. */
import type { Lang } from '../i18n/strings';
import { chartStringsFor } from '../chart/strings';

export function PeopleToggle({ checked, lang, onChange }: { checked: boolean; lang: Lang; onChange(people: boolean): void }) {
  return (
    <label className="people-toggle">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {chartStringsFor(lang).people}
    </label>
  );
}
