/** Doc comment text for ts-morph: keeps spec prose from closing the comment early. */
export function docText(...paragraphs: (string | undefined)[]): string {
  return paragraphs
    .filter((p): p is string => Boolean(p && p.trim()))
    .map((p) => p.trim().replace(/\*\//g, '*\\/'))
    .join('\n\n');
}
