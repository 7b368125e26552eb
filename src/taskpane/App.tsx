/**
 * The task pane: header with the language switch, a tab list, and the tabs' panels.
 *
 * Tabs are data (PANE_TABS below): the sprint generator (only for a host that can write a
 * workbook, see `isWorkbookHost`) and the function reference card. Every panel stays mounted and
 * the inactive ones are hidden, so switching tabs keeps what the user typed. The language starts
 * from the host's display language (Office's UI language) and the user can switch it; the theme
 * follows Office (light or dark), chosen by the caller.
 */
import { Suspense, lazy, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { FluentProvider, Label, Select, Title3, mergeClasses, useId, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { isReportsHost, isWorkbookHost, type Host } from "../hosts/host";
import { LOCALES, resolveLocale, type Locale } from "../i18n/locale";
import { LANGUAGE_NAMES, UI, type UiStrings } from "../i18n/ui";
import { Generator } from "./generator/Generator";
import { LOG_TAB_LABEL } from "../i18n/logTab";
import { useAppStyles } from "./styles";

export type PaneTheme = "light" | "dark";

/** What every tab gets. */
export interface TabContext {
  host: Host;
  locale: Locale;
  now: () => Date;
}

export interface PaneTab {
  id: string;
  label: (t: UiStrings, locale: Locale) => string;
  /** Whether the tab is offered with this host (default: always). */
  available?: (host: Host) => boolean;
  render: (ctx: TabContext) => ReactNode;
}

/** The reference card (its help texts in three languages), loaded when its tab is first shown. */
const ReferenceCard = lazy(() => import(/* webpackChunkName: "reference" */ "./reference/ReferenceCard"));

/** The daily-log tab (Record a day, Import reports), loaded when its tab is first shown. */
const LogTab = lazy(() => import(/* webpackChunkName: "log" */ "./log/LogTab"));

/** The pane's tabs, in order. */
export const PANE_TABS: readonly PaneTab[] = [
  {
    id: "generator",
    label: (t) => t.tabGenerator,
    available: isWorkbookHost,
    render: ({ host, locale, now }) => (isWorkbookHost(host) ? <Generator host={host} locale={locale} now={now} /> : null),
  },
  {
    id: "log",
    label: (_t, locale) => LOG_TAB_LABEL[locale],
    available: isReportsHost,
    render: ({ host, locale, now }) =>
      isReportsHost(host) ? (
        <Suspense fallback={null}>
          <LogTab host={host} locale={locale} now={now} />
        </Suspense>
      ) : null,
  },
  {
    id: "reference",
    label: (t) => t.tabReference,
    render: ({ host, locale }) => (
      <Suspense fallback={null}>
        <ReferenceCard host={host} locale={locale} />
      </Suspense>
    ),
  },
];

export interface AppProps {
  host: Host;
  theme?: PaneTheme;
  /** Overrides the host's display language (tests, preview). */
  initialLocale?: Locale;
  /** The clock (tests fix it); default the system clock. */
  now?: () => Date;
}

const systemClock = (): Date => new Date();

export function App({ host, theme = "light", initialLocale, now = systemClock }: AppProps): JSX.Element {
  const styles = useAppStyles();
  const [locale, setLocale] = useState<Locale>(() => initialLocale ?? resolveLocale(host.displayLanguage()));
  const tabs = PANE_TABS.filter((tab) => !tab.available || tab.available(host));
  const [tabId, setTabId] = useState<string>(tabs[0].id);
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([tabs[0].id]));
  const languageId = useId("language");
  const t = UI[locale];
  const active = tabs.find((tab) => tab.id === tabId) ?? tabs[0];

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.appTitle;
  }, [locale, t.appTitle]);

  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const select = (id: string): void => {
    setTabId(id);
    setVisited((v) => (v.has(id) ? v : new Set(v).add(id)));
  };
  const onTabKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    const i = tabs.findIndex((tab) => tab.id === active.id);
    const next =
      e.key === "ArrowRight" ? (i + 1) % tabs.length : e.key === "ArrowLeft" ? (i - 1 + tabs.length) % tabs.length : e.key === "Home" ? 0 : e.key === "End" ? tabs.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    select(tabs[next].id);
    tabRefs.current[next]?.focus();
  };

  useEffect(() => {
    // The pane fills the task pane edge to edge (set through the CSSOM: the CSP allows no inline styles).
    document.body.style.margin = "0";
  }, []);

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} className={styles.provider} lang={locale}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {t.appTitle}
        </Title3>
        <div className={styles.language}>
          <Label htmlFor={languageId}>{t.languageLabel}</Label>
          <Select id={languageId} size="small" value={locale} onChange={(_, data) => setLocale(data.value as Locale)}>
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </Select>
        </div>
      </header>
      {/* WAI-ARIA tabs: Left/Right/Home/End move between tabs and select them; only the selected tab is in the Tab order. */}
      <div role="tablist" aria-label={t.tabsLabel} className={styles.tabs} onKeyDown={onTabKey}>
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={tab.id === active.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === active.id ? 0 : -1}
            className={mergeClasses(styles.tab, tab.id === active.id && styles.tabSelected)}
            onClick={() => select(tab.id)}
          >
            {tab.label(t, locale)}
          </button>
        ))}
      </div>
      <main className={styles.panel}>
        {tabs.map((tab) => (
          <div key={tab.id} id={`panel-${tab.id}`} role="tabpanel" aria-labelledby={`tab-${tab.id}`} hidden={tab.id !== active.id}>
            {visited.has(tab.id) && tab.render({ host, locale, now })}
          </div>
        ))}
      </main>
    </FluentProvider>
  );
}
