// The CLI's words, in Danish (the CLI's one language): usage texts, progress lines, what a command did and
// the import summary. The commands in src/cli only choose which text to print; thrown errors and their
// exit codes are the error family's (src/text/errors.ts).
import { basename } from 'path';
import { addMonths, formatDanishDate, formatDanishMonth } from '../domain/dates';
import { RULE_IDS, type IsoDate, type MonthKey } from '../domain/model';
import type { ImportPlan } from '../import/plan';
import { missingAdviceText, rejectedRowText, rowKeyText } from './imports';

export const USAGE = `Brug:
  fremdrift report <projektmappe.xlsx> [--json] [--as-of ÅÅÅÅ-MM-DD] [--rule ID] [--write] [--quiet]
  fremdrift demo <ud.xlsx> [--as-of ÅÅÅÅ-MM-DD] [--json] [--force] [--quiet]
  fremdrift consolidate <a.xlsx> <b.xlsx> ... --out <samlet.xlsx> [--as-of ÅÅÅÅ-MM-DD] [--rule ID] [--json] [--quiet]
  fremdrift import ...   (se fremdrift import --help)
  fremdrift upgrade <projektmappe.xlsx> [--quiet]   (tilføjer kontrakt v2's tabeller og kolonner)
  fremdrift export <projektmappe.xlsx> ... --out <mappe>   (Fremdrift-udtræk v1; se fremdrift export --help)
Målregler: ${RULE_IDS.join(', ')}
--quiet: ingen fremdriftslinjer på standard error.
Slutkoder: 0 udført, 1 forkert brug, 2 en fil kan ikke bruges, 3 uventet fejl.
Skriv fremdrift <kommando> --help for tilvalg og et eksempel.`;

const EXIT_CODES = 'Slutkoder: 0 udført, 1 forkert brug, 2 en fil kan ikke bruges, 3 uventet fejl.';
const AS_OF_HELP = '  --as-of DATO  opgørelsesdato (ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ); standard: i dag';
const RULE_HELP = `  --rule ID     målregel i stedet for Indstillinger: ${RULE_IDS.join(', ')}`;
const QUIET_HELP = '  --quiet       ingen fremdriftslinjer på standard error';

/** `fremdrift <kommando> --help`: what the command does, every option, and an example. */
export const COMMAND_HELP = {
  report: `Brug: fremdrift report <projektmappe.xlsx> [--json] [--as-of ÅÅÅÅ-MM-DD] [--rule ID] [--write] [--quiet]

Måler projektmappen og skriver et resumé på standard output: status mod målet, seneste måned, teams og
deres nødvendige starter næste måned, og de første datafejl (tabel, række, kolonne). Uden --write
ændres filen ikke.

Tilvalg:
  --json        JSON-rapporten i stedet for resuméet
${AS_OF_HELP}
${RULE_HELP}
  --write       skriver output-arkene i filen og lukker de måneder, der er klar til det (fra den 10. i
                måneden efter, regnet fra i dag): månedens tal gemmes i Historik.
                En lukning kan ikke fortrydes: en lukket måned lukkes aldrig igen, og dens rækker ændres
                aldrig. Første gang i en projektmappe, der aldrig er lukket, lukkes alle tidligere måneder på
                én gang; de, der lå længe før, markeres "lukket ved ibrugtagning" (ikke tal fra dengang).
                Kommandoen skriver, hvilke måneder den lukkede.
${QUIET_HELP}

Eksempler:
  fremdrift report sagsstamme.xlsx --as-of 2026-12-02
  fremdrift report sagsstamme.xlsx --write
${EXIT_CODES}`,
  demo: `Brug: fremdrift demo <ud.xlsx> [--as-of ÅÅÅÅ-MM-DD] [--json] [--quiet]

Skriver en demo-projektmappe med et opdigtet jobcenter (3 teams, 12 sagsbehandlere, 24 måneder, STARs tal og
en Historik med lukkede måneder) og alle output-arkene. Den samme dato giver den samme projektmappe.

Tilvalg:
${AS_OF_HELP}
  --json        JSON-rapporten i stedet for resuméet
${QUIET_HELP}

Eksempel:
  fremdrift demo demo.xlsx --as-of 2026-12-02
${EXIT_CODES}`,
  consolidate: `Brug: fremdrift consolidate <a.xlsx> <b.xlsx> ... --out <samlet.xlsx> [--as-of ÅÅÅÅ-MM-DD] [--rule ID] [--json] [--quiet]

Samler flere projektmapper (fx én pr. team) i én ny projektmappe med alle output-arkene. Kildefilerne
ændres ikke. Et Borger-ID, der findes i flere filer, tælles én gang og nævnes i Datakvalitet.

Tilvalg:
  --out FIL     den samlede projektmappe (skal angives)
${AS_OF_HELP}
${RULE_HELP}
  --json        JSON-rapporten i stedet for resuméet
${QUIET_HELP}

Eksempel:
  fremdrift consolidate nord.xlsx syd.xlsx vest.xlsx --out samlet.xlsx
${EXIT_CODES}`,
  upgrade: `Brug: fremdrift upgrade <projektmappe.xlsx> [--quiet]

Tilføjer de tabeller og kolonner, som kontrakt v2 har, og som projektmappen mangler (Aftaler, Historik,
STAR_tal, Indikatorer, Indikatormål; Opfølgning, Afslutningsårsag, Mål for forløbet og Skriftlig aftale i
Forløb). Ingen rækker ændres; filen gemmes kun, når noget mangler.

Eksempel:
  fremdrift upgrade sagsstamme.xlsx
${EXIT_CODES}`,
} as const;

