// A family of slices (the whole, teams, caseworkers, team x caseworker pairs, target groups): per key
// and month, the counts behind MonthStats, in flat typed arrays so a slice's month is one index.
/** A family of slices (e.g. all teams): per key and month, the counts behind MonthStats. */
export class SliceFamily {
  readonly keys: string[] = [];
  private readonly index = new Map<string, number>();
  gross!: Int32Array;
  active!: Int32Array;
  withHours!: Int32Array;
  visited!: Int32Array;
  starts!: Int32Array;
  ends!: Int32Array;
  plannedEnds!: Int32Array;
  hoursSum!: Float64Array;
  constructor(readonly months: number) {}

  keyOf(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.keys.length;
      this.keys.push(name);
      this.index.set(name, i);
    }
    return i;
  }

  allocate(): void {
    const size = this.keys.length * this.months;
    this.gross = new Int32Array(size);
    this.active = new Int32Array(size);
    this.withHours = new Int32Array(size);
    this.visited = new Int32Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.plannedEnds = new Int32Array(size);
    this.hoursSum = new Float64Array(size);
  }

  /** Counts one citizen in the gross target group at flat index i. */
  addCell(i: number, active: number, withHours: number, visited: number, hours: number): void {
    this.gross[i]++;
    this.active[i] += active;
    this.withHours[i] += withHours;
    this.visited[i] += visited;
    this.hoursSum[i] += hours;
  }

  /** Adds another family's row `from` into this family's row `to`. */
  addFrom(other: SliceFamily, from: number, to: number): void {
    const M = this.months;
    for (let m = 0; m < M; m++) {
      const a = to * M + m;
      const b = from * M + m;
      this.gross[a] += other.gross[b];
      this.active[a] += other.active[b];
      this.withHours[a] += other.withHours[b];
      this.visited[a] += other.visited[b];
      this.starts[a] += other.starts[b];
      this.ends[a] += other.ends[b];
      this.plannedEnds[a] += other.plannedEnds[b];
      this.hoursSum[a] += other.hoursSum[b];
    }
  }

  /** One key's months of a count, as a view (no copy). */
  row<A extends Int32Array | Float64Array>(array: A, key: number): A {
    return array.subarray(key * this.months, (key + 1) * this.months) as A;
  }
}
