/** An export failure with a message written for the person running it (the CLI prints it as is, exit 1). */
export class ExportError extends Error {
  override name = 'ExportError';
}

/** The report named for the export is not in the store: a usage error (the CLI exits 2). */
export class UnknownReportError extends ExportError {
  override name = 'UnknownReportError';
}