/** `fremdrift import --help`: the usage line, what the import does, and an example. */
export const importHelp = (formats: readonly string[], tables: readonly string[]) =>
  `${importUsage(formats, tables)}

Læser en eksport fra fagsystemet og tilføjer nye rækker og retter ændrede i tabellen. Intet slettes: åbne
rækker, der ikke er i eksporten, nævnes kun. Kolonner knyttes efter navn eller med --mapping; ukendte
værdier knyttes én gang med --map-value og huskes til næste måned. Rækker tælles som i Excel: række 2 i
filen er den første række under overskriften.

Tilvalg:
  --into FIL        projektmappen, der importeres til (skal angives)
  --table TABEL     tabellen: ${tables.join(', ')}
  --mapping FIL     kolonnekort som JSON: {"kildekolonne": "Fremdrift-kolonne"}
  --map-value ...   "Kolonne:kildeværdi=Fremdrift-værdi"; kan gentages
  --sheet ARK       arket i en .xlsx-eksport (standard: det første)
  --dry-run         vis, hvad der ville ske, uden at skrive
  --json            planen som JSON
${QUIET_HELP}

Eksempel:
  fremdrift import borgere.csv --into sagsstamme.xlsx --table Borgere --dry-run
${EXIT_CODES}`;

/** The import's usage line; the export formats and tables come from their registries. */
export const importUsage = (formats: readonly string[], tables: readonly string[]) =>
  `Brug: fremdrift import <eksport.${formats.join('|')}> --into <projektmappe.xlsx> --table ${tables.join('|')} ` +
  '[--mapping kort.json] [--map-value "Kolonne:kildeværdi=Fremdrift-værdi" ...] [--sheet ark] [--dry-run] [--json] [--quiet]';

