import { refuse } from '../shared/errors';
import { assertId, type Id } from '../shared/ids';
import { assertInstant, isBefore, type Instant } from '../shared/instant';
import { requireText, sameContent } from '../shared/text';
import { eventIds, registered } from './decide-checks';
import {
  NOTICE_KINDS,
  type SupplierEvent,
  type PublishPerformanceNotice,
  type PlaceUnderEnhancedMonitoring,
  type EndEnhancedMonitoring,
} from './events';
import { monitoringEnd, type SupplierState } from './evolve';

// Performance notices (向社会公布) and enhanced monitoring (重点监察).

export function publishPerformanceNotice(
  c: PublishPerformanceNotice['data'],
  state: SupplierState,
  at: Instant,
  supplierId: Id,
): SupplierEvent[] {
  const s = registered(state);
  const noticeId = assertId(c.noticeId, 'noticeId');
  const { kind } = c;
  if (!NOTICE_KINDS.includes(kind))
    refuse('NOTICE_KIND_INVALID', `Unknown notice kind ${String(kind)}`);
  const summary = requireText(c.summary, 'NOTICE_SUMMARY_REQUIRED', 'summary');
  const relatedEventIds = eventIds(
    c.relatedEventIds,
    'NOTICE_RELATED_EVENTS_INVALID',
    'relatedEventIds',
    false,
  );
  const existing = s.notices.find((n) => n.noticeId === noticeId);
  if (existing) {
    if (
      existing.kind === kind &&
      existing.summary === summary &&
      sameContent(existing.relatedEventIds, relatedEventIds)
    ) {
      return [];
    }
    refuse('NOTICE_ID_CONFLICT', 'This notice id was used for another notice');
  }
  return [
    {
      type: 'PerformanceNoticePublished',
      data: { supplierId, noticeId, kind, summary, relatedEventIds, publishedAt: at },
    },
  ];
}

export function placeUnderEnhancedMonitoring(
  c: PlaceUnderEnhancedMonitoring['data'],
  state: SupplierState,
  at: Instant,
  supplierId: Id,
): SupplierEvent[] {
  const s = registered(state);
  const reason = requireText(c.reason, 'MONITORING_REASON_REQUIRED', 'reason');
  const until = assertInstant(c.until, 'until');
  if (!isBefore(at, until)) refuse('MONITORING_PERIOD_INVALID', 'until must be after now');
  // Already watched at least that long: repeating the decision changes nothing.
  if (
    s.monitoring.some(
      (m) =>
        !isBefore(at, m.from) &&
        !isBefore(monitoringEnd(m), until) &&
        isBefore(at, monitoringEnd(m)),
    )
  ) {
    return [];
  }
  return [
    {
      type: 'SupplierPlacedUnderEnhancedMonitoring',
      data: { supplierId, reason, from: at, until, placedAt: at },
    },
  ];
}

/** Monitoring ends early when the supervisor is satisfied, with a rationale; the period's record stays. */
export function endEnhancedMonitoring(
  c: EndEnhancedMonitoring['data'],
  state: SupplierState,
  at: Instant,
  supplierId: Id,
): SupplierEvent[] {
  const s = registered(state);
  const rationale = requireText(c.rationale, 'MONITORING_RATIONALE_REQUIRED', 'rationale');
  const active = s.monitoring.filter(
    (m) => !isBefore(at, m.from) && isBefore(at, monitoringEnd(m)),
  );
  if (active.length === 0)
    refuse('MONITORING_NOT_ACTIVE', 'The supplier is not under enhanced monitoring now');
  const scheduledUntil = active.reduce(
    (latest, m) => (isBefore(latest, m.until) ? m.until : latest),
    active[0]!.until,
  );
  return [
    {
      type: 'EnhancedMonitoringEnded',
      data: { supplierId, rationale, scheduledUntil, endedAt: at },
    },
  ];
}
