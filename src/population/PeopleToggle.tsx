/** The people switch (`people=1`): counts also as residents, in the legend and the chart. */
import { useStrings } from '../i18n/useStrings';

export function PeopleToggle({ checked, onChange }: { checked: boolean; onChange(people: boolean): void }) {
  const strings = useStrings();
  return (
    <label className="people-toggle check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span className="check__box" aria-hidden="true" />
      <span>{strings.peopleToggle}</span>
    </label>
  );
}
