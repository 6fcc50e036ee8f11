import { refuse } from '../shared/errors';
import { assertId, type Id } from '../shared/ids';
import { isBefore, toEpochMs, type Instant } from '../shared/instant';
import { addPolicyDays } from '../shared/policy';
import { requireText, sameContent } from '../shared/text';
import { DIGEST, existing } from './decide-checks';
import {
  COMPLAINT_DECISIONS,
  COMPLAINT_REMEDIES,
  COMPLAINT_SUBJECTS,
  type ComplaintRemedy,
  type DecideComplaint,
  type FileComplaint,
  type TenderEvent,
} from './events';
import { pendingComplaintIds, type TenderState } from './evolve';

// Complaints to the review body and its decisions (remedies before signing).

function digestsOf(value: unknown): string[] {
  const ok =
    Array.isArray(value) &&
    value.length <= 20 &&
    value.every((d) => typeof d === 'string' && DIGEST.test(d)) &&
    new Set(value).size === value.length;
  if (!ok)
    refuse(
      'COMPLAINT_DOCUMENT_DIGEST_INVALID',
      'documentDigests lists at most 20 distinct SHA-256s of 64 lowercase hex digits',
    );
  return [...(value as string[])];
}

export function fileComplaint(
  d: FileComplaint['data'],
  state: TenderState,
  at: Instant,
  tenderId: Id,
): TenderEvent[] {
  const s = existing(state);
  const complaintId = assertId(d.complaintId, 'complaintId');
  const supplierId = assertId(d.supplierId, 'supplierId');
  if (!COMPLAINT_SUBJECTS.includes(d.subject)) {
    refuse('COMPLAINT_SUBJECT_INVALID', `subject must be one of ${COMPLAINT_SUBJECTS.join(', ')}`);
  }
  const grounds = requireText(d.grounds, 'COMPLAINT_GROUNDS_REQUIRED', 'grounds');
  const documentDigests = digestsOf(d.documentDigests);
  const recorded = s.complaints[complaintId];
  if (recorded) {
    const same =
      recorded.supplierId === supplierId &&
      recorded.subject === d.subject &&
      recorded.grounds === grounds &&
      sameContent(recorded.documentDigests, documentDigests);
    if (same) return [];
    refuse('COMPLAINT_ID_CONFLICT', 'This complaint id was used for another complaint');
  }
  // Two windows: the standstill after an award (it stands still while complaints are pending), and,
  // against the conditions only, the submission period (any supplier: it need not have bid yet).
  const inStandstill =
    s.status === 'awarded' &&
    s.standstillEndsAt !== null &&
    (s.standstillSuspendedAt !== null || isBefore(at, s.standstillEndsAt));
  const beforeDeadline =
    d.subject === 'conditions' &&
    s.status === 'published' &&
    s.deadline !== null &&
    isBefore(at, s.deadline);
  if (!inStandstill && !beforeDeadline)
    refuse(
      'COMPLAINT_WINDOW_CLOSED',
      'Complaints are filed against the conditions before the deadline, or during the standstill after an award',
    );
  // Against the conditions, a cut-off before the deadline (like questions'): a remedy ordered in the
  // last days could not reach the bidders in time, and a late complaint only holds the opening up.
  if (!inStandstill && beforeDeadline) {
    const cutoff = addPolicyDays(
      s.deadline as Instant,
      -d.policy.conditionsComplaintCutoffDays,
      d.policy,
    );
    if (!isBefore(at, cutoff))
      refuse(
        'COMPLAINT_AFTER_CUTOFF',
        `Complaints about the conditions are filed at least ${d.policy.conditionsComplaintCutoffDays} days before the deadline`,
        { cutoff },
      );
  }
  if (inStandstill) {
    const bids = Object.values(s.bids).filter(
      (b) => b.supplierId === supplierId && b.status !== 'withdrawn',
    );
    if (bids.length === 0)
      refuse('COMPLAINANT_NOT_BIDDER', 'Only a supplier that bid on the tender may complain');
    if (s.award?.supplierId === supplierId)
      refuse(
        'COMPLAINANT_IS_AWARDEE',
        'The awarded supplier does not complain about its own award',
      );
  }
  return [
    {
      type: 'ComplaintFiled',
      data: {
        tenderId,
        complaintId,
        supplierId,
        subject: d.subject,
        grounds,
        documentDigests,
        filedAt: at,
      },
    },
  ];
}

