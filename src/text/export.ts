// The words of `fremdrift export` (Fremdrift-udtræk v1), in Danish like the rest of the CLI: its usage text,
// its progress lines and why it refused. The command in src/cli/exportCommand.ts only chooses which to print.
import { basename } from 'path';

export const EXPORT_USAGE = `Brug:
  fremdrift export <projektmappe.xlsx> ... --out <mappe> [--format parquet|csv] [--level aggregate|citizen]
                   [--as-of ÅÅÅÅ-MM-DD] [--rule ID] [--no-suppress] [--key-file <fil>] [--quiet]
Skriver Fremdrift-udtræk v1 for hver projektmappe i sin egen undermappe af --out (opkaldt efter filen):
maaneder, signaler, aftaler og afstemning (samt borgere på borgerniveau) som Parquet (standard) eller CSV,
og manifest.json med skemaversion, projektmappens ID og SHA-256, opgørelsesdato, målregel, rækketal og
SHA-256 for hver fil. Power BI, Fabric og DuckDB kan læse og stable dem (se docs/power-bi.md).
  --level aggregate (standard): ingen Borger-ID; antal på 1 og 2 vises som "<3" (CSV) eller tomt med
                    undertrykt = true (Parquet).
  --level citizen:  tilføjer tabellen borgere med et pseudonym (HMAC-SHA256) i stedet for Borger-ID; kræver
                    en nøgle i Indstillinger (Pseudonymnøgle) eller --key-file.
  --no-suppress:    viser også antal under 3 (kun til intern brug).
Projektmappen skal have et Projektmappe-ID i Indstillinger (skrives af fremdrift upgrade og Opret sagsstamme).
Slutkoder: 0 udført, 1 forkert brug, 2 en fil kan ikke bruges (intet er skrevet), 3 uventet fejl.`;

const nothingWritten = 'Intet er skrevet.';

export const EXPORT_TEXT = {
  badFormat: (v: string) => `--format "${v}" kendes ikke; vælg parquet eller csv.`,
  badLevel: (v: string) => `--level "${v}" kendes ikke; vælg aggregate eller citizen.`,
  noOut: 'export kræver --out <mappe>',
  noFiles: 'export kræver mindst én projektmappe',
  keyFileWithoutCitizen: '--key-file bruges kun med --level citizen.',
  sameName: (a: string, b: string) =>
    `"${a}" og "${b}" har samme filnavn og ville skrive til samme undermappe; omdøb den ene. ${nothingWritten}`,
  outIsFile: (out: string) => `--out "${out}" er en fil, ikke en mappe. ${nothingWritten}`,
  notAnExport: (folder: string) =>
    `Mappen "${folder}" findes og er ikke et tidligere Fremdrift-udtræk (ingen manifest.json); ` +
    `vælg en anden --out, så intet andet overskrives. ${nothingWritten}`,
  noKey:
    'Borgerniveauet (--level citizen) kræver en pseudonymnøgle: skriv den i Indstillinger under nøglen ' +
    `Pseudonymnøgle, eller giv --key-file <fil>. ${nothingWritten}`,
  shortKey: (where: string, length: number, min: number) =>
    `Pseudonymnøglen fra ${where} har ${length} tegn; den skal have mindst ${min}. ${nothingWritten}`,
  keyFileUnreadable: (path: string, reason: string) =>
    `Nøglefilen "${path}" kan ikke læses (${reason}). ${nothingWritten}`,
  noWorkbookId: (file: string) =>
    `${basename(file)}: Indstillinger har intet Projektmappe-ID; kør fremdrift upgrade "${file}" ` +
    `(eller Opret sagsstamme i Excel) én gang, så får projektmappen et. ${nothingWritten}`,
  badMunicipalityCode: (file: string, row: number, value: string) =>
    `${basename(file)}: tabellen Indstillinger, række ${row}, kolonne Værdi: Kommunekode "${value}" er ikke ` +
    `tre cifre (fx 101 for København). ${nothingWritten}`,
  changedMeanwhile: (file: string) =>
    `${basename(file)} er ændret, siden udtrækket begyndte; dens mappe og de følgende er ikke skrevet. Kør export igen.`,
  noMunicipalityCode: (file: string) =>
    `${basename(file)}: Kommunekode er tom i Indstillinger; rækkerne får ingen kommunekode.`,
  privacy: (file: string, table: string, column: string, kind: 'borgerId' | 'cpr') =>
    `${basename(file)}: udtrækkets tabel ${table}, kolonne ${column}, ville indeholde ` +
    `${kind === 'cpr' ? 'noget, der ligner et CPR-nummer' : 'et Borger-ID'} (et navn på et team eller en ` +
    `medarbejder i projektmappen); ret navnet. ${nothingWritten}`,
  /** `fremdrift upgrade`'s line when it wrote the workbook's identity keys. */
  identityAdded: (keys: readonly string[]) =>
    `Tilføjet ${keys.join(' og ')} til Indstillinger (projektmappens identitet i Fremdrift-udtræk).`,
  exporting: (n: number, of: number, file: string) => `export: fil ${n} af ${of}: ${file} …`,
  written: (folder: string, tables: number, rows: number) =>
    `Fremdrift-udtræk v1 er skrevet i ${folder}: ${tables} tabeller, ${rows} rækker, manifest.json.`,
} as const;
