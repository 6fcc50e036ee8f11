import type { Decider } from '../shared/decider';
import { assertId, type Id } from '../shared/ids';
import { assertInstant } from '../shared/instant';
import { assessQualification, registerSupplier } from './decide-registration';
import {
  correctDebarment,
  debarSupplier,
  liftDebarment,
  proposeDebarment,
} from './decide-debarment';
import {
  endEnhancedMonitoring,
  placeUnderEnhancedMonitoring,
  publishPerformanceNotice,
} from './decide-notices';
import type { SupplierCommand, SupplierEvent } from './events';
import { evolveSupplier, type SupplierState } from './evolve';

export * from './events';
export {
  activeDebarmentAt,
  isDebarredAt,
  isUnderEnhancedMonitoringAt,
  monitoringEnd,
  ratingAt,
  ratingFromScores,
  supplierAsKnownAt,
  type RecordedSupplierEvent,
  type SupplierDebarment,
  type SupplierMonitoring,
  type SupplierState,
} from './evolve';

export const supplierStream = (supplierId: Id): string => `supplier-${supplierId}`;

/** One function per command, grouped in the decide-*.ts files beside this one. */
function decide(command: SupplierCommand, state: SupplierState): SupplierEvent[] {
  const at = assertInstant(command.data.at, 'at');
  const supplierId = assertId(command.data.supplierId, 'supplierId');
  switch (command.type) {
    case 'RegisterSupplier':
      return registerSupplier(command.data, state, at, supplierId);
    case 'AssessQualification':
      return assessQualification(command.data, state, at, supplierId);
    case 'ProposeDebarment':
      return proposeDebarment(command.data, state, at, supplierId);
    case 'DebarSupplier':
      return debarSupplier(command.data, state, at, supplierId);
    case 'LiftDebarment':
      return liftDebarment(command.data, state, at, supplierId);
    case 'PublishPerformanceNotice':
      return publishPerformanceNotice(command.data, state, at, supplierId);
    case 'CorrectDebarment':
      return correctDebarment(command.data, state, at, supplierId);
    case 'EndEnhancedMonitoring':
      return endEnhancedMonitoring(command.data, state, at, supplierId);
    case 'PlaceUnderEnhancedMonitoring':
      return placeUnderEnhancedMonitoring(command.data, state, at, supplierId);
  }
}
export const supplierDecider: Decider<SupplierState, SupplierCommand, SupplierEvent> = {
  initialState: () => ({ status: 'unregistered' }),
  evolve: evolveSupplier,
  decide,
};
