/**
 * `npm run data:check`: validates the curated data files against their schemas and against each
 * other, checks quotations against the seed articles and zone positions against the basemap, and
 * prints a short report. Exits non-zero on any error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { articlesFileSchema, type Article } from '../src/schemas/article';
import { kmBetween } from '../src/lib/geo';
import type { Citation } from '../src/schemas/citation';
import { indicatorRowSchema, indicatorsFileSchema, type IndicatorsFile } from '../src/schemas/indicator';
import { stepZoneIds, toursFileSchema } from '../src/schemas/tour';
import { zoneCollectionSchema, zoneTypes, type ZoneCollection } from '../src/schemas/zone';
import { defaultPrefecturesDir, loadPrefectures, prefectureAt } from './lib/prefectures';
import { DEFAULT_PROVINCES_PATH, loadProvinces, provinceAt } from './lib/provinces';
import { checkVerbatim } from './lib/verbatim';

export type CheckResult = { errors: string[]; warnings: string[]; report: string[] };

export type CheckPaths = {
  root: string;
  seeds: string;
  provinces: string;
  buildBasemap: boolean;
  /** a folder of ECharts province maps, whose prefecture outlines check each zone's city; none: not checked */
  prefectures?: string | null;
};

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_PATHS: CheckPaths = {
  root: ROOT,
  // The seed articles live beside the project, not inside it.
  seeds: resolve(ROOT, '../shared/seeds'),
  provinces: DEFAULT_PROVINCES_PATH,
  buildBasemap: true,
  prefectures: defaultPrefecturesDir(),
};

