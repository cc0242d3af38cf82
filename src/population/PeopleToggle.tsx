/** The people switch (`people=1`): counts also as residents, in the legend and the chart. */
import type { Lang } from '../i18n/strings';

export function PeopleToggle({ checked, lang, onChange }: { checked: boolean; lang: Lang; onChange(people: boolean): void }) {
  return (
    <label className="people-toggle">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {lang === 'es' ? 'Personas (residentes)' : 'People (residents)'}
    </label>
  );
}
