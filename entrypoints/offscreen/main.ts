// Chrome's offscreen document (reason DOM_PARSER): the one place in an MV3 extension with a DOM
// that is not the reader's page. Content scripts send it a serialised page on the analysis port;
// it runs Readability and the analyzer and answers. No network, no storage: input in, report out.
import { reportProblem } from '../../src/diagnostics/report.ts';
import { serveAnalyzerPort } from '../../src/pipeline/serve.ts';

serveAnalyzerPort(new DOMParser(), (where, error) => reportProblem('analyzer', where, error));