function parseFile<S extends z.ZodType>(path: string, schema: S, errors: string[]): z.infer<S> | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    errors.push(`${path}: cannot read or parse JSON (${(error as Error).message})`);
    return null;
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues.slice(0, 20)) errors.push(`${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  return null;
}

/** Whether a text holds Chinese characters. */
const hasHan = (text: string) => /\p{Script=Han}/u.test(text);


/**
 * A position citation that gives one place's coordinates and says how far that place is "from the
 * point" must be right about it: when a point moves, a distance written for the old point is caught.
 */
function checkStatedDistances(f: ZoneCollection['features'][number], out: CheckResult) {
  for (const c of f.properties.sources.position) {
    if (!c.note) continue;
    const places = new Set<string>();
    for (const m of c.note.matchAll(/latitude (\d+(?:\.\d+)?), longitude (\d+(?:\.\d+)?)/g)) places.add(`${m[2]},${m[1]}`);
    for (const m of c.note.matchAll(/(\d+(?:\.\d+)?)°N,? (\d+(?:\.\d+)?)°E/g)) places.add(`${m[2]},${m[1]}`);
    const claims = [...c.note.matchAll(/(\d+(?:\.\d+)?) km from the point/g)].map((m) => Number(m[1]));
    if (places.size !== 1 || claims.length === 0) continue;
    const [lon, lat] = [...places][0]!.split(',').map(Number) as [number, number];
    const actual = kmBetween(f.geometry.coordinates, [lon, lat]);
    for (const claimed of claims) {
      if (Math.abs(actual - claimed) > 0.15 + 0.06 * claimed) out.errors.push(`zone ${f.id} position: citation "${c.title}" says ${claimed} km from the point, but the coordinates it gives lie ${actual.toFixed(1)} km away`);
    }
  }
}

/**
 * The notes call a position approximate exactly when the data mark it uncertain: a point that was
 * settled (or moved) cannot keep an old note that calls it approximate, nor the reverse.
 */
function checkPositionWording(f: ZoneCollection['features'][number], out: CheckResult) {
  const p = f.properties;
  if (p.uncertain.includes('position')) {
    if (!/\bapproximate(ly)?\b/i.test(p.notes ?? '')) out.errors.push(`zone ${f.id}: position is marked uncertain, but notes do not say it is approximate`);
    if (!/近似|大致/.test(p.notes_zh ?? '')) out.errors.push(`zone ${f.id}: position is marked uncertain, but notes_zh do not say it is approximate (近似/大致)`);
    return;
  }
  const texts = [p.notes, p.notes_zh, ...p.sources.position.flatMap((c) => [c.note, c.note_zh])];
  if (texts.some((t) => t && (/\bapproximate\b/i.test(t) || /近似|大致位置/.test(t)))) out.errors.push(`zone ${f.id}: position is settled, but a note on it calls it approximate`);
}

/** The citations that support the value shown: those that give a different value are cited only so the disagreement can be followed. */
const supporting = (list: readonly Citation[]) => list.filter((c) => !c.disagrees);

/**
 * Each zone's point lies in its stated city, by ECharts' prefecture outlines, or its Chinese notes
 * name in full the prefecture it lies in (a zone run from a neighbouring city). Zones of the four municipalities are
 * not checked: their maps hold districts. Returns the report line.
 */
function checkCities(zones: ZoneCollection, dir: string | null | undefined, out: CheckResult): string {
  const prefectures = dir ? loadPrefectures(dir) : [];
  if (prefectures.length === 0) {
    out.warnings.push('city check NOT run: no prefecture outlines found (is the echarts package installed?)');
    return 'city check NOT run';
  }
  let inside = 0;
  const explained: string[] = [];
  const municipal: string[] = [];
  for (const f of zones.features) {
    const p = f.properties;
    if (p.province.endsWith('市')) {
      municipal.push(f.id);
      continue;
    }
    const [lon, lat] = f.geometry.coordinates;
    const found = prefectureAt(lon, lat, prefectures);
    if (found === p.city) inside += 1;
    // the Chinese notes must name the prefecture in full (吉林市, not 吉林, which names the province too)
    else if (found && p.notes_zh?.includes(found)) explained.push(`${f.id} in ${found}`);
    else out.errors.push(`zone ${f.id}: point ${lon},${lat} lies in ${found ?? 'no prefecture'}, not ${p.city}${found ? `, and notes_zh do not name ${found}` : ''}`);
  }
  return `city check: ${inside} zones in their stated city; outside it, explained in notes: ${explained.join(', ') || 'none'}; not checked (municipalities): ${municipal.length}`;
}

function checkZones(zones: ZoneCollection, paths: CheckPaths, out: CheckResult): Set<string> | null {
  for (const f of zones.features) {
    const p = f.properties;
    for (const fact of ['approved', 'position', 'area_km2'] as const) {
      if (fact === 'area_km2' && p.area_km2 === null) continue;
      const list = p.sources[fact];
      if (list.length === 0) out.errors.push(`zone ${f.id}: no citation for ${fact}`);
      else if (supporting(list).length === 0) out.errors.push(`zone ${f.id}: every citation for ${fact} gives a different value; none supports the value shown`);
    }
    checkStatedDistances(f, out);
    checkPositionWording(f, out);
    // The panel shows each note in the reader's language, so both versions must exist or neither.
    for (const [en, zh] of [['area_note', 'area_note_zh'], ['notes', 'notes_zh']] as const) {
      if (Boolean(p[en]) !== Boolean(p[zh])) out.errors.push(`zone ${f.id}: ${p[en] ? `${en} has no Chinese version (${zh})` : `${zh} has no English version (${en})`}`);
    }
  }
  if (!existsSync(paths.provinces) && paths.buildBasemap) {
    out.warnings.push(`${relative(paths.root, paths.provinces)} was missing: ran \`npm run basemap\``);
    spawnSync('npm', ['run', 'basemap'], { cwd: paths.root, stdio: 'inherit' });
  }
  if (!existsSync(paths.provinces)) {
    out.errors.push(`province check NOT run: ${relative(paths.root, paths.provinces)} is missing (run \`npm run basemap\`)`);
    return null;
  }
  const provinces = loadProvinces(paths.provinces);
  for (const f of zones.features) {
    const [lon, lat] = f.geometry.coordinates;
    const found = provinceAt(lon, lat, provinces);
    if (found !== f.properties.province) out.errors.push(`zone ${f.id}: point ${lon},${lat} lies in ${found ?? 'no province'}, not ${f.properties.province}`);
  }
  return new Set(provinces.filter((p) => p.properties.kind === 'province').map((p) => p.properties.name_zh));
}

