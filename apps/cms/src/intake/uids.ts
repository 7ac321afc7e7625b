/** Consultation requests and the record of who opened or changed them. */
export const requestUid = 'api::consultation-request.consultation-request';
export const eventUid = 'api::consultation-request-event.consultation-request-event';
/** The permission that opens the Consultation requests page and its admin routes (Intake and super admins), as registered… */
export const intakePermissionUid = 'consultation-requests.read';
/** …and as Strapi names it once registered by the application. */
export const readRequestsAction = `api::${intakePermissionUid}`;
/** Statuses a request moves through; closing one starts its retention period. */
export const requestStatuses = ['new', 'contacted', 'closed'] as const;
export type RequestStatus = (typeof requestStatuses)[number];
