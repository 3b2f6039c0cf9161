/**
 * The typed SCIM 2.0 client: {@link ScimClient} with `users`, `groups`, search, discovery and bulk,
 * and the errors it raises itself.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7644
 * @module
 */
export { ScimClient, type ScimResource } from "./scim-client.js";
export { ResourceEndpoint, type GetOptions, type WriteOptions, type ResourceDefinition } from "./resource-endpoint.js";
export { ClientDefaults, type ScimClientOptions, type ScimlabDialect } from "./options.js";
export type { RetryOptions } from "./retry.js";
export { environmentOptions, type EnvironmentOptions } from "./environment.js";
export type { ListQuery, AttributeSelection } from "./query.js";
export type { PatchInput } from "./prepare-patch.js";
export { bulkIdRef, type BulkOperationInput, type BulkRequestInput } from "./bulk.js";
export { NotModified, isNotModified, type VersionSource } from "./etag.js";
export type { Exchange } from "./exchange-log.js";
export type { RawRequest, RawResponse } from "./raw-request.js";
export { paginate, type PageOf, type PageRequest, type PaginateOptions } from "./paginate.js";
export type { CallOptions, AllOptions } from "./call-options.js";
export type { ListPage } from "./list-page.js";
export { partialMark, partialSelection } from "./partial.js";
export type { ScimWarning, WarningHandler } from "./warnings.js";
export { DeviationLog, type Deviation, type DeviationInput } from "./deviations.js";
export { DeviationRules, requiredConfigNumber, type DeviationRule } from "./deviation-rules.js";
export { sectionLink, sectionOf } from "./rfc-sections.js";
export { parseRetryAfter } from "./retry-after.js";
export { OperationTable, type OperationRule } from "./expected-status.js";
export { ScimClientError, isScimClientError, type RequestSummary } from "./errors/scim-client-error.js";
export { NetworkError, isNetworkError } from "./errors/network-error.js";
export { TimeoutError, isTimeoutError } from "./errors/timeout-error.js";
export { RequestValidationError, isRequestValidationError } from "./errors/request-validation-error.js";
export { ResponseValidationError, isResponseValidationError } from "./errors/response-validation-error.js";
export { UnexpectedResponseError, isUnexpectedResponseError } from "./errors/unexpected-response-error.js";
export { PaginationError, isPaginationError, type PaginationErrorCode, type PaginationState } from "./errors/pagination-error.js";
export { InvalidResourceError, isInvalidResourceError, type InvalidItem } from "./errors/invalid-resource-error.js";
export { RetryAfterTooLongError, isRetryAfterTooLongError } from "./errors/retry-after-too-long-error.js";
export { RequestAbortedError, isRequestAbortedError } from "./errors/request-aborted-error.js";
export { PartialResourceError, isPartialResourceError } from "./errors/partial-resource-error.js";