function checkReferences(zoneIds: Set<string>, provinces: Set<string>, articles: Article[], indicators: IndicatorsFile, out: CheckResult): void {
  // One error per unknown zone id, naming where it is used, keeps the report short.
  const unknown = new Map<string, string[]>();
  const ref = (zone: string, where: string): void => {
    if (!zoneIds.has(zone)) unknown.set(zone, [...(unknown.get(zone) ?? []), where]);
  };
  const articleIds = new Set<string>();
  for (const a of articles) {
    if (articleIds.has(a.id)) out.errors.push(`duplicate article id "${a.id}"`);
    articleIds.add(a.id);
    if (!a.seed.startsWith(`${a.id}_`)) out.errors.push(`article ${a.id}: seed ${a.seed} does not start with its id`);
    // each reader gets the headline, the paper and the date in their language
    if (!a.headline_en) out.errors.push(`article ${a.id}: no English headline (headline_en)`);
    if (!a.byline_en) out.errors.push(`article ${a.id}: no English byline (byline_en)`);
    for (const [field, fact] of [['publication', a.publication], ['date', a.date]] as const) {
      if (fact.value !== null && hasHan(fact.value) && !fact.value_en) out.errors.push(`article ${a.id}: ${field} "${fact.value}" has no English value (value_en)`);
      if (fact.value !== null && /[A-Za-z]/.test(fact.value) && !fact.value_zh) out.errors.push(`article ${a.id}: ${field} "${fact.value}" has no Chinese value (value_zh)`);
    }
    for (const e of a.excerpts) for (const z of e.zones) ref(z, `excerpt ${e.id}`);
  }
  const defs = new Map<string, IndicatorsFile['definitions'][number]>();
  for (const d of indicators.definitions) {
    if (defs.has(d.id)) out.errors.push(`duplicate indicator definition "${d.id}"`);
    defs.set(d.id, d);
  }
  const rowKeys = new Set<string>();
  indicators.rows.forEach((r, i) => {
    const at = `indicator row ${i} (${r.subject} ${r.indicator} ${r.period})`;
    const key = [r.subject, r.scope, r.park ?? '', r.company ?? '', r.indicator, r.period].join('|');
    if (rowKeys.has(key)) out.errors.push(`${at}: duplicate of another row (subject, scope, park, company, indicator, period)`);
    rowKeys.add(key);
    if (r.scope === 'zone' || r.scope === 'park' || r.scope === 'company') ref(r.subject, `indicator row ${i}`);
    if (r.zone !== undefined && r.zone !== r.subject) ref(r.zone, `indicator row ${i}`);
    if (r.scope === 'company' && (!r.company || r.zone === undefined)) out.errors.push(`${at}: a company row needs company and zone`);
    if (r.scope !== 'company' && r.company !== undefined) out.errors.push(`${at}: company set on a ${r.scope} row`);
    if (r.scope === 'park' && (!r.park || r.zone === undefined)) out.errors.push(`${at}: a park row needs park and zone`);
    if (r.scope !== 'park' && r.park !== undefined) out.errors.push(`${at}: park set on a ${r.scope} row`);
    for (const [name, en] of [['park', 'park_en'], ['company', 'company_en']] as const) {
      if (r[en] !== undefined && r[name] === undefined) out.errors.push(`${at}: ${en} without ${name}`);
      else if (r.scope === name && r[name] && hasHan(r[name]) && !r[en]) out.errors.push(`${at}: ${name} "${r[name]}" has no English name (${en})`);
    }
    if (r.scope === 'national' && r.subject !== 'national') out.errors.push(`${at}: a national row has subject "national"`);
    if (r.scope === 'province' && !provinces.has(r.subject)) out.errors.push(`${at}: "${r.subject}" is not a province name`);
    // Readers see the note in their language, so both versions must exist or neither.
    if (Boolean(r.note) !== Boolean(r.note_zh)) out.errors.push(`${at}: ${r.note ? 'note has no Chinese version (note_zh)' : 'note_zh has no English version (note)'}`);
    else if (r.note_zh && !hasHan(r.note_zh)) out.errors.push(`${at}: note_zh is not in Chinese`);
    const kind = defs.get(r.indicator)?.kind;
    if ((kind === 'share' || kind === 'growth') && r.unit !== '%' && r.unit !== '个百分点') out.errors.push(`${at}: a ${kind} is in % or 个百分点, not ${r.unit}`);
    if (r.source.kind === 'article' && !articleIds.has(r.source.article_id)) out.errors.push(`${at}: unknown article ${r.source.article_id}`);
    if (r.source.kind === 'publisher' && !r.source.url && !r.source.doc_no) out.errors.push(`${at}: publisher source has neither url nor doc_no`);
  });
  for (const [zone, uses] of unknown) {
    const shown = uses.slice(0, 3).join(', ') + (uses.length > 3 ? ` and ${uses.length - 3} more` : '');
    out.errors.push(`unknown zone "${zone}" (not in zones.geojson), used by ${shown}`);
  }
}

