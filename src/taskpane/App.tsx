/**
 * The task pane: header with the language switch, a tab list, and the selected tab's panel.
 *
 * Tabs are data (PANE_TABS below): a later issue adds the sprint generator by appending one
 * entry. The language starts from the host's display language (Office's UI language) and the user
 * can switch it; the theme follows Office (light or dark), chosen by the caller.
 */
import { useEffect, useState, type ReactNode } from "react";
import {
  FluentProvider,
  Label,
  Select,
  Tab,
  TabList,
  Title3,
  makeStaticStyles,
  makeStyles,
  tokens,
  useId,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { Host } from "../hosts/host";
import { LOCALES, resolveLocale, type Locale } from "../i18n/locale";
import { LANGUAGE_NAMES, UI, type UiStrings } from "../i18n/ui";
import { ReferenceCard } from "./ReferenceCard";

export type PaneTheme = "light" | "dark";

/** What every tab gets. */
export interface TabContext {
  host: Host;
  locale: Locale;
}

export interface PaneTab {
  id: string;
  label: (t: UiStrings) => string;
  render: (ctx: TabContext) => ReactNode;
}

/** The pane's tabs, in order. */
export const PANE_TABS: readonly PaneTab[] = [
  {
    id: "reference",
    label: (t) => t.tabReference,
    render: ({ host, locale }) => <ReferenceCard host={host} locale={locale} />,
  },
];

const useGlobalStyles = makeStaticStyles({
  body: { margin: 0 },
});

const useStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
  },
  title: {
    margin: 0,
  },
  language: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  tabs: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  panel: {
    padding: tokens.spacingHorizontalM,
  },
});

export interface AppProps {
  host: Host;
  theme?: PaneTheme;
  /** Overrides the host's display language (tests, preview). */
  initialLocale?: Locale;
}

export function App({ host, theme = "light", initialLocale }: AppProps): JSX.Element {
  useGlobalStyles();
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(() => initialLocale ?? resolveLocale(host.displayLanguage()));
  const [tabId, setTabId] = useState<string>(PANE_TABS[0].id);
  const languageId = useId("language");
  const t = UI[locale];
  const active = PANE_TABS.find((tab) => tab.id === tabId) ?? PANE_TABS[0];

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t.appTitle;
  }, [locale, t.appTitle]);

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
      <TabList
        className={styles.tabs}
        aria-label={t.tabsLabel}
        selectedValue={active.id}
        onTabSelect={(_, data) => setTabId(String(data.value))}
      >
        {PANE_TABS.map((tab) => (
          <Tab key={tab.id} id={`tab-${tab.id}`} value={tab.id} aria-controls={`panel-${tab.id}`}>
            {tab.label(t)}
          </Tab>
        ))}
      </TabList>
      <main id={`panel-${active.id}`} role="tabpanel" aria-labelledby={`tab-${active.id}`} className={styles.panel}>
        {active.render({ host, locale })}
      </main>
    </FluentProvider>
  );
}
