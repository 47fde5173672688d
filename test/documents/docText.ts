import JSZip from 'jszip';

/**
 * The visible text of a .docx: word/document.xml with tags turned into spaces, entities decoded,
 * no-break spaces read as spaces and non-breaking hyphens as hyphens (dates and phone numbers
 * carry them; docxXml shows them as they are).
 */
export async function docxText(data: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const file = zip.file('word/document.xml');
  if (!file) throw new Error('no word/document.xml');
  const xml = await file.async('string');
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\u00A0/g, ' ')
    .replace(/\u2011/g, '-');
}

/** One part of a .docx as XML (word/document.xml by default). */
export async function docxXml(data: Uint8Array, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const file = zip.file(part);
  if (!file) throw new Error(`no ${part}`);
  return file.async('string');
}

/** Every part of a .docx as text (document, properties, headers), to search for leaks. */
export async function docxAllParts(data: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map((f) => f.async('string')));
  return parts.join('\n');
}