function checkQuotes(articles: Article[], indicators: IndicatorsFile, seedsDir: string, out: CheckResult): string {
  if (!existsSync(seedsDir)) {
    out.warnings.push(`verbatim check NOT run: ${seedsDir} is absent`);
    return 'verbatim check NOT run (seed articles absent)';
  }
  const texts = new Map<string, string>();
  for (const a of articles) {
    const path = join(seedsDir, a.seed);
    if (existsSync(path)) texts.set(a.id, readFileSync(path, 'utf8'));
    else out.errors.push(`article ${a.id}: seed file ${a.seed} not found in ${seedsDir}`);
  }
  let checked = 0;
  const check = (articleId: string, quote: string, what: string): void => {
    const text = texts.get(articleId);
    if (text === undefined) return;
    checked++;
    const result = checkVerbatim(quote, text);
    if (!result.ok) out.errors.push(`${what}: not verbatim in article ${articleId} (${result.reason}: "${result.piece.slice(0, 40)}")`);
  };
  for (const a of articles) for (const e of a.excerpts) check(a.id, e.text, `excerpt ${e.id}`);
  indicators.rows.forEach((r, i) => {
    if (r.source.kind === 'article') check(r.source.article_id, r.source.sentence, `indicator row ${i} (${r.subject} ${r.indicator} ${r.period}) sentence`);
  });
  return `verbatim check run: ${checked} quotes against ${texts.size} seed articles`;
}

function checkTours(root: string, zones: ReadonlyMap<string, { approved: string }>, articles: Article[], out: CheckResult): string | null {
  const path = join(root, 'data/tours.json');
  if (!existsSync(path)) return null;
  const tours = parseFile(path, toursFileSchema, out.errors);
  if (!tours) return 'tours: invalid (see errors)';
  const excerptIds = new Set(articles.flatMap((a) => a.excerpts.map((e) => e.id)));
  const articleIds = new Set(articles.map((a) => a.id));
  let refs = 0;
  for (const tour of tours)
    tour.steps.forEach((step, i) => {
      const at = `tour ${tour.id} step ${i + 1}`;
      for (const id of stepZoneIds(step)) {
        refs++;
        if (!zones.has(id)) out.errors.push(`${at}: unknown zone "${id}" (not in zones.geojson)`);
      }
      const source = step.source;
      if (source && 'article_id' in source) {
        if (!articleIds.has(source.article_id)) out.errors.push(`${at}: unknown article ${source.article_id}`);
        if (source.excerpt_id && !excerptIds.has(source.excerpt_id)) out.errors.push(`${at}: unknown excerpt ${source.excerpt_id}`);
      }
      // A caption that takes a zone's approval date from the zone data must give that date.
      if (source && 'data' in source && step.kind === 'zone') {
        const [y, m, d] = (zones.get(step.zone)?.approved ?? '').split('-').map(Number);
        const date = d ? `${y}年${m}月${d}日` : m ? `${y}年${m}月` : `${y}年`;
        if (zones.has(step.zone) && !step.caption.zh.includes(date)) out.errors.push(`${at}: caption does not give ${step.zone}'s approval date (${date}) from the zone data`);
      }
    });
  const steps = tours.reduce((n, t) => n + t.steps.length, 0);
  return `tours: ${tours.length} (${steps} steps), ${refs} zone references checked`;
}

