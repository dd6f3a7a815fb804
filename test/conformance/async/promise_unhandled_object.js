// An unhandled rejection with a plain object.
Promise.reject({ code: 'E_CUSTOM', detail: 'plain object' });
