import { AssessQualificationHandler } from './assess-qualification';
import { DebarSupplierHandler } from './debar-supplier';
import { LiftDebarmentHandler } from './lift-debarment';
import { PlaceUnderMonitoringHandler } from './place-under-monitoring';
import { ProposeDebarmentHandler } from './propose-debarment';
import { PublishPerformanceNoticeHandler } from './publish-performance-notice';
import { RegisterSupplierHandler } from './register-supplier';

export * from './register-supplier';
export * from './assess-qualification';
export * from './propose-debarment';
export * from './debar-supplier';
export * from './lift-debarment';
export * from './publish-performance-notice';
export * from './place-under-monitoring';
export * from './supplier-view';

export const supplierHandlers = [
  RegisterSupplierHandler,
  AssessQualificationHandler,
  ProposeDebarmentHandler,
  DebarSupplierHandler,
  LiftDebarmentHandler,
  PublishPerformanceNoticeHandler,
  PlaceUnderMonitoringHandler,
];
