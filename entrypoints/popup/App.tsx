import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Report } from '../../src/analyze/types.ts';
import { clip, groupFindings, siteOutlets } from '../../src/ui/markdown.ts';
import { t } from '../../src/ui/strings.ts';
import type { Fetched, PopupBridge } from './bridge.ts';
import { Export } from './components/Export.tsx';
import { Findings } from './components/Findings.tsx';
import { Lateral } from './components/Lateral.tsx';
import { CoverageNotice } from './components/Coverage.tsx';
import { Signals } from './components/Signals.tsx';
import { SiteNotice } from './components/SiteNotice.tsx';
import { Sources } from './components/Sources.tsx';
import { StateView } from './components/StateView.tsx';
import { Verdict } from './components/Verdict.tsx';
import { SiteControls } from './components/SiteControls.tsx';
import { hostOf } from './lateral.ts';

/** How often the popup asks again while the page is still being analyzed. */
export const POLL_MS = 500;

type View = { kind: 'loading' } | Fetched;

/** Asks the tab for its state, and again every `pollMs` while it is analyzing; stops on unmount. */
function usePageState(bridge: PopupBridge, pollMs: number): [View, () => void] {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      const fetched = await bridge.getState();
      if (!alive) return;
      setView(fetched);
      if (fetched.ok && fetched.page.state === 'analyzing') timer = setTimeout(() => void tick(), pollMs);
    };
    void tick();
    return () => {
      alive = false;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [bridge, pollMs, round]);
  return [view, () => setRound((n) => n + 1)];
}

function ReportView(props: { report: Report; bridge: PopupBridge; hidden: number }) {
  const { report, bridge } = props;
  const groups = useMemo(() => groupFindings(report.findings), [report]);
  const site = useMemo(() => siteOutlets(report.findings), [report]);
  return (
    <>
      <SiteNotice outlets={site} bridge={bridge} />
      <Verdict report={report} groups={groups} />
      <CoverageNotice coverage={report.coverage} />
      {props.hidden > 0 ? <p class="hidden-note muted small">{t.site.hidden(props.hidden)}</p> : null}
      <Sources report={report} bridge={bridge} />
      <Signals report={report} />
      <Findings groups={groups} bridge={bridge} />
      <Lateral report={report} bridge={bridge} />
      <Export report={report} />
      <p class="footer muted small">{t.footer(report.timings.analyzeMs + (report.timings.extractMs ?? 0))}</p>
    </>
  );
}

function Header(props: { report: Report | null }) {
  const article = props.report?.article;
  const site = article ? article.siteName?.trim() || hostOf(article.url) : '';
  return (
    <header class="header">
      <h1 class="brand">
        <span class="logo" aria-hidden="true" />
        {t.appName}
      </h1>
      {article?.title.trim() ? (
        <p class="article-title" title={article.title}>
          {clip(article.title, 140)}
        </p>
      ) : null}
      {site ? <p class="article-site muted small">{site}</p> : null}
    </header>
  );
}

/** Asks the page to run now, or turns the site back on, then reads the tab's state again. */
/** A button that runs something; a `{ok: false, message}` result is shown to the reader. */
function Action(props: { label: string; run: () => Promise<unknown>; refresh: () => void }): preact.JSX.Element {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div class="buttons state-action">
      <button
        type="button"
        class="button"
        onClick={() => {
          void props.run().then((r) => {
            const failed = typeof r === 'object' && r !== null && (r as { ok?: unknown }).ok === false;
            setProblem(failed ? t.site.saveFailed(String((r as { message?: unknown }).message)) : null);
            if (!failed) setTimeout(props.refresh, 150);
          });
        }}
      >
        {props.label}
      </button>
      {problem ? (
        <p class="small site-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/** Runs Sourcelight on a tab it has no standing access to (activeTab), when the reader asks. */
function InjectAction(props: { bridge: PopupBridge; refresh: () => void }) {
  const [failed, setFailed] = useState(false);
  return (
    <div class="state-action">
      <p class="muted small">{t.site.noAccess}</p>
      <Action
        label={t.site.analyzeNow}
        run={async () => {
          const ok = await props.bridge.injectAndRun();
          setFailed(!ok);
        }}
        refresh={props.refresh}
      />
      {failed ? <p class="small" role="alert">{t.site.injectFailed}</p> : null}
    </div>
  );
}

export function App(props: { bridge: PopupBridge; pollMs?: number }) {
  const [view, refresh] = usePageState(props.bridge, props.pollMs ?? POLL_MS);
  const bridge = props.bridge;
  const url = !('kind' in view) && view.ok ? view.page.url : undefined;
  const s = t.states;
  let body;
  let report: Report | null = null;
  if ('kind' in view) body = <StateView kind="loading" tone="busy" title={s.loading.title} body={s.loading.body} />;
  else if (!view.ok) {
    const text = view.reason === 'invalid' ? s.invalid : s.unreachable;
    body = (
      <>
        <StateView kind={view.reason} tone="neutral" title={text.title} body={text.body} />
        {view.reason === 'unreachable' ? <InjectAction bridge={bridge} refresh={refresh} /> : null}
      </>
    );
  } else {
    const page = view.page;
    switch (page.state) {
      case 'analyzing':
        body = <StateView kind="analyzing" tone="busy" title={s.analyzing.title} body={s.analyzing.body} />;
        break;
      case 'not-article':
        body = <StateView kind="not-article" tone="neutral" title={s.notArticle.title} body={s.notArticle.body} detail={page.message} />;
        break;
      case 'error':
        body = <StateView kind="error" tone="problem" title={s.error.title} body={s.error.body} detail={page.message} />;
        break;
      case 'off':
        body = (
          <>
            <StateView kind="off" tone="neutral" title={s.off.title} body={s.off.body} detail={page.message} />
            {url ? <Action label={t.site.turnOn} run={() => bridge.setSite(url, { mode: null })} refresh={refresh} /> : null}
          </>
        );
        break;
      case 'waiting':
        body = (
          <>
            <StateView kind="waiting" tone="neutral" title={s.waiting.title} body={s.waiting.body} />
            <Action label={t.site.analyzeNow} run={() => bridge.runNow()} refresh={refresh} />
          </>
        );
        break;
      case 'ready':
        report = page.report;
        body = <ReportView report={page.report} bridge={bridge} hidden={page.hidden ?? 0} />;
        break;
    }
  }
  return (
    <div class="popup">
      <Header report={report} />
      <main class="content">
        {body}
        {url ? <SiteControls url={url} bridge={bridge} onChange={refresh} /> : null}
      </main>
    </div>
  );
}