/** What a note says in the curators' own words: the note without its quotations of the source. */
const remarks = (note: string) => note.replace(/“[^”]*”|"[^"]*"|«[^»]*»|「[^」]*」/g, ' ');

/**
 * Chinese readers see a citation's note_zh: it must be Chinese, and a note whose own remarks hold an
 * English phrase (three words in a row) needs one. A note that only quotes its source needs none: quotations stay as printed.
 */
function checkCitationNote(where: string, c: Citation, out: CheckResult): void {
  if (c.note_zh !== undefined && !c.note) out.errors.push(`${where}: citation note_zh without a note`);
  else if (c.note_zh !== undefined && !hasHan(c.note_zh)) out.errors.push(`${where}: citation note_zh is not in Chinese`);
  else if (c.note && !c.note_zh && /[A-Za-z]{2,}(?:[\s,;:()'’-]+[A-Za-z]{2,}){2,}/.test(remarks(c.note))) out.errors.push(`${where}: citation note has remarks in English but no Chinese version (note_zh)`);
}

/** Every linked citation says whether its page was seen at that address; the report counts both kinds. */
function checkLinks(zones: ZoneCollection, indicators: IndicatorsFile, out: CheckResult): string {
  const cited: { where: string; citation: Citation }[] = [
    ...zones.features.flatMap((f) => Object.entries(f.properties.sources).flatMap(([fact, list]) => list.map((citation) => ({ where: `zone ${f.id} ${fact}`, citation })))),
    ...indicators.rows.flatMap((r, i) => (r.source.kind === 'publisher' ? [{ where: `indicator row ${i} (${r.subject} ${r.indicator} ${r.period})`, citation: r.source }] : [])),
  ];
  const counts = { seen: 0, unconfirmed: 0 };
  for (const { where, citation } of cited) {
    checkCitationNote(where, citation, out);
    if (!citation.url) continue;
    if (citation.url_status) counts[citation.url_status]++;
    else out.errors.push(`${where}: citation ${citation.url} has no url_status (seen or unconfirmed)`);
  }
  return `citation links: ${counts.seen} seen, ${counts.unconfirmed} unconfirmed (address built from a title)`;
}

/**
 * Facts whose every supporting citation is a link built from a title and never read (`unconfirmed`):
 * their sources may well say what the note claims, but nobody here has seen it. A page that was
 * read but gives a different value does not count as support.
 */
function unreadOnly(zones: ZoneCollection): string[] {
  return zones.features.flatMap((f) =>
    Object.entries(f.properties.sources)
      // a planned area left empty has no value for its links to support
      .filter(([fact]) => fact !== 'area_km2' || f.properties.area_km2 !== null)
      .map(([fact, list]) => [fact, supporting(list)] as const)
      .filter(([, support]) => support.length > 0 && support.every((c) => c.url_status === 'unconfirmed'))
      .map(([fact]) => `${f.id}.${fact}`),
  );
}

/** One line per fact that some zones mark as uncertain, so the open verification work is visible. */
function uncertainLines(zones: ZoneCollection): string[] {
  const byFact = new Map<string, string[]>();
  for (const f of zones.features) for (const fact of f.properties.uncertain) byFact.set(fact, [...(byFact.get(fact) ?? []), f.id]);
  return [...byFact].map(([fact, ids]) => `uncertain ${fact}: ${ids.length} (${ids.join(', ')})`);
}

export function runDataCheck(paths: CheckPaths = DEFAULT_PATHS): CheckResult {
  const out: CheckResult = { errors: [], warnings: [], report: [] };
  const zones = parseFile(join(paths.root, 'data/zones.geojson'), zoneCollectionSchema, out.errors);
  const articles = parseFile(join(paths.root, 'data/articles.json'), articlesFileSchema, out.errors);
  const indicators = parseFile(join(paths.root, 'data/indicators.json'), indicatorsFileSchema, out.errors);
  if (!zones || !articles || !indicators) return out;

  const zoneIds = new Set(zones.features.map((f) => f.id));
  // Province rows are checked against the basemap's names, or the zones' provinces without it.
  const provinceNames = checkZones(zones, paths, out) ?? new Set(zones.features.map((f) => f.properties.province));
  checkReferences(zoneIds, provinceNames, articles, indicators, out);
  const verbatimLine = checkQuotes(articles, indicators, paths.seeds, out);
  const toursLine = checkTours(paths.root, new Map(zones.features.map((f) => [f.id, f.properties])), articles, out);
  const linksLine = checkLinks(zones, indicators, out);
  const citiesLine = checkCities(zones, paths.prefectures, out);

  const byType = zoneTypes.map((t) => `${t} ${zones.features.filter((f) => f.properties.type === t).length}`).join(', ');
  const excerpts = articles.flatMap((a) => a.excerpts);
  const rowsByKind = (kind: string) => indicators.rows.filter((r) => r.source.kind === kind).length;
  const scopes = indicatorRowSchema.shape.scope.options.map((scope) => `${scope} ${indicators.rows.filter((r) => r.scope === scope).length}`);
  const withRows = new Set(indicators.rows.flatMap((r) => [r.subject, r.zone ?? '']));
  const withExcerpts = new Set(excerpts.flatMap((e) => e.zones));
  const list = (ids: string[]) => (ids.length ? ids.join(', ') : 'none');
  const unsourced = zones.features.flatMap((f) => {
    const s = f.properties.sources;
    return [
      supporting(s.approved).length ? null : `${f.id}.approved`,
      supporting(s.position).length ? null : `${f.id}.position`,
      f.properties.area_km2 !== null && !supporting(s.area_km2).length ? `${f.id}.area_km2` : null,
    ].filter((x): x is string => x !== null);
  });
  out.report.push(
    `zones: ${zones.features.length} (${byType})`,
    `articles: ${articles.length}, excerpts: ${excerpts.length}`,
    `indicator rows: ${indicators.rows.length} (article ${rowsByKind('article')}, publisher ${rowsByKind('publisher')}; ${scopes.join(', ')}), definitions: ${indicators.definitions.length}`,
    verbatimLine,
    ...(toursLine ? [toursLine] : []),
    `zones without indicators: ${list([...zoneIds].filter((id) => !withRows.has(id)))}`,
    `zones without excerpts: ${list([...zoneIds].filter((id) => !withExcerpts.has(id)))}`,
    `facts without sources: ${list(unsourced)}`,
    `facts resting only on unread links: ${list(unreadOnly(zones))}`,
    linksLine,
    citiesLine,
    ...uncertainLines(zones),
  );
  return out;
}

function main(): void {
  const { errors, warnings, report } = runDataCheck();
  console.log('data check');
  for (const line of report) console.log(`  ${line}`);
  for (const w of warnings) console.log(`  warning: ${w}`);
  for (const e of errors) console.log(`  error: ${e}`);
  console.log(errors.length ? `FAILED: ${errors.length} error(s)` : 'OK');
  process.exitCode = errors.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
