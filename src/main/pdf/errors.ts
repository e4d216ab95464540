/** An export failure with a message written for the person running it (the CLI prints it as is, exit 1). */
export class ExportError extends Error {
  override name = 'ExportError';
}