export function decideComplaint(
  d: DecideComplaint['data'],
  state: TenderState,
  at: Instant,
  tenderId: Id,
): TenderEvent[] {
  const s = existing(state);
  const complaintId = assertId(d.complaintId, 'complaintId');
  const reviewerId = assertId(d.reviewerId, 'reviewerId');
  const complaint = s.complaints[complaintId];
  if (!complaint) refuse('COMPLAINT_NOT_FOUND', 'No such complaint on this tender');
  if (!COMPLAINT_DECISIONS.includes(d.decision)) {
    refuse(
      'COMPLAINT_DECISION_INVALID',
      `decision must be one of ${COMPLAINT_DECISIONS.join(', ')}`,
    );
  }
  const remedy = d.remedy ?? null;
  if (d.decision === 'upheld' && (remedy === null || !COMPLAINT_REMEDIES.includes(remedy))) {
    refuse(
      'COMPLAINT_REMEDY_INVALID',
      `An upheld complaint names its remedy: ${COMPLAINT_REMEDIES.join(' or ')}`,
    );
  }
  if (d.decision === 'dismissed' && remedy !== null)
    refuse('COMPLAINT_REMEDY_INVALID', 'A dismissed complaint has no remedy');
  if (complaint.status === d.decision) return [];
  if (complaint.status !== 'pending')
    refuse('COMPLAINT_ALREADY_DECIDED', `The complaint is ${complaint.status} already`);
  const rationale = requireText(d.rationale, 'COMPLAINT_RATIONALE_REQUIRED', 'rationale');
  // The remedies of the complaint's stage: before opening nothing was awarded to cancel or re-evaluate.
  const remedies: readonly ComplaintRemedy[] =
    complaint.stage === 'submission'
      ? ['amend_conditions', 'cancel_tender']
      : ['reopen_evaluation', 'cancel_tender'];
  if (remedy !== null && !remedies.includes(remedy)) {
    refuse(
      'COMPLAINT_REMEDY_INVALID',
      `A complaint filed in the ${complaint.stage} stage is remedied by ${remedies.join(' or ')}`,
    );
  }
  if (d.decision === 'dismissed') {
    const others = pendingComplaintIds(s).filter((id) => id !== complaintId);
    // A pending standstill complaint exists only during an award's standstill (upheld ones end it,
    // with every other pending one); a submission-stage complaint has none to resume.
    let standstillEndsAt = s.standstillEndsAt;
    if (standstillEndsAt !== null && others.length === 0 && s.standstillSuspendedAt !== null) {
      const left = Math.max(0, toEpochMs(standstillEndsAt) - toEpochMs(s.standstillSuspendedAt));
      standstillEndsAt = new Date(toEpochMs(at) + left).toISOString();
    }
    return [
      {
        type: 'ComplaintDismissed',
        data: { tenderId, complaintId, reviewerId, rationale, standstillEndsAt, decidedAt: at },
      },
    ];
  }
  // Amending the conditions answers this complaint only: others still pending keep the opening on hold.
  const mootComplaintIds =
    remedy === 'amend_conditions' ? [] : pendingComplaintIds(s).filter((id) => id !== complaintId);
  const upheld: TenderEvent = {
    type: 'ComplaintUpheld',
    data: {
      tenderId,
      complaintId,
      reviewerId,
      rationale,
      remedy: remedy as ComplaintRemedy,
      awardBidId: s.award?.bidId ?? null,
      mootComplaintIds,
      decidedAt: at,
    },
  };
  if (remedy === 'amend_conditions') return [upheld];
  if (remedy === 'reopen_evaluation') return [upheld];
  return [
    upheld,
    {
      type: 'TenderCancelled',
      data: {
        tenderId,
        reason: `complaint ${complaintId} upheld: ${rationale}`,
        cancelledAt: at,
      },
    },
  ];
}
