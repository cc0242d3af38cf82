/**
 * English / Español. Each button is labelled in its own language (and marked so with `lang`, so a
 * screen reader pronounces it right); the current one is pressed.
 */
import { type Lang, LANGS, LANGUAGE_NAMES } from './strings';
import '../a11y/a11y.css';
import { useStrings } from './useStrings';

export interface LanguageSwitchProps {
  lang: Lang;
  onChange(lang: Lang): void;
}

export function LanguageSwitch({ lang, onChange }: LanguageSwitchProps) {
  const strings = useStrings();
  return (
    <div className="language-switch" role="group" aria-label={strings.languageLabel}>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="language-switch__option"
          aria-pressed={l === lang}
          onClick={() => {
            if (l !== lang) onChange(l);
          }}
        >
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
