/**
 * Which facts the build report asks a human to check: the ids listed under its "Check before
 * publishing" heading, in its order. Read from the report itself so the studio and `--report` never
 * disagree about what is uncertain.
 */
export function uncertainIds(reportMarkdown: string): string[] {
  const lines = reportMarkdown.split('\n');
  const start = lines.indexOf('## Check before publishing');
  if (start < 0) return [];
  const ids: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) break;
    const m = /^- `([^`]+)` /.exec(line);
    if (m && !ids.includes(m[1])) ids.push(m[1]);
  }
  return ids;
}
