import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { DataSource } from 'typeorm';

import { ChangeChannel, DataChangeFeed } from '@cynnydd/server/core';
import { PublicationState, type BilingualText, type Language } from '@cynnydd/shared/domain';

import { lastChange, publicationsFeed } from '../open-data/atom-feed';
import { OPEN_GOVERNMENT_LICENCE, publicationCsv, publicationJson } from '../open-data/open-data';
import type { PublicSnapshot } from '../public-snapshot';
import { PageLayout, type Crumb } from './page-layout';
import { PUBLIC_LABELS as L } from './public-labels';
import {
  ActionPage,
  ArchivePage,
  AreaPage,
  EmbeddedArea,
  measurePageCount,
  MeasuresPage,
  MessagePage,
  OverviewPage,
  WithdrawnPage,
  type PublicationListing,
} from './public-pages';
import { publicResponse, type PublicResponse } from './public-response';
import { parsePublicPath, publicPath, type PublicRoute } from './public-routes';
import { PUBLIC_SITE_OPTIONS, type PublicSiteOptions } from './public-site.options';
import { label, plain as text, type PageContext } from './public-text';

/** A published or withdrawn publication, as every public answer starts from. Drafts never are. */
interface IndexEntry {
  id: string;
  number: number;
  state: PublicationState.PUBLISHED | PublicationState.WITHDRAWN;
  periodLabel: string;
  publishedAt: Date;
  withdrawnAt: Date | null;
  withdrawalReason: BilingualText;
  introduction: BilingualText;
}

/** What is known of the publications at one revision of the change feed; dropped when it moves. */
interface Generation {
  revision: number | null;
  index: Promise<IndexEntry[]> | null;
  snapshots: Map<number, Promise<PublicSnapshot | null>>;
  /** Answers by path, kept from the moment they are asked for (see `respond`). */
  responses: LRUCache<string, KeptAnswer>;
}

/** An answer being made, and once made the answer itself (served without waiting, `made`). */
interface KeptAnswer {
  promise: Promise<PublicResponse>;
  made?: PublicResponse;
}

const HTML = 'text/html; charset=utf-8';
const OPEN_DATA = /^\/open-data\/publications\/([1-9][0-9]{0,8})\.(csv|json)$/;
/** Every page and file of the public site, plus some unknown addresses' 404s. */
const CACHED_RESPONSES = 5_000;
const STYLE_SOURCES = "'self'";

