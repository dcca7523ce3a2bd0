import { endUserReadHandler } from './sign-up.ts';

// GET getCorporate -> 200 the corporate, with its SCA devices.

export const getCorporateHandler = endUserReadHandler('getCorporate', 'corporate', 'corporateId', 'CORPORATE_NOT_FOUND');
