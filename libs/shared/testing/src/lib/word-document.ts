import JSZip from 'jszip';

/** A .docx as the tests read it: its visible text, its body XML and the media it carries. */
export interface WordDocument {
  /** The paragraphs' text, one per line, tags removed and entities decoded. */
  text: string;
  xml: string;
  /** Paths of the embedded media, e.g. "word/media/image1.png". */
  media: string[];
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&amp;': '&',
};

export async function readWordDocument(bytes: Buffer): Promise<WordDocument> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await (zip.file('word/document.xml') as JSZip.JSZipObject).async('string');
  const text = xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|quot|apos|amp);/g, (entity) => ENTITIES[entity]);
  return {
    text,
    xml,
    media: Object.keys(zip.files).filter((name) => name.startsWith('word/media/')),
  };
}
