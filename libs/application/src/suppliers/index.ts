import { AssessQualificationHandler } from './assess-qualification';
import { CorrectDebarmentHandler } from './correct-debarment';
import { EndMonitoringHandler } from './end-monitoring';
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
export * from './correct-debarment';
export * from './end-monitoring';
export * from './supplier-view';
export * from './supplier-as-known';

export const supplierHandlers = [
  RegisterSupplierHandler,
  AssessQualificationHandler,
  ProposeDebarmentHandler,
  DebarSupplierHandler,
  LiftDebarmentHandler,
  PublishPerformanceNoticeHandler,
  PlaceUnderMonitoringHandler,
  CorrectDebarmentHandler,
  EndMonitoringHandler,
];
