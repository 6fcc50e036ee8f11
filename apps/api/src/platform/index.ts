// What a route needs from the platform; docs/api.md "Writing a route" shows them together.
export { Public, Permission, CurrentAccess, type Access } from './auth/decorators';
export { RequestMetadata, CurrentActor, eventMetadataOf } from './context/request-context';
export {
  contentTagged,
  IfMatch,
  versioned,
  Versioned,
  etagOf,
  parseIfMatch,
} from './concurrency/etag';
export { CommandRoute, CommandContextOf, type CommandRouteOptions } from './command-route';
export {
  ProblemException,
  notFound,
  forbidden,
  preconditionFailed,
  validationFailed,
  PROBLEM_CODES,
  type ProblemDocument,
  type FieldError,
} from './errors/problem';
export { routePermissions, type RoutePermission } from './routes';
