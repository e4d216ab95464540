/** A mutant as Stryker's JSON report writes it (the fields --survivors reads). */
export interface ReportMutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
}

export interface MutationReport {
  files: Record<string, { source: string; mutants: ReportMutant[] }>;
}

export declare function lineMap(before: string, after: string): Int32Array;

export declare function survivorRanges(
  report: MutationReport,
  currentSource: (path: string) => string | undefined,
  isEquivalent?: (path: string, source: string, mutant: ReportMutant) => unknown,
): string[];