/** Progress lines (standard error, silenced by --quiet) and the lines saying what a command did. */
export const CLI_TEXT = {
  reading: (file: string) => `Læser ${file} …`,
  computing: 'Beregner …',
  computingDemo: 'Beregner demo-jobcentret …',
  saving: (file: string) => `Gemmer ${file} …`,
  consolidating: (n: number, of: number, file: string) => `consolidate: fil ${n} af ${of}: ${file} …`,
  /** The sheets come from the output-sheet registry. */
  sheetsWritten: (file: string, sheets: readonly string[]) =>
    `Arkene ${sheets.slice(0, -1).join(', ')} og ${sheets[sheets.length - 1]} er skrevet i ${file}.`,
  /** `fremdrift upgrade` marked the output sheets an older Fremdrift wrote. */
  sheetsMarked: (sheets: readonly string[]) =>
    `Arkene ${sheets.join(', ')} er lavet af en ældre Fremdrift og er nu mærket som Fremdrifts egne, så de opdateres som før.`,
  /** `fremdrift upgrade` converted Historik_borgere to its compact form (issue 28). */
  historyCompacted: (before: number, after: number) =>
    `Historik_borgere er pakket: ${before.toLocaleString('da-DK')} ${before === 1 ? 'række' : 'rækker'} (én pr. borger pr. lukket måned eller pr. ændring) er nu ${after.toLocaleString('da-DK')} (ændringerne siden forrige lukning, pakket i få rækker pr. måned). Hvem der var i målgruppen og talt med ved hver lukning, er det samme som før.`,
  demoSource: (out: string) => `demo (${out})`,
  demoExists: (out: string) =>
    `${out} findes allerede, og demo overskriver ikke en eksisterende fil. Vælg et nyt filnavn, eller tilføj --force for at erstatte filen med demoen.`,
  demoWritten: (out: string, ms: number) =>
    `Demo-projektmappen er skrevet til ${out} på ${(ms / 1000).toFixed(1).replace('.', ',')} s.`,
  consolidatedSource: (files: number, out: string) => `${files} projektmapper samlet i ${out}`,
  duplicatesAcrossFiles: (n: number) => `${n} Borger-ID findes i flere filer; se arket Datakvalitet.`,
  /** What `report --write` closed: the months at adoption apart from those closed at the time. */
  monthsClosed: (closed: readonly MonthKey[], atAdoption: readonly MonthKey[]) => {
    const adopted = new Set(atAdoption);
    const now = closed.filter((m) => !adopted.has(m));
    const parts = [
      atAdoption.length > 0 && `${monthSpans(atAdoption)} lukket ved ibrugtagning`,
      now.length > 0 && `${monthSpans(now)} lukket ved månedsafslutning`,
    ].filter(Boolean);
    return (
      `Lukkede ${closed.length} ${closed.length === 1 ? 'måned' : 'måneder'} i Historik: ${parts.join('; ')}. ` +
      'En lukning kan ikke fortrydes.'
    );
  },
  noMonthsClosed: (nextCloseDay: IsoDate | null) =>
    nextCloseDay
      ? `Ingen måneder lukket nu; næste lukning tidligst ${formatDanishDate(nextCloseDay)}.`
      : 'Ingen måneder lukket nu.',
} as const;

/** Months as spans of consecutive months: "januar 2025 – marts 2025, maj 2025". */
function monthSpans(months: readonly MonthKey[]): string {
  const sorted = [...months].sort();
  const spans: [MonthKey, MonthKey][] = [];
  for (const m of sorted) {
    const last = spans.at(-1);
    if (last && addMonths(last[1], 1) === m) last[1] = m;
    else spans.push([m, m]);
  }
  return spans
    .map(([a, b]) => (a === b ? formatDanishMonth(a) : `${formatDanishMonth(a)} – ${formatDanishMonth(b)}`))
    .join(', ');
}

/** Why `--as-of` is not a date, as exactly as its digits allow (a usage error, exit 1). */
export const AS_OF_TEXT = {
  noSuchMonth: (value: string, month: number) =>
    `--as-of ${value}: måned ${month} findes ikke; måneden skal være 01-12 (skriv ÅÅÅÅ-MM-DD, fx 2026-12-02).`,
  noSuchDay: (value: string, day: number, monthName: string) =>
    `--as-of ${value}: dag ${day} findes ikke i ${monthName} (skriv ÅÅÅÅ-MM-DD, fx 2026-12-02).`,
  notADate: (value: string) => `--as-of "${value}" er ikke en dato; skriv ÅÅÅÅ-MM-DD, fx 2026-12-02.`,
  outOfRange: (value: string) =>
    `--as-of ${value} ligger uden for de datoer, Fremdrift kan bruge (01-03-1900 til 31-12-2100); tjek årstallet.`,
  farAfterData: (asOf: string, latest: string) =>
    `--as-of ${formatDanishDate(asOf)} ligger mere end et år efter den seneste dato i projektmappen ` +
    `(${formatDanishDate(latest)}); tjek årstallet, eller udelad --as-of for at bruge dagens dato.`,
} as const;

