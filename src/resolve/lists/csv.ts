// A small RFC 4180 CSV reader that remembers the line each row starts on, so problems can be
// reported by line. Quoted fields may hold commas, doubled quotes and newlines.

export interface CsvRow {
  /** 1-based line number where the row starts. */
  line: number;
  fields: string[];
  /** True when a quoted field was still open at the end of the text (a file cut short). */
  unterminated?: boolean;
}

export function* readCsv(text: string): Generator<CsvRow> {
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let field = "";
    let rowDone = false;
    let unterminated = false;
    while (!rowDone) {
      if (i >= n) {
        fields.push(field);
        break;
      }
      const ch = text[i];
      if (ch === '"' && field.trim() === "") {
        // Quoted field: read to the closing quote.
        field = "";
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === "\n") line++;
          field += c;
          i++;
        }
        if (!closed) unterminated = true;
        // Anything between the closing quote and the next separator is kept (tolerant of `"x" `).
        while (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") field += text[i++];
        continue;
      }
      if (ch === ",") {
        fields.push(field);
        field = "";
        i++;
      } else if (ch === "\r" || ch === "\n") {
        fields.push(field);
        if (ch === "\r" && text[i + 1] === "\n") i++;
        i++;
        line++;
        rowDone = true;
      } else {
        field += ch;
        i++;
      }
    }
    // Skip blank lines (and the DOS end-of-file marker some OFAC files still carry).
    if (fields.length === 1 && fields[0].replace(/\x1a/g, "").trim() === "") continue;
    yield unterminated ? { line: startLine, fields, unterminated } : { line: startLine, fields };
  }
}
