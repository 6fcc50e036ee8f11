import { AmendTenderHandler } from './amend-tender';
import { AnswerQuestionHandler } from './answer-question';
import { AskQuestionHandler } from './ask-question';
import { AssignEvaluatorHandler } from './assign-evaluator';
import { AwardTenderHandler } from './award-tender';
import { CancelTenderHandler } from './cancel-tender';
import { ConfirmBidHandler } from './confirm-bid';
import { DeclareConflictHandler } from './declare-conflict';
import { DecideComplaintHandler } from './decide-complaint';
import { DisqualifyBidHandler } from './disqualify-bid';
import { DraftTenderHandler } from './draft-tender';
import { FileComplaintHandler } from './file-complaint';
import { OpenBidsHandler } from './open-bids';
import { PublishTenderHandler } from './publish-tender';
import { ScoreBidHandler } from './score-bid';
import { SubmitBidHandler } from './submit-bid';
import { WithdrawBidHandler } from './withdraw-bid';

export * from './draft-tender';
export * from './amend-tender';
export * from './publish-tender';
export * from './cancel-tender';
export * from './assign-evaluator';
export * from './submit-bid';
export * from './withdraw-bid';
export * from './confirm-bid';
export * from './open-bids';
export * from './declare-conflict';
export * from './score-bid';
export * from './disqualify-bid';
export * from './award-tender';
export * from './file-complaint';
export * from './decide-complaint';
export * from './ask-question';
export * from './answer-question';
export * from './tender-view';

export const tenderHandlers = [
  DraftTenderHandler,
  AmendTenderHandler,
  PublishTenderHandler,
  CancelTenderHandler,
  AssignEvaluatorHandler,
  SubmitBidHandler,
  WithdrawBidHandler,
  ConfirmBidHandler,
  OpenBidsHandler,
  DeclareConflictHandler,
  ScoreBidHandler,
  DisqualifyBidHandler,
  AwardTenderHandler,
  FileComplaintHandler,
  DecideComplaintHandler,
  AskQuestionHandler,
  AnswerQuestionHandler,
];
