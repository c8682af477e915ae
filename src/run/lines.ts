/** A stdout line longer than the limit: reading it whole would let one connector exhaust memory. */
export class LineTooLongError extends Error {
  override name = 'LineTooLongError';
  constructor(readonly limit: number) {
    super(`a stdout line is longer than ${limit} bytes (the limit for one protocol message)`);
  }
}

/**
 * Splits a byte stream into lines without holding more than one line (plus one chunk) in memory.
 * Bytes are decoded only at line ends, so multi-byte UTF-8 characters split across chunks survive.
 */
export class LineSplitter {
  private parts: Buffer[] = [];
  private size = 0;

  constructor(private readonly maxLineBytes: number) {}

  /** Returns the lines completed by this chunk; throws LineTooLongError once the open line passes the limit. */
  push(chunk: Buffer): string[] {
    const lines: string[] = [];
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      this.append(chunk.subarray(start, nl));
      lines.push(this.take());
      start = nl + 1;
    }
    if (start < chunk.length) this.append(chunk.subarray(start));
    return lines;
  }

  /** The unterminated last line, if any. */
  end(): string | undefined {
    return this.size > 0 || this.parts.length > 0 ? this.take() : undefined;
  }

  private append(part: Buffer): void {
    this.size += part.length;
    if (this.size > this.maxLineBytes) {
      this.parts = [];
      throw new LineTooLongError(this.maxLineBytes);
    }
    if (part.length > 0) this.parts.push(Buffer.from(part));
  }

  private take(): string {
    const text = Buffer.concat(this.parts, this.size).toString('utf8');
    this.parts = [];
    this.size = 0;
    return text.endsWith('\r') ? text.slice(0, -1) : text;
  }
}

/** Keeps the last `capacity` lines, for error messages. */
export class LineTail {
  private lines: string[] = [];

  constructor(private readonly capacity: number) {}

  add(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.capacity) this.lines.shift();
  }

  get(): string[] {
    return [...this.lines];
  }
}
