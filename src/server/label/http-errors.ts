/** The label server uses the status mapping shared with the API server. */
export { HTTP_STATUS } from '../http-errors.js';
