/**
 * Languages with their own pipeline; `none` (any other language) is indexed without stemming or
 * stop words, rather than stemmed wrongly.
 */
export type AnalyzerLanguage = 'en' | 'es' | 'ca' | 'none';

export const analyzerLanguages: readonly AnalyzerLanguage[] = ['en', 'es', 'ca', 'none'];