/** The files `import` reads, as its messages name them. */
export type ImportFileRole = 'export' | 'mapping';
const FILE_ROLE: Record<ImportFileRole, string> = { export: 'Eksportfilen', mapping: 'Kortfilen' };

/** Why `import` cannot read one of its files (a message, not a thrown error: the command exits 2). */
export const IMPORT_FILE_TEXT = {
  missing: (role: ImportFileRole, path: string) => `${FILE_ROLE[role]} "${path}" findes ikke.`,
  folder: (role: ImportFileRole, path: string) => `${FILE_ROLE[role]} "${path}" er en mappe, ikke en fil.`,
  unreadable: (role: ImportFileRole, path: string, reason: string) =>
    `${FILE_ROLE[role]} "${path}" kan ikke læses (${reason}).`,
  badMapping: (path: string) =>
    `Kortfilen "${path}" er ikke gyldig JSON af formen {"kildekolonne": "Fremdrift-kolonne"}.`,
  /** The export's reader refused it: the file's name, then the reader's reason. */
  unusableExport: (file: string, reason: string) => `${basename(file)}: ${reason}`,
} as const;

const MAX_LISTED = 50;

/** Appends a heading and at most MAX_LISTED items (then "… og N flere") to `lines`. */
function listed<T>(lines: string[], heading: string, items: readonly T[], line: (item: T) => string): void {
  lines.push(heading);
  for (const i of items.slice(0, MAX_LISTED)) lines.push(`  ${line(i)}`);
  if (items.length > MAX_LISTED) lines.push(`  … og ${items.length - MAX_LISTED} flere`);
}

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '(tom)' : JSON.stringify(v));

/** The Danish summary `import` prints without --json. */
export function importSummaryText(plan: ImportPlan, file: string, dryRun: boolean): string {
  const lines = [
    `Import af ${basename(file)} til ${plan.table}${dryRun ? ' (prøvekørsel: intet er skrevet)' : ''}`,
    `  ${plan.rows} rækker i eksporten: ${plan.added.length} nye, ${plan.updated.length} ændrede, ` +
      `${plan.unchanged.length} uændrede, ${plan.rejected.length} afviste.`,
  ];
  if (plan.rejected.length > 0)
    listed(lines, 'Afviste rækker (rettes i eksporten eller i projektmappen):', plan.rejected, (r) =>
      rejectedRowText(plan.table, r, 'da', plan.headerRow),
    );
  if (plan.updated.length > 0) {
    listed(
      lines,
      'Ændrede rækker:',

      plan.updated,
      (u) =>
        `${rowKeyText(u.key, 'da')} (række ${u.tableRow} i ${plan.table}): ` +
        u.changes.map((c) => `${c.column} ${show(c.oldText)} → ${show(c.newText)}`).join(', '),
    );
  }
  if (plan.unmappedValues.length > 0) {
    listed(
      lines,
      'Ukendte værdier (rækkerne er afvist; knyt dem én gang med --map-value, så huskes det til næste måned):',

      plan.unmappedValues,
      (v) =>
        `${v.column} "${v.value}" (${v.rows} ${v.rows === 1 ? 'række' : 'rækker'})` +
        (v.suggestion ? ` – forslag: --map-value "${v.column}:${v.value}=${v.suggestion}"` : ''),
    );
  }
  const notInExport = plan.notInExport.filter((m) => m.suggestion !== 'none');
  if (notInExport.length > 0) {
    listed(
      lines,
      `Åbne rækker, der ikke er i eksporten (${notInExport.length}); intet er slettet eller ændret:`,
      notInExport,
      (m) =>
        `${rowKeyText(m.key, 'da')} (række ${m.tableRow} i ${plan.table}): ${missingAdviceText(m.suggestion, 'da')}`,
    );
  }
  if (plan.closedNotInExport > 0)
    lines.push(
      `${plan.closedNotInExport} afsluttede rækker er heller ikke i eksporten; det er som ventet og nævnes ikke enkeltvis.`,
    );
  if (plan.ignoredColumns.length > 0) lines.push(`Kolonner, der ikke importeres: ${plan.ignoredColumns.join(', ')}`);
  return lines.join('\n') + '\n';
}
