/**
 * The live summary under the form: leads and deals needed, working days (with the calendar's
 * days off and make-up days), the weekly target with its definition, tiers, daily activity,
 * each owner's target and the weekly figures, straight from the domain's plan (the same figures
 * the sheets compute), plus the SMART score of the goal sentence. A sprint running past the
 * holiday data says so (docs/domain.md §10).
 */
import { Body1, Caption1, Subtitle2, mergeClasses } from "@fluentui/react-components";
import { useCardStyles } from "../styles";
import type { SprintPlan } from "../../domain/sprint";
import { calendarEffect } from "../../domain/calendar";
import { PLAN_WORDS, activityShortText } from "../../i18n/planWords";
import { dailyFigure } from "../../domain/daily";
import { DAILY_METRICS } from "../../domain/vocabulary";
import { format, type Locale } from "../../i18n/locale";
import type { UiStrings } from "../../i18n/ui";
import { formatNumber } from "../format";
import { useSummaryStyles } from "./styles";

/** Owners listed in the summary; the rest are counted. */
export const SUMMARY_MAX_OWNERS = 12;

export interface SummaryProps {
  plan: SprintPlan | null;
  locale: Locale;
  t: UiStrings;
  /** SMART score (0–5) of the goal sentence, or null when none is typed. */
  smartScore: number | null;
  headingId: string;
}

export function Summary({ plan, locale, t, smartScore, headingId }: SummaryProps): JSX.Element {
  const styles = useSummaryStyles();
  const { card } = useCardStyles();
  return (
    <section className={card} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t.summaryTitle}
      </Subtitle2>
      {!plan ? (
        <Body1 className={styles.muted}>{t.summaryEmpty}</Body1>
      ) : (
        <>
          <PlanFacts plan={plan} locale={locale} t={t} smartScore={smartScore} />
          <Caption1 className={styles.muted}>
            {format(t.sumWeeklyNote, { week: formatNumber(plan.fullWeekDays, locale), days: formatNumber(plan.workingDays, locale) })}
          </Caption1>
          {plan.uncovered && plan.inputs.calendarSource && (
            <Caption1 role="note" className={styles.warning}>
              {format(t.calendarUncovered, { last: plan.inputs.calendarSource.coveredThrough.slice(0, 4), from: plan.uncovered.from })}
            </Caption1>
          )}
          {activityShortText(plan, locale) !== null && (
            <Caption1 role="note" className={styles.warning}>
              {activityShortText(plan, locale)}
            </Caption1>
          )}
          <OwnersTable plan={plan} locale={locale} t={t} />
          <WeeksTable plan={plan} locale={locale} t={t} />
        </>
      )}
    </section>
  );
}

interface PartProps {
  plan: SprintPlan;
  locale: Locale;
  t: UiStrings;
}

/** Leads, deals, working days, the weekly target, tiers, daily activity and the SMART score. */
function PlanFacts({ plan, locale, t, smartScore }: PartProps & { smartScore: number | null }): JSX.Element {
  const styles = useSummaryStyles();
  const n = (x: number): string => formatNumber(x, locale);
  const effect = calendarEffect(plan.days, plan.inputs.weekends);
  const workingDays =
    effect.off + effect.work > 0 ? format(t.sumWorkingDaysValue, { days: n(plan.workingDays), off: n(effect.off), work: n(effect.work) }) : n(plan.workingDays);
  return (
    <dl className={styles.facts}>
      <Fact term={t.sumLeads} value={format(t.sumLeadsValue, { leads: n(plan.requiredLeads), perWeek: n(Math.round(plan.leadsPerWeek)) })} />
      <Fact term={t.sumDeals} value={n(plan.requiredDeals)} />
      <Fact term={t.sumWorkingDays} value={workingDays} />
      <Fact term={t.sumWeekly} value={n(Math.round(plan.weeklyTarget))} />
      <Fact
        term={t.sumTiers}
        value={`${n(plan.inputs.target * plan.inputs.tiers.base)} / ${n(plan.inputs.target * plan.inputs.tiers.challenge)}`}
      />
      <Fact
        term={t.sumActivity}
        value={format(t.sumActivityValue, Object.fromEntries(DAILY_METRICS.map((m) => [m, n(dailyFigure(plan, m))])))}
      />
      {smartScore !== null && <Fact term={t.smartTitle} value={`${smartScore}/5`} />}
    </dl>
  );
}

/** Each owner's target, weekly target and challenge tier (the first SUMMARY_MAX_OWNERS). */
function OwnersTable({ plan, locale, t }: PartProps): JSX.Element {
  const styles = useSummaryStyles();
  const n = (x: number): string => formatNumber(x, locale);
  return (
    <>
      <table className={styles.table}>
        <caption className={styles.caption}>{t.ownersCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.th}>
              {t.colOwner}
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.num)}>
              {t.colTarget}
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.num)}>
              {t.colWeekly}
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.num)}>
              {t.colChallenge}
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.owners.slice(0, SUMMARY_MAX_OWNERS).map((o) => (
            <tr key={o.name}>
              <th scope="row" className={styles.td}>
                {o.name}
              </th>
              <td className={mergeClasses(styles.td, styles.num)}>{n(o.target)}</td>
              <td className={mergeClasses(styles.td, styles.num)}>{n(Math.round(o.weeklyTarget))}</td>
              <td className={mergeClasses(styles.td, styles.num)}>{n(Math.round(o.challenge))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {plan.owners.length > SUMMARY_MAX_OWNERS && (
        <Caption1 className={styles.muted}>{format(t.moreOwners, { count: plan.owners.length - SUMMARY_MAX_OWNERS })}</Caption1>
      )}
    </>
  );
}

/** Each week's dates, revenue and the key figure of its phase. */
function WeeksTable({ plan, locale, t }: PartProps): JSX.Element {
  const styles = useSummaryStyles();
  const n = (x: number): string => formatNumber(x, locale);
  const s = PLAN_WORDS[locale];
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{t.weeksCaption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.th}>
            {t.colWeek}
          </th>
          <th scope="col" className={styles.th}>
            {t.colDates}
          </th>
          <th scope="col" className={mergeClasses(styles.th, styles.num)}>
            {t.colRevenue}
          </th>
          <th scope="col" className={styles.th}>
            {t.colKeyFigure}
          </th>
        </tr>
      </thead>
      <tbody>
        {plan.weeks.map((w) => {
          const from = plan.days[w.fromDay - 1].date.slice(5);
          const to = plan.days[w.toDay - 1].date.slice(5);
          return (
            <tr key={w.week}>
              <th scope="row" className={styles.td}>
                {w.week}
              </th>
              <td className={mergeClasses(styles.td, styles.nowrap)}>{`${from}–${to}`}</td>
              <td className={mergeClasses(styles.td, styles.num)}>{n(w.revenue)}</td>
              <td className={styles.td}>{`${s.phaseKeyFigures[w.phase - 1]} ${n(w.keyPlan)}`}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Fact({ term, value }: { term: string; value: string }): JSX.Element {
  const styles = useSummaryStyles();
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.value}>{value}</dd>
    </>
  );
}
