// Type-level ties between each message's one schema and the types the code uses: these fail at
// `npm run typecheck` (and so in CI) when a schema and its type drift apart.
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { Finding, Report, SourceSummary } from '../../src/analyze/types.ts';

type Flat<T> = { [K in keyof T]: T[K] };
/** True when A and B are the same type (optional fields and all). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
import type { BlockAnchor, SerializedResult } from '../../src/pipeline/serialized.ts';
import type { reportSchema, pageStateSchema, siteSettingsSchema} from '../../src/messages/report-schema.ts';
import { type PageState, type SiteSettings } from '../../src/messages/report-schema.ts';
import type { anchor } from '../../src/messages/primitives.ts';
import type { toBackgroundMessage, toContentMessage} from '../../src/messages/schema.ts';
import { type ToBackgroundMessage, type ToContentMessage } from '../../src/messages/schema.ts';
import type { settingsMessage} from '../../src/messages/settings.ts';
import { type SettingsMessage } from '../../src/messages/settings.ts';
import type { diagnosticSchema} from '../../src/diagnostics/log.ts';
import { type Diagnostic } from '../../src/diagnostics/log.ts';
import type { checkPaintable } from '../../src/messages/paintable.ts';

describe('message types come from their schemas', () => {
  it('the report schema describes exactly the analyzer’s Report', () => {
    type R = z.output<typeof reportSchema>;
    type F = R['findings'][number];
    // Field by field (vitest's deep brand tells an interface from the same object type).
    expectTypeOf<Same<keyof R, keyof Report>>().toEqualTypeOf<true>();
    expectTypeOf<Same<F, Finding>>().toEqualTypeOf<true>();
    expectTypeOf<Same<NonNullable<F['details']>, NonNullable<Finding['details']>>>().toEqualTypeOf<true>();
    expectTypeOf<Same<Flat<R['article']>, Flat<Report['article']>>>().toEqualTypeOf<true>();
    expectTypeOf<Same<R['summary'], Report['summary']>>().toEqualTypeOf<true>();
    expectTypeOf<Same<R['timings'], Report['timings']>>().toEqualTypeOf<true>();
    expectTypeOf<Same<keyof R['sources'], keyof SourceSummary>>().toEqualTypeOf<true>();
    expectTypeOf<Same<R['sources']['outlets'], SourceSummary['outlets']>>().toEqualTypeOf<true>();
    expectTypeOf<Same<R['sources']['attribution'], SourceSummary['attribution']>>().toEqualTypeOf<true>();
    expectTypeOf<R>().toExtend<Report>();
    expectTypeOf<Report>().toExtend<R>();
  });

  it('the anchor schema describes exactly a BlockAnchor', () => {
    expectTypeOf<z.output<typeof anchor>>().toEqualTypeOf<BlockAnchor>();
  });

  it('what the analyzer sends is what the page’s check lets through', () => {
    expectTypeOf<ReturnType<typeof checkPaintable>>().toEqualTypeOf<SerializedResult | null>();
  });

  it('every other message type is inferred from its schema', () => {
    expectTypeOf<PageState>().toEqualTypeOf<z.output<typeof pageStateSchema>>();
    expectTypeOf<SiteSettings>().toEqualTypeOf<z.output<typeof siteSettingsSchema>>();
    expectTypeOf<ToContentMessage>().toEqualTypeOf<z.output<typeof toContentMessage>>();
    expectTypeOf<ToBackgroundMessage>().toEqualTypeOf<z.output<typeof toBackgroundMessage>>();
    expectTypeOf<SettingsMessage>().toEqualTypeOf<z.output<typeof settingsMessage>>();
    expectTypeOf<Diagnostic>().toEqualTypeOf<z.output<typeof diagnosticSchema>>();
  });
});
