import { useState } from 'preact/hooks';
import type { Report } from '../../../src/analyze/types.ts';
import { reportToMarkdown } from '../../../src/ui/markdown.ts';
import { t } from '../../../src/ui/strings.ts';
import { hostOf } from '../lateral.ts';
import { Section } from './common.tsx';

function fileName(report: Report): string {
  const host = hostOf(report.article.url).replace(/[^a-z0-9.-]/gi, '') || 'page';
  return `sourcelight-${host}-${new Date().toISOString().slice(0, 10)}.json`;
}

/** Saves the Report through a Blob URL and a temporary download link. */
export function downloadReport(report: Report, doc: Document = document): void {
  const blob = new Blob([`${JSON.stringify(report, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName(report);
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function Export(props: { report: Report }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(reportToMarkdown(props.report));
      setStatus(t.export.copied);
    } catch {
      setStatus(t.export.copyFailed); // handled: the reader is told the copy failed
    }
  };
  return (
    <Section id="export" title={t.export.heading}>
      <div class="buttons">
        <button type="button" class="button" data-action="copy" onClick={() => void copy()}>
          {t.export.copy}
        </button>
        <button
          type="button"
          class="button"
          data-action="download"
          onClick={() => {
            downloadReport(props.report);
            setStatus(t.export.downloaded);
          }}
        >
          {t.export.download}
        </button>
      </div>
      <p class="status small" role="status">
        {status}
      </p>
    </Section>
  );
}