/** Content-Security-Policy of public pages: no script at all, only this site's stylesheet. */
export function publicSecurityPolicy(frameAncestors: string): string {
  return [
    "default-src 'none'",
    `style-src ${STYLE_SOURCES}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/**
 * The public progress site: every page, open-data file and feed is made once from the published
 * snapshots and kept until the publications change (DataChangeFeed's Publications channel, which
 * every instance hears on commit). While the feed is down nothing is kept: each answer is made
 * afresh from the database, never from a cache that might show a withdrawn publication.
 */
@Injectable()
export class PublicSiteService {
  private generation: Generation = this.newGeneration(null);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly feed: DataChangeFeed,
    @Inject(PUBLIC_SITE_OPTIONS) private readonly options: PublicSiteOptions,
  ) {}

  respond(path: string): Promise<PublicResponse> {
    const generation = this.current();
    const kept = generation.responses.get(path);
    if (kept) return kept.promise;
    const answer: KeptAnswer = { promise: this.build(path, generation) };
    if (generation.revision !== null) {
      // Readers who arrive while a page is being made wait for that one: when a publication goes
      // out under load, each page is drawn and compressed once, not once per reader in flight.
      generation.responses.set(path, answer);
      answer.promise.then(
        (response) => (answer.made = response),
        () => {
          if (generation.responses.peek(path) === answer) generation.responses.delete(path);
        },
      );
    }
    return answer.promise;
  }

  /** The answer to `path` if it is made and still current, without waiting or making it. */
  made(path: string): PublicResponse | undefined {
    return this.current().responses.get(path)?.made;
  }

  /** A draft's pages exactly as the public would see them, under the preview's address. */
  async renderPreview(
    snapshot: PublicSnapshot,
    path: string,
    base: string,
  ): Promise<PublicResponse | null> {
    const route = parsePublicPath(path, base);
    if (!route || route.page.kind === 'feed' || route.page.kind === 'archive') return null;
    return this.snapshotPage({ ...route, scope: 'current' }, snapshot, base, true);
  }

  private current(): Generation {
    const revision = this.feed.revisionOf(ChangeChannel.Publications);
    if (revision === null || revision !== this.generation.revision) {
      this.generation = this.newGeneration(revision);
    }
    return this.generation;
  }

  private newGeneration(revision: number | null): Generation {
    return {
      revision,
      index: null,
      snapshots: new Map(),
      responses: new LRUCache({ max: CACHED_RESPONSES }),
    };
  }

  private async build(path: string, generation: Generation): Promise<PublicResponse> {
    const openData = OPEN_DATA.exec(path);
    if (openData)
      return this.openData(Number(openData[1]), openData[2] as 'csv' | 'json', generation);
    const route = parsePublicPath(path);
    const language: Language = path.startsWith('/cy/') ? 'cy' : 'en';
    if (!route) return this.message(language, 404, L.notFound, L.notFoundBody);
    const index = await this.index(generation);
    const { page } = route;
    if (page.kind === 'feed') {
      return publicResponse(
        200,
        'application/atom+xml; charset=utf-8',
        publicationsFeed(
          index.map((entry) => ({
            ...entry,
            introduction: entry.withdrawnAt ? { en: null, cy: null } : entry.introduction,
          })),
          route.language,
          this.options.origin,
        ),
        lastChange(index),
      );
    }
    if (page.kind === 'archive') {
      const listings: PublicationListing[] = index.map((entry) => ({
        number: entry.number,
        periodLabel: entry.periodLabel,
        publishedAt: entry.publishedAt.toISOString(),
        withdrawnAt: entry.withdrawnAt?.toISOString() ?? null,
      }));
      const context = { language: route.language, route, base: '' };
      return this.page(
        context,
        200,
        label(L.archive, context),
        [this.home(context)],
        <ArchivePage listings={listings} context={context} />,
        lastChange(index),
      );
    }
    const entry =
      route.scope === 'current'
        ? index.find((candidate) => candidate.state === PublicationState.PUBLISHED)
        : index.find((candidate) => candidate.number === route.scope);
    if (!entry) {
      return route.scope === 'current'
        ? this.message(route.language, 404, L.nothingPublished)
        : this.message(route.language, 404, L.notFound, L.notFoundBody);
    }
    if (entry.state === PublicationState.WITHDRAWN) {
      const context = { language: route.language, route, base: '' };
      return this.page(
        context,
        410,
        label(L.withdrawnTitle, context),
        [this.home(context)],
        <WithdrawnPage
          context={context}
          number={entry.number}
          withdrawnAt={(entry.withdrawnAt as Date).toISOString()}
          reason={entry.withdrawalReason}
        />,
        entry.withdrawnAt,
      );
    }
    const snapshot = await this.snapshot(entry.number, generation);
    if (!snapshot) return this.message(route.language, 404, L.notFound, L.notFoundBody);
    return this.snapshotPage(route, snapshot, '', false);
  }

  /** A page drawn from one publication's content: overview, area, action, measures, embed. */
  private snapshotPage(
    route: PublicRoute,
    snapshot: PublicSnapshot,
    base: string,
    preview: boolean,
  ): Promise<PublicResponse> {
    const context: PageContext = { language: route.language, route, base };
    const { page } = route;
    const lastModified = preview ? null : new Date(snapshot.publishedAt);
    const origin = this.options.origin;
    const props = { snapshot, context, origin };
    const home = this.home(context);
    switch (page.kind) {
      case 'overview':
        return this.page(
          context,
          200,
          label(L.overviewTitle, context),
          route.scope === 'current' ? [] : [home],
          <OverviewPage {...props} />,
          lastModified,
          preview,
        );
      case 'measures':
        if (!snapshot.measures || (page.page ?? 1) > measurePageCount(snapshot)) break;
        return this.page(
          context,
          200,
          (page.page ?? 1) > 1
            ? `${label(L.measuresTitle, context)} – ${label(L.pageNumber, context)} ${page.page}`
            : label(L.measuresTitle, context),
          [home],
          <MeasuresPage {...props} page={page.page} />,
          lastModified,
          preview,
        );
      case 'area': {
        const area = snapshot.areas.find((candidate) => candidate.number === page.number);
        if (!area) break;
        return this.page(
          context,
          200,
          text(area.title, context),
          [home],
          <AreaPage {...props} area={area} />,
          lastModified,
          preview,
        );
      }
      case 'action': {
        const action = snapshot.actions.find((candidate) => candidate.id === page.id);
        if (!action) break;
        const area = snapshot.areas.find((candidate) => candidate.number === action.areaNumber);
        const crumbs = [
          home,
          {
            text: area
              ? text(area.title, context)
              : `${label(L.area, context)} ${action.areaNumber}`,
            href: publicPath({ ...route, page: { kind: 'area', number: action.areaNumber } }, base),
          },
        ];
        return this.page(
          context,
          200,
          `${action.reference} ${text(action.title, context)}`,
          crumbs,
          <ActionPage {...props} action={action} />,
          lastModified,
          preview,
        );
      }
      case 'embed': {
        const area = snapshot.areas.find((candidate) => candidate.number === page.number);
        if (!area) break;
        return this.embed(
          context,
          area.number,
          <EmbeddedArea {...props} area={area} />,
          lastModified,
        );
      }
      default:
        break;
    }
    return this.message(route.language, 404, L.notFound, L.notFoundBody);
  }

  private home(context: PageContext): Crumb {
    return {
      text: label(L.home, context),
      href: publicPath({ ...context.route, page: { kind: 'overview' } }, context.base),
    };
  }

  private page(
    context: PageContext,
    status: number,
    title: string,
    crumbs: Crumb[],
    content: ReactNode,
    lastModified: Date | null,
    preview = false,
  ): Promise<PublicResponse> {
    const html = renderToStaticMarkup(
      <PageLayout
        context={context}
        title={title}
        origin={this.options.origin}
        stylesheet={this.options.stylesheet}
        crumbs={crumbs}
        preview={preview}
      >
        {content}
      </PageLayout>,
    );
    return publicResponse(status, HTML, `<!DOCTYPE html>${html}`, lastModified, {
      'content-language': context.language,
      'content-security-policy': publicSecurityPolicy("'none'"),
    });
  }

  /** The area summary for a frame on the organisations' websites, and only theirs. */
  private embed(
    context: PageContext,
    areaNumber: number,
    content: ReactNode,
    lastModified: Date | null,
  ): Promise<PublicResponse> {
    const stylesheet = this.options.stylesheet;
    const html = renderToStaticMarkup(
      <html lang={context.language} className="govuk-template">
        <head>
          <meta charSet="utf-8" />
          <title>{`${label(L.area, context)} ${areaNumber} – ${label(L.siteName, context)}`}</title>
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          {stylesheet ? <link rel="stylesheet" href={stylesheet} /> : null}
        </head>
        <body className="govuk-template__body public-embed__body">
          <main>{content}</main>
        </body>
      </html>,
    );
    const ancestors = ["'self'", ...this.options.embedOrigins].join(' ');
    return publicResponse(
      200,
      HTML,
      `<!DOCTYPE html>${html}`,
      lastModified,
      {
        'content-language': context.language,
        'content-security-policy': publicSecurityPolicy(ancestors),
      },
      true,
    );
  }

  private message(
    language: Language,
    status: number,
    title: typeof L.notFound,
    body?: typeof L.notFound,
  ): Promise<PublicResponse> {
    const route: PublicRoute = { language, scope: 'current', page: { kind: 'overview' } };
    const context = { language, route, base: '' };
    return this.page(
      context,
      status,
      label(title, context),
      [],
      <MessagePage title={label(title, context)} body={body ? label(body, context) : undefined} />,
      null,
    );
  }

  private async openData(
    number: number,
    format: 'csv' | 'json',
    generation: Generation,
  ): Promise<PublicResponse> {
    const entry = (await this.index(generation)).find((candidate) => candidate.number === number);
    const headers = { link: `<${OPEN_GOVERNMENT_LICENCE.url}>; rel="license"` };
    if (!entry || entry.state === PublicationState.WITHDRAWN) {
      const status = entry ? 410 : 404;
      const problem = entry
        ? `Publication ${number} was withdrawn on ${(entry.withdrawnAt as Date).toISOString()}`
        : `There is no publication ${number}`;
      return this.openDataProblem(status, problem, entry?.withdrawnAt ?? null);
    }
    const snapshot = await this.snapshot(number, generation);
    if (!snapshot) return this.openDataProblem(404, `There is no publication ${number}`, null);
    const origin = this.options.origin;
    return format === 'csv'
      ? publicResponse(
          200,
          'text/csv; charset=utf-8',
          publicationCsv(snapshot, origin),
          entry.publishedAt,
          {
            ...headers,
            'content-disposition': `attachment; filename="workforce-strategy-progress-${number}.csv"`,
          },
        )
      : publicResponse(
          200,
          'application/json; charset=utf-8',
          publicationJson(snapshot, origin),
          entry.publishedAt,
          headers,
        );
  }

  private openDataProblem(status: number, problem: string, lastModified: Date | null) {
    return publicResponse(
      status,
      'application/json; charset=utf-8',
      JSON.stringify({ status, problem }),
      lastModified,
    );
  }

  private index(generation: Generation): Promise<IndexEntry[]> {
    generation.index ??= this.dataSource
      .query(
        `SELECT id, number, state, published_at, withdrawn_at,
                withdrawal_reason_en, withdrawal_reason_cy,
                snapshot->'period'->>'label' AS period_label,
                snapshot->'introduction' AS introduction
           FROM publication
          WHERE state <> 'DRAFT'
          ORDER BY number DESC`,
      )
      .then((rows: IndexRow[]) =>
        rows.map((row) => ({
          id: row.id,
          number: row.number,
          state: row.state,
          periodLabel: row.period_label,
          publishedAt: row.published_at,
          withdrawnAt: row.withdrawn_at,
          withdrawalReason: { en: row.withdrawal_reason_en, cy: row.withdrawal_reason_cy },
          introduction: row.introduction,
        })),
      );
    generation.index.catch(() => (generation.index = null));
    return generation.index;
  }

  /** Null when it was withdrawn since the index was read (the next generation will say so). */
  private snapshot(number: number, generation: Generation): Promise<PublicSnapshot | null> {
    let found = generation.snapshots.get(number);
    if (!found) {
      found = this.dataSource
        .query(`SELECT snapshot FROM publication WHERE number = $1 AND state = 'PUBLISHED'`, [
          number,
        ])
        .then(([row]: { snapshot: PublicSnapshot }[]) => row?.snapshot ?? null);
      found.catch(() => generation.snapshots.delete(number));
      generation.snapshots.set(number, found);
    }
    return found;
  }
}

interface IndexRow {
  id: string;
  number: number;
  state: PublicationState.PUBLISHED | PublicationState.WITHDRAWN;
  published_at: Date;
  withdrawn_at: Date | null;
  withdrawal_reason_en: string | null;
  withdrawal_reason_cy: string | null;
  period_label: string;
  introduction: BilingualText;
}
