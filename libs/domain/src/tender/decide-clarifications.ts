import { refuse } from '../shared/errors';
import { assertId, type Id } from '../shared/ids';
import { isBefore, type Instant } from '../shared/instant';
import { addPolicyDays } from '../shared/policy';
import { requireText } from '../shared/text';
import { existing, openForBids } from './decide-checks';
import { amendTender } from './decide-drafting';
import type { AnswerQuestion, AskQuestion, TenderEvent } from './events';
import type { TenderState } from './evolve';

// Clarifications: suppliers ask before the cut-off, the agency answers publicly; an answer that
// changes the conditions is an amendment, with every rule of AmendTender.

export function askQuestion(
  d: AskQuestion['data'],
  state: TenderState,
  at: Instant,
  tenderId: Id,
): TenderEvent[] {
  const s = existing(state);
  const questionId = assertId(d.questionId, 'questionId');
  const supplierId = assertId(d.supplierId, 'supplierId');
  const question = requireText(d.question, 'QUESTION_TEXT_REQUIRED', 'question');
  const recorded = s.questions[questionId];
  if (recorded) {
    if (recorded.supplierId === supplierId && recorded.question === question) return [];
    refuse('QUESTION_ID_CONFLICT', 'This question id was used for another question');
  }
  const deadline = openForBids(s, at, 'QUESTION_AFTER_CUTOFF');
  // The cut-off leaves time for the answer to reach every bidder before the deadline.
  const cutoff = addPolicyDays(deadline, -d.policy.clarificationCutoffDays, d.policy);
  if (!isBefore(at, cutoff)) {
    refuse(
      'QUESTION_AFTER_CUTOFF',
      `Questions are asked at least ${d.policy.clarificationCutoffDays} days before the deadline`,
      { cutoff },
    );
  }
  return [
    {
      type: 'QuestionAsked',
      data: { tenderId, questionId, supplierId, question, askedAt: at },
    },
  ];
}

export function answerQuestion(
  d: AnswerQuestion['data'],
  state: TenderState,
  at: Instant,
  tenderId: Id,
): TenderEvent[] {
  const s = existing(state);
  const questionId = assertId(d.questionId, 'questionId');
  const answeredBy = assertId(d.answeredBy, 'answeredBy');
  const asked = s.questions[questionId];
  if (!asked) refuse('QUESTION_NOT_FOUND', 'No such question on this tender');
  const answer = requireText(d.answer, 'ANSWER_TEXT_REQUIRED', 'answer');
  if (asked.answer !== null) {
    if (asked.answer === answer) return [];
    refuse('QUESTION_ALREADY_ANSWERED', 'The question was answered already');
  }
  openForBids(s, at, 'ANSWER_AFTER_DEADLINE');
  const amends = d.changes !== undefined || d.deadline !== undefined;
  // The amendment carries the answer as its reason, so the change is traceable to the question.
  const amendment = amends
    ? amendTender(
        {
          tenderId,
          changes: d.changes ?? {},
          ...(d.deadline === undefined ? {} : { deadline: d.deadline }),
          reason: `Answer to question ${questionId}: ${answer}`,
          at,
          policy: d.policy,
        },
        s,
        at,
        tenderId,
      )
    : [];
  return [
    {
      type: 'QuestionAnswered',
      data: {
        tenderId,
        questionId,
        answer,
        answeredBy,
        amendsConditions: amendment.length > 0,
        answeredAt: at,
      },
    },
    ...amendment,
  ];
}
