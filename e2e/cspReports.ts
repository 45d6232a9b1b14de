import type { Page } from '@playwright/test';

/** A Content-Security-Policy violation as the page reported it, with where it came from. */
export interface CspReport {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  column: number;
  /** `element` when the report is about an element of the live page, else `document`. */
  target: 'element' | 'document';
  /** The element's tag, when `target` is `element`. */
  element: string | null;
}

/**
 * Starts recording the page's CSP violation reports, from its first script on. Call before
 * `page.goto`.
 */
export async function recordCspReports(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const reports: unknown[] = [];
    (window as unknown as { __cspReports: unknown[] }).__cspReports = reports;
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const target = event.target;
        reports.push({
          directive: event.effectiveDirective,
          blockedURI: event.blockedURI,
          sourceFile: event.sourceFile,
          line: event.lineNumber,
          column: event.columnNumber,
          target: target instanceof Element ? 'element' : 'document',
          element: target instanceof Element ? target.tagName : null,
        });
      },
      true,
    );
  });
}

/**
 * The page's CSP reports, split by where they came from.
 *
 * By the CSP spec, a violation caused by an element of the live page is reported *at that
 * element*; one caused by a node of another document (the sanitiser's inert document, where
 * current Chromium checks inline handlers and `<base>` as it parses a note) is reported at the
 * page's document, with the app's own script that was running (the sanitiser) as its source.
 * Those are the net working on content that never reached the page; they depend on the browser
 * version, so they are kept apart rather than counted. Anything else (a report at an element of
 * the page, or one raised while no app script was running) means hostile content got through.
 * A report at the document does not say which document it was about (a `<base>` the app put in
 * the page would look the same), so the specs also check what the live DOM holds.
 */
export async function cspReportsBySource(
  page: Page,
  appOrigin: string,
): Promise<{ fromThePage: CspReport[]; fromTheSanitiser: CspReport[] }> {
  const reports = await page.evaluate(
    () => (window as unknown as { __cspReports: CspReport[] }).__cspReports,
  );
  const appScript = (file: string) => file.startsWith(`${appOrigin}/assets/`);
  const fromTheSanitiser = reports.filter(
    (r) => r.target === 'document' && appScript(r.sourceFile),
  );
  return {
    fromThePage: reports.filter((r) => !fromTheSanitiser.includes(r)),
    fromTheSanitiser,
  };
}
