/**
 * "About this map": what 287(g) agreements, detainers and "sanctuary" policies are; the arguments
 * made for and against limiting cooperation, each with the sources that make them; how the map
 * is made; credits and licences; the data's "as of" date. Every citation is a row of
 * data/sources/context.csv (see contextSources.ts).
 */
import { formatDay, formatPartial, precisionOf } from '../i18n/format';
import { fill } from '../i18n/translate';
import { useClassroomStrings } from '../i18n/classroomStrings';
import { Dialog } from '../ui/Dialog';
import { ABOUT_TEXT, type AboutText } from './aboutText';
import { CONTEXT_SOURCE_BY_ID, CONTEXT_SOURCES } from './contextSources';

type CitedParagraph =
  | 'about287g'
  | 'aboutDetainer'
  | 'aboutSanctuary'
  | 'aboutForTrust'
  | 'aboutForEvidence'
  | 'aboutAgainstSafety'
  | 'aboutAgainstTrust'
  | 'aboutAgainstFederal';

/** Which sources back each paragraph (the same in every language). */
export const PARAGRAPH_SOURCES: Record<CitedParagraph, readonly string[]> = {
  about287g: ['ctx-ice-287g-page', 'ctx-acluut-287g-models', 'ctx-mpi-287g-2011'],
  aboutDetainer: ['ctx-ice-detainer-faq-2011', 'ctx-ice-detainer-policy-2017', 'ctx-ballotpedia-miranda-olivares', 'ctx-npr-sanctuary-label-2016'],
  aboutSanctuary: ['ctx-crs-sanctuary-2020', 'ctx-nysba-sanctuary', 'ctx-npr-sanctuary-label-2016'],
  aboutForTrust: ['ctx-uscm-mcca-statement-2017', 'ctx-theodore-insecure-communities-2013', 'ctx-latimes-latinos-report-crimes-2013'],
  aboutForEvidence: ['ctx-ballotpedia-miranda-olivares', 'ctx-uscm-mcca-statement-2017', 'ctx-wong-cap-2017', 'ctx-hausman-pnas-2020'],
  aboutAgainstSafety: ['ctx-ice-detainer-policy-2017', 'ctx-cis-releases-2015', 'ctx-ice-albence-briefing-2019', 'ctx-hstoday-albence-2019'],
  aboutAgainstTrust: ['ctx-cis-crime-reporting-2021'],
  aboutAgainstFederal: ['ctx-leitf-1373-2017', 'ctx-heritage-stimson-2016', 'ctx-ipt-doj-1373-letters-2017', 'ctx-politico-doj-sues-california-2018'],
};

function Cited({ s, paragraph }: { s: AboutText; paragraph: CitedParagraph }) {
  const ids = PARAGRAPH_SOURCES[paragraph];
  return (
    <p>
      {s[paragraph]}{' '}
      <span className="about__cites">
        ({s.aboutSourcesLabel}{' '}
        {ids.map((id, i) => {
          const source = CONTEXT_SOURCE_BY_ID.get(id);
          if (source === undefined) return null;
          return (
            <span key={id}>
              {i > 0 && '; '}
              <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
                {source.short}
              </a>
            </span>
          );
        })}
        )
      </span>
    </p>
  );
}

export function AboutContent({ asOf }: { asOf?: string | undefined }) {
  const { locale, lang } = useClassroomStrings();
  const s = ABOUT_TEXT[lang];
  return (
    <div className="about" lang={lang}>
      <p className="about__intro">{s.aboutIntro}</p>
      {asOf !== undefined && <p className="about__asof">{fill(s.aboutAsOf, { date: formatDay(asOf, locale) })}</p>}

      <h3>{s.aboutTermsHeading}</h3>
      <h4>{s.about287gHeading}</h4>
      <Cited s={s} paragraph="about287g" />
      <h4>{s.aboutDetainerHeading}</h4>
      <Cited s={s} paragraph="aboutDetainer" />
      <h4>{s.aboutSanctuaryHeading}</h4>
      <Cited s={s} paragraph="aboutSanctuary" />

      <h3>{s.aboutDebateHeading}</h3>
      <p>{s.aboutDebateIntro}</p>
      <div className="about__sides">
        <section className="about__side" aria-label={s.aboutForHeading}>
          <h4>{s.aboutForHeading}</h4>
          <Cited s={s} paragraph="aboutForTrust" />
          <Cited s={s} paragraph="aboutForEvidence" />
        </section>
        <section className="about__side" aria-label={s.aboutAgainstHeading}>
          <h4>{s.aboutAgainstHeading}</h4>
          <Cited s={s} paragraph="aboutAgainstSafety" />
          <Cited s={s} paragraph="aboutAgainstTrust" />
          <Cited s={s} paragraph="aboutAgainstFederal" />
        </section>
      </div>

      <h3>{s.aboutMethodHeading}</h3>
      <p>{s.aboutMethodRecords}</p>
      <p>{s.aboutMethodPrecedence}</p>
      <p>{s.aboutMethodCoverage}</p>

      <h3>{s.aboutCreditsHeading}</h3>
      <ul className="about__credits">
        {Object.entries(s.aboutCredits).map(([key, text]) => (
          <li key={key}>{text}</li>
        ))}
      </ul>

      <h3>{s.aboutReferences}</h3>
      <ol className="about__references">
        {CONTEXT_SOURCES.map((source) => (
          <li key={source.id} id={source.id}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title}
            </a>
            . {source.publisher}
            {source.published !== undefined && `, ${formatPartial(source.published, precisionOf(source.published), locale)}`}.
          </li>
        ))}
      </ol>
    </div>
  );
}

export function AboutDialog({ open, asOf, onClose }: { open: boolean; asOf?: string | undefined; onClose(): void }) {
  const s = useClassroomStrings().classroom;
  return (
    <Dialog open={open} title={s.aboutTitle} closeLabel={s.close} onClose={onClose} className="about-dialog">
      <AboutContent asOf={asOf} />
    </Dialog>
  );
}
