/** The report's text as the brief prints it: shared with the Word brief (src/shared/brief-text.ts). */
export { figuresInOrder, sectionParagraphs } from '../../shared/brief-text';
