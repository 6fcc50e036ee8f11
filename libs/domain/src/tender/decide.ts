import { assertId } from '../shared/ids';
import { assertInstant } from '../shared/instant';
import { amendTender, cancelTender, draftTender, publishTender } from './decide-drafting';
import { confirmBid, openBids, submitBid, withdrawBid } from './decide-bids';
import {
  assignEvaluator,
  awardTender,
  declareConflict,
  disqualifyBid,
  scoreBid,
} from './decide-evaluation';
import { answerQuestion, askQuestion } from './decide-clarifications';
import { decideComplaint, fileComplaint } from './decide-complaints';
import type { TenderCommand, TenderEvent } from './events';
import type { TenderState } from './evolve';

/** One function per command, grouped by stage in the decide-*.ts files beside this one. */
export function decideTender(command: TenderCommand, state: TenderState): TenderEvent[] {
  const at = assertInstant(command.data.at, 'at');
  const tenderId = assertId(command.data.tenderId, 'tenderId');
  switch (command.type) {
    case 'DraftTender':
      return draftTender(command.data, state, at, tenderId);
    case 'AmendTender':
      return amendTender(command.data, state, at, tenderId);
    case 'PublishTender':
      return publishTender(command.data, state, at, tenderId);
    case 'SubmitBid':
      return submitBid(command.data, state, at, tenderId);
    case 'WithdrawBid':
      return withdrawBid(command.data, state, at, tenderId);
    case 'ConfirmBid':
      return confirmBid(command.data, state, at, tenderId);
    case 'OpenBids':
      return openBids(command.data, state, at, tenderId);
    case 'AssignEvaluator':
      return assignEvaluator(command.data, state, at, tenderId);
    case 'DeclareConflict':
      return declareConflict(command.data, state, at, tenderId);
    case 'ScoreBid':
      return scoreBid(command.data, state, at, tenderId);
    case 'DisqualifyBid':
      return disqualifyBid(command.data, state, at, tenderId);
    case 'AwardTender':
      return awardTender(command.data, state, at, tenderId);
    case 'FileComplaint':
      return fileComplaint(command.data, state, at, tenderId);
    case 'DecideComplaint':
      return decideComplaint(command.data, state, at, tenderId);
    case 'AskQuestion':
      return askQuestion(command.data, state, at, tenderId);
    case 'AnswerQuestion':
      return answerQuestion(command.data, state, at, tenderId);
    case 'CancelTender':
      return cancelTender(command.data, state, at, tenderId);
  }
}
